import { z } from 'zod';
import { SEGMENT_ROLES } from '../document/types.js';
import { FamilySchema, RulePackSchema, SeveritySchema } from '../rules/schema.js';

export const PRESETS = ['recommended', 'strict', 'recruitment'] as const;
export const PresetSchema = z.enum(PRESETS);

/** "off", a severity, or an object form for later options. */
export const RuleSettingSchema = z.union([
  z.literal('off'),
  SeveritySchema,
  z.object({ severity: SeveritySchema.optional(), enabled: z.boolean().optional() }).strict(),
]);

/**
 * GMMP functions in the story (B1.3), as the people analysis assigns them. Kept here as data so configuration does
 * not depend on the analysis code; a test checks the two lists agree.
 */
export const STORY_ROLES = ['expert', 'official', 'personal-experience', 'popular-opinion', 'eyewitness', 'victim', 'subject', 'other'] as const;

export const ThresholdsSchema = z
  .object({
    /** Flag a one-gender set of sources once there are at least this many sources. */
    minSourcesForBalance: z.number().int().min(1).max(100).optional(),
    /** Flag when women are fewer than this share of sources (0..1). */
    minWomenSourceShare: z.number().min(0).max(1).optional(),
    /** The women's-share check applies only once there are at least this many sources. */
    minSourcesForShare: z.number().int().min(1).max(100).optional(),
    /** Flag women only as victims or personal experience when at least this many men are experts or officials. */
    minMenExpertsForRoleGap: z.number().int().min(1).max(100).optional(),
    /** Flag a headline and captions that name at least this many men and no woman, while the story names women. */
    minHeadlineMen: z.number().int().min(1).max(100).optional(),
    /**
     * Which sources the balance checks (one gender, women's share) count: the contributors the writer chose
     * (BBC 50:50 practice; default) or every quoted source, newsmakers included.
     */
    balanceAppliesTo: z.enum(['contributors', 'all-sources']).optional(),
    /** GMMP functions that make a person a newsmaker, central to the story rather than chosen by the writer. */
    newsmakerRoles: z.array(z.enum(STORY_ROLES)).optional(),
    /** Segments whose people are central to the story (the subject named in the headline or lead). */
    newsmakerSegments: z.array(z.enum(SEGMENT_ROLES)).optional(),
  })
  .strict();

const FailOnSchema = z.enum(['error', 'warning', 'info', 'never']);
const QuotedSpeechSchema = z.enum(['lower', 'keep']);

/** Which severities lead to which verdict level, for findings in one segment role (title, lead...). */
export const SegmentPolicySchema = z
  .object({
    /** Findings in this segment at or above this severity block, whatever their family's setting says. */
    failOn: FailOnSchema.optional(),
    /** Findings in this segment at or above this severity make the verdict warn. */
    warnOn: FailOnSchema.optional(),
  })
  .strict();

/** The policy for one family: replaces the top-level setting for that family's findings and score. */
export const FamilyPolicySchema = SegmentPolicySchema.extend({
  /** The family's score (0-100) below which the verdict blocks. */
  minScore: z.number().min(0).max(100).optional(),
  /** The family's score (0-100) below which the verdict warns. */
  warnBelowScore: z.number().min(0).max(100).optional(),
  /** Findings of this family inside a direct quotation: lowered one severity or kept. */
  quotedSpeech: QuotedSpeechSchema.optional(),
}).strict();

