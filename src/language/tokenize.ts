import { normalizeWord } from './normalize.js';
import { NO_WORD_ID, wordId } from './word-ids.js';

export type TokenKind = 'word' | 'number' | 'punct' | 'skip';

/** A word, number or punctuation mark of one segment; `start`/`end` are positions in the segment text. */
export interface Token {
  start: number;
  end: number;
  kind: TokenKind;
  /** Canonical form used for matching (see normalizeWord). */
  norm: string;
  /** Interned id of `norm` for words and numbers (word-ids.ts), else NO_WORD_ID; ids only speed up lookups. */
  id: number;
  /** The first letter is upper case (names, sentence starts, ALL-CAPS headlines). */
  capitalized: boolean;
  /** Inside a "double" quotation: reported speech. */
  inQuote: boolean;
  /** Index of the sentence within the whole document. */
  sentence: number;
  /** Index of the segment the token belongs to (set by analyzeDocument; 0 from tokenize alone). */
  segment: number;
}

const INVISIBLE_CHARS = '\\u00AD\\u200B-\\u200D\\u2060\\uFEFF';
const WORD_CHAR = `[\\p{L}\\p{M}\\p{N}${INVISIBLE_CHARS}]`;
/*
 * The lexer. One lexical unit, tried in this order at each position: a URL or e-mail (never checked),
 * a word, a run of spaces, or any other single character:
 *
 *   url    (?:https?:\/\/|www\.)[^\s<>"“”'()\[\]]+[^\s<>"“”'()\[\].,;:!?]
 *   email  [\p{L}\p{N}._%+-]+@[\p{L}\p{N}-]+(?:\.[\p{L}\p{N}-]+)+
 *   word   WORD_CHAR+(?:(?:['’-]|[.,](?=\p{Nd}))WORD_CHAR+)*%?
 *   space  [\s INVISIBLE]+
 *   other  [\s\S]
 *
 * It is written out by hand over a per-character class table (it is the hottest loop of the
 * library); test/hardening.test.ts checks it against the single-regex lexer on random text.
 */
