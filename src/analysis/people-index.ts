/**
 * The people analysis's view of a document's tokens (analysis/people.ts): one flat array with each token's
 * segment, word index and what it may start (lexicon entries, speech verbs, pronouns), built in one pass, plus
 * the word lists the scanner needs folded (Vietnamese typed without diacritics) and the name-word tests.
 */
import type { Lang } from '../language/detect.js';
import type { Token } from '../language/tokenize.js';
import { NO_WORD_ID, WordIdCache } from '../language/word-ids.js';
import { normalizeWord, VIETNAMESE_LETTERS } from '../language/normalize.js';
import type { AnalyzedDocument } from './document.js';
import { englishFirstName, foldViWord } from './gender/guess.js';
import { VI_DISTINCTIVE_SURNAMES } from './gender/vi-names.js';
import { EN_NOT_NAMES, EN_POSSESSIVES, EN_PRONOUNS, TABLES, VERBS, VI_NAME_PART_SET, VI_SURNAME_SET, type Entry, type PhraseTable, type Verb } from './people-lexicon.js';

/**
 * What one token may start, looked up once per token: lexicon entries (honorifics, titles, relation nouns),
 * speech verbs, English pronouns. Most tokens start nothing and the scanner skips them.
 */
export interface Lex {
  entries: Entry[] | undefined;
  verbs: Verb[] | undefined;
  /** English "he"/"she" (-1/1), or 0. */
  pronoun: number;
  /** English "his"/"her" (-1/1), or 0. */
  possessive: number;
}

/** The tokens of a document, flattened, with what the scanner needs to know about each. */
export interface TokenIndex {
  toks: Token[];
  segOf: Int32Array;
  /** Word index (words and numbers, as in AnalyzedDocument.words) or -1. */
  wordOf: Int32Array;
  /** Per token: what it may start (undefined for most tokens). */
  lex: Array<Lex | undefined>;
  /** Vietnamese typed without diacritics: token norms and word lists are folded. */
  folded: boolean;
  /** Tokens that may start a mention: capitalised words and words that start a lexicon entry, in order. */
  starts: number[];
  /** Tokens that start a speech verb, in order. */
  verbs: number[];
  /** Sentences that hold a quotation. */
  quoteSentences: Set<number>;
}

/** One pass over the document's tokens. */
export function indexTokens(doc: AnalyzedDocument): TokenIndex {
  const lang = doc.lang;
  let n = 0;
  for (const list of doc.tokens) n += list.length;
  const folded = lang === 'vi' && unaccented(doc.tokens, n);
  const index = lexIndex(lang, folded);
  // One pass: the document's tokens in one array, each with its segment, its word index and what it may start.
  const toks: Token[] = new Array<Token>(n);
  const segOf = new Int32Array(n);
  const wordOf = new Int32Array(n);
  const lex = new Array<Lex | undefined>(n);
  // Where the scanner must look: capitalised words and words that start a lexicon entry (most words are neither),
  // speech verbs, and the sentences that hold a quotation.
  const starts: number[] = [];
  const verbs: number[] = [];
  const quoteSentences = new Set<number>();
  let k = 0;
  let wordIndex = 0;
  for (let seg = 0; seg < doc.tokens.length; seg++)
    for (let tok of doc.tokens[seg]!) {
      if (tok.kind === 'word') {
        // Without diacritics every word list is matched folded; the caller's tokens stay untouched.
        if (folded) tok = { ...tok, norm: foldNorm(tok.norm), id: NO_WORD_ID };
        const found = index.get(tok.id, tok.norm) ?? undefined;
        lex[k] = found;
        // "the 63-year-old said" refers back to someone: an age is a start too (English).
        if (found || tok.capitalized || (lang === 'en' && tok.norm.endsWith('-year-old'))) starts.push(k);
        if (found?.verbs) verbs.push(k);
        if (tok.inQuote) quoteSentences.add(tok.sentence);
        wordOf[k] = wordIndex++;
      } else wordOf[k] = tok.kind === 'number' ? wordIndex++ : -1;
      toks[k] = tok;
      segOf[k++] = seg;
    }
  return { toks, segOf, wordOf, lex, folded, starts, verbs, quoteSentences };
}

let viSurnamesFolded: Set<string> | null = null;
let viNamePartsFolded: Set<string> | null = null;
/** Vietnamese family names as written in English text ("Nguyen", "Tran"): the common, distinctive ones. */
export function isViSurnameFolded(word: string): boolean {
  viSurnamesFolded ??= new Set(VI_DISTINCTIVE_SURNAMES.map((x) => foldViWord(x)));
  return viSurnamesFolded.has(word);
}
let viAnySurnamesFolded: Set<string> | null = null;
export function isViAnySurnameFolded(word: string): boolean {
  viAnySurnamesFolded ??= new Set([...VI_SURNAME_SET].map(foldNorm));
  return viAnySurnamesFolded.has(word);
}
export function isViNamePartFolded(word: string): boolean {
  viNamePartsFolded ??= new Set([...VI_NAME_PART_SET].map(foldNorm));
  return viNamePartsFolded.has(word);
}

