import type { OffsetMap } from './offsets.js';

export const SEGMENT_ROLES = [
  'title',
  'lead',
  'heading',
  'body',
  'caption',
  'alt',
  'quote',
  'list-item',
  'table-cell',
] as const;
export type SegmentRole = (typeof SEGMENT_ROLES)[number];

export const INPUT_FORMATS = ['text', 'markdown', 'html'] as const;
export type InputFormat = (typeof INPUT_FORMATS)[number];

/** A run of checkable text with one role, e.g. the headline or a caption. */
export interface Segment {
  role: SegmentRole;
  text: string;
  map: OffsetMap;
  /** For article objects: the field the text came from ("title", "captions[0]"...). */
  field?: string;
}

/** What every adapter produces: segments in reading order, plus metadata (front matter). */
export interface SourceDocument {
  format: InputFormat;
  segments: Segment[];
  meta: Record<string, unknown>;
}

/** The structured article a CMS stores. */
export interface ArticleInput {
  title?: string;
  lead?: string;
  body?: string;
  captions?: string[];
  format?: InputFormat | 'auto';
}
