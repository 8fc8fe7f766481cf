/**
 * Guess the gender of a person from a name as written in a text, in Vietnamese or English.
 *
 * Order of evidence (strongest first): honorifics and kinship terms in the string ("bà", "chị",
 * "Mr", "Ms"...), then the name itself — for Vietnamese the given name combined with the middle
 * name(s) ("Thị", "Văn" and many others), for English the US SSA first-name statistics.
 * When the evidence is not clearly one-sided the answer is an honest "unknown".
 *
 * Pure and synchronous; the only state is a lookup cache built lazily on first use.
 */
import { EN_NAMES_DATA } from './en-names.generated.js';
import {
  VI_COMPOUND_SURNAMES,
  VI_DISTINCTIVE_SURNAMES,
  VI_GIVEN_FEMALE,
  VI_GIVEN_FEMALE_LEAN,
  VI_GIVEN_MALE,
  VI_GIVEN_MALE_LEAN,
  VI_GIVEN_UNISEX,
  VI_HONORIFICS,
  VI_MIDDLE_WEIGHTS,
  VI_NEUTRAL_TITLES,
  VI_SURNAMES,
} from './vi-names.js';

export type Gender = 'female' | 'male' | 'unknown';

export interface GenderGuess {
  gender: Gender;
  /** How likely the returned gender is right, 0..1; 0 when the gender is "unknown". */
  confidence: number;
  /** Short human-readable explanation of the evidence used. */
  reason: string;
}

export interface GuessGenderOptions {
  /** 'auto' (default) picks Vietnamese on diacritics, Vietnamese honorifics or surnames. */
  lang?: 'vi' | 'en' | 'auto';
}

/* ------------------------------------------------------------------------------------------ */
/* Canonical forms                                                                             */
/* ------------------------------------------------------------------------------------------ */

/** Combining tone marks (Vietnamese thanh điệu), including the deprecated U+0340/U+0341 forms. */
const TONE_CODES: Readonly<Record<string, string>> = {
  '\u0301': '1', // sắc
  '\u0341': '1',
  '\u0300': '2', // huyền
  '\u0340': '2',
  '\u0309': '3', // hỏi
  '\u0303': '4', // ngã
  '\u0323': '5', // nặng
};
const COMBINING = /[\u0300-\u036f]/gu;
const SOLE_Y = /^(qu|[bcdđghklmnprstvx]+)y$/u;

/**
 * Canonical key of one word: lower case, vowel letters kept (â, ê, ô, ơ, ư, ă, đ), the tone mark
 * moved to the end as a digit. So "Hoà", "Hòa", "HÒA" and their NFD forms share one key, and the
 * i/y spelling variants of a lone vowel ("Lý"/"Lí", "Mỹ"/"Mĩ") too.
 */
export function canonicalViWord(word: string): string {
  let tone = '';
  let base = '';
  for (const ch of word.normalize('NFD').toLowerCase()) {
    const code = TONE_CODES[ch];
    if (code !== undefined) tone = code;
    else base += ch;
  }
  base = base.normalize('NFC');
  const lone = SOLE_Y.exec(base);
  if (lone) base = `${lone[1] ?? ''}i`;
  return base + tone;
}

/** Key with every diacritic removed ("Nguyễn" → "nguyen"), for text typed without them. */
export function foldViWord(word: string): string {
  const base = word
    .normalize('NFD')
    .toLowerCase()
    .replace(COMBINING, '')
    .replace(/đ/gu, 'd');
  const lone = SOLE_Y.exec(base);
  return lone ? `${lone[1] ?? ''}i` : base;
}

const canonicalPhrase = (phrase: string): string =>
  phrase.split(/\s+/u).filter(Boolean).map(canonicalViWord).join(' ');

/* ------------------------------------------------------------------------------------------ */
/* Lazily built lookup tables                                                                  */
/* ------------------------------------------------------------------------------------------ */

const GIVEN_STRONG = 3.5;
const GIVEN_LEAN = 1.5;
/** A given name used in the middle position keeps this share of its weight. */
const GIVEN_AS_MIDDLE = 0.7;
/** Lookups that matched only without diacritics keep this share of their weight. */
const FOLDED_SHARE = 0.8;
const DECIDE_AT = 2;

type Lean = 1 | -1 | 0;

