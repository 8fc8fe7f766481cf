/**
 * The yearly roll-up: aggregates many assessments into the figures a health department reports
 * on applying the gender-in-communication indicator set. Pure: same input, same output.
 */
import type { Assessment, GenderCount } from '../assessment/schema.js';
import type { Family, Severity } from '../rules/schema.js';
import { FAMILIES } from '../rules/schema.js';

export interface RollupItem {
  /** Article metadata: Markdown front matter or JSONL fields (date, unit, author, title, url). */
  meta: Record<string, unknown>;
  assessment: Assessment;
  /** Where the article came from (file, or file:line for JSONL); optional. */
  file?: string;
}

/** An inclusive range of calendar dates, YYYY-MM-DD. */
export interface Period {
  from: string;
  to: string;
  label: string;
}

export interface RollupOptions {
  /** The reporting period; default: the calendar year of the latest dated article. */
  period?: Period | null;
  /** The period to compare with; default: the same dates one year earlier. */
  previousPeriod?: Period | null;
  /** How many articles to list as needing attention (default 20) and how many top rules (default 10). */
  attentionLimit?: number;
  topRulesLimit?: number;
}

export interface GenderFigures extends GenderCount {
  total: number;
  /** Shares of the total (women + men + unknown), 0..1; null when nobody was counted. */
  womenShare: number | null;
  menShare: number | null;
}

/** Findings silenced by ignore comments, and ignore comments void for want of a justification. */
export interface SuppressionFigures {
  /** Findings silenced by an ignore comment (assessment.suppressed). */
  total: number;
  withJustification: number;
  withoutJustification: number;
  /** Ignore comments that silenced nothing because policy.requireJustification wanted a reason they lacked. */
  void: number;
  byRule: Array<{ ruleId: string; family: Family; count: number; withJustification: number; void: number; articles: number }>;
}

/** Suppressions of one rule in one unit: the per-unit, per-rule record of overrides. */
export interface UnitRuleSuppressions {
  unit: string;
  ruleId: string;
  family: Family;
  count: number;
  withJustification: number;
  withoutJustification: number;
  void: number;
}

/** One silenced finding, for the audit trail: where, which rule, and the writer's justification. */
export interface SuppressionRecord {
  title: string;
  file: string | null;
  date: string | null;
  unit: string | null;
  ruleId: string;
  line: number;
  kind: string;
  justification: string | null;
}

export interface Figures {
  articles: number;
  people: GenderFigures;
  sources: GenderFigures;
  /** Sources the writers chose (not the newsmakers central to the story), and the newsmakers among sources. */
  contributors: GenderFigures;
  newsmakers: GenderFigures;
  suppressions: SuppressionFigures;
  findings: number;
  findingsPerArticle: number | null;
  bySeverity: Record<Severity, number>;
  byFamily: Record<Family, number>;
  byIndicator: Array<{ code: string; count: number }>;
  topRules: Array<{ ruleId: string; family: Family; indicators: string[]; count: number; articles: number }>;
  verdicts: { pass: number; warn: number; block: number };
  /** Mean scores (0-100), null without articles. */
  scores: { overall: number | null; stereotyping: number | null; representation: number | null; violence: number | null };
}

export interface GroupFigures {
  key: string;
  articles: number;
  people: GenderFigures;
  sources: GenderFigures;
  contributors: GenderFigures;
  findings: number;
  /** Findings silenced by ignore comments. */
  suppressed: number;
  meanScore: number | null;
}

export interface AttentionItem {
  title: string;
  url: string | null;
  date: string | null;
  unit: string | null;
  author: string | null;
  file: string | null;
  level: 'pass' | 'warn' | 'block';
  score: number;
  findings: number;
  errors: number;
  warnings: number;
  rules: string[];
}

export interface Change {
  metric: string;
  current: number | null;
  previous: number | null;
  delta: number | null;
}

export interface Rollup {
  schemaVersion: 1;
  period: Period | null;
  previousPeriod: Period | null;
  /** Articles read in total; dated and undated; those in neither period are left out of the figures. */
  totals: { articles: number; dated: number; undated: number; inPeriod: number; inPreviousPeriod: number };
  current: Figures;
  previous: Figures | null;
  change: Change[];
  months: GroupFigures[];
  units: GroupFigures[];
  /** Suppressions per unit and rule in the period, most first. */
  unitSuppressions: UnitRuleSuppressions[];
  /** Every silenced finding in the period with its justification, in date order. */
  suppressionLog: SuppressionRecord[];
  attention: AttentionItem[];
}

