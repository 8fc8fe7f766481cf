import { normalizeWord } from './normalize.js';

export type TokenKind = 'word' | 'number' | 'punct' | 'skip';

/** A word, number or punctuation mark of one segment; `start`/`end` are positions in the segment text. */
export interface Token {
  start: number;
  end: number;
  kind: TokenKind;
  /** Canonical form used for matching (see normalizeWord). */
  norm: string;
  /** The first letter is upper case (names, sentence starts, ALL-CAPS headlines). */
  capitalized: boolean;
  /** Inside a "double" quotation: reported speech. */
  inQuote: boolean;
  /** Index of the sentence within the whole document. */
  sentence: number;
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
const NUMBER = /^\p{Nd}[\p{Nd}.,]*%?$/u;
const SHORT_ABBREVIATION_PART = /^\p{Lu}[\p{L}]{0,3}$/u;

const OPENING_DOUBLE = new Set(['“', '«', '„']);
const CLOSING_DOUBLE = new Set(['”', '»']);

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

/** End of the word that starts at `i` (a WORD character). */
function wordEnd(text: string, i: number): number {
  const n = text.length;
  for (;;) {
    while (i < n) {
      const cp = codePointAt(text, i);
      if (!(classOf(cp) & WORD)) break;
      i += width(cp);
    }
    if (i + 1 >= n) break;
    const c = text.charCodeAt(i);
    const nextClass = classOf(codePointAt(text, i + 1));
    if (c === 0x27 || c === 0x2019 || c === 0x2d) {
      if (!(nextClass & WORD)) break;
    } else if (c === 0x2e || c === 0x2c) {
      if (!(nextClass & DIGIT)) break;
    } else break;
    i += 1;
  }
  return text.charCodeAt(i) === 0x25 ? i + 1 : i;
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

/**
 * Splits a segment into tokens. Vietnamese syllables and English words are both space-separated,
 * so one lexer serves both; abbreviations such as "PGS.TS" and "U.S" stay one token.
 */
export function tokenize(text: string, cache: Map<string, string>): Token[] {
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
        tokens.push({ start, end: p, kind: 'skip', norm: '', capitalized: false, inQuote, sentence: 0 });
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
      tokens.push({ start, end: p, kind: 'skip', norm: '', capitalized: false, inQuote, sentence: 0 });
      continue;
    }
    const cp = codePointAt(text, p);
    const bits = classOf(cp);
    if (bits & WORD) {
      const end = wordEnd(text, p + width(cp));
      p = end;
      const raw = text.slice(start, end);
      const previous = tokens[tokens.length - 1];
      // "PGS" "." "TS" -> "PGS.TS": a dotted abbreviation written without spaces.
      if (previous && previous.kind === 'punct' && previous.norm === '.' && previous.start === start - 1) {
        const before = tokens[tokens.length - 2];
        if (
          before &&
          before.kind === 'word' &&
          before.end === previous.start &&
          SHORT_ABBREVIATION_PART.test(text.slice(before.start, before.end).split('.').pop() ?? '') &&
          bits & UPPER
        ) {
          tokens.pop();
          before.end = end;
          before.norm = normalizeCached(text.slice(before.start, before.end), cache);
          continue;
        }
      }
      tokens.push({
        start,
        end,
        kind: bits & DIGIT && NUMBER.test(raw) ? 'number' : 'word',
        norm: normalizeCached(raw, cache),
        capitalized: (bits & UPPER) !== 0,
        inQuote,
        sentence: 0,
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
    const raw = text.slice(start, p);
    // Punctuation; straight double quotes toggle, curly ones open and close.
    if (raw === '"') inQuote = !inQuote;
    else if (OPENING_DOUBLE.has(raw)) inQuote = true;
    else if (CLOSING_DOUBLE.has(raw)) inQuote = false;
    tokens.push({ start, end: p, kind: 'punct', norm: raw, capitalized: false, inQuote, sentence: 0 });
  }
  // A quote left open at the end of a segment was not a quotation (an inch mark, a typo).
  if (inQuote) {
    let k = tokens.length - 1;
    while (k >= 0 && tokens[k]!.inQuote) tokens[k--]!.inQuote = false;
  }
  return tokens;
}

/** Normalised forms shared by all documents (normalizeWord is pure); bounded so it cannot grow without limit. */
const sharedNorms = new Map<string, string>();
const SHARED_NORMS_LIMIT = 50_000;

function normalizeCached(raw: string, cache: Map<string, string>): string {
  let norm = sharedNorms.get(raw);
  if (norm === undefined) {
    norm = cache.get(raw) ?? normalizeWord(raw);
    if (sharedNorms.size >= SHARED_NORMS_LIMIT) sharedNorms.clear();
    sharedNorms.set(raw, norm);
  }
  return norm;
}
