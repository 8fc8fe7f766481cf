/**
 * Word normalisation used for both rule patterns and text, so they meet in one canonical form:
 * Unicode form (NFC/NFD), case, Vietnamese tone placement (hoá = hóa, thuỷ = thủy), curly apostrophes,
 * soft hyphens and zero-width characters. The tone mark is moved to the end of the syllable as a digit,
 * which makes old and new placement identical without a table of vowel clusters.
 */
const TONE_DIGIT: Record<string, string> = {
  '\u0300': '2', // huyền
  '\u0301': '1', // sắc
  '\u0303': '3', // ngã
  '\u0309': '4', // hỏi
  '\u0323': '5', // nặng
};
const TONE_MARKS = /[\u0300\u0301\u0303\u0309\u0323]/g;
const INVISIBLE = /[\u00AD\u200B-\u200D\u2060\uFEFF]/g;
const ASCII_WORD = /^[\x21-\x7e]*$/;

export function normalizeWord(raw: string): string {
  if (ASCII_WORD.test(raw)) return raw.toLowerCase();
  const visible = raw.replace(INVISIBLE, '').replace(/[’‘ʼ`]/g, "'");
  let tone = '';
  const base = visible
    .normalize('NFD')
    .toLowerCase()
    .replace(TONE_MARKS, (mark) => {
      tone = TONE_DIGIT[mark] ?? '';
      return '';
    })
    .normalize('NFC');
  return tone ? base + tone : base;
}

/** Vietnamese-only letters (after NFC): a cheap signal for language detection. */
export const VIETNAMESE_LETTERS = /[ăâđêôơưĂÂĐÊÔƠƯàáảãạằắẳẵặầấẩẫậèéẻẽẹềếểễệìíỉĩịòóỏõọồốổỗộờớởỡợùúủũụừứửữựỳýỷỹỵ]/;