const DAYS_IN_MONTH = [31, 29, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];

function pad(n: number, width = 2): string {
  return String(n).padStart(width, '0');
}

function validDate(y: number, m: number, d: number): string | null {
  if (y < 1900 || y > 2999 || m < 1 || m > 12 || d < 1 || d > (DAYS_IN_MONTH[m - 1] ?? 0)) return null;
  if (m === 2 && d === 29 && !(y % 4 === 0 && (y % 100 !== 0 || y % 400 === 0))) return null;
  return `${y}-${pad(m)}-${pad(d)}`;
}

/** A date from metadata as YYYY-MM-DD: ISO dates and date-times, Date objects, and Vietnamese dd/mm/yyyy. */
export function normalizeDate(value: unknown): string | null {
  if (value instanceof Date) {
    return Number.isNaN(value.getTime()) ? null : validDate(value.getUTCFullYear(), value.getUTCMonth() + 1, value.getUTCDate());
  }
  if (typeof value !== 'string') return null;
  const text = value.trim();
  let m = /^(\d{4})-(\d{1,2})-(\d{1,2})(?:$|[T ])/.exec(text);
  if (m) return validDate(Number(m[1]), Number(m[2]), Number(m[3]));
  m = /^(\d{1,2})[/.-](\d{1,2})[/.-](\d{4})$/.exec(text);
  if (m) return validDate(Number(m[3]), Number(m[2]), Number(m[1]));
  return null;
}

function lastDay(year: number, month: number): number {
  if (month === 2) return year % 4 === 0 && (year % 100 !== 0 || year % 400 === 0) ? 29 : 28;
  return DAYS_IN_MONTH[month - 1] ?? 31;
}

function boundary(text: string, end: boolean): string | null {
  let m = /^(\d{4})$/.exec(text);
  if (m) return end ? `${m[1]}-12-31` : `${m[1]}-01-01`;
  m = /^(\d{4})-(\d{1,2})$/.exec(text);
  if (m) {
    const y = Number(m[1]);
    const mo = Number(m[2]);
    if (mo < 1 || mo > 12) return null;
    return end ? `${y}-${pad(mo)}-${pad(lastDay(y, mo))}` : `${y}-${pad(mo)}-01`;
  }
  return normalizeDate(text);
}

/** Parses `YYYY`, `YYYY-MM`, or `from:to` (each YYYY, YYYY-MM or YYYY-MM-DD); null when invalid. */
export function parsePeriod(spec: string): Period | null {
  const text = spec.trim();
  const parts = text.includes(':') ? text.split(':') : [text, text];
  if (parts.length !== 2) return null;
  const from = boundary(parts[0]!.trim(), false);
  const to = boundary(parts[1]!.trim(), true);
  if (!from || !to || from > to) return null;
  return { from, to, label: text };
}

/** The same dates one year earlier (29 February becomes 28 February). */
export function previousYearOf(period: Period): Period {
  const shift = (date: string, end: boolean): string => {
    const [y, m, d] = date.split('-').map(Number) as [number, number, number];
    const day = Math.min(d, lastDay(y - 1, m));
    return `${y - 1}-${pad(m)}-${pad(end && d === lastDay(y, m) ? lastDay(y - 1, m) : day)}`;
  };
  const from = shift(period.from, false);
  const to = shift(period.to, true);
  const label = /^\d{4}$/.test(period.label) ? String(Number(period.label) - 1) : `${from}:${to}`;
  return { from, to, label };
}

function inPeriod(date: string | null, period: Period | null): boolean {
  return !!date && !!period && date >= period.from && date <= period.to;
}

function text(value: unknown): string | null {
  if (typeof value === 'string') return value.trim() || null;
  if (typeof value === 'number' && Number.isFinite(value)) return String(value);
  return null;
}

function emptyCount(): GenderCount {
  return { women: 0, men: 0, unknown: 0 };
}

function addCount(into: GenderCount, from: GenderCount | undefined): void {
  if (!from) return;
  into.women += from.women;
  into.men += from.men;
  into.unknown += from.unknown;
}

function round(n: number, digits = 4): number {
  const f = 10 ** digits;
  return Math.round(n * f) / f;
}

function figuresOf(count: GenderCount): GenderFigures {
  const total = count.women + count.men + count.unknown;
  return {
    ...count,
    total,
    womenShare: total ? round(count.women / total) : null,
    menShare: total ? round(count.men / total) : null,
  };
}

function mean(values: number[]): number | null {
  return values.length ? round(values.reduce((a, b) => a + b, 0) / values.length, 1) : null;
}

