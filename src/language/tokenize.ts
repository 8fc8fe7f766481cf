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
// One lexical unit: a URL or e-mail (never checked), a word, a number, or any other single character.
const LEXER = new RegExp(
  [
    `(?<url>(?:https?:\\/\\/|www\\.)[^\\s<>"“”'()\\[\\]]+[^\\s<>"“”'()\\[\\].,;:!?])`,
    `(?<email>[\\p{L}\\p{N}._%+-]+@[\\p{L}\\p{N}-]+(?:\\.[\\p{L}\\p{N}-]+)+)`,
    `(?<word>${WORD_CHAR}+(?:(?:['’\\-]|[.,](?=\\p{Nd}))${WORD_CHAR}+)*%?)`,
    `(?<space>[\\s${INVISIBLE_CHARS}]+)`,
    `(?<other>[\\s\\S])`,
  ].join('|'),
  'gu',
);
const NUMBER = /^\p{Nd}[\p{Nd}.,]*%?$/u;
const UPPER_START = /^\p{Lu}/u;
const SHORT_ABBREVIATION_PART = /^\p{Lu}[\p{L}]{0,3}$/u;

const OPENING_DOUBLE = new Set(['“', '«', '„']);
const CLOSING_DOUBLE = new Set(['”', '»']);

/**
 * Splits a segment into tokens. Vietnamese syllables and English words are both space-separated,
 * so one lexer serves both; abbreviations such as "PGS.TS" and "U.S" stay one token.
 */
export function tokenize(text: string, cache: Map<string, string>): Token[] {
  const tokens: Token[] = [];
  let inQuote = false;
  for (const m of text.matchAll(LEXER)) {
    const groups = m.groups!;
    const start = m.index;
    const raw = m[0];
    if (groups.space !== undefined) continue;
    if (groups.url !== undefined || groups.email !== undefined) {
      tokens.push({ start, end: start + raw.length, kind: 'skip', norm: '', capitalized: false, inQuote, sentence: 0 });
      continue;
    }
    if (groups.word !== undefined) {
      const previous = tokens[tokens.length - 1];
      // "PGS" "." "TS" -> "PGS.TS": a dotted abbreviation written without spaces.
      if (
        previous &&
        previous.kind === 'punct' &&
        previous.norm === '.' &&
        previous.start === start - 1
      ) {
        const before = tokens[tokens.length - 2];
        if (
          before &&
          before.kind === 'word' &&
          before.end === previous.start &&
          SHORT_ABBREVIATION_PART.test(text.slice(before.start, before.end).split('.').pop() ?? '') &&
          UPPER_START.test(raw)
        ) {
          tokens.pop();
          before.end = start + raw.length;
          before.norm = normalizeCached(text.slice(before.start, before.end), cache);
          continue;
        }
      }
      tokens.push({
        start,
        end: start + raw.length,
        kind: NUMBER.test(raw) ? 'number' : 'word',
        norm: normalizeCached(raw, cache),
        capitalized: UPPER_START.test(raw),
        inQuote,
        sentence: 0,
      });
      continue;
    }
    // Punctuation; straight double quotes toggle, curly ones open and close.
    if (raw === '"') inQuote = !inQuote;
    else if (OPENING_DOUBLE.has(raw)) inQuote = true;
    else if (CLOSING_DOUBLE.has(raw)) inQuote = false;
    tokens.push({ start, end: start + raw.length, kind: 'punct', norm: raw, capitalized: false, inQuote, sentence: 0 });
  }
  // A quote left open at the end of a segment was not a quotation (an inch mark, a typo).
  if (inQuote) {
    let k = tokens.length - 1;
    while (k >= 0 && tokens[k]!.inQuote) tokens[k--]!.inQuote = false;
  }
  return tokens;
}

function normalizeCached(raw: string, cache: Map<string, string>): string {
  let norm = cache.get(raw);
  if (norm === undefined) {
    norm = normalizeWord(raw);
    cache.set(raw, norm);
  }
  return norm;
}
