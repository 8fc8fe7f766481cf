import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { assess } from '../src/assess.js';
import type { Assessment } from '../src/assessment/schema.js';
import { formatCsv } from '../src/report/csv.js';
import { normalizeDate, parsePeriod, previousYearOf, rollup, type RollupItem } from '../src/report/rollup.js';

const dir = path.resolve(__dirname, '../fixtures/report');

function load(): RollupItem[] {
  return fs
    .readdirSync(dir)
    .filter((f) => f.endsWith('.md'))
    .sort()
    .map((f) => {
      const assessment = assess(fs.readFileSync(path.join(dir, f), 'utf8'), { format: 'markdown' });
      return { meta: assessment.meta, assessment, file: f };
    });
}

/** An article with known people and source counts, so shares do not depend on the people analysis. */
function article(meta: Record<string, unknown>, people: [number, number, number], sources: [number, number, number], text = 'Bệnh viện khám sức khỏe miễn phí cho người cao tuổi.'): RollupItem {
  const base = assess(text, { lang: 'vi' });
  const assessment: Assessment = {
    ...base,
    metrics: {
      ...base.metrics,
      people: { women: people[0], men: people[1], unknown: people[2] },
      sources: { women: sources[0], men: sources[1], unknown: sources[2] },
    },
  };
  return { meta, assessment };
}

describe('rollup on the report fixtures', () => {
  const items = load();
  const data = rollup(items);

  it('reads dates, units and periods from the front matter', () => {
    expect(items).toHaveLength(12);
    expect(data.period).toEqual({ from: '2026-01-01', to: '2026-12-31', label: '2026' });
    expect(data.previousPeriod).toEqual({ from: '2025-01-01', to: '2025-12-31', label: '2025' });
    expect(data.totals).toEqual({ articles: 12, dated: 12, undated: 0, inPeriod: 7, inPreviousPeriod: 5 });
    expect(data.current.articles).toBe(7);
    expect(data.previous?.articles).toBe(5);
  });

  it('counts months of the whole period, gaps included', () => {
    expect(data.months.map((m) => m.key)).toEqual(Array.from({ length: 12 }, (_, i) => `2026-${String(i + 1).padStart(2, '0')}`));
    const byKey = Object.fromEntries(data.months.map((m) => [m.key, m.articles]));
    expect(byKey).toMatchObject({ '2026-01': 1, '2026-02': 0, '2026-03': 1, '2026-04': 1, '2026-06': 1, '2026-08': 1, '2026-10': 1, '2026-11': 1, '2026-12': 0 });
    expect(data.months.reduce((n, m) => n + m.articles, 0)).toBe(7);
  });

  it('groups by unit', () => {
    const units = Object.fromEntries(data.units.map((u) => [u.key, u.articles]));
    expect(units).toEqual({ 'Bệnh viện Đa khoa tỉnh': 3, 'Trung tâm Kiểm soát bệnh tật tỉnh': 2, 'Sở Y tế': 2 });
  });

  it('counts findings per family, indicator code and rule, matching the assessments', () => {
    const current = items.filter((i) => String(i.meta.date).startsWith('2026'));
    const findings = current.flatMap((i) => i.assessment.findings);
    expect(data.current.findings).toBe(findings.length);
    expect(data.current.byFamily.stereotyping).toBe(findings.filter((f) => f.family === 'stereotyping').length);
    expect(data.current.byFamily.violence).toBeGreaterThan(0);
    const b22 = findings.filter((f) => f.indicators.includes('B2.2')).length;
    expect(data.current.byIndicator.find((i) => i.code === 'B2.2')?.count).toBe(b22);
    expect(data.current.byIndicator.map((i) => i.code)).toEqual([...data.current.byIndicator.map((i) => i.code)].sort((a, b) => a.localeCompare(b, 'en', { numeric: true })));
    const top = data.current.topRules[0]!;
    expect(top.count).toBe(findings.filter((f) => f.ruleId === top.ruleId).length);
    expect(data.current.people.women).toBe(current.reduce((n, i) => n + i.assessment.metrics.people.women, 0));
  });

  it('lists the articles that need attention, worst first, with their url', () => {
    const first = data.attention[0]!;
    expect(first.level).toBe('block');
    expect(first.title).toBe('Bé gái 8 tuổi bị xâm hại ngay trong nhà');
    expect(first.url).toBe('https://soyte.example.vn/tin/be-gai-bi-xam-hai');
    expect(data.attention.every((a) => a.date?.startsWith('2026'))).toBe(true);
    expect(data.attention.some((a) => a.title.startsWith('Cấp cứu thành công'))).toBe(false); // a clean article
  });

  it('compares with the previous period', () => {
    const change = Object.fromEntries(data.change.map((c) => [c.metric, c]));
    expect(change.articles).toEqual({ metric: 'articles', current: 7, previous: 5, delta: 2 });
    expect(change['family.violence']?.previous).toBe(data.previous?.byFamily.violence);
    expect(change.findings?.delta).toBe(data.current.findings - (data.previous?.findings ?? 0));
  });

  it('honours an explicit period and previous period', () => {
    const half = rollup(items, { period: parsePeriod('2026-01:2026-06')!, previousPeriod: parsePeriod('2025-01:2025-06')! });
    expect(half.current.articles).toBe(4);
    expect(half.previous?.articles).toBe(2);
    expect(half.months).toHaveLength(6);
    const none = rollup(items, { period: parsePeriod('2024')! });
    expect(none.current.articles).toBe(0);
    expect(none.previous).toBeNull();
    expect(none.change).toEqual([]);
  });

  it('is deterministic and CSV-ready', () => {
    expect(rollup(load())).toEqual(data);
    expect(formatCsv(data).split('\r\n')[0]).toBe('\uFEFFsection,period,key,metric,value');
  });
});

