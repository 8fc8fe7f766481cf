import { z } from 'zod';
import { SEGMENT_ROLES } from '../document/types.js';
import { FamilySchema, SeveritySchema } from '../rules/schema.js';

/** Kinds of ignore comment (see rules/directives.ts). */
export const DIRECTIVE_KINDS = ['disable', 'enable', 'disable-next-line', 'disable-line'] as const;

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
  /** The rule's severity before policy.quotedSpeech lowered it (only on findings it lowered). */
  originalSeverity: SeveritySchema.optional(),
  /**
   * An ignore comment tried to silence this finding without the justification policy.requireJustification asks
   * for: the comment is void and the finding stands.
   */
  voidSuppression: z.object({ kind: z.enum(DIRECTIVE_KINDS), line: z.number().int() }).optional(),
  /** For metric checks (representation): the counts and the threshold that made the rule fire. */
  evidence: z
    .object({
      /** Which people were counted: the contributors the writer chose, every quoted source, or named people. */
      counted: z.enum(['contributors', 'all-sources', 'people']),
      women: z.number().int().min(0),
      men: z.number().int().min(0),
      unknown: z.number().int().min(0),
      /** The configuration keys and values the counts were held against, e.g. { minSourcesForBalance: 3 }. */
      thresholds: z.record(z.string(), z.union([z.number(), z.string()])),
    })
    .optional(),
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
  /**
   * Central to the story (BBC 50:50 "newsmaker"): an official making the announcement, the subject, the victim,
   * or whoever the headline or lead is about (thresholds.newsmakerRoles / newsmakerSegments). Named people only.
   */
  newsmaker: z.boolean().optional(),
  /** A source the writer chose to quote (expert, commentator, ordinary voice): named, quoted, not a newsmaker. */
  contributor: z.boolean().optional(),
  mentions: z.array(z.object({ start: z.number().int(), end: z.number().int(), text: z.string(), field: z.string().optional() })),
});

export const ScoresSchema = z.object({
  overall: z.number().min(0).max(100),
  stereotyping: z.number().min(0).max(100),
  representation: z.number().min(0).max(100),
  violence: z.number().min(0).max(100),
});

export const VERDICT_LEVELS = ['pass', 'warn', 'block'] as const;

/** One ground of the verdict: what was held against which policy setting, and the rules responsible. */
export const VerdictCauseSchema = z.object({
  level: z.enum(['warn', 'block']),
  /** severity: findings at or above a severity; score: a score under a limit; unjustified-suppression: a void ignore comment. */
  kind: z.enum(['severity', 'score', 'unjustified-suppression']),
  /** The policy key responsible, e.g. "policy.failOn", "policy.families.violence.minScore", "policy.segments.title.failOn". */
  setting: z.string(),
  /** Its value: a severity, a score or true. */
  threshold: z.union([z.string(), z.number(), z.boolean()]),
  /** The rules whose findings are responsible (none for a score of the whole document). */
  ruleIds: z.array(z.string()),
  /** How many findings (severity, unjustified-suppression) or the score (score). */
  count: z.number().int().min(0),
  score: z.number().optional(),
  family: FamilySchema.optional(),
  segment: z.enum(SEGMENT_ROLES).optional(),
});

export const VerdictSchema = z.object({
  pass: z.boolean(),
  /** pass: publish; warn: publish with a recorded justification; block: do not publish. */
  level: z.enum(VERDICT_LEVELS),
  /** The causes in words (the locale of the messages), block causes first. */
  reasons: z.array(z.string()),
  /** The same causes as data, for a CMS to record or show. */
  causes: z.array(VerdictCauseSchema),
});

/** A finding an ignore comment silenced: kept on record with the comment's justification. */
export const SuppressedFindingSchema = FindingSchema.extend({
  suppression: z.object({
    kind: z.enum(DIRECTIVE_KINDS),
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
    /** Named sources the writer chose (experts, commentators, ordinary voices); the balance checks count these by default. */
    contributors: GenderCountSchema,
    /** Named sources central to the story (newsmakers); sources = contributors + newsmakers. */
    newsmakers: GenderCountSchema,
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
  /** Present when findings were restricted to changed lines (options.changedLines, CLI --changed-lines / --diff). */
  changedLinesOnly: z
    .object({
      /** Findings (and silenced findings) outside the changed lines, left out; scores and metrics still cover the whole document. */
      findingsOutside: z.number().int().min(0),
      suppressedOutside: z.number().int().min(0),
    })
    .optional(),
  meta: z.record(z.string(), z.unknown()),
});

export type Finding = z.infer<typeof FindingSchema>;
export type Person = z.infer<typeof PersonSchema>;
export type SuppressedFinding = z.infer<typeof SuppressedFindingSchema>;
export type GenderCount = z.infer<typeof GenderCountSchema>;
export type Scores = z.infer<typeof ScoresSchema>;
export type Verdict = z.infer<typeof VerdictSchema>;
export type VerdictCause = z.infer<typeof VerdictCauseSchema>;
export type VerdictLevel = Verdict['level'];
export type Assessment = z.infer<typeof AssessmentSchema>;
