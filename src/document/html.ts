import { unified } from 'unified';
import rehypeParse from 'rehype-parse';
import type { Element, Nodes, Root } from 'hast';
import { isStackOverflow } from './markdown.js';
import { SegmentTextBuilder } from './offsets.js';
import { parseText } from './text.js';
import type { Segment, SegmentRole, SourceDocument } from './types.js';

const processor = unified().use(rehypeParse, { fragment: true });

const SKIPPED = new Set(['script', 'style', 'noscript', 'template', 'code', 'pre', 'kbd', 'samp', 'svg', 'math', 'head', 'iframe', 'object']);
const BLOCKS = new Set([
  'p', 'div', 'section', 'article', 'main', 'header', 'footer', 'aside', 'nav', 'figure', 'figcaption', 'blockquote',
  'ul', 'ol', 'li', 'dl', 'dt', 'dd', 'table', 'thead', 'tbody', 'tfoot', 'tr', 'td', 'th', 'caption',
  'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'br', 'hr', 'body', 'html', 'address', 'details', 'summary',
]);
const LEAD_CLASS = /\b(sapo|lead|summary|description|chapeau|standfirst)\b/i;

/** HTML as a CMS stores it: headings, paragraphs, captions and image alt text; scripts and code skipped. */
export function parseHtml(source: string): SourceDocument {
  try {
    return parseHtmlTree(source);
  } catch (error) {
    // Thousands of nested elements exhaust the stack in the HTML parser (hast-util-from-parse5 is
    // recursive) or in visit() below: fall back to the text between the tags.
    if (!isStackOverflow(error)) throw error;
    return { ...parseText(blankTags(source)), format: 'html' };
  }
}

/**
 * The source with tags, comments, scripts, styles and code blanked out by spaces of the same length,
 * so positions in the result are positions in the source (newlines are kept).
 */
function blankTags(source: string): string {
  const blank = (s: string) => s.replace(/[^\n]/g, ' ');
  return source
    .replace(/<(script|style|noscript|template|code|pre|svg|math)\b[^>]*>[\s\S]*?<\/\1\s*>/gi, blank)
    .replace(/<!--[\s\S]*?-->/g, blank)
    .replace(/<[^>]*>/g, blank);
}

function parseHtmlTree(source: string): SourceDocument {
  const tree = processor.parse(source) as Root;
  const segments: Segment[] = [];
  let current = new SegmentTextBuilder();
  let currentRole: SegmentRole = 'body';
  let sawTitle = false;

  const flush = () => {
    const text = current.toString();
    if (text.trim()) {
      let role = currentRole;
      const previous = segments[segments.length - 1];
      if (role === 'body' && previous?.role === 'title' && !segments.some((s) => s.role === 'lead')) role = 'lead';
      segments.push({ role, text, map: current.map });
    }
    current = new SegmentTextBuilder();
  };

  const roleOf = (el: Element, inherited: SegmentRole): SegmentRole => {
    const tag = el.tagName;
    if (tag === 'h1' && !sawTitle) return 'title';
    if (/^h[1-6]$/.test(tag)) return 'heading';
    if (tag === 'figcaption' || tag === 'caption') return 'caption';
    if (tag === 'blockquote' || tag === 'q') return inherited === 'quote' ? 'quote' : 'quote';
    if (tag === 'li' || tag === 'dd' || tag === 'dt') return inherited === 'quote' ? 'quote' : 'list-item';
    if (tag === 'td' || tag === 'th') return 'table-cell';
    const className = el.properties?.className;
    const classes = Array.isArray(className) ? className.join(' ') : String(className ?? '');
    if (tag === 'p' && LEAD_CLASS.test(classes)) return 'lead';
    return inherited;
  };

  const visit = (node: Nodes, role: SegmentRole) => {
    if (node.type === 'text') {
      const start = node.position?.start.offset;
      const end = node.position?.end.offset;
      if (start === undefined || end === undefined) current.appendSynthetic(node.value);
      else current.appendDecoded(node.value, source, start, end);
      return;
    }
    if (node.type === 'root') {
      for (const child of node.children) visit(child, role);
      return;
    }
    if (node.type !== 'element') return;
    const tag = node.tagName;
    if (SKIPPED.has(tag)) {
      current.appendSynthetic(' ');
      return;
    }
    if (tag === 'img' || tag === 'area') {
      addAltSegment(node, source, segments);
      current.appendSynthetic(' ');
      return;
    }
    if (!BLOCKS.has(tag)) {
      for (const child of node.children) visit(child, role);
      return;
    }
    flush();
    const blockRole = roleOf(node, role);
    if (blockRole === 'title') sawTitle = true;
    const outerRole = currentRole;
    currentRole = blockRole;
    for (const child of node.children) visit(child, blockRole);
    flush();
    currentRole = outerRole;
  };

  visit(tree, 'body');
  flush();
  return { format: 'html', segments, meta: {} };
}

function addAltSegment(el: Element, source: string, segments: Segment[]): void {
  const alt = el.properties?.alt;
  if (typeof alt !== 'string' || !alt.trim()) return;
  const builder = new SegmentTextBuilder();
  const from = el.position?.start.offset;
  const to = el.position?.end.offset;
  if (from !== undefined && to !== undefined) {
    const tag = source.slice(from, to);
    const attr = /\balt\s*=\s*(["']?)/i.exec(tag);
    if (attr) {
      const valueStart = from + attr.index + attr[0].length;
      const quote = attr[1];
      const valueEnd = quote ? source.indexOf(quote, valueStart) : valueStart + alt.length;
      builder.appendDecoded(alt, source, valueStart, valueEnd < 0 ? to : valueEnd);
    } else builder.appendSynthetic(alt);
  } else builder.appendSynthetic(alt);
  segments.push({ role: 'alt', text: builder.toString(), map: builder.map });
}