describe('rollup shares and edge cases', () => {
  it('computes shares of women and men per month and unit, and their change', () => {
    const items = [
      article({ date: '2026-02-03', unit: 'A', title: 'a' }, [2, 2, 0], [1, 1, 0]),
      article({ date: '2026-02-20', unit: 'B', title: 'b' }, [1, 3, 0], [0, 2, 0]),
      article({ date: '15/05/2026', unit: 'A', title: 'c' }, [3, 1, 0], [2, 0, 0]),
      article({ date: '2025-05-01', unit: 'A', title: 'd' }, [1, 3, 0], [0, 4, 0]),
      article({ title: 'undated' }, [5, 5, 0], [5, 5, 0]),
    ];
    const data = rollup(items);
    expect(data.totals.undated).toBe(1);
    expect(data.current.people).toMatchObject({ women: 6, men: 6, unknown: 0, total: 12, womenShare: 0.5, menShare: 0.5 });
    expect(data.current.sources).toMatchObject({ women: 3, men: 3, womenShare: 0.5 });
    const feb = data.months.find((m) => m.key === '2026-02')!;
    expect(feb.articles).toBe(2);
    expect(feb.people).toMatchObject({ women: 3, men: 5, womenShare: 0.375 });
    expect(data.months.find((m) => m.key === '2026-05')?.sources.womenShare).toBe(1);
    expect(data.units.map((u) => [u.key, u.articles])).toEqual([
      ['A', 2],
      ['B', 1],
    ]);
    const change = Object.fromEntries(data.change.map((c) => [c.metric, c]));
    expect(change['sources.womenShare']).toEqual({ metric: 'sources.womenShare', current: 0.5, previous: 0, delta: 0.5 });
    expect(change['people.womenShare']?.delta).toBe(0.25);
  });

  it('without any dates reports on everything, with no comparison', () => {
    const data = rollup([article({}, [1, 0, 1], [0, 0, 0]), article({}, [0, 1, 0], [0, 0, 0])]);
    expect(data.period).toBeNull();
    expect(data.current.articles).toBe(2);
    expect(data.current.people.womenShare).toBeCloseTo(1 / 3, 4);
    expect(data.current.sources.womenShare).toBeNull();
    expect(data.units).toEqual([expect.objectContaining({ key: '', articles: 2 })]);
    expect(data.change).toEqual([]);
  });

  it('parses dates and periods strictly', () => {
    expect(normalizeDate('2026-02-29')).toBeNull();
    expect(normalizeDate('2024-02-29')).toBe('2024-02-29');
    expect(normalizeDate('2026-10-20T08:30:00+07:00')).toBe('2026-10-20');
    expect(normalizeDate('20/10/2026')).toBe('2026-10-20');
    expect(normalizeDate(new Date(Date.UTC(2026, 0, 5)))).toBe('2026-01-05');
    expect(normalizeDate('hôm qua')).toBeNull();
    expect(parsePeriod('2026')).toEqual({ from: '2026-01-01', to: '2026-12-31', label: '2026' });
    expect(parsePeriod('2024-02')).toMatchObject({ from: '2024-02-01', to: '2024-02-29' });
    expect(parsePeriod('2026-01-15:2026-11-30')).toMatchObject({ from: '2026-01-15', to: '2026-11-30' });
    expect(parsePeriod('2026:2025')).toBeNull();
    expect(parsePeriod('last year')).toBeNull();
    expect(previousYearOf(parsePeriod('2024-02')!)).toMatchObject({ from: '2023-02-01', to: '2023-02-28' });
    expect(previousYearOf(parsePeriod('2026')!).label).toBe('2025');
  });
});

