/**
 * The roll-up as one self-contained HTML page: inline CSS, inline SVG, no script, no external
 * resource. A Content-Security-Policy forbids scripts as a second line of defence; the first is
 * that every piece of article content is escaped.
 */
import type { Family } from '../../rules/schema.js';
import type { Change, GenderFigures, GroupFigures, Rollup } from '../rollup.js';
import { escapeAttr, escapeHtml as esc, safeUrl } from './escape.js';
import { REPORT_STRINGS, type ReportLocale, type ReportStrings } from './i18n.js';
import { barChart, lineChart, stackedBarChart, type Series } from './svg.js';

export interface RenderOptions {
  locale?: ReportLocale;
  /** Shown in the header; pass it in to keep rendering deterministic. */
  generatedAt?: string;
}

/** In the order of the indicator set: B1 presence, B2 stereotypes, B3 violence. */
const FAMILY_ORDER: Family[] = ['representation', 'stereotyping', 'violence'];
const COLORS = { women: '#b8467c', men: '#2f6fae', unknown: '#9aa3ad' };
const FAMILY_COLORS: Record<string, string> = { representation: '#6b8e23', stereotyping: '#c0772b', violence: '#a83232' };

const CSS = `
:root{color-scheme:light}
*{box-sizing:border-box}
body{margin:0;font:14px/1.5 system-ui,-apple-system,"Segoe UI",Roboto,"Noto Sans",sans-serif;color:#1f2933;background:#f7f8fa}
main{max-width:1040px;margin:0 auto;padding:24px 20px 48px}
header{border-bottom:3px solid #b8467c;margin-bottom:20px;padding-bottom:12px}
h1{font-size:24px;margin:0 0 4px}
h2{font-size:18px;margin:32px 0 10px;border-bottom:1px solid #d9dde3;padding-bottom:4px}
h3{font-size:15px;margin:18px 0 6px}
.sub{color:#52606d;margin:0}
.meta{color:#52606d;font-size:13px;margin-top:8px}
.cards{display:grid;grid-template-columns:repeat(auto-fill,minmax(180px,1fr));gap:10px}
.card{background:#fff;border:1px solid #e1e5ea;border-radius:6px;padding:10px 12px}
.card .v{font-size:22px;font-weight:600}
.card .l{color:#52606d;font-size:12px}
section{background:#fff;border:1px solid #e1e5ea;border-radius:6px;padding:4px 16px 16px;margin-top:18px}
section h2{border:0;margin-top:12px}
.chart{max-width:100%;height:auto;display:block;margin:6px 0}
table{border-collapse:collapse;width:100%;margin:8px 0;font-size:13px}
th,td{border-bottom:1px solid #e6e9ee;padding:5px 8px;text-align:left;vertical-align:top}
th{background:#f1f3f6;font-weight:600}
td.n,th.n{text-align:right;font-variant-numeric:tabular-nums}
td.k,td.d{white-space:nowrap}
.lvl{display:inline-block;white-space:nowrap;border-radius:3px;padding:0 6px;font-size:12px;color:#fff}
.lvl-block{background:#a83232}.lvl-warn{background:#c0772b}.lvl-pass{background:#3d7a3d}
.up{color:#3d7a3d}.down{color:#a83232}
.note{color:#52606d;font-size:12px}
code{font-size:12px}
a{color:#2f6fae}
@media print{body{background:#fff}section{border:0;padding:0}}
`;

function fmt(locale: ReportLocale) {
  const number = new Intl.NumberFormat(locale === 'vi' ? 'vi-VN' : 'en-GB', { maximumFractionDigits: 2 });
  const percent = new Intl.NumberFormat(locale === 'vi' ? 'vi-VN' : 'en-GB', { style: 'percent', maximumFractionDigits: 1 });
  return {
    n: (v: number | null) => (v === null ? '—' : number.format(v)),
    p: (v: number | null) => (v === null ? '—' : percent.format(v)),
  };
}

function genderSeries(t: ReportStrings): Series[] {
  return [
    { name: t.women, color: COLORS.women },
    { name: t.men, color: COLORS.men },
    { name: t.unknown, color: COLORS.unknown },
  ];
}