/** Births of an English first name in the SSA table (0: not a first name here); cached per word. */
const enFirstCache = new Map<string, number>();
export function isEnFirstName(word: string, strict: boolean): boolean {
  let births = enFirstCache.get(word);
  if (births === undefined) {
    const entry = EN_NOT_NAMES.has(word) ? undefined : englishFirstName(word);
    births = entry ? entry.births : 0;
    if (enFirstCache.size > 20000) enFirstCache.clear();
    enFirstCache.set(word, births);
  }
  return births >= (strict ? 3000 : 100);
}

/* Vietnamese without diacritics: word lists folded the way the tokens are ("bác sĩ" → "bac si"). */
export const foldNorm = (norm: string): string => foldViWord(norm.replace(/[1-5]$/u, ''));
const foldPhrase = (phrase: string): string => phrase.split(' ').map(foldNorm).join(' ');
const foldedSets = new WeakMap<Set<string>, Set<string>>();
export function foldSet(list: Set<string>): Set<string> {
  let folded = foldedSets.get(list);
  if (!folded) foldedSets.set(list, (folded = new Set([...list].map(foldPhrase))));
  return folded;
}
let foldedTableCache: PhraseTable | null = null;
/** The Vietnamese lexicon folded; where two entries fold alike ("bà"/"ba") the earlier one (the honorific) wins. */
export function foldedTable(): PhraseTable {
  if (foldedTableCache) return foldedTableCache;
  const byFirst = new Map<string, Entry[]>();
  for (const list of TABLES.vi.byFirst.values())
    for (const entry of list) {
      const words = entry.words.map(foldNorm);
      const bucket = byFirst.get(words[0]!) ?? [];
      if (!bucket.some((e) => e.words.join(' ') === words.join(' '))) bucket.push({ ...entry, words, phrase: words.join(' ') });
      bucket.sort((x, y) => y.words.length - x.words.length);
      byFirst.set(words[0]!, bucket);
    }
  return (foldedTableCache = { byFirst });
}
let foldedVerbsCache: Map<string, Verb[]> | null = null;
function foldedVerbs(): Map<string, Verb[]> {
  if (foldedVerbsCache) return foldedVerbsCache;
  const map = new Map<string, Verb[]>();
  for (const list of VERBS.vi.values())
    for (const verb of list) {
      const words = verb.words.map(foldNorm);
      const bucket = map.get(words[0]!) ?? [];
      if (!bucket.some((v) => v.words.join(' ') === words.join(' '))) bucket.push({ ...verb, words });
      bucket.sort((x, y) => y.words.length - x.words.length);
      map.set(words[0]!, bucket);
    }
  return (foldedVerbsCache = map);
}
const lexIndexes = new Map<string, WordIdCache<Lex | null>>();
/** Token norm (by its id) → what it may start, for one language (Vietnamese plain or folded); built once. */
function lexIndex(lang: Lang, folded: boolean): WordIdCache<Lex | null> {
  const key = `${lang}${folded ? '-folded' : ''}`;
  let index = lexIndexes.get(key);
  if (index) return index;
  const built = new Map<string, Lex>();
  const at = (norm: string): Lex => {
    let lex = built.get(norm);
    if (!lex) built.set(norm, (lex = { entries: undefined, verbs: undefined, pronoun: 0, possessive: 0 }));
    return lex;
  };
  const table = folded ? foldedTable() : TABLES[lang];
  for (const [first, entries] of table.byFirst) at(first).entries = entries;
  for (const [first, verbs] of folded ? foldedVerbs() : VERBS[lang]) at(first).verbs = verbs;
  if (lang === 'en') {
    for (const [word, g] of Object.entries(EN_PRONOUNS)) at(normalizeWord(word)).pronoun = g;
    for (const [word, g] of Object.entries(EN_POSSESSIVES)) at(normalizeWord(word)).possessive = g;
  }
  const byId = new WordIdCache((norm) => built.get(norm) ?? null);
  lexIndexes.set(key, byId);
  return byId;
}

/**
 * Vietnamese text typed without diacritics: almost no word carries a tone digit or a Vietnamese letter.
 * Stops as soon as the answer is certain, so accented text costs a few dozen tokens.
 */
function unaccented(segments: Token[][], tokens: number): boolean {
  let words = 0;
  let marked = 0;
  // More marked words than this put the share over 5% whatever the rest holds.
  const allowed = tokens * 0.05;
  for (const list of segments)
    for (const tok of list) {
      if (tok.kind !== 'word' || !startsWithLetter(tok.norm)) continue;
      words++;
      if (isMarked(tok.norm) && ++marked > allowed) return false;
    }
  return words >= 6 && marked / words < 0.05;
}

export const LETTER_START = /^\p{L}/u;
function startsWithLetter(norm: string): boolean {
  const c = norm.charCodeAt(0);
  if ((c >= 0x61 && c <= 0x7a) || (c >= 0x41 && c <= 0x5a)) return true;
  if (c < 0x80) return false;
  return LETTER_START.test(norm);
}

function isMarked(norm: string): boolean {
  const last = norm.charCodeAt(norm.length - 1);
  if (last >= 0x31 && last <= 0x35) return true;
  for (let k = 0; k < norm.length; k++) if (norm.charCodeAt(k) > 0x7f && VIETNAMESE_LETTERS.test(norm[k]!)) return true;
  return false;
}