describe('renderHtml', () => {
  it('draws shares as stacked bars and escapes every label', async () => {
    const { renderHtml } = await import('../src/report/html/render.js');
    const data = rollup([
      article({ date: '2026-02-03', unit: '<i>A</i>', title: 'a' }, [1, 3, 0], [1, 1, 0]),
      article({ date: '2025-02-03', unit: 'B', title: 'b' }, [1, 1, 0], [0, 1, 0]),
    ]);
    const html = renderHtml(data, { locale: 'en' });
    expect(html).toContain('&lt;i&gt;A&lt;/i&gt;');
    expect(html).not.toContain('<i>');
    expect(html).toMatch(/<rect class="bar"[^>]*fill="#b8467c"><title>&lt;i&gt;A&lt;\/i&gt; · Women: 1 \(25%\)<\/title>/);
    expect(html).toContain('>75%</text>');
    expect(html).toContain('<path class="line"');
    expect(html).not.toContain('id="no-people"');
    expect(html).toContain('-25 pp'); // share of women among people: 25% this year against 50% the year before
    const vi = renderHtml(rollup(load()));
    expect(vi).toContain('<html lang="vi">');
    expect(vi).toContain('B1 · Sự hiện diện của nữ và nam');
  });
});

describe('report escaping', () => {
  it('escapes text and attribute values, and refuses script URLs', async () => {
    const { escapeHtml, safeUrl } = await import('../src/report/html/escape.js');
    expect(escapeHtml(`<img src=x onerror="a('b')">&\``)).toBe('&lt;img src=x onerror=&quot;a(&#39;b&#39;)&quot;&gt;&amp;&#96;');
    expect(escapeHtml(null)).toBe('');
    for (const bad of ['javascript:alert(1)', ' JavaScript:alert(1)', 'java\tscript:alert(1)', '\u0001javascript:x', 'data:text/html,<script>', 'vbscript:msgbox', '//evil.example/x', 'file:///etc/passwd']) {
      expect(safeUrl(bad), bad).toBeNull();
    }
    for (const good of ['https://soyte.example.vn/tin?a=1&b=2', 'http://x.vn/', 'mailto:lienhe@yte.example.vn', 'tin-tuc/bai-1.html', '/tin/bai-2']) {
      expect(safeUrl(good), good).toBe(good);
    }
    expect(safeUrl(42)).toBeNull();
  });
});

