import type { ArticleInput, InputFormat } from '../document/types.js';

const ARTICLE_FIELDS = ['title', 'lead', 'body', 'captions'] as const;
const FORMATS = new Set(['text', 'markdown', 'html', 'auto']);

/** A JSONL line to an input: {id, text} or {id, title, lead, body, captions, format}; other keys are ignored. */
export function parseRecord(line: string): ({ value: string | ArticleInput; format: InputFormat | 'auto' } | { error: string }) & { id?: unknown } {
  let data: unknown;
  try {
    data = JSON.parse(line);
  } catch (error) {
    return { error: `not valid JSON: ${(error as Error).message}` };
  }
  if (!data || typeof data !== 'object' || Array.isArray(data)) return { error: 'expected a JSON object' };
  const record = data as Record<string, unknown>;
  const id = Object.hasOwn(record, 'id') ? record.id : undefined;
  const format = record.format;
  if (format !== undefined && (typeof format !== 'string' || !FORMATS.has(format))) return { id, error: 'format: expected text, markdown, html or auto' };
  const fmt = (format ?? 'auto') as InputFormat | 'auto';
  if (typeof record.text === 'string') return { id, value: record.text, format: fmt };
  const article: ArticleInput = {};
  let any = false;
  for (const field of ARTICLE_FIELDS) {
    const value = record[field];
    if (value === undefined) continue;
    if (field === 'captions') {
      if (!Array.isArray(value) || value.some((c) => typeof c !== 'string')) return { id, error: 'captions: expected an array of strings' };
      article.captions = value as string[];
    } else {
      if (typeof value !== 'string') return { id, error: `${field}: expected a string` };
      article[field] = value;
    }
    any = true;
  }
  if (!any) return { id, error: 'expected "text", or at least one of "title", "lead", "body", "captions"' };
  return { id, value: article, format: fmt };
}