interface PrefixEntry {
  /** gender lean of an honorific, or null for a neutral title */
  lean: Lean | null;
  words: number;
}

interface Tables {
  given: Map<string, number>;
  middle: Map<string, number>;
  givenFolded: Map<string, number>;
  middleFolded: Map<string, number>;
  surnames: Set<string>;
  surnamesFolded: Set<string>;
  distinctive: Set<string>;
  distinctiveFolded: Set<string>;
  compound: Map<string, number>;
  /** canonical phrase (space-separated canonical words) → prefix entry */
  prefixes: Map<string, PrefixEntry>;
  maxPrefixWords: number;
}

let tables: Tables | undefined;

/** Agreeing folded candidates keep the weakest weight; disagreeing ones cancel to 0. */
function addFolded(map: Map<string, number>, key: string, weight: number): void {
  const prev = map.get(key);
  if (prev === undefined) map.set(key, weight);
  else if (Math.sign(prev) !== Math.sign(weight)) map.set(key, 0);
  else if (Math.abs(weight) < Math.abs(prev)) map.set(key, weight);
}

const EN_HONORIFICS: Readonly<Record<string, Lean>> = {
  mr: -1, mister: -1, sir: -1, lord: -1, king: -1, prince: -1, father: -1, fr: -1, brother: -1,
  uncle: -1, monsieur: -1, herr: -1, señor: -1, senor: -1, sheikh: -1, duke: -1, baron: -1,
  mrs: 1, ms: 1, miss: 1, madam: 1, madame: 1, mme: 1, mlle: 1, lady: 1, dame: 1, queen: 1,
  princess: 1, sister: 1, aunt: 1, auntie: 1, mother: 1, frau: 1, señora: 1, senora: 1, sra: 1,
  srta: 1, sheikha: 1, duchess: 1, baroness: 1, mx: 0,
};

const EN_TITLES = `dr doctor prof professor rev reverend hon honourable honorable sen senator rep
  representative gov governor president pres judge justice capt captain col colonel gen general lt
  lieutenant sgt sergeant officer det detective chancellor mayor minister ambassador
  chief inspector commissioner secretary cllr councillor councilman councilwoman pm ceo cmdr
  commander maj adm admiral cpl corporal pvt rabbi imam pastor bishop cardinal deacon the
  mp mep st saint supt superintendent constable`;

function buildTables(): Tables {
  const given = new Map<string, number>();
  const givenFolded = new Map<string, number>();
  const lists: ReadonlyArray<readonly [readonly string[], number]> = [
    [VI_GIVEN_UNISEX, 0],
    [VI_GIVEN_FEMALE_LEAN, GIVEN_LEAN],
    [VI_GIVEN_MALE_LEAN, -GIVEN_LEAN],
    [VI_GIVEN_FEMALE, GIVEN_STRONG],
    [VI_GIVEN_MALE, -GIVEN_STRONG],
  ];
  for (const [list, weight] of lists) {
    for (const name of list) {
      const key = canonicalViWord(name);
      // a name listed twice keeps the weaker (more cautious) reading
      const prev = given.get(key);
      given.set(key, prev === undefined || Math.abs(weight) < Math.abs(prev) ? weight : prev);
    }
  }
  const middle = new Map<string, number>();
  for (const [name, weight] of Object.entries(VI_MIDDLE_WEIGHTS)) {
    middle.set(canonicalViWord(name), weight);
  }
  // a canonical key folds like the word it came from once its tone digit is dropped
  for (const [key, weight] of given) addFolded(givenFolded, foldViWord(key.replace(/[1-5]$/u, '')), weight);
  const middleFolded = new Map<string, number>();
  for (const [name, weight] of Object.entries(VI_MIDDLE_WEIGHTS)) {
    addFolded(middleFolded, foldViWord(name), weight);
  }
  // Without diacritics "Thi" and "Van" in the middle are overwhelmingly Thị and Văn: at full weight they outweigh a
  // given name whose plain form leans the other way ("Le Thi Hanh": Hạnh or Hành; "Vo Van Khanh"), a little below the
  // marked forms since "Van" may be Vân ("Nguyen Van Anh" stays male: Anh is unisex).
  middle.set('thi', 6);
  middle.set('van', -5.5);
  middleFolded.set('thi', 5);
  middleFolded.set('van', -4);

  const surnames = new Set(VI_SURNAMES.map(canonicalViWord));
  const surnamesFolded = new Set(VI_SURNAMES.map(foldViWord));
  const distinctive = new Set(VI_DISTINCTIVE_SURNAMES.map(canonicalViWord));
  const distinctiveFolded = new Set(VI_DISTINCTIVE_SURNAMES.map(foldViWord));
  const compound = new Map<string, number>();
  for (const [name, weight] of Object.entries(VI_COMPOUND_SURNAMES)) {
    compound.set(canonicalPhrase(name), weight);
    // typed without diacritics ("Ton That Minh"); looked up only when the whole name is plain
    compound.set(`plain:${name.split(/\s+/u).map(foldViWord).join(' ')}`, weight);
  }

  const prefixes = new Map<string, PrefixEntry>();
  let maxPrefixWords = 1;
  const addPrefix = (phrase: string, lean: Lean | null): void => {
    const key = canonicalPhrase(phrase);
    if (!key) return;
    const count = key.split(' ').length;
    maxPrefixWords = Math.max(maxPrefixWords, count);
    prefixes.set(key, { lean, words: count });
  };
  for (const title of VI_NEUTRAL_TITLES) addPrefix(title.replace(/\./gu, ' '), null);
  for (const title of EN_TITLES.split(/\s+/u)) addPrefix(title.replace(/\./gu, ''), null);
  for (const [word, lean] of Object.entries(EN_HONORIFICS)) addPrefix(word, lean);
  for (const [phrase, value] of Object.entries(VI_HONORIFICS)) {
    addPrefix(phrase, value > 0 ? 1 : value < 0 ? -1 : 0);
  }
  return {
    given,
    middle,
    givenFolded,
    middleFolded,
    surnames,
    surnamesFolded,
    distinctive,
    distinctiveFolded,
    compound,
    prefixes,
    maxPrefixWords,
  };
}