describe('suppressions in the roll-up', () => {
  const article = (unit: string, date: string, text: string, config = {}): RollupItem => {
    const assessment = assess(text, { format: 'markdown', lang: 'vi', config });
    return { meta: { unit, date, title: text.split('\n').pop()!.slice(0, 30) }, assessment, file: `${unit}-${date}.md` };
  };
  const justified = '<!-- genderlens-disable-next-line vi-str-gender-marked-profession -- chức danh trong quyết định khen thưởng -->\nNữ tài xế Lê Thị Hoa được khen thưởng.';
  const bare = '<!-- genderlens-disable-next-line -->\nNữ tài xế Lê Thị Hoa được khen thưởng.';
  const breadwinner = '<!-- genderlens-disable-next-line vi-str-breadwinner -- trích nguyên văn ý kiến người dân -->\nĐàn ông là trụ cột gia đình.';
  const items = [
    article('Bệnh viện Đa khoa tỉnh', '2026-03-01', justified),
    article('Bệnh viện Đa khoa tỉnh', '2026-04-01', bare),
    article('Bệnh viện Đa khoa tỉnh', '2026-05-01', breadwinner),
    article('Trung tâm Y tế huyện', '2026-06-01', justified),
    article('Trung tâm Y tế huyện', '2026-07-01', bare, { policy: { requireJustification: true } }),
    article('Trung tâm Y tế huyện', '2025-07-01', justified),
  ];
  const data = rollup(items);

  it('counts silenced findings per rule, with and without a justification, and void comments', () => {
    expect(data.current.suppressions).toMatchObject({ total: 4, withJustification: 3, withoutJustification: 1, void: 1 });
    expect(data.current.suppressions.byRule).toEqual([
      { ruleId: 'vi-str-gender-marked-profession', family: 'stereotyping', count: 3, withJustification: 2, void: 1, articles: 3 },
      { ruleId: 'vi-str-breadwinner', family: 'stereotyping', count: 1, withJustification: 1, void: 0, articles: 1 },
    ]);
    expect(data.previous?.suppressions.total).toBe(1);
  });

  it('per unit and rule, and per unit in the unit table', () => {
    expect(data.unitSuppressions).toEqual([
      { unit: 'Bệnh viện Đa khoa tỉnh', ruleId: 'vi-str-gender-marked-profession', family: 'stereotyping', count: 2, withJustification: 1, withoutJustification: 1, void: 0 },
      { unit: 'Bệnh viện Đa khoa tỉnh', ruleId: 'vi-str-breadwinner', family: 'stereotyping', count: 1, withJustification: 1, withoutJustification: 0, void: 0 },
      { unit: 'Trung tâm Y tế huyện', ruleId: 'vi-str-gender-marked-profession', family: 'stereotyping', count: 1, withJustification: 1, withoutJustification: 0, void: 1 },
    ]);
    expect(data.units.map((u) => [u.key, u.suppressed])).toEqual([
      ['Bệnh viện Đa khoa tỉnh', 3],
      ['Trung tâm Y tế huyện', 1],
    ]);
  });

  it('keeps an audit trail of every override with its justification, in CSV too', () => {
    expect(data.suppressionLog.map((r) => [r.date, r.unit, r.ruleId, r.line, r.justification])).toEqual([
      ['2026-03-01', 'Bệnh viện Đa khoa tỉnh', 'vi-str-gender-marked-profession', 2, 'chức danh trong quyết định khen thưởng'],
      ['2026-04-01', 'Bệnh viện Đa khoa tỉnh', 'vi-str-gender-marked-profession', 2, null],
      ['2026-05-01', 'Bệnh viện Đa khoa tỉnh', 'vi-str-breadwinner', 2, 'trích nguyên văn ý kiến người dân'],
      ['2026-06-01', 'Trung tâm Y tế huyện', 'vi-str-gender-marked-profession', 2, 'chức danh trong quyết định khen thưởng'],
    ]);
    const csv = formatCsv(data);
    expect(csv).toContain('unit-suppression,2026,Bệnh viện Đa khoa tỉnh / vi-str-gender-marked-profession,suppressed,2');
    expect(csv).toContain('unit-suppression,2026,Trung tâm Y tế huyện / vi-str-gender-marked-profession,void,1');
    expect(csv).toContain('suppression-log,2026,3,justification,trích nguyên văn ý kiến người dân');
    expect(csv).toContain('summary,2026,,suppressed.void,1');
  });

  it('shows them per unit and rule in the HTML report', async () => {
    const { renderHtml } = await import('../src/report/html/render.js');
    const html = renderHtml(data, { locale: 'vi' });
    const section = html.slice(html.indexOf('<section id="suppressions">'), html.indexOf('</section>', html.indexOf('<section id="suppressions">')));
    expect(section).toContain('Phát hiện được bỏ qua');
    expect(section).toContain('<td class="k">Trung tâm Y tế huyện</td><td><code>vi-str-gender-marked-profession</code></td>');
    expect(section.match(/<tr><td class="k">/g)).toHaveLength(3);
  });
});
