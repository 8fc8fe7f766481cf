import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { projectRoot as root, runCli } from './helpers/run-cli.js';

const cli = (args: string[], cwd: string) => runCli(args, { cwd });

const INJECTED = `---
title: "<script>alert(1)</script> Nữ bác sĩ xinh đẹp"
date: 2026-09-09
unit: "Khoa <b>Sản</b> & \\"Nhi\\""
url: "javascript:alert(document.cookie)"
---

Nữ bác sĩ xinh đẹp Nguyễn Thị Hoa vừa mổ thành công ca tim phức tạp. <img src=x onerror="alert(2)">
`;

/** A temp corpus: the report fixtures, an article with injected markup, and a JSONL export. */
function corpus(): string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'genderlens-report-'));
  fs.cpSync(path.join(root, 'fixtures/report'), path.join(dir, 'articles'), { recursive: true });
  fs.writeFileSync(path.join(dir, 'articles', 'injected.md'), INJECTED);
  const jsonl = [
    { title: 'Đàn ông là trụ cột gia đình', body: 'Đàn ông là trụ cột gia đình, phụ nữ lo việc nhà.', date: '2026-02-14', unit: 'Trạm Y tế xã', author: 'CTV', url: 'https://tyt.example.vn/a' },
    { text: 'Bệnh viện khám miễn phí cho người cao tuổi.', date: '2025-02-14', unit: 'Trạm Y tế xã', title: 'Khám miễn phí' },
  ];
  fs.writeFileSync(path.join(dir, 'export.jsonl'), `${jsonl.map((j) => JSON.stringify(j)).join('\n')}\n\n`);
  return dir;
}

describe('genderlens report', () => {
  it('writes report.html, report.csv and report.json from a directory', () => {
    const dir = corpus();
    const r = cli(['report', 'articles'], dir);
    expect(r.stderr).toBe(''); // no progress bar when standard error is not a terminal
    expect(r.code).toBe(0);
    const out = path.join(dir, 'genderlens-report');
    for (const f of ['report.html', 'report.csv', 'report.json']) expect(fs.existsSync(path.join(out, f)), f).toBe(true);

    const csv = fs.readFileSync(path.join(out, 'report.csv'), 'utf8').replace(/^\uFEFF/, '');
    const lines = csv.trimEnd().split('\r\n');
    expect(lines[0]).toBe('section,period,key,metric,value');
    expect(lines).toContain('summary,2026,,articles,8');
    expect(lines).toContain('summary,2025,,articles,5');
    expect(lines.some((l) => l.startsWith('unit,2026,Bệnh viện Đa khoa tỉnh,articles,3'))).toBe(true);
    expect(lines.every((l) => !l.includes('\n'))).toBe(true);

    const json = JSON.parse(fs.readFileSync(path.join(out, 'report.json'), 'utf8'));
    expect(json).toMatchObject({ generator: 'genderlens', locale: 'vi', schemaVersion: 1, period: { label: '2026' }, previousPeriod: { label: '2025' } });
    expect(json.totals).toEqual({ articles: 13, dated: 13, undated: 0, inPeriod: 8, inPreviousPeriod: 5 });
    expect(Object.keys(json.current)).toEqual(
      expect.arrayContaining(['articles', 'people', 'sources', 'findings', 'byFamily', 'byIndicator', 'topRules', 'verdicts', 'scores']),
    );
    expect(json.months).toHaveLength(12);
    expect(json.units.length).toBe(4);
    expect(json.change.find((c: { metric: string }) => c.metric === 'articles')).toEqual({ metric: 'articles', current: 8, previous: 5, delta: 3 });
    expect(json.attention[0].level).toBe('block');

    const html = fs.readFileSync(path.join(out, 'report.html'), 'utf8');
    expect(html).toMatch(/^<!doctype html>/);
    expect(html).toContain('<html lang="vi">');
    expect(html).toContain('Báo cáo áp dụng Bộ chỉ số về giới trong truyền thông');
    // Content is escaped: no markup from an article survives, and the javascript: link is dropped.
    expect(html).toContain('&lt;script&gt;alert(1)&lt;/script&gt; Nữ bác sĩ xinh đẹp');
    expect(html).not.toContain('<script');
    expect(html).not.toMatch(/javascript:/i);
    expect(html).toContain('Khoa &lt;b&gt;Sản&lt;/b&gt; &amp; &quot;Nhi&quot;');
    expect(html).toContain('href="https://soyte.example.vn/tin/be-gai-bi-xam-hai"');
    // Self-contained: no external resources.
    expect(html).not.toMatch(/<(link|img|iframe|object|embed)\b/i);
    expect(html).not.toMatch(/(src|href)="(https?:)?\/\/(?!(bvdk|cdc|soyte|tyt)\.example\.vn)/);
    expect((html.match(/<svg /g) ?? []).length).toBeGreaterThanOrEqual(6);
  });

  it('reads JSONL and globs, honours --out, --locale, --period and --previous-period', () => {
    const dir = corpus();
    const r = cli(['report', 'export.jsonl', 'articles/2026-*.md', '--out', 'out/en', '--locale', 'en', '--period', '2026-01:2026-06', '--previous-period', '2025-01:2025-06'], dir);
    expect(r.stderr).toBe('');
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/9 articles/);
    const json = JSON.parse(fs.readFileSync(path.join(dir, 'out/en/report.json'), 'utf8'));
    expect(json.period).toEqual({ from: '2026-01-01', to: '2026-06-30', label: '2026-01:2026-06' });
    expect(json.current.articles).toBe(5);
    expect(json.previous.articles).toBe(1);
    expect(json.units.map((u: { key: string }) => u.key)).toContain('Trạm Y tế xã');
    expect(json.current.topRules.map((r: { ruleId: string }) => r.ruleId)).toContain('vi-str-breadwinner');
    const html = fs.readFileSync(path.join(dir, 'out/en/report.html'), 'utf8');
    expect(html).toContain('<html lang="en">');
    expect(html).toContain('Share of women');
    expect(html).toContain('href="https://tyt.example.vn/a"');
  });

  it('exits 2 with a one-line reason on bad input', () => {
    const dir = corpus();
    fs.writeFileSync(path.join(dir, 'bad.jsonl'), '{"text": "ok"}\nnot json\n');
    for (const [args, reason] of [
      [['report', 'articles', '--period', '2026-13'], /period/],
      [['report', 'nowhere'], /no such file/],
      [['report', 'bad.jsonl'], /bad\.jsonl:2: not valid JSON/],
      [['report'], /missing required argument/],
    ] as const) {
      const r = cli([...args], dir);
      expect(r.code, args.join(' ')).toBe(2);
      expect(r.stderr).toMatch(reason);
      expect(r.stderr.trim().split('\n')).toHaveLength(1);
    }
  });
});
