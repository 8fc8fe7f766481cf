import { VIETNAMESE_LETTERS } from './normalize.js';

export type Lang = 'vi' | 'en';

// Frequent Vietnamese syllables as they look when typed without diacritics.
const UNACCENTED_VIETNAMESE = new Set(['va', 'cua', 'la', 'cac', 'nhung', 'nguoi', 'khong', 'duoc', 'trong', 'cho', 'voi', 'mot', 'da', 'benh', 'vien', 'tai', 'nay', 'thi', 'chi', 'anh', 'ong', 'ba']);
const SAMPLE_LIMIT = 20000;

/** Detects the language of a document from a sample of its text: vi when Vietnamese letters are common. */
export function detectLanguage(texts: string[]): Lang {
  let words = 0;
  let vietnamese = 0;
  let unaccented = 0;
  let seen = 0;
  for (const text of texts) {
    for (const word of text.split(/[^\p{L}\p{M}]+/u)) {
      if (!word) continue;
      words++;
      if (VIETNAMESE_LETTERS.test(word.normalize('NFC').toLowerCase())) vietnamese++;
      else if (UNACCENTED_VIETNAMESE.has(word.toLowerCase())) unaccented++;
    }
    seen += text.length;
    if (seen > SAMPLE_LIMIT) break;
  }
  if (words === 0) return 'en';
  if (vietnamese / words >= 0.12) return 'vi';
  if (unaccented / words >= 0.2) return 'vi';
  return 'en';
}
