import { z } from 'zod';
import { SEGMENT_ROLES } from '../document/types.js';

export const FAMILIES = ['stereotyping', 'representation', 'violence'] as const;
export const SEVERITIES = ['error', 'warning', 'info'] as const;
export const LANGS = ['vi', 'en'] as const;

export const FamilySchema = z.enum(FAMILIES);
export const SeveritySchema = z.enum(SEVERITIES);
export const LangSchema = z.enum(LANGS);
export type Family = z.infer<typeof FamilySchema>;

/**
 * Built-in metric checks over the people analysis (representation, B1.x), named by rules instead of patterns.
 * Thresholds come from configuration `thresholds`; see src/assessment/representation.ts.
 */
export const CHECKS = [
  'sources-one-gender',
  'women-source-share',
  'women-victims-men-experts',
  'headline-men-only',
  'women-relationship-only',
] as const;
export const CheckSchema = z.enum(CHECKS);
export type Check = z.infer<typeof CheckSchema>;
export type Severity = z.infer<typeof SeveritySchema>;

const Localized = z.object({ vi: z.string().min(1), en: z.string().min(1) }).strict();
/** Indicator reference codes from shared/domain: B1.x presence, B2.x stereotypes, B3.x violence reporting. */
const IndicatorCode = z.string().regex(/^B[1-3]\.[1-5]$/, 'an indicator code such as B2.3');
const PatternList = z.array(z.string().min(1)).min(1);
const Role = z.enum(SEGMENT_ROLES);

const Nearby = z
  .object({
    patterns: PatternList,
    /** Tokens allowed between the match and the other pattern, in the same sentence. */
    within: z.number().int().min(0).max(30),
  })
  .strict();
/** Like Nearby, but on one side only; `within` defaults to 0 (right next to the match). */
const Beside = z
  .object({ patterns: PatternList, within: z.number().int().min(0).max(30).default(0) })
  .strict();
