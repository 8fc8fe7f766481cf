import { describe, expect, it } from 'vitest';
import { applyDirectives, parseDirectives } from '../src/rules/directives.js';
import { assess } from '../src/index.js';

const md = [
  '# Tin hoạt động', // 1
  '', // 2
  'Nữ tài xế xe cấp cứu đã đưa bệnh nhân đến viện.', // 3
  '', // 4
  '<!-- genderlens-disable-next-line vi-str-gender-marked-profession -- tên chức danh trong quyết định khen thưởng -->', // 5
  'Nữ tài xế Lê Thị Hoa được khen thưởng.', // 6
  '', // 7
  '<!-- genderlens-disable stereotyping -->', // 8
  'Chị là bóng hồng của khoa.', // 9
  '<!-- genderlens-enable stereotyping -->', // 10
  '', // 11
  'Đàn ông là trụ cột gia đình.', // 12
].join('\n');

describe('ignore comments', () => {
  it('parses kinds, rule lists and justifications', () => {
    const ds = parseDirectives(md);
    expect(ds.map((d) => [d.kind, d.rules, d.justification, d.line])).toEqual([
      ['disable-next-line', ['vi-str-gender-marked-profession'], 'tên chức danh trong quyết định khen thưởng', 5],
      ['disable', ['stereotyping'], null, 8],
      ['enable', ['stereotyping'], null, 10],
    ]);
  });

  it('keeps silenced findings on record with the justification', () => {
    const a = assess(md, { format: 'markdown' });
    const { findings, suppressed } = applyDirectives([...a.findings, ...a.suppressed], { '': md });
    expect(findings.map((f) => f.line)).toEqual([3, 12]);
    expect(suppressed.map((f) => [f.line, f.ruleId, f.suppression.justification])).toEqual([
      [6, 'vi-str-gender-marked-profession', 'tên chức danh trong quyết định khen thưởng'],
      [9, 'vi-str-beauty-label', null],
    ]);
  });
});

describe('assess applies ignore comments', () => {
  it('moves silenced findings to suppressed[] with the justification, and the verdict ignores them', () => {
    const a = assess(md, { format: 'markdown' });
    expect(a.findings.map((f) => f.line)).toEqual([3, 12]);
    expect(a.suppressed.map((f) => [f.ruleId, f.suppression.kind, f.suppression.justification])).toEqual([
      ['vi-str-gender-marked-profession', 'disable-next-line', 'tên chức danh trong quyết định khen thưởng'],
      ['vi-str-beauty-label', 'disable', null],
    ]);
    const html = '<p>Chị em vốn là phái yếu.</p><!-- genderlens-disable-line --><p>Đàn ông là trụ cột gia đình.</p>';
    expect(assess(html, { format: 'html' }).findings).toEqual([]);
  });
});

describe('policy.requireJustification', () => {
  const draft = [
    '# Tin hoạt động', // 1
    '', // 2
    '<!-- genderlens-disable-next-line vi-str-gender-marked-profession -->', // 3
    'Nữ tài xế Lê Thị Hoa được khen thưởng.', // 4
    '', // 5
    '<!-- genderlens-disable-next-line vi-str-breadwinner -- trích nguyên văn ý kiến người dân -->', // 6
    'Đàn ông là trụ cột gia đình.', // 7
  ].join('\n');

  it('off (default): a bare ignore comment silences, with a null justification on record', () => {
    const a = assess(draft, { format: 'markdown' });
    expect(a.findings).toEqual([]);
    expect(a.suppressed.map((f) => [f.ruleId, f.suppression.justification])).toEqual([
      ['vi-str-gender-marked-profession', null],
      ['vi-str-breadwinner', 'trích nguyên văn ý kiến người dân'],
    ]);
    expect(a.verdict.level).toBe('pass');
  });

  it('on: a bare comment is void, its finding stands marked voidSuppression, and the verdict asks for review', () => {
    const a = assess(draft, { format: 'markdown', locale: 'en', config: { policy: { requireJustification: true } } });
    expect(a.findings.map((f) => [f.ruleId, f.line, f.voidSuppression])).toEqual([['vi-str-gender-marked-profession', 4, { kind: 'disable-next-line', line: 3 }]]);
    // The justified comment still silences.
    expect(a.suppressed.map((f) => f.ruleId)).toEqual(['vi-str-breadwinner']);
    // An info finding alone would pass; a void comment makes the editor look.
    expect(a.verdict.level).toBe('warn');
    expect(a.verdict.causes).toEqual([
      { level: 'warn', kind: 'unjustified-suppression', setting: 'policy.requireJustification', threshold: true, ruleIds: ['vi-str-gender-marked-profession'], count: 1 },
    ]);
    expect(a.verdict.reasons).toEqual(['1 ignore comment(s) without a justification silence nothing (policy.requireJustification): vi-str-gender-marked-profession']);
  });

  it('on: the finding is judged as usual, so an error still blocks', () => {
    const a = assess(draft, { format: 'markdown', config: { rules: { 'vi-str-gender-marked-profession': 'error' }, policy: { requireJustification: true } } });
    expect(a.verdict.level).toBe('block');
    expect(a.verdict.causes.map((c) => c.setting)).toEqual(['policy.failOn', 'policy.requireJustification']);
  });

  it('a justification of only spaces is no justification', () => {
    const text = '<!-- genderlens-disable-next-line --   -->\nĐàn ông là trụ cột gia đình.';
    const a = assess(text, { format: 'markdown', config: { policy: { requireJustification: true } } });
    expect(a.findings.map((f) => f.ruleId)).toEqual(['vi-str-breadwinner']);
    expect(a.suppressed).toEqual([]);
  });
});
