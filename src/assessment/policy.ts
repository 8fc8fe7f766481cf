import type { Policy } from '../config/schema.js';
import type { SegmentRole } from '../document/types.js';
import type { Lang } from '../language/detect.js';
import { FAMILIES, type Family, type Severity } from '../rules/schema.js';
import type { Finding, Scores, Verdict, VerdictCause } from './schema.js';

/** A severity setting of the policy: the lowest severity that leads to a level, or never. */
type SeverityThreshold = Severity | 'never';

const RANK: Record<SeverityThreshold, number> = { error: 3, warning: 2, info: 1, never: Infinity };
const LOWER: Record<Severity, Severity> = { error: 'warning', warning: 'info', info: 'info' };

/** What the policy means when a key is not set (presets set failOn and quotedSpeech; see config/presets.ts). */
export const POLICY_DEFAULTS = { warnOn: 'warning', requireJustification: false } as const;

const reaches = (severity: Severity, threshold: SeverityThreshold) => RANK[severity] >= RANK[threshold];

/**
 * The severity a finding gets under policy.quotedSpeech (or its family's): inside a direct quotation the writer
 * reports someone's speech, so by default it is lowered one step. `lowered` says whether it changed.
 */
export function quotedSeverity(severity: Severity, family: Family, inQuote: boolean, policy: Policy): { severity: Severity; lowered: boolean } {
  const mode = policy.families?.[family]?.quotedSpeech ?? policy.quotedSpeech;
  if (!inQuote || mode !== 'lower' || LOWER[severity] === severity) return { severity, lowered: false };
  return { severity: LOWER[severity], lowered: true };
}

interface SeveritySetting {
  setting: string;
  threshold: SeverityThreshold;
  family?: Family;
  segment?: SegmentRole;
}

/**
 * The settings that judge a finding for one level. The family's setting replaces the top-level one; a setting for
 * the finding's segment (title, lead...) is held against it as well, so a segment can only make the verdict stricter.
 */
function settingsFor(level: 'block' | 'warn', finding: Finding, policy: Policy): SeveritySetting[] {
  const key = level === 'block' ? 'failOn' : 'warnOn';
  const family = finding.family;
  const familyValue = policy.families?.[family]?.[key];
  const settings: SeveritySetting[] = [
    familyValue !== undefined
      ? { setting: `policy.families.${family}.${key}`, threshold: familyValue, family }
      : { setting: `policy.${key}`, threshold: level === 'block' ? policy.failOn : (policy.warnOn ?? POLICY_DEFAULTS.warnOn) },
  ];
  const role = finding.segment.role;
  const segmentValue = role ? policy.segments?.[role]?.[key] : undefined;
  if (role && segmentValue !== undefined) settings.push({ setting: `policy.segments.${role}.${key}`, threshold: segmentValue, segment: role });
  return settings;
}

/** Collects causes by level and setting, so one cause names every rule that tripped the same setting. */
class CauseList {
  private readonly byKey = new Map<string, VerdictCause>();

  addFinding(level: 'block' | 'warn', kind: VerdictCause['kind'], s: Omit<SeveritySetting, 'threshold'> & { threshold: string | boolean }, finding: Finding): void {
    const key = `${level}|${kind}|${s.setting}`;
    let cause = this.byKey.get(key);
    if (!cause) {
      cause = { level, kind, setting: s.setting, threshold: s.threshold, ruleIds: [], count: 0, ...(s.family ? { family: s.family } : {}), ...(s.segment ? { segment: s.segment } : {}) };
      this.byKey.set(key, cause);
    }
    cause.count++;
    if (!cause.ruleIds.includes(finding.ruleId)) cause.ruleIds.push(finding.ruleId);
  }

  addScore(level: 'block' | 'warn', setting: string, limit: number, score: number, ruleIds: string[], family?: Family): void {
    this.byKey.set(`${level}|score|${setting}`, { level, kind: 'score', setting, threshold: limit, ruleIds, count: 0, score, ...(family ? { family } : {}) });
  }

  /** Block causes first, then warn causes; within a level in the order they were found. */
  list(): VerdictCause[] {
    const all = [...this.byKey.values()];
    return [...all.filter((c) => c.level === 'block'), ...all.filter((c) => c.level === 'warn')];
  }
}

const distinctRules = (findings: Finding[]) => [...new Set(findings.map((f) => f.ruleId))];

/**
 * The verdict under the policy: `block` when a finding reaches a failOn setting or a score falls below a minScore;
 * otherwise `warn` when a finding reaches a warnOn setting, a score falls below a warnBelowScore, or an ignore comment
 * was void for want of a justification; otherwise `pass`. Every cause names the setting, its value and the rules.
 */