/** Sorts indicator codes naturally: B1.2 before B1.10. */
function compareCodes(a: string, b: string): number {
  return a.localeCompare(b, 'en', { numeric: true });
}

function figures(items: RollupItem[], topRulesLimit: number): Figures {
  const people = emptyCount();
  const sources = emptyCount();
  const contributors = emptyCount();
  const newsmakers = emptyCount();
  const bySeverity: Record<Severity, number> = { error: 0, warning: 0, info: 0 };
  const byFamily = Object.fromEntries(FAMILIES.map((f) => [f, 0])) as Record<Family, number>;
  const byIndicator = new Map<string, number>();
  const rules = new Map<string, { ruleId: string; family: Family; indicators: Set<string>; count: number; articles: number }>();
  const verdicts = { pass: 0, warn: 0, block: 0 };
  const scores = { overall: [] as number[], stereotyping: [] as number[], representation: [] as number[], violence: [] as number[] };
  let findings = 0;
  for (const { assessment } of items) {
    addCount(people, assessment.metrics?.people);
    addCount(sources, assessment.metrics?.sources);
    addCount(contributors, assessment.metrics?.contributors);
    addCount(newsmakers, assessment.metrics?.newsmakers);
    const seen = new Set<string>();
    for (const f of assessment.findings) {
      findings++;
      bySeverity[f.severity] = (bySeverity[f.severity] ?? 0) + 1;
      byFamily[f.family] = (byFamily[f.family] ?? 0) + 1;
      for (const code of new Set(f.indicators)) byIndicator.set(code, (byIndicator.get(code) ?? 0) + 1);
      let rule = rules.get(f.ruleId);
      if (!rule) {
        rule = { ruleId: f.ruleId, family: f.family, indicators: new Set(), count: 0, articles: 0 };
        rules.set(f.ruleId, rule);
      }
      for (const code of f.indicators) rule.indicators.add(code);
      rule.count++;
      if (!seen.has(f.ruleId)) {
        seen.add(f.ruleId);
        rule.articles++;
      }
    }
    verdicts[assessment.verdict.level]++;
    scores.overall.push(assessment.scores.overall);
    scores.stereotyping.push(assessment.scores.stereotyping);
    scores.representation.push(assessment.scores.representation);
    scores.violence.push(assessment.scores.violence);
  }
  return {
    articles: items.length,
    people: figuresOf(people),
    sources: figuresOf(sources),
    contributors: figuresOf(contributors),
    newsmakers: figuresOf(newsmakers),
    suppressions: suppressionFigures(items),
    findings,
    findingsPerArticle: items.length ? round(findings / items.length, 2) : null,
    bySeverity,
    byFamily,
    byIndicator: [...byIndicator].map(([code, count]) => ({ code, count })).sort((a, b) => compareCodes(a.code, b.code)),
    topRules: [...rules.values()]
      .sort((a, b) => b.count - a.count || b.articles - a.articles || a.ruleId.localeCompare(b.ruleId))
      .slice(0, topRulesLimit)
      .map((r) => ({ ruleId: r.ruleId, family: r.family, indicators: [...r.indicators].sort(compareCodes), count: r.count, articles: r.articles })),
    verdicts,
    scores: { overall: mean(scores.overall), stereotyping: mean(scores.stereotyping), representation: mean(scores.representation), violence: mean(scores.violence) },
  };
}

/** Void ignore comments: findings that stand although a comment tried to silence them. */
const voided = (a: Assessment) => a.findings.filter((f) => f.voidSuppression);

function suppressionFigures(items: RollupItem[]): SuppressionFigures {
  const byRule = new Map<string, SuppressionFigures['byRule'][number]>();
  const rule = (ruleId: string, family: Family) => {
    let entry = byRule.get(ruleId);
    if (!entry) byRule.set(ruleId, (entry = { ruleId, family, count: 0, withJustification: 0, void: 0, articles: 0 }));
    return entry;
  };
  let total = 0;
  let withJustification = 0;
  let voidCount = 0;
  for (const { assessment } of items) {
    const seen = new Set<string>();
    for (const f of assessment.suppressed ?? []) {
      total++;
      const entry = rule(f.ruleId, f.family);
      entry.count++;
      if (f.suppression.justification) {
        withJustification++;
        entry.withJustification++;
      }
      if (!seen.has(f.ruleId)) {
        seen.add(f.ruleId);
        entry.articles++;
      }
    }
    for (const f of voided(assessment)) {
      voidCount++;
      rule(f.ruleId, f.family).void++;
    }
  }
  return {
    total,
    withJustification,
    withoutJustification: total - withJustification,
    void: voidCount,
    byRule: [...byRule.values()].sort((a, b) => b.count + b.void - (a.count + a.void) || a.ruleId.localeCompare(b.ruleId)),
  };
}