function genderValues(g: GenderFigures): number[] {
  return [g.women, g.men, g.unknown];
}

function groupTable(groups: GroupFigures[], keyHeader: string, label: (key: string) => string, t: ReportStrings, f: ReturnType<typeof fmt>): string {
  const rows = groups
    .map(
      (g) =>
        `<tr><td class="k">${esc(label(g.key))}</td><td class="n">${f.n(g.articles)}</td><td class="n">${f.n(g.people.women)}</td><td class="n">${f.n(g.people.men)}</td><td class="n">${f.p(g.people.womenShare)}</td><td class="n">${f.n(g.sources.women)}</td><td class="n">${f.n(g.sources.men)}</td><td class="n">${f.p(g.sources.womenShare)}</td><td class="n">${f.n(g.findings)}</td><td class="n">${f.n(g.meanScore)}</td></tr>`,
    )
    .join('');
  return `<table><thead><tr><th>${esc(keyHeader)}</th><th class="n">${esc(t.articles)}</th><th class="n">${esc(t.people)}: ${esc(t.women)}</th><th class="n">${esc(t.men)}</th><th class="n">${esc(t.womenShare)}</th><th class="n">${esc(t.sources)}: ${esc(t.women)}</th><th class="n">${esc(t.men)}</th><th class="n">${esc(t.womenShare)}</th><th class="n">${esc(t.findings)}</th><th class="n">${esc(t.meanScore)}</th></tr></thead><tbody>${rows}</tbody></table>`;
}

function changeRow(c: Change, t: ReportStrings, f: ReturnType<typeof fmt>): string {
  const isShare = c.metric.endsWith('Share');
  const show = isShare ? f.p : f.n;
  let delta = '—';
  if (c.delta !== null) {
    const sign = c.delta > 0 ? '+' : '';
    delta = isShare ? `${sign}${f.n(Math.round(c.delta * 1000) / 10)} pp` : `${sign}${f.n(c.delta)}`;
  }
  const cls = c.delta && c.metric.includes('womenShare') ? (c.delta > 0 ? ' up' : ' down') : '';
  return `<tr><td>${esc(t.metrics[c.metric] ?? c.metric)}</td><td class="n">${show(c.current)}</td><td class="n">${show(c.previous)}</td><td class="n${cls}">${esc(delta)}</td></tr>`;
}

