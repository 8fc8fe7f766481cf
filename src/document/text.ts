import { SegmentTextBuilder } from './offsets.js';
import type { Segment, SegmentRole, SourceDocument } from './types.js';

const TERMINAL_PUNCTUATION = /[.!?…:;,]["”’»)]*\s*$/u;
const TITLE_MAX_LENGTH = 160;

/** Plain text: every non-empty line is a paragraph; a short first line without end punctuation is the title. */
export function parseText(source: string, offsetBase = 0): SourceDocument {
  const segments: Segment[] = [];
  const linePattern = /[^\r\n]+/g;
  for (const match of source.matchAll(linePattern)) {
    const line = match[0];
    if (!line.trim()) continue;
    const builder = new SegmentTextBuilder();
    builder.appendVerbatim(line, offsetBase + match.index);
    segments.push({ role: 'body', text: builder.toString(), map: builder.map });
  }
  assignTitleAndLead(segments);
  return { format: 'text', segments, meta: {} };
}

/** A first paragraph that reads like a headline becomes the title, the paragraph after it the lead. */
export function assignTitleAndLead(segments: Segment[]): void {
  const first = segments[0];
  if (!first || segments.length < 2) return;
  const text = first.text.trim();
  if (text.length <= TITLE_MAX_LENGTH && !TERMINAL_PUNCTUATION.test(text)) {
    first.role = 'title';
    const second = segments[1];
    if (second && second.role === 'body') second.role = 'lead' satisfies SegmentRole;
  }
}