export const PolicySchema = z
  .object({
    /** The lowest severity that blocks (fails) the verdict ("never": findings never block). */
    failOn: FailOnSchema.optional(),
    /** The lowest severity that makes the verdict warn (default "warning"; "never": findings never warn). */
    warnOn: FailOnSchema.optional(),
    /** The overall score (0-100) below which the verdict blocks. */
    minScore: z.number().min(0).max(100).optional(),
    /** The overall score (0-100) below which the verdict warns. */
    warnBelowScore: z.number().min(0).max(100).optional(),
    /** Findings inside a direct quotation are lowered one severity ("lower", default) or kept. */
    quotedSpeech: QuotedSpeechSchema.optional(),
    /** An ignore comment must give a justification (" -- why"); one without it silences nothing. */
    requireJustification: z.boolean().optional(),
    /** Per family: replaces failOn, warnOn, quotedSpeech and sets score limits for that family. */
    families: z.object(Object.fromEntries(FamilySchema.options.map((f) => [f, FamilyPolicySchema.optional()])) as Record<z.infer<typeof FamilySchema>, z.ZodOptional<typeof FamilyPolicySchema>>).strict().optional(),
    /** Per segment role (title, lead, caption...): can only make the verdict stricter for findings there. */
    segments: z.object(Object.fromEntries(SEGMENT_ROLES.map((r) => [r, SegmentPolicySchema.optional()])) as Record<(typeof SEGMENT_ROLES)[number], z.ZodOptional<typeof SegmentPolicySchema>>).strict().optional(),
  })
  .strict();

export const ConfigSchema = z
  .object({
    $schema: z.string().optional(),
    extends: z.union([PresetSchema, z.array(PresetSchema)]).optional(),
    lang: z.enum(['vi', 'en', 'auto']).optional(),
    locale: z.enum(['vi', 'en']).optional(),
    /** Keys are rule ids or family names; a rule id wins over its family. */
    rules: z.record(z.string().min(1), RuleSettingSchema).optional(),
    /** Extra rule packs: objects here, file paths in a config file (the loader reads them). */
    packs: z.array(z.union([z.string().min(1), RulePackSchema])).optional(),
    /** Entries added to word classes of the built-in packs, e.g. HELPLINE: ["0237 3 123 456"]. */
    classes: z.record(z.string().regex(/^[A-Z][A-Z0-9_]*$/), z.array(z.string().min(1)).min(1)).optional(),
    thresholds: ThresholdsSchema.optional(),
    policy: PolicySchema.optional(),
  })
  .strict();

export type Config = z.infer<typeof ConfigSchema>;
export type ConfigInput = z.input<typeof ConfigSchema>;
export type RuleSetting = z.infer<typeof RuleSettingSchema>;
type PolicyData = z.infer<typeof PolicySchema>;
/** The policy after presets: failOn and quotedSpeech always set, the rest optional (defaults in assessment/policy.ts). */
export type Policy = Required<Pick<PolicyData, 'failOn' | 'quotedSpeech'>> & Omit<PolicyData, 'failOn' | 'quotedSpeech'>;
export type FamilyPolicy = z.infer<typeof FamilyPolicySchema>;
export type SegmentPolicy = z.infer<typeof SegmentPolicySchema>;
export type Thresholds = Required<z.infer<typeof ThresholdsSchema>>;
export { FamilySchema };

/** Invalid options or configuration; the message names the file (if any) and the path. */
export class ConfigError extends Error {
  override readonly name = 'ConfigError';
  constructor(
    message: string,
    readonly file?: string,
    readonly path?: string,
  ) {
    super(message);
  }
}

/** Validates configuration data; errors name `file` and the path of the first bad value. */
export function parseConfig(data: unknown, file = 'options.config'): Config {
  rejectPrototypeKeys(data, file);
  const result = ConfigSchema.safeParse(data);
  if (result.success) return result.data;
  const issue = result.error.issues[0]!;
  const path = issue.path.map(String).join('.') || '(root)';
  throw new ConfigError(`${file}: ${path}: ${issue.message}`, file, path);
}

/** Keys that could reach Object.prototype are refused before anything reads the data. */
export function rejectPrototypeKeys(data: unknown, file: string, path: string[] = []): void {
  if (!data || typeof data !== 'object') return;
  for (const key of Object.keys(data)) {
    if (key === '__proto__' || key === 'constructor' || key === 'prototype')
      throw new ConfigError(`${file}: ${[...path, key].join('.')}: key "${key}" is not allowed`, file, [...path, key].join('.'));
    rejectPrototypeKeys((data as Record<string, unknown>)[key], file, [...path, key]);
  }
}