export function renderHtml(data: Rollup, options: RenderOptions = {}): string {
  const locale: ReportLocale = options.locale ?? 'vi';
  const t = REPORT_STRINGS[locale];
  const f = fmt(locale);
  const cur = data.current;
  const unitLabel = (key: string) => key || t.noUnit;
  const periodText = data.period ? `${data.period.label} (${data.period.from} – ${data.period.to})` : t.allArticles;
  const previousText = data.previousPeriod ? `${data.previousPeriod.label} (${data.previousPeriod.from} – ${data.previousPeriod.to})` : '—';

  const cards = [
    [t.articles, f.n(cur.articles)],
    [`${t.people}: ${t.womenShare}`, f.p(cur.people.womenShare)],
    [`${t.sources}: ${t.womenShare}`, f.p(cur.sources.womenShare)],
    [t.findings, f.n(cur.findings)],
    [t.findingsPerArticle, f.n(cur.findingsPerArticle)],
    [t.meanScore, f.n(cur.scores.overall)],
    [t.blocked, f.n(cur.verdicts.block)],
    [t.toReview, f.n(cur.verdicts.warn)],
    [t.suppressed, f.n(cur.suppressions.total)],
  ]
    .map(([label, value]) => `<div class="card"><div class="v">${esc(value)}</div><div class="l">${esc(label)}</div></div>`)
    .join('');

  const summaryTable = `<table><thead><tr><th></th><th class="n">${esc(t.women)}</th><th class="n">${esc(t.men)}</th><th class="n">${esc(t.unknown)}</th><th class="n">${esc(t.womenShare)}</th><th class="n">${esc(t.menShare)}</th></tr></thead><tbody>${(
    [
      [t.people, cur.people],
      [t.sources, cur.sources],
      [t.contributors, cur.contributors],
      [t.newsmakers, cur.newsmakers],
    ] as const
  )
    .map(([label, g]) => `<tr><td>${esc(label)}</td><td class="n">${f.n(g.women)}</td><td class="n">${f.n(g.men)}</td><td class="n">${f.n(g.unknown)}</td><td class="n">${f.p(g.womenShare)}</td><td class="n">${f.p(g.menShare)}</td></tr>`)
    .join('')}</tbody></table><p class="note">${esc(t.peopleNote)} ${esc(t.contributorsNote)}</p>${cur.people.total || !cur.articles ? '' : `<p class="note" id="no-people">${esc(t.noPeople)}</p>`}`;

  const monthLabels = data.months.map((m) => m.key);
  const monthSection = `<section id="months"><h2>${esc(t.byMonth)}</h2>
${lineChart(
  monthLabels,
  [
    { name: `${t.people}: ${t.womenShare}`, color: COLORS.women, values: data.months.map((m) => m.people.womenShare) },
    { name: `${t.sources}: ${t.womenShare}`, color: '#7a3fa0', values: data.months.map((m) => m.sources.womenShare) },
  ],
  t.womenShareByMonth,
)}
<h3>${esc(t.peopleByMonth)}</h3>
${stackedBarChart(data.months.map((m) => ({ label: m.key, values: genderValues(m.people) })), genderSeries(t), t.peopleByMonth)}
<h3>${esc(t.sourcesByMonth)}</h3>
${stackedBarChart(data.months.map((m) => ({ label: m.key, values: genderValues(m.sources) })), genderSeries(t), t.sourcesByMonth)}
${groupTable(data.months, t.month, (k) => k, t, f)}
</section>`;

  const unitSection = `<section id="units"><h2>${esc(t.byUnit)}</h2>
<h3>${esc(t.peopleByUnit)}</h3>
${stackedBarChart(data.units.map((u) => ({ label: unitLabel(u.key), values: genderValues(u.people) })), genderSeries(t), t.peopleByUnit)}
<h3>${esc(t.sourcesByUnit)}</h3>
${stackedBarChart(data.units.map((u) => ({ label: unitLabel(u.key), values: genderValues(u.sources) })), genderSeries(t), t.sourcesByUnit)}
${groupTable(data.units, t.unit, unitLabel, t, f)}
</section>`;

  const findingsSection = `<section id="findings"><h2>${esc(t.byFamily)}</h2>
${barChart(
  FAMILY_ORDER.map((fam) => ({ label: t.families[fam], value: cur.byFamily[fam], color: FAMILY_COLORS[fam] ?? '#3b6ea5' })),
  t.byFamily,
)}
<h2>${esc(t.byIndicator)}</h2>
${cur.byIndicator.length ? barChart(cur.byIndicator.map((i) => ({ label: i.code, value: i.count, color: FAMILY_COLORS[i.code.startsWith('B1') ? 'representation' : i.code.startsWith('B3') ? 'violence' : 'stereotyping'] ?? '#3b6ea5' })), t.byIndicator) : `<p>${esc(t.none)}</p>`}
<h2>${esc(t.topRules)}</h2>
${
  cur.topRules.length
    ? `<table><thead><tr><th>${esc(t.rule)}</th><th>${esc(t.family)}</th><th>${esc(t.indicator)}</th><th class="n">${esc(t.findings)}</th><th class="n">${esc(t.inArticles)}</th></tr></thead><tbody>${cur.topRules
        .map((r) => `<tr><td><code>${esc(r.ruleId)}</code></td><td>${esc(t.families[r.family] ?? r.family)}</td><td>${esc(r.indicators.join(', '))}</td><td class="n">${f.n(r.count)}</td><td class="n">${f.n(r.articles)}</td></tr>`)
        .join('')}</tbody></table>`
    : `<p>${esc(t.none)}</p>`
}
</section>`;

  const suppressionRows = data.unitSuppressions
    .map(
      (u) =>
        `<tr><td class="k">${esc(unitLabel(u.unit))}</td><td><code>${esc(u.ruleId)}</code></td><td>${esc(t.families[u.family] ?? u.family)}</td><td class="n">${f.n(u.count)}</td><td class="n">${f.n(u.withJustification)}</td><td class="n">${f.n(u.withoutJustification)}</td><td class="n">${f.n(u.void)}</td></tr>`,
    )
    .join('');
  const suppressionSection = `<section id="suppressions"><h2>${esc(t.suppressions)}</h2><p class="note">${esc(t.suppressionsNote)}</p>${
    data.unitSuppressions.length
      ? `<table><thead><tr><th>${esc(t.unit)}</th><th>${esc(t.rule)}</th><th>${esc(t.family)}</th><th class="n">${esc(t.suppressed)}</th><th class="n">${esc(t.withJustification)}</th><th class="n">${esc(t.withoutJustification)}</th><th class="n">${esc(t.voidSuppressions)}</th></tr></thead><tbody>${suppressionRows}</tbody></table>`
      : `<p>${esc(t.none)}</p>`
  }</section>`;

  const attentionRows = data.attention
    .map((a) => {
      const href = safeUrl(a.url);
      const title = href ? `<a href="${escapeAttr(href)}" rel="noopener noreferrer">${esc(a.title)}</a>` : `${esc(a.title)}${a.url ? ` <span class="note">${esc(t.noLink)}</span>` : ''}`;
      return `<tr><td>${title}${a.author ? `<div class="note">${esc(a.author)}</div>` : ''}</td><td class="d">${esc(a.date ?? '—')}</td><td>${esc(a.unit ?? '—')}</td><td><span class="lvl lvl-${escapeAttr(a.level)}">${esc(t.levels[a.level])}</span></td><td class="n">${f.n(a.score)}</td><td class="n">${f.n(a.findings)}</td><td>${a.rules.map((r) => `<code>${esc(r)}</code>`).join(' ')}</td></tr>`;
    })
    .join('');
  const attentionSection = `<section id="attention"><h2>${esc(t.attention)}</h2><p class="note">${esc(t.attentionNote)}</p>${
    data.attention.length
      ? `<table><thead><tr><th>${esc(t.titleCol)}</th><th>${esc(t.date)}</th><th>${esc(t.unit)}</th><th>${esc(t.level)}</th><th class="n">${esc(t.score)}</th><th class="n">${esc(t.findings)}</th><th>${esc(t.rules)}</th></tr></thead><tbody>${attentionRows}</tbody></table>`
      : `<p>${esc(t.none)}</p>`
  }</section>`;

  const changeSection = `<section id="change"><h2>${esc(t.change)}</h2><p class="note">${esc(t.previousPeriod)}: ${esc(previousText)}. ${esc(t.changeNote)}</p>${
    data.change.length
      ? `<table><thead><tr><th>${esc(t.metric)}</th><th class="n">${esc(t.current)}</th><th class="n">${esc(t.previous)}</th><th class="n">${esc(t.delta)}</th></tr></thead><tbody>${data.change.map((c) => changeRow(c, t, f)).join('')}</tbody></table>`
      : `<p>${esc(t.noPrevious)}</p>`
  }</section>`;

  const metaLine = [
    `${esc(t.period)}: <strong>${esc(periodText)}</strong>`,
    `${esc(t.articlesRead)}: ${f.n(data.totals.articles)}${data.totals.undated ? ` (${f.n(data.totals.undated)} ${esc(t.undated)})` : ''}`,
    options.generatedAt ? `${esc(t.generated)}: ${esc(options.generatedAt)}` : '',
  ]
    .filter(Boolean)
    .join(' · ');

  return `<!doctype html>
<html lang="${locale}">
<head>
<meta charset="utf-8">
<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'; img-src data:; base-uri 'none'; form-action 'none'">
<meta name="referrer" content="no-referrer">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="generator" content="genderlens">
<title>${esc(t.title)} — ${esc(data.period?.label ?? t.allArticles)}</title>
<style>${CSS}</style>
</head>
<body>
<main>
<header><h1>${esc(t.title)}</h1><p class="sub">${esc(t.subtitle)}</p><p class="meta">${metaLine}</p></header>
<div class="cards">${cards}</div>
<section id="summary"><h2>${esc(t.summary)}</h2>${summaryTable}</section>
${monthSection}
${unitSection}
${findingsSection}
${suppressionSection}
${attentionSection}
${changeSection}
</main>
</body>
</html>
`;
}
