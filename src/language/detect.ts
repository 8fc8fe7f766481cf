import { VIETNAMESE_LETTERS } from './normalize.js';

export type Lang = 'vi' | 'en';

// Frequent Vietnamese syllables as they look when typed without diacritics.
const UNACCENTED_VIETNAMESE = new Set(['va', 'cua', 'la', 'cac', 'nhung', 'nguoi', 'khong', 'duoc', 'trong', 'cho', 'voi', 'mot', 'da', 'benh', 'vien', 'tai', 'nay', 'thi', 'chi', 'anh', 'ong', 'ba']);
// Frequent English function words that are rarely Vietnamese syllables typed without diacritics ("to", "than", "do",
// "an", "be", "on", "it", "he" are left out).
const ENGLISH_FUNCTION_WORDS = new Set(['the', 'of', 'and', 'in', 'is', 'was', 'were', 'for', 'that', 'with', 'said', 'at', 'by', 'his', 'her', 'has', 'have', 'had', 'are', 'from', 'as', 'this', 'who', 'which', 'will', 'would', 'not', 'or', 'but', 'their', 'they', 'she', 'its', 'been', 'after', 'more', 'we', 'our', 'you', 'your']);
const ENGLISH_MAX_LENGTH = Math.max(...[...ENGLISH_FUNCTION_WORDS].map((w) => w.length));
const SAMPLE_LIMIT = 20000;
// Lower-casing never shortens a word, so longer words cannot be in the set.
const UNACCENTED_MAX_LENGTH = Math.max(...[...UNACCENTED_VIETNAMESE].map((w) => w.length));

// Per UTF-16 unit (BMP code points): is it a letter or mark, a Vietnamese letter (after NFC and lower
// case), a combining mark of the Latin block (NFC may compose it into a Vietnamese letter)? Filled on first use.
const KNOWN = 1;
const LETTER = 2; // \p{L} or \p{M}
const VIETNAMESE = 4;
const COMBINING = 8; // U+0300-U+036F
const LETTER_OR_MARK = /^[\p{L}\p{M}]$/u;
const classes = new Uint8Array(0x10000);

function classOf(c: number): number {
  let bits = classes[c]!;
  if (bits === 0) {
    const ch = String.fromCharCode(c);
    bits = KNOWN;
    if (c < 0xd800 || c > 0xdfff) {
      if (LETTER_OR_MARK.test(ch)) bits |= LETTER;
      if (VIETNAMESE_LETTERS.test(ch.normalize('NFC').toLowerCase())) bits |= VIETNAMESE;
      if (c >= 0x300 && c <= 0x36f) bits |= COMBINING;
    }
    classes[c] = bits;
  }
  return bits;
}

/**
 * Detects the language of a document from a sample of its text: vi when Vietnamese letters are common, unless
 * English function words outnumber the lower-case Vietnamese words: English text names Vietnamese people and places
 * ("Dr. Nguyễn Thị Hương of Bạch Mai Hospital said…") and borrows accented words ("café", "résumé").
 */
export function detectLanguage(texts: string[]): Lang {
  const { words, vietnamese, vietnameseCapitalised, unaccented, english } = languageSignals(texts);
  if (words === 0) return 'en';
  if (english / words >= 0.12 && english > vietnamese - vietnameseCapitalised + unaccented) return 'en';
  if (vietnamese / words >= 0.12) return 'vi';
  if (unaccented / words >= 0.2) return 'vi';
  return 'en';
}

/**
 * Words in the sample, those with Vietnamese letters (and of those, the capitalised ones: names and places), those
 * that are Vietnamese typed without diacritics, and English function words.
 */
export function languageSignals(texts: string[]): { words: number; vietnamese: number; vietnameseCapitalised: number; unaccented: number; english: number } {
  let words = 0;
  let vietnamese = 0;
  let vietnameseCapitalised = 0;
  let unaccented = 0;
  let english = 0;
  let seen = 0;
  // Words are the runs of letters and marks (as text.split(/[^\p{L}\p{M}]+/u) would give them).
  for (const text of texts) {
    const n = text.length;
    let i = 0;
    while (i < n) {
      const start = i;
      let flags = 0;
      while (i < n) {
        const c = text.charCodeAt(i);
        if (c >= 0xd800 && c <= 0xdbff && i + 1 < n && (text.charCodeAt(i + 1) & 0xfc00) === 0xdc00) {
          if (!LETTER_OR_MARK.test(text.slice(i, i + 2))) break;
          flags |= COMBINING; // rare: let the exact test decide
          i += 2;
          continue;
        }
        const bits = classOf(c);
        if (!(bits & LETTER)) break;
        flags |= bits;
        i++;
      }
      if (i === start) {
        i++;
        continue;
      }
      words++;
      let isVietnamese = false;
      if (flags & COMBINING) {
        const word = text.slice(start, i);
        if (VIETNAMESE_LETTERS.test(word.normalize('NFC').toLowerCase())) isVietnamese = true;
        else if (UNACCENTED_VIETNAMESE.has(word.toLowerCase())) unaccented++;
      } else if (flags & VIETNAMESE) isVietnamese = true;
      else if (i - start <= UNACCENTED_MAX_LENGTH && UNACCENTED_VIETNAMESE.has(text.slice(start, i).toLowerCase())) unaccented++;
      else if (i - start <= ENGLISH_MAX_LENGTH && ENGLISH_FUNCTION_WORDS.has(text.slice(start, i).toLowerCase())) english++;
      if (isVietnamese) {
        vietnamese++;
        const first = text.charAt(start);
        if (first !== first.toLowerCase()) vietnameseCapitalised++;
      }
    }
    seen += text.length;
    if (seen > SAMPLE_LIMIT) break;
  }
  return { words, vietnamese, vietnameseCapitalised, unaccented, english };
}