const URL_AT = /(?:https?:\/\/|www\.)[^\s<>"“”'()\[\]]+[^\s<>"“”'()\[\].,;:!?]/uy;
const EMAIL_DOMAIN_AT = /@[\p{L}\p{N}-]+(?:\.[\p{L}\p{N}-]+)+/uy;
const SHORT_ABBREVIATION_PART = /^\p{Lu}[\p{L}]{0,3}$/u;


// Character classes, computed once per code point from the same Unicode properties the regex used.
const KNOWN = 1;
const WORD = 2; // [\p{L}\p{M}\p{N} INVISIBLE]
const SPACE = 4; // [\s INVISIBLE]
const DIGIT = 8; // \p{Nd}
const UPPER = 16; // \p{Lu}
const EMAIL_LOCAL = 32; // [\p{L}\p{N}._%+-]
const CLASS_TESTS: [number, RegExp][] = [
  [WORD, new RegExp(`^${WORD_CHAR}$`, 'u')],
  [SPACE, new RegExp(`^[\\s${INVISIBLE_CHARS}]$`, 'u')],
  [DIGIT, /^\p{Nd}$/u],
  [UPPER, /^\p{Lu}$/u],
  [EMAIL_LOCAL, /^[\p{L}\p{N}._%+-]$/u],
];
const bmpClasses = new Uint8Array(0x10000);
const astralClasses = new Map<number, number>();

function computeClass(cp: number): number {
  const ch = String.fromCodePoint(cp);
  let bits = KNOWN;
  for (const [bit, test] of CLASS_TESTS) if (test.test(ch)) bits |= bit;
  return bits;
}

function classOf(cp: number): number {
  if (cp < 0x10000) {
    let bits = bmpClasses[cp]!;
    if (bits === 0) bmpClasses[cp] = bits = computeClass(cp);
    return bits;
  }
  let bits = astralClasses.get(cp);
  if (bits === undefined) astralClasses.set(cp, (bits = computeClass(cp)));
  return bits;
}

/** The code point at `i` (a lone surrogate stands for itself, as in a /u regex). */
function codePointAt(text: string, i: number): number {
  const c = text.charCodeAt(i);
  if (c >= 0xd800 && c <= 0xdbff && i + 1 < text.length) {
    const d = text.charCodeAt(i + 1);
    if (d >= 0xdc00 && d <= 0xdfff) return (c - 0xd800) * 0x400 + (d - 0xdc00) + 0x10000;
  }
  return c;
}

const width = (cp: number) => (cp > 0xffff ? 2 : 1);

const FNV_OFFSET = 0x811c9dc5;
const FNV_PRIME = 0x01000193;
/** FNV-1a hash of the code units of the word wordEnd scanned last: the key of the norm memo (see normSlot). */
let scannedHash = 0;

/** End of the word that starts at `i` (a WORD character); hashes the word on the way (scannedHash). */
function wordEnd(text: string, i: number): number {
  const n = text.length;
  let h = FNV_OFFSET;
  for (;;) {
    while (i < n) {
      const c = text.charCodeAt(i);
      if (c < 0xd800 || c > 0xdfff) {
        if (!((bmpClasses[c] || classOf(c)) & WORD)) break;
        h = Math.imul(h ^ c, FNV_PRIME);
        i += 1;
      } else {
        const cp = codePointAt(text, i);
        if (!(classOf(cp) & WORD)) break;
        h = Math.imul(h ^ c, FNV_PRIME);
        if (cp > 0xffff) h = Math.imul(h ^ text.charCodeAt(i + 1), FNV_PRIME);
        i += width(cp);
      }
    }
    if (i + 1 >= n) break;
    const c = text.charCodeAt(i);
    const nextClass = classOf(codePointAt(text, i + 1));
    if (c === 0x27 || c === 0x2019 || c === 0x2d) {
      if (!(nextClass & WORD)) break;
    } else if (c === 0x2e || c === 0x2c) {
      if (!(nextClass & DIGIT)) break;
    } else break;
    h = Math.imul(h ^ c, FNV_PRIME);
    i += 1;
  }
  if (text.charCodeAt(i) === 0x25) {
    h = Math.imul(h ^ 0x25, FNV_PRIME);
    i += 1;
  }
  scannedHash = h;
  return i;
}

/** Where the e-mail address whose "@" is at `at` could start, and where it ends (-1: none). */
function emailAround(text: string, at: number): { from: number; end: number } {
  EMAIL_DOMAIN_AT.lastIndex = at;
  const end = EMAIL_DOMAIN_AT.exec(text) ? EMAIL_DOMAIN_AT.lastIndex : -1;
  let from = at;
  while (from > 0) {
    let cp = text.charCodeAt(from - 1);
    let w = 1;
    if (cp >= 0xdc00 && cp <= 0xdfff && from >= 2) {
      const h = text.charCodeAt(from - 2);
      if (h >= 0xd800 && h <= 0xdbff) {
        cp = (h - 0xd800) * 0x400 + (cp - 0xdc00) + 0x10000;
        w = 2;
      }
    }
    if (!(classOf(cp) & EMAIL_LOCAL)) break;
    from -= w;
  }
  return { from, end };
}

/** Whether text[start, end) is a number: a digit, then digits, dots and commas, and an optional final "%". */
function isNumber(text: string, start: number, end: number): boolean {
  if (text.charCodeAt(end - 1) === 0x25) end--;
  for (let i = start; i < end; ) {
    const cp = codePointAt(text, i);
    if (!(classOf(cp) & DIGIT) && (i === start || (cp !== 0x2e && cp !== 0x2c))) return false;
    i += width(cp);
  }
  return end > start;
}

const QUOTE_TOGGLE = 0x22; // "
const isOpeningDouble = (c: number) => c === 0x201c || c === 0xab || c === 0x201e; // “ « „
const isClosingDouble = (c: number) => c === 0x201d || c === 0xbb; // ” »

/**
 * Splits a segment into tokens. Vietnamese syllables and English words are both space-separated,
 * so one lexer serves both; abbreviations such as "PGS.TS" and "U.S" stay one token.
 * (`_cache` is no longer used: normalised forms are memoised in a module-level table, see normSlot.)
 */
export function tokenize(text: string, _cache?: Map<string, string>): Token[] {
  const tokens: Token[] = [];
  const n = text.length;
  let inQuote = false;
  // The next "@" at or after the current position, and the e-mail address around it.
  let at = -1;
  let email = { from: 0, end: -1 };
  let p = 0;
  while (p < n) {
    const start = p;
    const c = text.charCodeAt(p);
    // URL
    if (
      (c === 0x68 && (text.startsWith('http://', p) || text.startsWith('https://', p))) ||
      (c === 0x77 && text.startsWith('www.', p))
    ) {
      URL_AT.lastIndex = p;
      if (URL_AT.exec(text)) {
        p = URL_AT.lastIndex;
        tokens.push({ start, end: p, kind: 'skip', norm: '', id: NO_WORD_ID, capitalized: false, inQuote, sentence: 0, segment: 0 });
        continue;
      }
    }
    // E-mail: every character from here to the next "@" can be part of its local part.
    if (at !== Infinity && at < p) {
      at = text.indexOf('@', p);
      if (at < 0) at = Infinity;
      else email = emailAround(text, at);
    }
    if (at !== Infinity && email.end >= 0 && email.from <= p && p < at) {
      p = email.end;
      tokens.push({ start, end: p, kind: 'skip', norm: '', id: NO_WORD_ID, capitalized: false, inQuote, sentence: 0, segment: 0 });
      continue;
    }
    const cp = c < 0xd800 ? c : codePointAt(text, p);
    const bits = cp < 0x10000 ? bmpClasses[cp] || classOf(cp) : classOf(cp);
    if (bits & WORD) {
      const end = wordEnd(text, p);
      p = end;
      // "PGS" "." "TS" -> "PGS.TS": a dotted abbreviation written without spaces.
      const previous = tokens[tokens.length - 1];
      if (previous && previous.kind === 'punct' && previous.start === start - 1 && previous.norm === '.') {
        const before = tokens[tokens.length - 2];
        if (
          before &&
          before.kind === 'word' &&
          before.end === previous.start &&
          bits & UPPER &&
          SHORT_ABBREVIATION_PART.test(text.slice(before.start, before.end).split('.').pop() ?? '')
        ) {
          tokens.pop();
          before.end = end;
          const slot = normSlot(text, before.start, before.end);
          before.norm = normValue[slot]!;
          before.id = normId[slot]!;
          continue;
        }
      }
      const slot = normSlotHashed(text, start, end, scannedHash);
      tokens.push({
        start,
        end,
        kind: bits & DIGIT && isNumber(text, start, end) ? 'number' : 'word',
        norm: normValue[slot]!,
        id: normId[slot]!,
        capitalized: (bits & UPPER) !== 0,
        inQuote,
        sentence: 0,
        segment: 0,
      });
      continue;
    }
    if (bits & SPACE) {
      p += width(cp);
      while (p < n) {
        const next = codePointAt(text, p);
        if (!(classOf(next) & SPACE)) break;
        p += width(next);
      }
      continue;
    }
    p += width(cp);
    // Punctuation; straight double quotes toggle, curly ones open and close.
    if (c === QUOTE_TOGGLE) inQuote = !inQuote;
    else if (isOpeningDouble(c)) inQuote = true;
    else if (isClosingDouble(c)) inQuote = false;
    tokens.push({ start, end: p, kind: 'punct', norm: punctuation(text, start, p), id: NO_WORD_ID, capitalized: false, inQuote, sentence: 0, segment: 0 });
  }
  // A quote left open at the end of a segment was not a quotation (an inch mark, a typo).
  if (inQuote) {
    let k = tokens.length - 1;
    while (k >= 0 && tokens[k]!.inQuote) tokens[k--]!.inQuote = false;
  }
  return tokens;
}

/** One-character strings of punctuation, shared (no string is made per token). */
const punctuationStrings = new Map<number, string>();

function punctuation(text: string, start: number, end: number): string {
  if (end - start !== 1) return text.slice(start, end);
  const c = text.charCodeAt(start);
  let s = punctuationStrings.get(c);
  if (s === undefined) punctuationStrings.set(c, (s = text.slice(start, end)));
  return s;
}

/*
 * Normalised forms of words, memoised in a fixed-size two-way table keyed by the word's characters, so
 * a word seen before costs a hash and a comparison over text already in memory: no string is cut out
 * of the text and no Map is consulted. normalizeWord is pure, so the table changes only speed.
 */
const NORM_SLOTS = 1 << 15;
const normHash = new Int32Array(NORM_SLOTS);
const normRaw: string[] = new Array<string>(NORM_SLOTS).fill('');
const normValue: string[] = new Array<string>(NORM_SLOTS).fill('');
const normId = new Int32Array(NORM_SLOTS);

function sameText(raw: string, text: string, start: number, end: number): boolean {
  if (raw.length !== end - start) return false;
  for (let k = 0; k < raw.length; k++) if (raw.charCodeAt(k) !== text.charCodeAt(start + k)) return false;
  return true;
}

/** The slot of the memo table that holds the normalised form (and its id) of text[start, end). */
function normSlot(text: string, start: number, end: number): number {
  let h = FNV_OFFSET;
  for (let k = start; k < end; k++) h = Math.imul(h ^ text.charCodeAt(k), FNV_PRIME);
  return normSlotHashed(text, start, end, h);
}

/** normSlot, given the FNV-1a hash of text[start, end) (a wrong hash costs a miss, never a wrong answer). */
function normSlotHashed(text: string, start: number, end: number, h: number): number {
  h |= 1; // never 0, the hash of an empty slot
  const slot = ((h ^ (h >>> 15)) & (NORM_SLOTS - 1)) & ~1;
  if (normHash[slot] === h && sameText(normRaw[slot]!, text, start, end)) return slot;
  if (normHash[slot + 1] === h && sameText(normRaw[slot + 1]!, text, start, end)) return slot + 1;
  // A copy, not a slice that would keep the whole text alive while the entry lives.
  const raw = end - start < 13 ? text.slice(start, end) : (text.slice(start, end) + ' ').slice(0, -1);
  const norm = normalizeWord(raw);
  // The newer entry takes the first way; the one it displaces moves to the second.
  normHash[slot + 1] = normHash[slot]!;
  normRaw[slot + 1] = normRaw[slot]!;
  normValue[slot + 1] = normValue[slot]!;
  normId[slot + 1] = normId[slot]!;
  normHash[slot] = h;
  normRaw[slot] = raw;
  normValue[slot] = norm;
  normId[slot] = wordId(norm);
  return slot;
}
