import type { Heading, Paragraph, Root } from 'mdast';

/*
 * Most articles a CMS saves are headings and paragraphs of prose. For those, this builds the same tree
 * remark would (as far as the segment walker in markdown.ts reads it: block types, heading depth, text
 * values and their offsets) in one pass over the lines, without the full CommonMark machinery, which
 * costs more than everything else assess does. It accepts a document only when every line is one of:
 *
 *   - blank (spaces only)
 *   - an ATX heading "#{1,6} text": one space after the marks, no "#" in the text, no trailing space
 *   - a paragraph line: no leading or trailing space or tab, not starting with a character that can
 *     open a block (# > - + = | ~ ` < : or "1." / "1)"), and no character that can start inline
 *     syntax anywhere (\ ` * _ ~ [ ] < & |), no tab, no control character
 *
 * and returns null for anything else, which remark then parses. test/property.test.ts compares the two
 * on generated documents.
 */

const INLINE_SPECIAL = new Uint8Array(128);
for (const ch of '\\`*_~[]<&|') INLINE_SPECIAL[ch.charCodeAt(0)] = 1;
for (let c = 0; c < 0x20; c++) INLINE_SPECIAL[c] = 1; // tabs, carriage returns and other controls
const BLOCK_START = new Uint8Array(128);
for (const ch of '#>-+=|~`<:*_ \t') BLOCK_START[ch.charCodeAt(0)] = 1;

const isDigit = (c: number) => c >= 0x30 && c <= 0x39;

/** An ordered-list marker at the start of a line: up to nine digits, then "." or ")". */
function startsOrderedItem(source: string, from: number, to: number): boolean {
  let i = from;
  while (i < to && i - from < 10 && isDigit(source.charCodeAt(i))) i++;
  if (i === from || i - from > 9) return false;
  const c = source.charCodeAt(i);
  return c === 0x2e || c === 0x29;
}

/** A paragraph line as described above. */
function isPlainLine(source: string, from: number, to: number): boolean {
  const first = source.charCodeAt(from);
  if (first < 128 && BLOCK_START[first]) return false;
  const last = source.charCodeAt(to - 1);
  if (last === 0x20) return false;
  if (isDigit(first) && startsOrderedItem(source, from, to)) return false;
  for (let i = from; i < to; i++) {
    const c = source.charCodeAt(i);
    if (c < 128 && INLINE_SPECIAL[c]) return false;
  }
  return true;
}

function isBlank(source: string, from: number, to: number): boolean {
  for (let i = from; i < to; i++) if (source.charCodeAt(i) !== 0x20) return false;
  return true;
}

/** The text of an ATX heading line, or null when the line is not one in the simple form. */
function headingText(source: string, from: number, to: number): { depth: number; start: number } | null {
  let i = from;
  while (i < to && source.charCodeAt(i) === 0x23) i++;
  const depth = i - from;
  if (depth < 1 || depth > 6 || source.charCodeAt(i) !== 0x20) return null;
  const start = i + 1;
  if (start >= to) return null;
  const first = source.charCodeAt(start);
  if (first === 0x20) return null;
  if (source.charCodeAt(to - 1) === 0x20) return null;
  for (let k = start; k < to; k++) {
    const c = source.charCodeAt(k);
    if (c === 0x23 || (c < 128 && INLINE_SPECIAL[c])) return null;
  }
  return { depth: depth as Heading['depth'], start };
}

const point = (offset: number) => ({ line: 0, column: 0, offset });

/** The mdast tree of a document made only of simple headings and paragraphs, or null. */
export function simpleMarkdownTree(source: string): Root | null {
  const children: (Heading | Paragraph)[] = [];
  const n = source.length;
  // The paragraph being read: [paragraphStart, paragraphEnd) of the source.
  let paragraphStart = -1;
  let paragraphEnd = -1;
  const closeParagraph = () => {
    if (paragraphStart < 0) return;
    const position = { start: point(paragraphStart), end: point(paragraphEnd) };
    children.push({ type: 'paragraph', children: [{ type: 'text', value: source.slice(paragraphStart, paragraphEnd), position }], position });
    paragraphStart = -1;
  };
  let from = 0;
  while (from < n) {
    let to = source.indexOf('\n', from);
    if (to < 0) to = n;
    if (isBlank(source, from, to)) closeParagraph();
    else if (source.charCodeAt(from) === 0x23) {
      const heading = headingText(source, from, to);
      if (!heading) return null;
      closeParagraph();
      const position = { start: point(heading.start), end: point(to) };
      children.push({
        type: 'heading',
        depth: heading.depth as Heading['depth'],
        children: [{ type: 'text', value: source.slice(heading.start, to), position }],
        position: { start: point(from), end: point(to) },
      });
    } else {
      if (!isPlainLine(source, from, to)) return null;
      if (paragraphStart < 0) paragraphStart = from;
      paragraphEnd = to;
    }
    from = to + 1;
  }
  closeParagraph();
  return { type: 'root', children };
}