export function decideVerdict(findings: Finding[], scores: Scores, policy: Policy, locale: Lang = 'en'): Verdict {
  const causes = new CauseList();
  for (const finding of findings) {
    const blocking = settingsFor('block', finding, policy).find((s) => reaches(finding.severity, s.threshold));
    if (blocking) {
      causes.addFinding('block', 'severity', blocking, finding);
      continue;
    }
    const warning = settingsFor('warn', finding, policy).find((s) => reaches(finding.severity, s.threshold));
    if (warning) causes.addFinding('warn', 'severity', warning, finding);
  }
  judgeScore(causes, 'policy', scores.overall, policy.minScore, policy.warnBelowScore, distinctRules(findings));
  for (const family of FAMILIES) {
    const familyPolicy = policy.families?.[family];
    if (!familyPolicy) continue;
    const rules = distinctRules(findings.filter((f) => f.family === family));
    judgeScore(causes, `policy.families.${family}`, scores[family], familyPolicy.minScore, familyPolicy.warnBelowScore, rules, family);
  }
  // A void ignore comment asks for attention even when its finding is too mild to warn by itself.
  for (const finding of findings)
    if (finding.voidSuppression) causes.addFinding('warn', 'unjustified-suppression', { setting: 'policy.requireJustification', threshold: true }, finding);
  const list = causes.list();
  const level = list.some((c) => c.level === 'block') ? 'block' : list.length ? 'warn' : 'pass';
  return { pass: level !== 'block', level, reasons: list.map((c) => describeCause(c, locale)), causes: list };
}

function judgeScore(causes: CauseList, prefix: string, score: number, minScore: number | undefined, warnBelow: number | undefined, rules: string[], family?: Family): void {
  if (minScore !== undefined && score < minScore) causes.addScore('block', `${prefix}.minScore`, minScore, score, rules, family);
  else if (warnBelow !== undefined && score < warnBelow) causes.addScore('warn', `${prefix}.warnBelowScore`, warnBelow, score, rules, family);
}

const WORDS = {
  en: {
    severity: { error: 'error', warning: 'warning', info: 'info', never: 'never' },
    family: { stereotyping: 'stereotyping', representation: 'representation', violence: 'violence' },
    overall: 'overall',
    blockFindings: (n: number, t: string) => `${n} finding(s) at or above "${t}"`,
    warnFindings: (n: number, t: string) => `${n} finding(s) to review, at or above "${t}"`,
    blockScore: (what: string, score: number, limit: number) => `${what} score ${score} is below the minimum ${limit}`,
    warnScore: (what: string, score: number, limit: number) => `${what} score ${score} is below ${limit}, which asks for review`,
    unjustified: (n: number) => `${n} ignore comment(s) without a justification silence nothing`,
    rules: 'rules',
  },
  vi: {
    severity: { error: 'lỗi', warning: 'cảnh báo', info: 'lưu ý', never: 'không bao giờ' },
    family: { stereotyping: 'định kiến giới', representation: 'hiện diện', violence: 'đưa tin bạo lực' },
    overall: 'tổng',
    blockFindings: (n: number, t: string) => `${n} vấn đề ở mức "${t}" trở lên`,
    warnFindings: (n: number, t: string) => `${n} vấn đề cần xem lại, ở mức "${t}" trở lên`,
    blockScore: (what: string, score: number, limit: number) => `điểm ${what} ${score} thấp hơn mức tối thiểu ${limit}`,
    warnScore: (what: string, score: number, limit: number) => `điểm ${what} ${score} thấp hơn ${limit}, cần xem lại`,
    unjustified: (n: number) => `${n} chú thích bỏ qua không nêu lý do nên không có hiệu lực`,
    rules: 'quy tắc',
  },
} as const;

/** A cause in words, naming the policy key and the rules: "2 finding(s) at or above "error" (policy.failOn): a, b". */
export function describeCause(cause: VerdictCause, locale: Lang): string {
  const w = WORDS[locale];
  const rules = cause.ruleIds.length ? `: ${cause.ruleIds.join(', ')}` : '';
  if (cause.kind === 'score') {
    const what = cause.family ? w.family[cause.family] : w.overall;
    const text = (cause.level === 'block' ? w.blockScore : w.warnScore)(what, cause.score ?? 0, Number(cause.threshold));
    return `${text} (${cause.setting})${rules ? ` — ${w.rules}${rules}` : ''}`;
  }
  if (cause.kind === 'unjustified-suppression') return `${w.unjustified(cause.count)} (${cause.setting})${rules}`;
  const threshold = w.severity[cause.threshold as SeverityThreshold] ?? String(cause.threshold);
  return `${(cause.level === 'block' ? w.blockFindings : w.warnFindings)(cause.count, threshold)} (${cause.setting})${rules}`;
}
