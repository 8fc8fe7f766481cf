import { describe, expect, it } from 'vitest';
import { assess, type Assessment } from '../src/index.js';

/** Every span finding's offsets must slice the caller's string to the finding's text. */
function expectRoundTrip(input: string, assessment: Assessment) {
  for (const f of assessment.findings.filter((x) => x.scope === 'span')) {
    expect(input.slice(f.start, f.end)).toBe(f.text);
    expect(f.text.length).toBeGreaterThan(0);
  }
}

const NFC = 'Nữ bác sĩ xinh đẹp Nguyễn Thị Hoa vừa mổ thành công ca tim phức tạp.';

describe('offsets point into the original string', () => {
  it('plain NFC text', () => {
    const a = assess(NFC, { lang: 'vi' });
    expect(a.findings.map((f) => f.text)).toEqual(['Nữ bác sĩ', 'xinh đẹp']);
    expect(a.findings[1]).toMatchObject({ start: 10, end: 18, line: 1, column: 11, endLine: 1, endColumn: 19 });
    expectRoundTrip(NFC, a);
  });

  it('NFD input finds the same things at NFD offsets', () => {
    const nfd = NFC.normalize('NFD');
    const a = assess(nfd);
    expect(a.lang).toBe('vi');
    expect(a.findings.map((f) => f.ruleId)).toEqual(['vi-str-gender-marked-profession', 'vi-str-appearance-focus']);
    expect(a.findings.map((f) => f.text.normalize('NFC'))).toEqual(['Nữ bác sĩ', 'xinh đẹp']);
    expectRoundTrip(nfd, a);
  });

  it('old-style tone placement matches new-style patterns', () => {
    const old = 'Chị ấy là mẫu phụ nữ truyền thống: thuỳ mị, nết na, hoà nhã.';
    const a = assess(old);
    expect(a.findings.some((f) => f.ruleId === 'vi-str-traditional-virtues' && f.text.startsWith('thuỳ mị'))).toBe(true);
    expectRoundTrip(old, a);
  });

  it('ALL-CAPS headlines', () => {
    const caps = 'NỮ BÁC SĨ XINH ĐẸP CỨU SỐNG SẢN PHỤ BĂNG HUYẾT';
    const a = assess(caps);
    expect(a.lang).toBe('vi');
    expect(a.findings.map((f) => f.text)).toEqual(['NỮ BÁC SĨ', 'XINH ĐẸP']);
    expectRoundTrip(caps, a);
  });

  it('Markdown: emphasis, front matter and code blocks', () => {
    const md = '---\ntitle: Tin hoạt động\n---\n\n# Tin hoạt động\n\nNgày 20/10, **nữ giám đốc xinh đẹp** của bệnh viện đã trao quà.\n\n```\nnữ bác sĩ xinh đẹp trong khối mã\n```\n\nXem `nữ bác sĩ xinh đẹp` và https://example.vn/nu-bac-si-xinh-dep.\n';
    const a = assess(md, { format: 'markdown' });
    expect(a.format).toBe('markdown');
    expect(a.findings.map((f) => f.text)).toEqual(['nữ giám đốc', 'xinh đẹp']);
    expect(a.findings[0]!.line).toBe(7);
    expect(a.meta).toMatchObject({ title: 'Tin hoạt động' });
    expectRoundTrip(md, a);
  });

  it('Markdown with HTML blocks from a CMS: their text, captions and alt text are checked, offsets into the Markdown', () => {
    const md =
      '# Tin bệnh viện\n\nNội dung bình thường.\n\n<div>Ch&iacute;nh phái yếu cũng tham gia.</div>\n\n' +
      '<figure><img src="a.jpg" alt="Nữ bác sĩ xinh đẹp"><figcaption>Bóng hồng của khoa Nội</figcaption></figure>\n\n' +
      '<script>var x = "phái yếu";</script>\n';
    const a = assess(md, { format: 'markdown' });
    expect(a.findings.map((f) => [f.text, f.segment.role])).toEqual([
      ['phái yếu', 'body'],
      ['Nữ bác sĩ', 'alt'],
      ['xinh đẹp', 'alt'],
      ['Bóng hồng', 'caption'],
    ]);
    expectRoundTrip(md, a);
  });

  it('HTML: entities, alt text, captions; scripts skipped', () => {
    const html =
      '<article><h1>Tin y t&#7871;</h1><p>C&aacute;c <em>ch&acirc;n d&agrave;i</em> ngành y tham gia hội thao.</p>' +
      '<script>var x = "phái yếu";</script><figure><img src="a.jpg" alt="Nữ bác sĩ xinh đẹp tại hội thao">' +
      '<figcaption>Bóng hồng của khoa Nội</figcaption></figure></article>';
    const a = assess(html, { format: 'html' });
    expect(a.findings.map((f) => [f.ruleId, f.segment.role])).toEqual([
      ['vi-str-beauty-label', 'lead'],
      ['vi-str-gender-marked-profession', 'alt'],
      ['vi-str-appearance-focus', 'alt'],
      ['vi-str-beauty-label', 'caption'],
    ]);
    expect(a.findings[0]!.text).toBe('ch&acirc;n d&agrave;i');
    expectRoundTrip(html, a);
  });

  it('article objects: offsets are relative to each field', () => {
    const article = { title: 'Nữ bác sĩ xinh đẹp cứu sống sản phụ', lead: 'Sản phụ đã qua cơn nguy kịch.', body: 'Đàn ông là trụ cột gia đình.', captions: ['Hot girl điều dưỡng tại khoa.'] };
    const a = assess(article);
    for (const f of a.findings) {
      const field = f.segment.field!;
      const source = field.startsWith('captions') ? article.captions[0]! : (article as unknown as Record<string, string>)[field]!;
      expect(source.slice(f.start, f.end)).toBe(f.text);
    }
    expect(a.findings.map((f) => f.segment.field)).toEqual(['body', 'captions[0]', 'title', 'title']);
  });

  it('zero-width characters, soft hyphens and non-breaking spaces inside words', () => {
    const text = 'Nữ\u00A0bác sĩ xinh\u200B đẹp: bóng\u00ADhồng của khoa.';
    const a = assess(text, { lang: 'vi' });
    expect(a.findings.length).toBeGreaterThan(0);
    expectRoundTrip(text, a);
  });

  it('document findings use 0/0', () => {
    const a = assess('Nữ tài xế xe cấp cứu đã kịp thời đưa bệnh nhân đến bệnh viện.');
    for (const f of a.findings.filter((x) => x.scope === 'document')) expect([f.start, f.end]).toEqual([0, 0]);
  });
});