function unitSuppressions(items: RollupItem[]): UnitRuleSuppressions[] {
  const map = new Map<string, UnitRuleSuppressions>();
  const entry = (unit: string, ruleId: string, family: Family) => {
    const key = `${unit}\u0000${ruleId}`;
    let e = map.get(key);
    if (!e) map.set(key, (e = { unit, ruleId, family, count: 0, withJustification: 0, withoutJustification: 0, void: 0 }));
    return e;
  };
  for (const item of items) {
    const unit = text(item.meta.unit) ?? '';
    for (const f of item.assessment.suppressed ?? []) {
      const e = entry(unit, f.ruleId, f.family);
      e.count++;
      if (f.suppression.justification) e.withJustification++;
      else e.withoutJustification++;
    }
    for (const f of voided(item.assessment)) entry(unit, f.ruleId, f.family).void++;
  }
  return [...map.values()].sort((a, b) => a.unit.localeCompare(b.unit) || b.count + b.void - (a.count + a.void) || a.ruleId.localeCompare(b.ruleId));
}

function suppressionLog(items: RollupItem[]): SuppressionRecord[] {
  const records: SuppressionRecord[] = [];
  for (const item of items)
    for (const f of item.assessment.suppressed ?? [])
      records.push({
        title: text(item.meta.title) ?? item.file ?? '',
        file: item.file ?? null,
        date: normalizeDate(item.meta.date),
        unit: text(item.meta.unit),
        ruleId: f.ruleId,
        line: f.scope === 'span' ? f.line : f.suppression.line,
        kind: f.suppression.kind,
        justification: f.suppression.justification,
      });
  return records.sort((a, b) => (a.date ?? '').localeCompare(b.date ?? '') || (a.file ?? '').localeCompare(b.file ?? '') || a.line - b.line);
}

function groups(items: RollupItem[], keyOf: (item: RollupItem) => string | null): GroupFigures[] {
  const map = new Map<string, RollupItem[]>();
  for (const item of items) {
    const key = keyOf(item);
    if (key === null) continue;
    const list = map.get(key);
    if (list) list.push(item);
    else map.set(key, [item]);
  }
  return [...map].map(([key, list]) => {
    const people = emptyCount();
    const sources = emptyCount();
    const contributors = emptyCount();
    for (const { assessment } of list) {
      addCount(people, assessment.metrics?.people);
      addCount(sources, assessment.metrics?.sources);
      addCount(contributors, assessment.metrics?.contributors);
    }
    return {
      key,
      articles: list.length,
      people: figuresOf(people),
      sources: figuresOf(sources),
      contributors: figuresOf(contributors),
      findings: list.reduce((n, i) => n + i.assessment.findings.length, 0),
      suppressed: list.reduce((n, i) => n + (i.assessment.suppressed?.length ?? 0), 0),
      meanScore: mean(list.map((i) => i.assessment.scores.overall)),
    };
  });
}

/** Every month from the first to the last of a period, so gaps show as zero. */
function monthsOf(period: Period): string[] {
  const months: string[] = [];
  let [y, m] = period.from.split('-').map(Number) as [number, number];
  const end = period.to.slice(0, 7);
  for (let guard = 0; guard < 1200; guard++) {
    const key = `${y}-${pad(m)}`;
    if (key > end) break;
    months.push(key);
    m++;
    if (m > 12) {
      m = 1;
      y++;
    }
  }
  return months;
}

const LEVEL_RANK = { block: 2, warn: 1, pass: 0 } as const;

function attention(items: RollupItem[], limit: number): AttentionItem[] {
  return items
    .filter((i) => i.assessment.verdict.level !== 'pass' || i.assessment.findings.some((f) => f.severity !== 'info'))
    .map((i): AttentionItem => {
      const a = i.assessment;
      const counts = new Map<string, number>();
      for (const f of a.findings) counts.set(f.ruleId, (counts.get(f.ruleId) ?? 0) + 1);
      return {
        title: text(i.meta.title) ?? i.file ?? '',
        url: text(i.meta.url),
        date: normalizeDate(i.meta.date),
        unit: text(i.meta.unit),
        author: text(i.meta.author),
        file: i.file ?? null,
        level: a.verdict.level,
        score: a.scores.overall,
        findings: a.findings.length,
        errors: a.findings.filter((f) => f.severity === 'error').length,
        warnings: a.findings.filter((f) => f.severity === 'warning').length,
        rules: [...counts].sort((x, y) => y[1] - x[1] || x[0].localeCompare(y[0])).map(([id]) => id),
      };
    })
    .sort(
      (x, y) =>
        LEVEL_RANK[y.level] - LEVEL_RANK[x.level] ||
        x.score - y.score ||
        y.errors - x.errors ||
        y.warnings - x.warnings ||
        y.findings - x.findings ||
        (x.date ?? '').localeCompare(y.date ?? '') ||
        x.title.localeCompare(y.title),
    )
    .slice(0, limit);
}

