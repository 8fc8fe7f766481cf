import { parseHtml } from './html.js';
import { parseMarkdown } from './markdown.js';
import { parseText } from './text.js';
import type { InputFormat, SourceDocument } from './types.js';

const HTML_HINT = /<(p|div|h[1-6]|article|section|figure|img|span|br|strong|em|a|ul|ol|li|table|html|body)\b[^>]*>/i;
const MARKDOWN_HINT = /(^|\n)(#{1,6}\s|[-*+]\s|\d+\.\s|>\s|---\n|```)|\*\*[^*]+\*\*|\[[^\]]+\]\([^)]+\)/;

/** Guesses the format of a string: HTML tags, then Markdown syntax, else plain text. */
export function detectFormat(source: string): InputFormat {
  const head = source.slice(0, 4000);
  if (HTML_HINT.test(head)) return 'html';
  if (MARKDOWN_HINT.test(head)) return 'markdown';
  return 'text';
}

export function parseByFormat(source: string, format: InputFormat | 'auto'): SourceDocument {
  const resolved = format === 'auto' ? detectFormat(source) : format;
  if (resolved === 'markdown') return parseMarkdown(source);
  if (resolved === 'html') return parseHtml(source);
  return parseText(source);
}