function getTables(): Tables {
  tables ??= buildTables();
  return tables;
}

export interface EnEntry {
  /** share of female births 1950-2024, 0..1 */
  pFemale: number;
  /** approximate births 1950-2024 (lower bound of the log bucket) */
  births: number;
}

let enNames: Map<string, EnEntry> | undefined;

function getEnNames(): Map<string, EnEntry> {
  if (enNames) return enNames;
  const map = new Map<string, EnEntry>();
  for (const record of EN_NAMES_DATA.split('\n')) {
    const colon = record.indexOf(':');
    const head = /^(\d+)([a-z])$/u.exec(record.slice(0, colon));
    if (colon < 0 || !head) continue;
    const bucket = (head[2] ?? 'a').charCodeAt(0) - 97;
    const entry: EnEntry = { pFemale: Number(head[1]) / 100, births: Math.round(10 ** (bucket / 2)) };
    let prev = '';
    const body = record.slice(colon + 1);
    const re = /(\d)([a-z]+)/gu;
    for (let m = re.exec(body); m; m = re.exec(body)) {
      const name = prev.slice(0, Number(m[1])) + (m[2] ?? '');
      map.set(name, entry);
      prev = name;
    }
  }
  enNames = map;
  return map;
}

/** The SSA statistics of an English first name (share female, approximate births), if it is in the table. */
export function englishFirstName(name: string): Readonly<EnEntry> | undefined {
  return getEnNames().get(name.toLowerCase().replace(/[^a-z]/gu, ''));
}

/* ------------------------------------------------------------------------------------------ */
/* Tokens and prefixes                                                                         */
/* ------------------------------------------------------------------------------------------ */

interface Token {
  text: string;
  canon: string;
  fold: string;
  lowerCase: boolean;
}

/**
 * Name words repeat endlessly (Nguyễn, Thị, Văn, Lan...): each spelling is analysed once and kept in a
 * bounded cache. Tokens are never mutated, so sharing them is safe.
 */
const tokenCache = new Map<string, Token>();
function makeToken(text: string): Token {
  let token = tokenCache.get(text);
  if (token) return token;
  token = {
    text,
    canon: canonicalViWord(text),
    fold: foldViWord(text),
    lowerCase: text === text.toLowerCase() && text !== text.toUpperCase(),
  };
  if (tokenCache.size >= 20000) tokenCache.clear();
  tokenCache.set(text, token);
  return token;
}