function change(metric: string, current: number | null, previous: number | null): Change {
  return { metric, current, previous, delta: current !== null && previous !== null ? round(current - previous) : null };
}

function changes(current: Figures, previous: Figures): Change[] {
  return [
    change('articles', current.articles, previous.articles),
    change('people.womenShare', current.people.womenShare, previous.people.womenShare),
    change('people.menShare', current.people.menShare, previous.people.menShare),
    change('sources.womenShare', current.sources.womenShare, previous.sources.womenShare),
    change('sources.menShare', current.sources.menShare, previous.sources.menShare),
    change('contributors.womenShare', current.contributors.womenShare, previous.contributors.womenShare),
    change('suppressed', current.suppressions.total, previous.suppressions.total),
    change('findings', current.findings, previous.findings),
    change('findingsPerArticle', current.findingsPerArticle, previous.findingsPerArticle),
    ...FAMILIES.map((f) => change(`family.${f}`, current.byFamily[f], previous.byFamily[f])),
    change('verdicts.block', current.verdicts.block, previous.verdicts.block),
    change('scores.overall', current.scores.overall, previous.scores.overall),
  ];
}

/** Aggregates assessed articles into the roll-up figures. */
export function rollup(items: RollupItem[], options: RollupOptions = {}): Rollup {
  const attentionLimit = options.attentionLimit ?? 20;
  const topRulesLimit = options.topRulesLimit ?? 10;
  const dated = items.map((item) => ({ item, date: normalizeDate(item.meta.date) }));
  const dates = dated.map((d) => d.date).filter((d): d is string => d !== null);
  let period = options.period ?? null;
  if (!period && options.period === undefined && dates.length) {
    const latest = dates.reduce((a, b) => (b > a ? b : a));
    period = parsePeriod(latest.slice(0, 4));
  }
  const previousPeriod = options.previousPeriod !== undefined ? options.previousPeriod : period ? previousYearOf(period) : null;
  const current = period ? dated.filter((d) => inPeriod(d.date, period)) : dated;
  const previous = previousPeriod ? dated.filter((d) => inPeriod(d.date, previousPeriod)) : [];
  const currentItems = current.map((d) => d.item);
  const currentFigures = figures(currentItems, topRulesLimit);
  const previousFigures = previousPeriod && previous.length ? figures(previous.map((d) => d.item), topRulesLimit) : null;

  const months = groups(
    current.map((d) => d.item),
    (item) => normalizeDate(item.meta.date)?.slice(0, 7) ?? null,
  );
  // Fill in empty months of the period so a quiet month shows as a gap, not as nothing.
  const monthKeys = period ? monthsOf(period) : [...new Set(months.map((m) => m.key))];
  const byMonth = new Map(months.map((m) => [m.key, m]));
  const allMonths = [...new Set([...monthKeys, ...byMonth.keys()])].sort().map(
    (key) =>
      byMonth.get(key) ?? {
        key,
        articles: 0,
        people: figuresOf(emptyCount()),
        sources: figuresOf(emptyCount()),
        contributors: figuresOf(emptyCount()),
        findings: 0,
        suppressed: 0,
        meanScore: null,
      },
  );
  const units = groups(currentItems, (item) => text(item.meta.unit) ?? '').sort(
    (a, b) => b.articles - a.articles || a.key.localeCompare(b.key),
  );
  return {
    schemaVersion: 1,
    period,
    previousPeriod,
    totals: {
      articles: items.length,
      dated: dates.length,
      undated: items.length - dates.length,
      inPeriod: current.length,
      inPreviousPeriod: previous.length,
    },
    current: currentFigures,
    previous: previousFigures,
    change: previousFigures ? changes(currentFigures, previousFigures) : [],
    months: allMonths,
    units,
    unitSuppressions: unitSuppressions(currentItems),
    suppressionLog: suppressionLog(currentItems),
    attention: attention(currentItems, attentionLimit),
  };
}
