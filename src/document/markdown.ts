import { unified } from 'unified';
import remarkParse from 'remark-parse';
import remarkGfm from 'remark-gfm';
import remarkFrontmatter from 'remark-frontmatter';
import { parseDocument, isMap, isScalar } from 'yaml';
import type { Nodes, Root, RootContent } from 'mdast';
import { simpleMarkdownTree } from './markdown-simple.js';
import { SegmentTextBuilder } from './offsets.js';
import { parseHtml } from './html.js';
import { parseText } from './text.js';
import type { Segment, SegmentRole, SourceDocument } from './types.js';

const processor = unified().use(remarkParse).use(remarkGfm).use(remarkFrontmatter, ['yaml']);

/** Front-matter keys whose values are article text worth checking, and their role. */
const FRONT_MATTER_TEXT: Record<string, SegmentRole> = {
  title: 'title',
  headline: 'title',
  lead: 'lead',
  sapo: 'lead',
  description: 'lead',
  summary: 'lead',
};

/** Markdown (CommonMark + GFM + YAML front matter) to segments; code is never checked. */
export function parseMarkdown(source: string, options: { simple?: boolean } = {}): SourceDocument {
  try {
    // Headings and paragraphs of prose need no CommonMark parser (markdown-simple.ts); the rest goes to remark.
    const tree = (options.simple !== false && simpleMarkdownTree(source)) || (processor.parse(source) as Root);
    return segmentsOf(tree, source);
  } catch (error) {
    // Pathologically deep nesting (thousands of blockquotes or lists) can exhaust the stack in the
    // parser or in the walkers below: check such input as plain text rather than fail.
    if (!isStackOverflow(error)) throw error;
    return { ...parseText(source), format: 'markdown' };
  }
}

/** A RangeError from running out of stack ("Maximum call stack size exceeded"). */
export function isStackOverflow(error: unknown): boolean {
  return error instanceof RangeError && /call stack/i.test(error.message);
}

function segmentsOf(tree: Root, source: string): SourceDocument {
  const segments: Segment[] = [];
  let meta: Record<string, unknown> = {};
  let sawTitle = false;

  const flush = (builder: SegmentTextBuilder, role: SegmentRole) => {
    const text = builder.toString();
    if (text.trim()) segments.push({ role, text, map: builder.map });
  };

  const inline = (node: Nodes, builder: SegmentTextBuilder, blockRole: SegmentRole) => {
    switch (node.type) {
      case 'text': {
        const start = node.position?.start.offset;
        const end = node.position?.end.offset;
        if (start === undefined || end === undefined) builder.appendSynthetic(node.value);
        else builder.appendDecoded(node.value, source, start, end);
        return;
      }
      case 'inlineCode':
      case 'html':
        builder.appendSynthetic(' ');
        return;
      case 'break':
        builder.appendSynthetic('\n');
        return;
      case 'image':
      case 'imageReference': {
        if (node.alt) {
          const alt = new SegmentTextBuilder();
          const pos = node.position;
          const at = pos ? source.indexOf(node.alt, pos.start.offset ?? 0) : -1;
          if (at >= 0) alt.appendVerbatim(node.alt, at);
          else alt.appendSynthetic(node.alt);
          flush(alt, 'alt');
        }
        builder.appendSynthetic(' ');
        return;
      }
      default:
        if ('children' in node) for (const child of node.children as Nodes[]) inline(child, builder, blockRole);
    }
  };

  const block = (node: RootContent, role: SegmentRole | null) => {
    switch (node.type) {
      case 'yaml':
        meta = readFrontMatter(node.value, node.position?.start.offset ?? 0, source, segments);
        if (segments.some((s) => s.role === 'title')) sawTitle = true;
        return;
      case 'html': {
        // A CMS embeds HTML blocks (<figure>, <div>) in Markdown: their text, captions and alt text are checked
        // like an HTML document's. Inside a list or quote the block's value lacks the container's markers, so its
        // positions would not be the source's: such blocks stay unchecked.
        const start = node.position?.start.offset;
        const end = node.position?.end.offset;
        if (start === undefined || end === undefined || source.slice(start, end) !== node.value) return;
        for (const segment of parseHtml(node.value).segments)
          segments.push({ ...segment, role: role ?? (segment.role === 'title' || segment.role === 'lead' ? 'body' : segment.role), map: segment.map.shifted(start) });
        return;
      }
      case 'code':
      case 'thematicBreak':
      case 'definition':
        return;
      case 'heading': {
        const builder = new SegmentTextBuilder();
        for (const child of node.children) inline(child, builder, 'heading');
        const headingRole: SegmentRole = !sawTitle && node.depth === 1 ? 'title' : 'heading';
        if (headingRole === 'title') sawTitle = true;
        flush(builder, headingRole);
        return;
      }
      case 'paragraph': {
        const builder = new SegmentTextBuilder();
        for (const child of node.children) inline(child, builder, role ?? 'body');
        const previous = segments[segments.length - 1];
        let paragraphRole: SegmentRole = role ?? 'body';
        if (!role && previous?.role === 'title' && !segments.some((s) => s.role === 'lead')) paragraphRole = 'lead';
        flush(builder, paragraphRole);
        return;
      }
      case 'blockquote':
        for (const child of node.children) block(child, 'quote');
        return;
      case 'list':
        for (const item of node.children) block(item, role ?? 'list-item');
        return;
      case 'listItem':
        for (const child of node.children) block(child, role ?? 'list-item');
        return;
      case 'table':
        for (const row of node.children)
          for (const cell of row.children) {
            const builder = new SegmentTextBuilder();
            for (const child of cell.children) inline(child, builder, 'table-cell');
            flush(builder, 'table-cell');
          }
        return;
      default:
        if ('children' in node) for (const child of node.children as RootContent[]) block(child, role);
    }
  };

  for (const node of tree.children) block(node, null);
  return { format: 'markdown', segments, meta };
}

/** Reads YAML front matter into `meta` and turns its text fields (title, lead...) into segments. */
function readFrontMatter(value: string, nodeStart: number, source: string, segments: Segment[]): Record<string, unknown> {
  // The YAML body starts after the opening fence line.
  const bodyStart = source.indexOf('\n', nodeStart) + 1;
  let doc;
  try {
    doc = parseDocument(value, { uniqueKeys: false });
  } catch {
    return {};
  }
  if (doc.errors.length) return {};
  const data = doc.toJS({ maxAliasCount: 50 }) as unknown;
  const meta: Record<string, unknown> = {};
  if (data && typeof data === 'object' && !Array.isArray(data)) {
    for (const [key, val] of Object.entries(data)) if (key !== '__proto__' && key !== 'constructor') meta[key] = val;
  }
  if (!isMap(doc.contents)) return meta;
  for (const pair of doc.contents.items) {
    if (!isScalar(pair.key) || !isScalar(pair.value)) continue;
    const role = FRONT_MATTER_TEXT[String(pair.key.value).toLowerCase()];
    const text = pair.value.value;
    const range = pair.value.range;
    if (!role || typeof text !== 'string' || !range) continue;
    const builder = new SegmentTextBuilder();
    builder.appendDecoded(text, source, bodyStart + range[0], bodyStart + range[1]);
    if (text.trim()) segments.push({ role, text: builder.toString(), map: builder.map });
  }
  return meta;
}
