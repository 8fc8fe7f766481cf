import { z } from 'zod';
import { SEGMENT_ROLES } from '../document/types.js';
import { FamilySchema, SeveritySchema } from '../rules/schema.js';

export const GenderCountSchema = z.object({ women: z.number().int().min(0), men: z.number().int().min(0), unknown: z.number().int().min(0) });

export const FindingSchema = z.object({
  ruleId: z.string(),
  family: FamilySchema,
  indicators: z.array(z.string()),
  severity: SeveritySchema,
  message: z.string(),
  explanation: z.string(),
  /** UTF-16 offsets into the caller's string (for an article object: into `segment.field`). */
  start: z.number().int().min(0),
  end: z.number().int().min(0),
  line: z.number().int().min(0),
  column: z.number().int().min(0),
  endLine: z.number().int().min(0),
  endColumn: z.number().int().min(0),
  text: z.string(),
  suggestions: z.array(z.string()),
  /** A safe replacement that `--fix` applies: the same [start, end) range and the text to put there. */
  fix: z.object({ start: z.number().int().min(0), end: z.number().int().min(0), text: z.string() }).optional(),
  scope: z.enum(['span', 'document']),
  segment: z.object({ role: z.enum(SEGMENT_ROLES).nullable(), index: z.number().int(), field: z.string().optional() }),
  /** Inside a direct quotation: the writer reports someone's speech. */
  inQuote: z.boolean(),
  url: z.string().optional(),
});

export const PersonSchema = z.object({
  name: z.string(),
  gender: z.enum(['female', 'male', 'unknown']),
  named: z.boolean(),
  /** GMMP function in the story (B1.3): expert, official, personal-experience, popular-opinion, eyewitness, victim, subject, other. */
  role: z.string().nullable(),
  /** A source: their words are reported, directly or indirectly. */
  quoted: z.boolean(),
  /** Quoted in their own words (a quotation in the attributing sentence). */
  directQuote: z.boolean(),
  /** Not named, described only as someone's relative ("vợ ông X", "his wife"). */
  relationOnly: z.boolean(),
  segments: z.array(z.enum(SEGMENT_ROLES)),
  mentions: z.array(z.object({ start: z.number().int(), end: z.number().int(), text: z.string(), field: z.string().optional() })),
});

export const ScoresSchema = z.object({
  overall: z.number().min(0).max(100),
  stereotyping: z.number().min(0).max(100),
  representation: z.number().min(0).max(100),
  violence: z.number().min(0).max(100),
});

export const VerdictSchema = z.object({
  pass: z.boolean(),
  /** pass: publish; warn: publish with a recorded justification; block: do not publish. */
  level: z.enum(['pass', 'warn', 'block']),
  reasons: z.array(z.string()),
});

/** A finding an ignore comment silenced: kept on record with the comment's justification. */
export const SuppressedFindingSchema = FindingSchema.extend({
  suppression: z.object({
    kind: z.enum(['disable', 'enable', 'disable-next-line', 'disable-line']),
    justification: z.string().nullable(),
    line: z.number().int(),
  }),
});

export const AssessmentSchema = z.object({
  lang: z.enum(['vi', 'en']),
  format: z.enum(['text', 'markdown', 'html']),
  findings: z.array(FindingSchema),
  suppressed: z.array(SuppressedFindingSchema),
  metrics: z.object({
    people: GenderCountSchema,
    sources: GenderCountSchema,
    persons: z.array(PersonSchema),
    /** Named persons by GMMP function (B1.3). */
    byRole: z.record(z.string(), GenderCountSchema),
    /** Named sources by GMMP function. */
    sourcesByRole: z.record(z.string(), GenderCountSchema),
    /** Named persons by the segment roles they appear in (title, lead, body, caption, alt...). */
    bySegment: z.record(z.string(), GenderCountSchema),
    words: z.number().int().min(0),
    sentences: z.number().int().min(0),
    segments: z.record(z.string(), z.number().int()),
  }),
  scores: ScoresSchema,
  verdict: VerdictSchema,
  meta: z.record(z.string(), z.unknown()),
});

export type Finding = z.infer<typeof FindingSchema>;
export type Person = z.infer<typeof PersonSchema>;
export type SuppressedFinding = z.infer<typeof SuppressedFindingSchema>;
export type GenderCount = z.infer<typeof GenderCountSchema>;
export type Scores = z.infer<typeof ScoresSchema>;
export type Verdict = z.infer<typeof VerdictSchema>;
export type Assessment = z.infer<typeof AssessmentSchema>;