/** One word, as a spelling variant is declared (no spaces, no pattern syntax). */
const SpellingWord = z.string().regex(/^[^\s()|?*~@#^]+$/u, 'one word without pattern syntax');

export const RuleContextSchema = z
  .object({
    /** Conditions on the sentence that holds the match. */
    sentence: z.object({ requires: PatternList.optional(), forbids: PatternList.optional() }).strict().optional(),
    /** Conditions on the whole document (a topic gate such as "this is a violence story"). */
    document: z
      .object({
        requires: PatternList.optional(),
        /** How many matches of `requires` the document needs (default 1). */
        minMatches: z.number().int().min(1).max(100).optional(),
        forbids: PatternList.optional(),
      })
      .strict()
      .optional(),
    near: Nearby.optional(),
    notNear: Nearby.optional(),
    /** Another pattern ends at most `within` words before the match (in the same sentence). */
    precededBy: Beside.optional(),
    notPrecededBy: Beside.optional(),
    /** Another pattern starts at most `within` words after the match (in the same sentence). */
    followedBy: Beside.optional(),
    notFollowedBy: Beside.optional(),
    /**
     * The match is dropped when one of these patterns matches words of it: compound exclusions, such as "đánh giá"
     * or "đánh thức" for a rule on "đánh".
     */
    notOverlapping: PatternList.optional(),
    /** Only in these segment roles (title, lead, body, caption...). */
    roles: z.array(Role).min(1).optional(),
    notRoles: z.array(Role).min(1).optional(),
  })
  .strict();

/** Patterns of a rule that need conditions the rule's other patterns do not. */
export const PatternGroupSchema = z.object({ patterns: PatternList, context: RuleContextSchema }).strict();

export const RuleSchema = z
  .object({
    id: z.string().regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, 'lower-case words joined by hyphens'),
    family: FamilySchema,
    indicators: z.array(IndicatorCode).min(1),
    severity: SeveritySchema,
    scope: z.enum(['span', 'document']).default('span'),
    /** Opt-in rules (e.g. the recruitment preset) are off unless configuration turns them on. */
    enabled: z.boolean().default(true),
    tags: z.array(z.string().min(1)).default([]),
    /**
     * What the rule finds: patterns, and groups of patterns with conditions of their own, which hold in addition to
     * the rule's `context` (`{ patterns: [...], context: { sentence: { forbids: [...] } } }`).
     */
    patterns: z.array(z.union([z.string().min(1), PatternGroupSchema])).min(1).optional(),
    /** A built-in metric check instead of patterns (representation rules); see CHECKS. */
    check: CheckSchema.optional(),
    context: RuleContextSchema.optional(),
    message: Localized,
    explanation: Localized,
    /** What to write instead, in the pack's language. */
    suggestions: z.array(z.string().min(1)).default([]),
    /**
     * Safe fixes for `--fix`: the matched words (as written in a pattern) mapped to their replacement. Only where the
     * replacement is right in every context, e.g. mankind: humankind; anything else stays a suggestion.
     */
    fixes: z.record(z.string().min(1), z.string().min(1)).optional(),
    url: z.string().url().optional(),
    examples: z
      .object({ match: z.array(z.string().min(1)).min(1), noMatch: z.array(z.string().min(1)).min(1) })
      .strict(),
  })
  .strict()
  .superRefine((rule, ctx) => {
    if (rule.check) {
      if (rule.patterns) ctx.addIssue({ code: 'custom', path: ['patterns'], message: 'a rule with check takes no patterns' });
      if (rule.context) ctx.addIssue({ code: 'custom', path: ['context'], message: 'a rule with check takes no context' });
      return;
    }
    if (rule.scope === 'span' && !rule.patterns)
      ctx.addIssue({ code: 'custom', path: ['patterns'], message: 'a span rule needs patterns' });
    if (rule.scope === 'document' && !rule.context?.document)
      ctx.addIssue({ code: 'custom', path: ['context', 'document'], message: 'a document rule needs context.document' });
  });

export const RulePackSchema = z
  .object({
    lang: LangSchema,
    family: FamilySchema,
    description: z.string().optional(),
    /** Word classes used in patterns as @NAME, e.g. PROFESSION: [bác sĩ, điều dưỡng]. */
    classes: z.record(z.string().regex(/^[A-Z][A-Z0-9_]*$/, 'UPPER_CASE name'), z.array(z.string().min(1)).min(1)).default({}),
    /**
     * Spelling variants of a word, matched wherever a pattern or class of the language names the word
     * (regional spellings, e.g. đàn: [đờn], so "đàn ông" also matches "đờn ông"). Shared by the packs of a language.
     */
    spellings: z.record(SpellingWord, z.array(SpellingWord).min(1)).optional(),
    rules: z.array(RuleSchema),
  })
  .strict();

export type RuleContext = z.infer<typeof RuleContextSchema>;
export type PatternGroup = z.infer<typeof PatternGroupSchema>;
export type Rule = z.infer<typeof RuleSchema>;
export type RulePack = z.infer<typeof RulePackSchema>;
export type RulePackInput = z.input<typeof RulePackSchema>;

/** A rule pack that failed validation; the message names the file, the rule id and the field. */
export class RulePackError extends Error {
  override readonly name = 'RulePackError';
  constructor(
    message: string,
    readonly file: string,
    readonly ruleId?: string,
    readonly field?: string,
  ) {
    super(message);
  }
}

/** Validates a parsed rule pack; `file` names it in errors. */
export function parseRulePack(data: unknown, file: string): RulePack {
  const result = RulePackSchema.safeParse(data);
  if (result.success) return result.data;
  const issue = result.error.issues[0]!;
  const path = issue.path;
  let ruleId: string | undefined;
  let fieldPath = path;
  if (path[0] === 'rules' && typeof path[1] === 'number') {
    const rules = (data as { rules?: Array<{ id?: unknown }> }).rules;
    const id = rules?.[path[1]]?.id;
    ruleId = typeof id === 'string' ? id : `#${path[1]}`;
    fieldPath = path.slice(2);
  }
  const field = fieldPath.map(String).join('.') || '(pack)';
  const where = ruleId ? `rule ${ruleId}, field ${field}` : `field ${field}`;
  throw new RulePackError(`${file}: ${where}: ${issue.message}`, file, ruleId, field);
}
