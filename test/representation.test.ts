import { describe, expect, it } from 'vitest';
import { assess, createChecker, parseRulePack, RulePackError } from '../src/index.js';

const ONE_GENDER_VI =
  'Ông Lê Văn Hùng cho biết dự án đã hoàn thành. Ông Trần Minh Đức nói kinh phí đã đủ. Anh Phạm Quốc Bảo chia sẻ anh rất vui.';
const TWO_MEN_EN = 'John Smith said the project was finished. Michael Brown told reporters the budget was enough.';
const ids = (text: string, options: Parameters<typeof assess>[1] = {}) => assess(text, options).findings.map((f) => f.ruleId);

describe('representation checks', () => {
  it('a one-gender set of sources is a document-scope representation finding with B1.2', () => {
    const a = assess(ONE_GENDER_VI, { lang: 'vi' });
    const f = a.findings.find((x) => x.ruleId === 'vi-rep-sources-one-gender');
    expect(f).toMatchObject({ family: 'representation', scope: 'document', severity: 'info', indicators: ['B1.2'] });
    expect(f!.message).toMatch(/cùng một giới/);
    expect(a.scores.representation).toBeLessThan(100);
  });

  it('the threshold comes from configuration', () => {
    expect(ids(TWO_MEN_EN, { lang: 'en' })).not.toContain('en-rep-sources-one-gender');
    const strict = createChecker({ thresholds: { minSourcesForBalance: 2 } });
    expect(ids(TWO_MEN_EN, { lang: 'en', config: strict })).toContain('en-rep-sources-one-gender');
    const share = createChecker({ thresholds: { minSourcesForShare: 3, minWomenSourceShare: 0.5 } });
    const text = 'John Smith said the project was finished. Michael Brown told reporters the budget was enough. Mary Jones said she agreed.';
    expect(ids(text, { lang: 'en', config: share })).toContain('en-rep-women-source-share');
    expect(ids(text, { lang: 'en' })).not.toContain('en-rep-women-source-share');
  });

  it('severity from configuration, locale of messages and the verdict follow the usual path', () => {
    const checker = createChecker({ rules: { 'vi-rep-sources-one-gender': 'error' }, locale: 'en' });
    const a = assess(ONE_GENDER_VI, { lang: 'vi', config: checker });
    const f = a.findings.find((x) => x.ruleId === 'vi-rep-sources-one-gender')!;
    expect(f.severity).toBe('error');
    expect(f.message).toBe('All the sources the writer chose to quote are of one gender.');
    expect(a.verdict.pass).toBe(false);
    const off = createChecker({ rules: { representation: 'off' } });
    expect(assess(ONE_GENDER_VI, { lang: 'vi', config: off }).findings.filter((x) => x.family === 'representation')).toEqual([]);
  });

  it('women only as victims or patients while men are the experts', () => {
    const text = 'Emily Clark, a patient at the clinic, went home on Monday. Dr. Thomas Hall said she had recovered well.';
    expect(ids(text, { lang: 'en' })).toContain('en-rep-women-victims-men-experts');
    expect(ids(text, { lang: 'en', config: { thresholds: { minMenExpertsForRoleGap: 2 } } })).not.toContain('en-rep-women-victims-men-experts');
  });

  it('a headline and captions naming only men while the story names women', () => {
    const article = {
      title: 'Ông Lê Văn Hùng khánh thành khoa mới',
      body: 'Bác sĩ Nguyễn Thị Lan, Trưởng khoa, cho biết khoa có 40 giường.',
      captions: ['Ông Lê Văn Hùng cắt băng khánh thành.'],
    };
    expect(ids(article as never, { lang: 'vi' })).toContain('vi-rep-headline-men-only');
    expect(ids({ ...article, captions: ['Bác sĩ Nguyễn Thị Lan giới thiệu khoa mới.'] } as never, { lang: 'vi' })).not.toContain('vi-rep-headline-men-only');
  });

  it('relationship-only mentions are span findings with offsets into the input', () => {
    const text = 'John Carter arrived early. His wife sat in the front row.';
    const f = assess(text, { lang: 'en' }).findings.find((x) => x.ruleId === 'en-rep-women-relationship-only')!;
    expect(f.scope).toBe('span');
    expect(text.slice(f.start, f.end)).toBe('His wife');
  });
});

describe('rule schema: check rules', () => {
  const base = {
    id: 'x-check',
    family: 'representation',
    indicators: ['B1.2'],
    severity: 'info',
    scope: 'document',
    message: { vi: 'a', en: 'a' },
    explanation: { vi: 'a', en: 'a' },
    suggestions: ['a'],
    examples: { match: ['a'], noMatch: ['b'] },
  };
  it('accepts a check without patterns or context', () => {
    expect(parseRulePack({ lang: 'en', family: 'representation', rules: [{ ...base, check: 'sources-one-gender' }] }, 'p.yml').rules[0]!.check).toBe('sources-one-gender');
  });
  it('rejects a check with patterns, and an unknown check', () => {
    expect(() => parseRulePack({ lang: 'en', family: 'representation', rules: [{ ...base, check: 'sources-one-gender', patterns: ['x'] }] }, 'p.yml')).toThrow(RulePackError);
    expect(() => parseRulePack({ lang: 'en', family: 'representation', rules: [{ ...base, check: 'nope' }] }, 'p.yml')).toThrow(/check/);
  });
  it('a custom pack can add a check rule', () => {
    const pack = parseRulePack({ lang: 'en', family: 'representation', rules: [{ ...base, id: 'house-one-gender', check: 'sources-one-gender', severity: 'warning' }] }, 'p.yml');
    const checker = createChecker({ packs: [pack], thresholds: { minSourcesForBalance: 2 } });
    const a = assess(TWO_MEN_EN, { lang: 'en', config: checker });
    expect(a.findings.find((f) => f.ruleId === 'house-one-gender')?.severity).toBe('warning');
  });
});
