import { normalizeWord } from './normalize.js';
import type { Token } from './tokenize.js';

/** Abbreviations after which a full stop does not end a sentence (Vietnamese and English). */
const ABBREVIATIONS = new Set(
  [
    'tp', 'bs', 'bsck', 'bscki', 'bsckii', 'pgs', 'gs', 'ts', 'ths', 'tt', 'q', 'p', 'tx', 'h', 'ks', 'cn', 'ncs', 'đd', 'ds', 'kts', 'ls',
    'pgs.ts', 'gs.ts', 'ths.bs', 'ts.bs', 'pgs.ts.bs', 'gs.ts.bs', 'bs.ckii', 'bs.cki', 'tp.hcm', 'ubnd', 'tw', 'ttyt', 'st', 'nxb',
    'dr', 'mr', 'mrs', 'ms', 'prof', 'sr', 'jr', 'st', 'vs', 'etc', 'e.g', 'i.e', 'u.s', 'u.k', 'no', 'inc', 'ltd', 'co', 'corp',
    'jan', 'feb', 'mar', 'apr', 'jun', 'jul', 'aug', 'sep', 'sept', 'oct', 'nov', 'dec', 'approx', 'dept', 'gov', 'gen', 'rev', 'hon',
  ].map(normalizeWord),
);
/** Initials joined by full stops, as normalised: "đ.t.h". */
const INITIALS = /^(?:\p{L}\p{M}*\.)+\p{L}\p{M}*$/u;
const SENTENCE_END = new Set(['.', '!', '?', '…']);
const CLOSERS = new Set(['"', '”', '’', '»', ')', ']', "'"]);

/** Assigns sentence numbers to a segment's tokens, continuing from `first`; returns the next free number. */
export function assignSentences(tokens: Token[], first: number): number {
  let sentence = first;
  let sawWord = false;
  for (let i = 0; i < tokens.length; i++) {
    const token = tokens[i]!;
    token.sentence = sentence;
    if (token.kind === 'word' || token.kind === 'number') sawWord = true;
    if (token.kind !== 'punct' || !SENTENCE_END.has(token.norm) || !sawWord) continue;
    if (token.norm === '.' && !endsSentence(tokens, i)) continue;
    // Closing quotes and brackets right after the stop belong to the same sentence.
    while (i + 1 < tokens.length && tokens[i + 1]!.kind === 'punct' && (CLOSERS.has(tokens[i + 1]!.norm) || SENTENCE_END.has(tokens[i + 1]!.norm))) {
      tokens[++i]!.sentence = sentence;
    }
    sentence++;
    sawWord = false;
  }
  return sawWord || tokens.length === 0 ? sentence + 1 : sentence;
}

function endsSentence(tokens: Token[], dot: number): boolean {
  const before = tokens[dot - 1];
  // The first non-punctuation token after the dot (a loop, not slice().find(): that was quadratic).
  let after: Token | undefined;
  for (let k = dot + 1; k < tokens.length; k++) {
    if (tokens[k]!.kind !== 'punct') {
      after = tokens[k];
      break;
    }
  }
  if (before && before.kind === 'word' && before.end === tokens[dot]!.start) {
    if (ABBREVIATIONS.has(before.norm)) return false;
    // A single capital letter is an initial ("Nguyễn T. Lan", "J. Smith").
    if (before.end - before.start === 1 && before.capitalized) return false;
    // Initials of a name ("em Đ.T.H., lớp 8A", "L.T.H. học lớp 7"): the sentence goes on after a comma or a
    // lower-case word.
    const next = tokens[dot + 1];
    if (before.capitalized && INITIALS.test(before.norm) && (next?.norm === ',' || (after?.kind === 'word' && !after.capitalized))) return false;
  }
  // "approx. five" or "3 p.m. today": the next word starts in lower case.
  if (after && after.kind === 'word' && !after.capitalized && before?.kind === 'word' && before.norm.length <= 4) return false;
  return true;
}
