/** The roll-up as CSV: one figure per row, so a spreadsheet can pivot it any way. */
import type { Figures, GenderFigures, GroupFigures, Rollup } from './rollup.js';

export const CSV_HEADER = ['section', 'period', 'key', 'metric', 'value'] as const;

/** A CSV field: quoted when needed; text that a spreadsheet would run as a formula is defused. */
export function csvField(value: string | number | null): string {
  if (value === null) return '';
  if (typeof value === 'number') return Number.isFinite(value) ? String(value) : '';
  let text = value;
  if (/^[=+\-@\t\r]/.test(text)) text = `'${text}`;
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

type Row = [section: string, period: string, key: string, metric: string, value: string | number | null];

function genderRows(section: string, period: string, key: string, prefix: string, g: GenderFigures): Row[] {
  return [
    [section, period, key, `${prefix}.women`, g.women],
    [section, period, key, `${prefix}.men`, g.men],
    [section, period, key, `${prefix}.unknown`, g.unknown],
    [section, period, key, `${prefix}.womenShare`, g.womenShare],
    [section, period, key, `${prefix}.menShare`, g.menShare],
  ];
}

/** One row per field of a listed record (a suppression, an article needing attention), in the fields' order. */
function recordRows(section: string, period: string, key: string, fields: Record<string, string | number | null>): Row[] {
  return Object.entries(fields).map(([metric, value]) => [section, period, key, metric, value]);
}

function figureRows(period: string, f: Figures): Row[] {
  const rows: Row[] = [
    ['summary', period, '', 'articles', f.articles],
    ...genderRows('summary', period, '', 'people', f.people),
    ...genderRows('summary', period, '', 'sources', f.sources),
    ...genderRows('summary', period, '', 'contributors', f.contributors),
    ...genderRows('summary', period, '', 'newsmakers', f.newsmakers),
    ['summary', period, '', 'findings', f.findings],
    ['summary', period, '', 'suppressed', f.suppressions.total],
    ['summary', period, '', 'suppressed.withJustification', f.suppressions.withJustification],
    ['summary', period, '', 'suppressed.withoutJustification', f.suppressions.withoutJustification],
    ['summary', period, '', 'suppressed.void', f.suppressions.void],
    ['summary', period, '', 'findingsPerArticle', f.findingsPerArticle],
  ];
  for (const [sev, n] of Object.entries(f.bySeverity)) rows.push(['severity', period, sev, 'findings', n]);
  for (const [level, n] of Object.entries(f.verdicts)) rows.push(['verdict', period, level, 'articles', n]);
  for (const [name, n] of Object.entries(f.scores)) rows.push(['score', period, name, 'mean', n]);
  for (const [family, n] of Object.entries(f.byFamily)) rows.push(['family', period, family, 'findings', n]);
  for (const { code, count } of f.byIndicator) rows.push(['indicator', period, code, 'findings', count]);
  for (const r of f.topRules) {
    rows.push(['rule', period, r.ruleId, 'findings', r.count]);
    rows.push(['rule', period, r.ruleId, 'articles', r.articles]);
  }
  for (const r of f.suppressions.byRule) {
    rows.push(['rule', period, r.ruleId, 'suppressed', r.count]);
    rows.push(['rule', period, r.ruleId, 'suppressed.withJustification', r.withJustification]);
    rows.push(['rule', period, r.ruleId, 'suppressed.void', r.void]);
  }
  return rows;
}

function groupRows(section: string, period: string, groups: GroupFigures[]): Row[] {
  return groups.flatMap((g): Row[] => [
    [section, period, g.key, 'articles', g.articles],
    ...genderRows(section, period, g.key, 'people', g.people),
    ...genderRows(section, period, g.key, 'sources', g.sources),
    ...genderRows(section, period, g.key, 'contributors', g.contributors),
    [section, period, g.key, 'findings', g.findings],
    [section, period, g.key, 'suppressed', g.suppressed],
    [section, period, g.key, 'meanScore', g.meanScore],
  ]);
}

export function formatCsv(data: Rollup): string {
  const current = data.period?.label ?? 'all';
  const rows: Row[] = [...figureRows(current, data.current)];
  if (data.previous && data.previousPeriod) rows.push(...figureRows(data.previousPeriod.label, data.previous));
  rows.push(...groupRows('month', current, data.months), ...groupRows('unit', current, data.units));
  // Per unit and rule: key "unit / rule" so a spreadsheet can split or pivot it.
  for (const u of data.unitSuppressions)
    rows.push(
      ...recordRows('unit-suppression', current, `${u.unit} / ${u.ruleId}`, {
        suppressed: u.count,
        withJustification: u.withJustification,
        withoutJustification: u.withoutJustification,
        void: u.void,
      }),
    );
  data.suppressionLog.forEach((r, i) =>
    rows.push(
      ...recordRows('suppression-log', current, String(i + 1), {
        file: r.file,
        date: r.date,
        unit: r.unit,
        rule: r.ruleId,
        line: r.line,
        justification: r.justification,
      }),
    ),
  );
  for (const c of data.change) {
    rows.push(['change', current, c.metric, 'current', c.current], ['change', current, c.metric, 'previous', c.previous], ['change', current, c.metric, 'delta', c.delta]);
  }
  data.attention.forEach((a, i) =>
    rows.push(
      ...recordRows('attention', current, String(i + 1), {
        title: a.title,
        url: a.url,
        date: a.date,
        unit: a.unit,
        level: a.level,
        score: a.score,
        findings: a.findings,
        rules: a.rules.join(' '),
      }),
    ),
  );
  // CRLF (RFC 4180) and a BOM so spreadsheet software reads Vietnamese as UTF-8.
  return '\uFEFF' + [CSV_HEADER.join(','), ...rows.map((r) => r.map(csvField).join(','))].join('\r\n') + '\r\n';
}
