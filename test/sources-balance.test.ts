import { describe, expect, it } from 'vitest';
import { assess } from '../src/index.js';

// A woman official announces; the writer then chose three men to comment.
const OFFICIAL_AND_MEN =
  'Bà Nguyễn Thị Mai, Giám đốc Sở Y tế, cho biết tỉnh sẽ mở thêm 20 trạm y tế. PGS.TS Trần Văn Bình nhận định chương trình hiệu quả. ' +
  'Bác sĩ Lê Minh Tuấn nói người dân cần đi khám sớm. Anh Phạm Quốc Bảo, một người dân, chia sẻ anh rất hài lòng.';
const oneGender = (text: string, config = {}) => assess(text, { lang: 'vi', config }).findings.find((f) => f.ruleId === 'vi-rep-sources-one-gender');

describe('contributors the writer chose and newsmakers (BBC 50:50)', () => {
  it('reports both counts; sources = contributors + newsmakers', () => {
    const a = assess(OFFICIAL_AND_MEN, { lang: 'vi' });
    expect(a.metrics.sources).toEqual({ women: 1, men: 3, unknown: 0 });
    expect(a.metrics.newsmakers).toEqual({ women: 1, men: 0, unknown: 0 });
    expect(a.metrics.contributors).toEqual({ women: 0, men: 3, unknown: 0 });
    const mai = a.metrics.persons.find((p) => p.name.includes('Nguyễn Thị Mai'))!;
    expect(mai).toMatchObject({ role: 'official', newsmaker: true, contributor: false });
    const binh = a.metrics.persons.find((p) => p.name.includes('Trần Văn Bình'))!;
    expect(binh).toMatchObject({ role: 'expert', newsmaker: false, contributor: true });
  });

  it('balance thresholds apply to the chosen contributors by default, with the evidence on the finding', () => {
    const f = oneGender(OFFICIAL_AND_MEN);
    expect(f).toBeDefined();
    expect(f!.evidence).toEqual({
      counted: 'contributors',
      women: 0,
      men: 3,
      unknown: 0,
      thresholds: { minSourcesForBalance: 3, balanceAppliesTo: 'contributors' },
    });
  });

  it('thresholds.balanceAppliesTo "all-sources" counts every quoted source, newsmakers included', () => {
    expect(oneGender(OFFICIAL_AND_MEN, { thresholds: { balanceAppliesTo: 'all-sources' } })).toBeUndefined();
    const share = assess(OFFICIAL_AND_MEN, { lang: 'vi', config: { thresholds: { balanceAppliesTo: 'all-sources' } } }).findings.find((f) => f.ruleId === 'vi-rep-women-source-share');
    expect(share?.evidence).toMatchObject({ counted: 'all-sources', women: 1, men: 3 });
  });

  it('newsmaker roles are configurable: with none, the official counts as a contributor', () => {
    const a = assess(OFFICIAL_AND_MEN, { lang: 'vi', config: { thresholds: { newsmakerRoles: [] } } });
    expect(a.metrics.contributors).toEqual({ women: 1, men: 3, unknown: 0 });
    expect(a.metrics.newsmakers).toEqual({ women: 0, men: 0, unknown: 0 });
    expect(a.findings.map((f) => f.ruleId)).not.toContain('vi-rep-sources-one-gender');
  });

  it('whoever the headline names is central to the story, whatever their role', () => {
    const article = {
      title: 'Bác sĩ Lê Thị Hoa nhận giải thưởng Đặng Văn Ngữ',
      body: 'Bác sĩ Lê Thị Hoa cho biết giải thưởng là của cả ê-kíp. PGS.TS Trần Văn Bình nhận định công trình có ý nghĩa lớn.',
    };
    const a = assess(article, { lang: 'vi' });
    expect(a.metrics.persons.find((p) => p.name.includes('Lê Thị Hoa'))).toMatchObject({ newsmaker: true, contributor: false });
    expect(a.metrics.newsmakers.women).toBe(1);
    expect(a.metrics.contributors).toEqual({ women: 0, men: 1, unknown: 0 });
    const none = assess(article, { lang: 'vi', config: { thresholds: { newsmakerSegments: [] } } });
    expect(none.metrics.contributors.women).toBe(1);
  });

  it('English: a spokesperson announcing is a newsmaker, the experts chosen are contributors', () => {
    const text =
      'Health Minister Sarah Collins announced the new screening programme on Monday. Dr. James Walker said early screening saves lives. ' +
      'Professor Robert King told reporters the evidence was strong. Michael Brown, a local resident, said he would take part.';
    const a = assess(text, { lang: 'en' });
    expect(a.metrics.contributors).toEqual({ women: 0, men: 3, unknown: 0 });
    expect(a.metrics.newsmakers.women).toBe(1);
    expect(a.findings.find((f) => f.ruleId === 'en-rep-sources-one-gender')?.evidence?.counted).toBe('contributors');
  });
});
