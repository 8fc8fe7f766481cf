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
