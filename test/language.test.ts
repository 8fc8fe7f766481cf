import { describe, expect, it } from 'vitest';
import { normalizeWord } from '../src/language/normalize.js';
import { tokenize } from '../src/language/tokenize.js';
import { assignSentences } from '../src/language/sentences.js';
import { detectLanguage } from '../src/language/detect.js';
import { assess } from '../src/index.js';

const words = (text: string) => tokenize(text, new Map()).filter((t) => t.kind !== 'punct').map((t) => text.slice(t.start, t.end));
function sentences(text: string): string[] {
  const tokens = tokenize(text, new Map());
  assignSentences(tokens, 0);
  const out: string[] = [];
  for (const t of tokens) out[t.sentence] = (out[t.sentence] ?? '') + text.slice(t.start, t.end) + ' ';
  return out.map((s) => s.trim());
}

describe('normalisation', () => {
  it.each([
    ['hoá', 'hóa'],
    ['thuỷ', 'thủy'],
    ['uỷ', 'ủy'],
    ['khoẻ', 'khỏe'],
    ['HOÀ', 'hòa'],
    ['Nữ'.normalize('NFD'), 'nữ'],
    ['women’s', "women's"],
    ['bóng\u00ADhồng', 'bónghồng'],
  ])('%s equals %s', (a, b) => {
    expect(normalizeWord(a)).toBe(normalizeWord(b));
  });

  it('keeps different tones and letters apart', () => {
    expect(normalizeWord('bà')).not.toBe(normalizeWord('ba'));
    expect(normalizeWord('nữ')).not.toBe(normalizeWord('nu'));
    expect(normalizeWord('đẹp')).not.toBe(normalizeWord('dep'));
  });
});

describe('tokenisation', () => {
  it('splits Vietnamese syllables and keeps abbreviations, numbers and contractions whole', () => {
    expect(words('PGS.TS Trần Minh Đức nói: 45% bệnh nhân don’t đến, xem https://a.vn/x hoặc a.b@c.vn.')).toEqual([
      'PGS.TS', 'Trần', 'Minh', 'Đức', 'nói', '45%', 'bệnh', 'nhân', 'don’t', 'đến', 'xem', 'https://a.vn/x', 'hoặc', 'a.b@c.vn',
    ]);
  });

  it('marks URLs and e-mail addresses as never checked', () => {
    const kinds = tokenize('xem www.nu-bac-si-xinh-dep.vn hoặc lan@benhvien.vn', new Map()).map((t) => t.kind);
    expect(kinds).toEqual(['word', 'skip', 'word', 'skip']);
  });

  it('marks words inside double quotes', () => {
    const tokens = tokenize('Ông nói: “Chúng tôi ưu tiên” rồi đi.', new Map()).filter((t) => t.kind === 'word');
    expect(tokens.map((t) => t.inQuote)).toEqual([false, false, true, true, true, true, false, false]);
  });
});

describe('sentences', () => {
  it('knows Vietnamese abbreviations', () => {
    expect(sentences('Theo TS. Lan và BS. Minh tại TP. Thanh Hóa, ca mổ thành công. Sản phụ đã xuất viện.')).toHaveLength(2);
    expect(sentences('PGS.TS. Trần Minh Đức, ThS. Lê Hà phát biểu. Hội nghị kết thúc.')).toHaveLength(2);
  });

  it('knows English abbreviations and initials', () => {
    expect(sentences('Dr. Smith met Mrs. Jones and J. Brown in the U.S. last week. They agreed.')).toHaveLength(2);
    expect(sentences('Mr. Hall said so! Ms. Lee agreed? Yes.')).toHaveLength(3);
  });
  it('initials joined by full stops go on to a comma or a lower-case word', () => {
    expect(sentences('Em Đ.T.H., lớp 8A, nhà ở thôn 3, bị xâm hại. Vụ việc đã được trình báo.')).toHaveLength(2);
    expect(sentences('Em L.T.H. học lớp 7 Trường THCS Thiệu Vận. Gia đình đã trình báo.')).toHaveLength(2);
    expect(sentences('Người báo tin là anh N.V.A. Sau đó công an đến.')).toHaveLength(2);
  });
});

describe('language detection', () => {
  it('tells Vietnamese from English, also in capitals and without diacritics', () => {
    expect(detectLanguage(['Bác sĩ khám bệnh cho người dân.'])).toBe('vi');
    expect(detectLanguage(['NỮ BÁC SĨ CỨU SỐNG SẢN PHỤ'])).toBe('vi');
    expect(detectLanguage(['Benh vien tinh va cac tram y te xa cua huyen'])).toBe('vi');
    expect(detectLanguage(['The doctor examined the patient.'])).toBe('en');
    expect(detectLanguage([''])).toBe('en');
  });
  it('English that names Vietnamese people and places, or borrows accented words, is English', () => {
    expect(
      detectLanguage(['A lady doctor at Hà Nội’s Bạch Mai Hospital, Dr. Nguyễn Thị Hương, said the chairman of the board agreed that mankind needs more manpower in Việt Nam.']),
    ).toBe('en');
    expect(detectLanguage(['The lady doctor met José at the café to discuss her résumé.'])).toBe('en');
    expect(assess('The lady doctor met José at the café to discuss her résumé.').findings.map((f) => f.text)).toEqual(['lady doctor']);
  });
  it('Vietnamese that quotes English, or is typed without diacritics, stays Vietnamese', () => {
    expect(detectLanguage(['Bà Nguyễn Thị Hoa, giám đốc bệnh viện, cho biết: “the hospital is for the people”.'])).toBe('vi');
    expect(detectLanguage(['Bac si cho biet co the benh nhan da on dinh va em be khoe manh.'])).toBe('vi');
  });
});