/** Splits into word tokens; a dotted run such as "PGS.TS." becomes "PGS" "TS". */
function tokenize(text: string): Token[] {
  const words = text.normalize('NFC').match(/[\p{L}\p{M}][\p{L}\p{M}'’-]*/gu) ?? [];
  return words
    .map((w) => w.replace(/['’-]+$/u, ''))
    .filter((w) => w.length > 0)
    .map(makeToken);
}

/** Honorifics that are also common name syllables; capitalised, they are only a weak cue. */
const NAME_LIKE_HONORIFICS = new Set(['anh', 'nữ', 'cha', 'mẹ', 'má', 'cậu', 'nàng'].map(canonicalViWord));

interface Prefixes {
  lean: Lean | null;
  conflicting: boolean;
  /** weak lean from a capitalised name-like honorific ("Anh Tuấn" may be "anh Tuấn") */
  weak: number;
  words: string[];
  rest: Token[];
}

function stripPrefixes(tokens: Token[]): Prefixes {
  const t = getTables();
  let lean: Lean | null = null;
  let conflicting = false;
  let weak = 0;
  const words: string[] = [];
  let i = 0;
  for (;;) {
    // The longest prefix phrase at i; keys grow one word at a time instead of being rebuilt per length.
    let matched: PrefixEntry | undefined;
    const maxLen = Math.min(t.maxPrefixWords, tokens.length - i);
    let key = '';
    for (let len = 1; len <= maxLen; len++) {
      key = len === 1 ? tokens[i]!.canon : `${key} ${tokens[i + len - 1]!.canon}`;
      const entry = t.prefixes.get(key);
      if (entry) matched = entry;
    }
    if (!matched) break;
    const first = tokens[i];
    if (!first) break;
    // never swallow the whole string: "Anh" alone or "Cô Ba" keep a name
    if (matched.words >= tokens.length - i) {
      if (matched.lean !== null && matched.lean !== 0) {
        // an honorific with nothing after it ("bà", "Mr") still says something
        if (!(first.lowerCase || !NAME_LIKE_HONORIFICS.has(first.canon))) break;
      } else break;
    }
    const surface = tokens
      .slice(i, i + matched.words)
      .map((tok) => tok.text)
      .join(' ');
    const nameLike = matched.words === 1 && NAME_LIKE_HONORIFICS.has(first.canon);
    if (nameLike && !first.lowerCase) {
      // capitalised "Anh X": honorific only when a surname follows, else a weak cue
      const next = tokens[i + 1];
      const surnameFollows = next !== undefined && t.distinctive.has(next.canon);
      if (!surnameFollows) {
        weak += (matched.lean ?? 0) * 1.5;
        break;
      }
    }
    if (matched.lean !== null && matched.lean !== 0) {
      if (lean !== null && lean !== matched.lean) conflicting = true;
      lean ??= matched.lean;
      words.push(surface);
    }
    i += matched.words;
  }
  return { lean, conflicting, weak, words, rest: tokens.slice(i) };
}

/* ------------------------------------------------------------------------------------------ */
/* Decisions                                                                                   */
/* ------------------------------------------------------------------------------------------ */

const confidenceOf = (score: number): number =>
  Math.min(0.99, Math.round((1 / (1 + Math.exp(-0.8 * Math.abs(score)))) * 100) / 100);

const UNKNOWN = (reason: string): GenderGuess => ({ gender: 'unknown', confidence: 0, reason });

const VI_SPECIFIC = /[đăơư\u0306\u031b\u0309\u0323]/u;

function hasVietnameseLetters(text: string): boolean {
  return VI_SPECIFIC.test(text.normalize('NFD').toLowerCase());
}

/** Does this sequence of name tokens look like a Vietnamese name? */
function looksVietnamese(tokens: Token[], raw: string): boolean {
  if (hasVietnameseLetters(raw)) return true;
  if (tokens.length < 2) return false;
  const t = getTables();
  const first = tokens[0];
  const last = tokens[tokens.length - 1];
  if (!first || !last) return false;
  const plain = typedPlain(tokens);
  // "Giang Thi Mua", "Lo Van Pao": a family name, then Thị or Văn in the middle — nothing else is built like that.
  const second = tokens[1];
  // a compound family name first: "Tôn Thất Tùng", "Ton That Minh"
  if (second && tokens.length >= 3 && (t.compound.has(`${first.canon} ${second.canon}`) || (plain && t.compound.has(`plain:${first.fold} ${second.fold}`)))) return true;
  if (tokens.length >= 3 && second && isSurname(t, first, true) && (second.fold === 'thi' || second.fold === 'van')) return true;
  const distinctiveAtEnd =
    isDistinctiveSurname(t, first, plain) || isDistinctiveSurname(t, last, plain);
  const surnameAtEnd = distinctiveAtEnd || isSurname(t, first, plain) || isSurname(t, last, plain);
  const known = tokens.filter(
    (tok) =>
      isSurname(t, tok, plain) ||
      lookup(tok, t.given, t.givenFolded) !== undefined ||
      lookup(tok, t.middle, t.middleFolded) !== undefined,
  ).length;
  // every word is a Vietnamese name word and one end is a family name; with a typical
  // Vietnamese family name (Nguyễn, Trần...) one foreign-looking word is tolerated
  return surnameAtEnd && known >= tokens.length - (distinctiveAtEnd ? 1 : 0);
}

interface ViScore {
  score: number;
  found: boolean;
  reasons: string[];
}

function lookup(
  tok: Token,
  exact: Map<string, number>,
  folded: Map<string, number>,
): number | undefined {
  const hit = exact.get(tok.canon);
  if (hit !== undefined) return hit;
  // folded lookups only for words typed without any diacritic
  if (tok.fold === tok.canon) {
    const f = folded.get(tok.fold);
    if (f !== undefined) return f * FOLDED_SHARE;
  }
  return undefined;
}

/** Folded surname matches only when the whole name was typed without diacritics. */
const isSurname = (t: Tables, tok: Token, plain: boolean): boolean =>
  t.surnames.has(tok.canon) || (plain && t.surnamesFolded.has(tok.fold));
const isDistinctiveSurname = (t: Tables, tok: Token, plain: boolean): boolean =>
  t.distinctive.has(tok.canon) || (plain && t.distinctiveFolded.has(tok.fold));
const typedPlain = (tokens: Token[]): boolean => tokens.every((tok) => tok.fold === tok.canon);

const describe = (w: number): string =>
  w >= GIVEN_STRONG - 0.5
    ? 'female'
    : w > 0.5
      ? 'leans female'
      : w <= -(GIVEN_STRONG - 0.5)
        ? 'male'
        : w < -0.5
          ? 'leans male'
          : 'unisex';

function scoreVietnamese(input: Token[]): ViScore {
  const t = getTables();
  let tokens = input.slice(0, 6);
  const plain = typedPlain(tokens);
  const reasons: string[] = [];
  let score = 0;
  let found = false;
  // Western order "Lan Nguyễn" → "Nguyễn Lan"
  const last = tokens[tokens.length - 1];
  const first = tokens[0];
  if (
    tokens.length >= 2 &&
    last !== undefined &&
    first !== undefined &&
    isDistinctiveSurname(t, last, plain) &&
    !isSurname(t, first, plain)
  ) {
    tokens = [last, ...tokens.slice(0, -1)];
  }
  // compound family names (Tôn Nữ, Tôn Thất)
  if (tokens.length >= 3) {
    const pair = tokens
      .slice(0, 2)
      .map((tok) => tok.canon)
      .join(' ');
    const weight = t.compound.get(pair) ?? (plain ? t.compound.get(`plain:${tokens[0]!.fold} ${tokens[1]!.fold}`) : undefined);
    if (weight !== undefined) {
      score += weight;
      found = true;
      if (weight !== 0) reasons.push(`family name "${tokens[0]?.text} ${tokens[1]?.text}"`);
      tokens = tokens.slice(2);
      tokens.unshift(makeToken('_'));
    }
  }
  const givenTok = tokens[tokens.length - 1];
  if (!givenTok) return { score, found, reasons };
  let middles: Token[] = [];
  let middleShare = 1;
  if (tokens.length >= 3) middles = tokens.slice(1, -1);
  else if (tokens.length === 2) {
    const head = tokens[0];
    if (head && !isSurname(t, head, plain)) middles = [head];
    else if (head && t.middle.has(head.canon) && (t.middle.get(head.canon) ?? 0) !== 0) {
      // "Mai Anh": surname Mai or middle name Mai — count it, at half weight
      middles = [head];
      middleShare = 0.5;
    }
  }
  const givenWeight = lookup(givenTok, t.given, t.givenFolded);
  if (givenWeight !== undefined) {
    found = true;
    score += givenWeight;
    reasons.push(`given name "${givenTok.text}" ${describe(givenWeight)}`);
  } else {
    const asMiddle = lookup(givenTok, t.middle, t.middleFolded);
    if (asMiddle !== undefined && Math.abs(asMiddle) < 4) {
      found = true;
      score += asMiddle * GIVEN_AS_MIDDLE;
      reasons.push(`given name "${givenTok.text}" ${describe(asMiddle)}`);
    } else reasons.push(`given name "${givenTok.text}" not in lexicon`);
  }
  for (let m = 0; m < middles.length; m++) {
    const mid = middles[m]!;
    // Four or more words: a family name right after the family name is the other parent's
    // ("Nguyễn Hoàng Bảo Ngọc", "Phạm Huỳnh Anh Thư") and says nothing about gender; a real
    // middle name with a strong lean (Thị, Văn, Hữu) keeps its weight.
    if (m === 0 && tokens.length >= 4 && isSurname(t, mid, plain) && Math.abs(lookup(mid, t.middle, t.middleFolded) ?? 0) < 3) continue;
    let w = lookup(mid, t.middle, t.middleFolded);
    if (w === undefined) {
      const g = lookup(mid, t.given, t.givenFolded);
      if (g !== undefined) w = g * GIVEN_AS_MIDDLE;
    }
    if (w === undefined) continue;
    found = true;
    w *= middleShare;
    score += w;
    if (Math.abs(w) >= 0.5) reasons.push(`middle name "${mid.text}" ${w > 0 ? 'female' : 'male'} cue`);
  }
  return { score, found, reasons };
}

function decideVietnamese(tokens: Token[], weak: number): GenderGuess | undefined {
  const { score, found, reasons } = scoreVietnamese(tokens);
  if (!found && weak === 0) return undefined;
  const total = score + weak;
  if (weak !== 0) reasons.push(`capitalised "${weak < 0 ? 'Anh' : 'Nữ'}" may be an honorific`);
  const reason = reasons.join('; ');
  if (total >= DECIDE_AT) return { gender: 'female', confidence: confidenceOf(total), reason };
  if (total <= -DECIDE_AT) return { gender: 'male', confidence: confidenceOf(total), reason };
  return found ? UNKNOWN(`no clear cue: ${reason}`) : undefined;
}

function decideEnglish(tokens: Token[], raw: string): GenderGuess | undefined {
  const names = getEnNames();
  let candidates = tokens;
  // "Smith, John" → John
  const comma = raw.indexOf(',');
  if (comma > 0) {
    const before = tokenize(raw.slice(0, comma));
    const after = tokenize(raw.slice(comma + 1)).filter(
      (tok) => !/^(jr|sr|ii|iii|iv|phd|md|esq|mba|dds|rn)$/u.test(tok.fold),
    );
    if (before.length === 1 && after.length >= 1) candidates = stripPrefixes(after).rest;
  }
  // an initial hides the first name: "J. Smith" is unknown, "J. Robert Oppenheimer" reads Robert
  const lettersOf = (tok: Token): number => tok.fold.replace(/[^a-z]/gu, '').length;
  let index = 0;
  while (index < candidates.length - 2 && (candidates[index]?.fold.length ?? 0) <= 1) index++;
  const firstTok = candidates[index];
  if (!firstTok || lettersOf(firstTok) <= 1) return undefined;
  const plain = firstTok.fold.replace(/[^a-z-]/gu, '');
  const tries = [plain.replace(/-/gu, ''), ...plain.split('-')];
  for (const key of tries) {
    const entry = key ? names.get(key) : undefined;
    if (!entry) continue;
    const p = entry.pFemale;
    const pct = Math.round(p * 100);
    const countWeight = Math.min(1, 0.5 + 0.0625 * 2 * Math.log10(Math.max(entry.births, 1)));
    const base = `"${firstTok.text}" is ${pct}% female in US births since 1950`;
    if (p >= 0.9) {
      return { gender: 'female', confidence: Math.min(0.99, round2(p * countWeight)), reason: base };
    }
    if (p <= 0.1) {
      return { gender: 'male', confidence: Math.min(0.99, round2((1 - p) * countWeight)), reason: base };
    }
    return UNKNOWN(`${base} (unisex)`);
  }
  return undefined;
}

const round2 = (x: number): number => Math.round(x * 100) / 100;

function fromHonorific(prefixes: Prefixes): GenderGuess | undefined {
  if (prefixes.conflicting) {
    return UNKNOWN(`conflicting honorifics "${prefixes.words.join(' ')}"`);
  }
  if (prefixes.lean === 1 || prefixes.lean === -1) {
    return {
      gender: prefixes.lean === 1 ? 'female' : 'male',
      confidence: 0.95,
      reason: `honorific "${prefixes.words[0] ?? ''}"`,
    };
  }
  return undefined;
}

/**
 * Guess the gender of a person name. Never throws; returns `unknown` with confidence 0 when the
 * evidence is missing or not one-sided.
 */
export function guessGender(name: string, options?: GuessGenderOptions): GenderGuess {
  const lang = options?.lang ?? 'auto';
  const text = typeof name === 'string' ? name : String(name ?? '');
  // Callers get their own copy of the cached answer.
  return { ...cachedGuess(text, lang) };
}

/** The gender of a name, for the people analysis (no copy of the answer is made). */
export function genderOfName(name: string, lang: 'vi' | 'en'): Gender {
  return cachedGuess(name, lang).gender;
}

/*
 * The same names come back in article after article (a hospital's own staff): each answer is kept in a bounded
 * cache per language, keyed by the name itself. guess() is pure, so this changes nothing but the time.
 */
const GUESS_CACHE_LIMIT = 5000;
const guessCaches = { vi: new Map<string, GenderGuess>(), en: new Map<string, GenderGuess>(), auto: new Map<string, GenderGuess>() };

function cachedGuess(text: string, lang: 'vi' | 'en' | 'auto'): GenderGuess {
  // A language outside the three (from an untyped caller) is answered, not cached.
  const cache = text.length <= 200 && Object.hasOwn(guessCaches, lang) ? guessCaches[lang] : undefined;
  let result = cache?.get(text);
  if (!result) {
    try {
      result = guess(text, lang);
    } catch {
      result = UNKNOWN('could not read the name');
    }
    if (cache) {
      if (cache.size >= GUESS_CACHE_LIMIT) cache.clear();
      cache.set(text, result);
    }
  }
  return result;
}

function guess(raw: string, lang: 'vi' | 'en' | 'auto'): GenderGuess {
  // ignore what follows a comma or bracket in Vietnamese ("Lan (35 tuổi)"); English handles commas itself
  const head = raw.replace(/[([{].*$/su, '');
  const all = tokenize(head);
  if (all.length === 0) return UNKNOWN('no name');
  const prefixes = stripPrefixes(all);
  const honorific = fromHonorific(prefixes);
  if (honorific) return honorific;

  const nameTokens = prefixes.rest.length > 0 ? prefixes.rest : all;
  // Without a comma the part before it is the whole name, already stripped.
  const viTokens = head.includes(',') ? stripPrefixes(tokenize(head.split(',')[0] ?? '')).rest : prefixes.rest;
  const vietnamese =
    lang === 'vi'
      ? true
      : looksVietnamese(nameTokens, raw) ||
        (lang === 'auto' && prefixes.words.some((w) => hasVietnameseLetters(w)));

  if (vietnamese) {
    const vi = decideVietnamese(viTokens.length > 0 ? viTokens : nameTokens, prefixes.weak);
    if (vi && vi.gender !== 'unknown') return vi;
    // "Peter Nguyen": a Vietnamese family name after a first name that is not a Vietnamese name word.
    const first = nameTokens[0];
    const t = getTables();
    if (first && nameTokens.length >= 2 && lookup(first, t.given, t.givenFolded) === undefined && lookup(first, t.middle, t.middleFolded) === undefined && !isSurname(t, first, true)) {
      const en = decideEnglish(nameTokens, raw);
      if (en && en.gender !== 'unknown') return en;
    }
    // a foreign name in a Vietnamese text: "Angela Merkel"
    if (lang === 'vi' && !looksVietnamese(nameTokens, raw)) {
      const en = decideEnglish(nameTokens, raw);
      if (en && (en.gender !== 'unknown' || !vi)) return en;
    }
    return vi ?? UNKNOWN('name not in the Vietnamese lexicon');
  }
  const en = decideEnglish(nameTokens, raw);
  if (en) return en;
  return UNKNOWN('first name not in the US SSA name table');
}
