export { assess, createChecker, InputTooLargeError, type AssessOptions } from './assess.js';
export { guessGender, type Gender, type GenderGuess } from './analysis/gender/guess.js';
export type { Checker } from './rules/checker.js';
export {
  AssessmentSchema,
  FindingSchema,
  SuppressedFindingSchema,
  PersonSchema,
  ScoresSchema,
  VerdictSchema,
  VerdictCauseSchema,
  type Assessment,
  type Finding,
  type SuppressedFinding,
  type Person,
  type Scores,
  type Verdict,
  type VerdictCause,
  type GenderCount,
} from './assessment/schema.js';
export { restrictToChangedLines, type ChangedLines, type LineRange } from './diff/changed-lines.js';
export { parseUnifiedDiff, type ChangedFile } from './diff/unified-diff.js';
export { ConfigSchema, ConfigError, parseConfig, PRESETS, type Config, type ConfigInput } from './config/schema.js';
export { RulePackSchema, RuleSchema, RulePackError, parseRulePack, FAMILIES, SEVERITIES, type Rule, type RulePack, type Family, type Severity } from './rules/schema.js';
export { BUILTIN_PACKS } from './rules/builtin.js';
export { applyFixes } from './fix.js';
export { normalizeWord } from './language/normalize.js';
export { detectLanguage, type Lang } from './language/detect.js';
export type { ArticleInput, InputFormat, SegmentRole } from './document/types.js';
