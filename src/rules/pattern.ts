import { tokenize } from '../language/tokenize.js';
import { inflections } from './inflect.js';

/**
 * The pattern language of rule packs, readable by a communication officer:
 *   nữ bác sĩ          words in sequence (case, Unicode form and tone placement do not matter)
 *   (vợ|chồng|người yêu)  alternatives, each a sequence
 *   rất? / (rất|quá)?  optional word or group
 *   @PROFESSION        a word class defined once in the pack
 *   ~kill  ~@JOB       English inflections (kills, killed, killing)
 *   ~(phone|desk)      inflections of the last word of each alternative
 *   *  *{0,3}          any one word / a bounded gap of words
 *   #NUM  #CAP         a number / a capitalised word
 *   ^con gái thì       (a rule's own patterns only) at the start of a sentence; see checker.ts
 * Declared spelling variants (a pack's `spellings`, e.g. đàn: [đờn]) match wherever their word is written.
 * There are no loops and every gap is bounded, so a pattern spans a bounded number of tokens and
 * matching costs time linear in the input.
 */
export type PatternNode =
  | { kind: 'seq'; items: PatternNode[] }
  | { kind: 'alt'; options: PatternNode[] }
  | { kind: 'opt'; item: PatternNode }
  | { kind: 'words'; forms: string[][] }
  | { kind: 'gap'; min: number; max: number }
  | { kind: 'num' }
  | { kind: 'cap' }
  | { kind: 'class'; name: string; inflect: boolean };

export class PatternError extends Error {
  override readonly name = 'PatternError';
}

export const MAX_PATTERN_SPAN = 40;
const MAX_GAP = 12;

const LEXEME = /\s*(\(|\)|\||\?|[^\s()|?]+)/y;

const EDGE_QUOTES = /^(['"“”‘’«»]*)(.*?)(['"“”‘’«»]*)$/su;

/**
 * Quote marks glued to a word are lexemes of their own, so "'?yêu'?" makes the quotes optional, not the word
 * (a quote alone is punctuation: it matches nothing and drops out).
 */
function splitQuotes(lexeme: string): string[] {
  const m = EDGE_QUOTES.exec(lexeme);
  if (!m || (!m[1] && !m[3]) || !m[2]) return [lexeme];
  return [...(m[1] ? [m[1]] : []), m[2], ...(m[3] ? [m[3]] : [])];
}

/** Spelling variants by the normalised word they stand for (đàn → [đờn]). */
export type Spellings = ReadonlyMap<string, readonly string[]>;

const NO_SPELLINGS: Spellings = new Map();

/** A rule pattern anchored at the start of a sentence ("^con gái thì"): the rest of it, or null. */
export function sentenceStartAnchored(source: string): string | null {
  const trimmed = source.trimStart();
  return trimmed.startsWith('^') ? trimmed.slice(1) : null;
}

export function parsePattern(source: string, spellings: Spellings = NO_SPELLINGS): PatternNode {
  const lexemes: string[] = [];
  LEXEME.lastIndex = 0;
  let m: RegExpExecArray | null;
  while (LEXEME.lastIndex < source.length && (m = LEXEME.exec(source))) lexemes.push(...splitQuotes(m[1]!));
  let pos = 0;

  const parseAlt = (): PatternNode => {
    const options = [parseSeq()];
    while (lexemes[pos] === '|') {
      pos++;
      options.push(parseSeq());
    }
    return options.length === 1 ? options[0]! : { kind: 'alt', options };
  };
  const parseSeq = (): PatternNode => {
    const items: PatternNode[] = [];
    while (pos < lexemes.length && lexemes[pos] !== ')' && lexemes[pos] !== '|') {
      let item = parseAtom();
      const empty = item.kind === 'seq' && !item.items.length;
      if (lexemes[pos] === '?') {
        pos++;
        // Punctuation alone ("nước ,? đảm") is no word at all: optional or not, it matches nothing.
        if (!empty) item = { kind: 'opt', item };
      }
      if (!empty) items.push(item);
    }
    return items.length === 1 ? items[0]! : { kind: 'seq', items };
  };
  const parseAtom = (): PatternNode => {
    const lexeme = lexemes[pos++]!;
    if (lexeme === '(') {
      const inner = parseAlt();
      if (lexemes[pos] !== ')') throw new PatternError(`missing ")" in pattern "${source}"`);
      pos++;
      return inner;
    }
    if (lexeme === '?') throw new PatternError(`"?" must follow a word or group in pattern "${source}"`);
    if (lexeme === '~') {
      if (lexemes[pos] !== '(') throw new PatternError(`"~" must be followed by a word, a @CLASS or a group, in pattern "${source}"`);
      pos++;
      const inner = parseAlt();
      if (lexemes[pos] !== ')') throw new PatternError(`missing ")" in pattern "${source}"`);
      pos++;
      return inflectLast(inner, source);
    }
    const gap = /^\*(?:\{(\d+)(?:,(\d+))?\})?$/.exec(lexeme);
    if (gap) {
      const min = gap[1] === undefined ? 1 : Number(gap[1]);
      const max = gap[2] === undefined ? min : Number(gap[2]);
      if (max < min || max > MAX_GAP) throw new PatternError(`gap ${lexeme} must be bounded, at most ${MAX_GAP} words, in pattern "${source}"`);
      return { kind: 'gap', min, max };
    }
    if (lexeme === '#NUM') return { kind: 'num' };
    if (lexeme === '#CAP') return { kind: 'cap' };
    const cls = /^(~?)@([A-Z][A-Z0-9_]*)$/.exec(lexeme);
    if (cls) return { kind: 'class', name: cls[2]!, inflect: cls[1] === '~' };
    if (/^[#@]/.test(lexeme)) throw new PatternError(`unknown element ${lexeme} in pattern "${source}"`);
    if (lexeme.includes('^'))
      throw new PatternError(`"^" may only begin a rule's own pattern (the start of a sentence), in pattern "${source}"`);
    const inflect = lexeme.startsWith('~');
    const norms = wordNorms(inflect ? lexeme.slice(1) : lexeme);
    if (!norms.length) return { kind: 'seq', items: [] };
    const items: PatternNode[] = norms.map((norm, i) => {
      const spelled = [norm, ...(spellings.get(norm) ?? [])];
      const forms = inflect && i === norms.length - 1 ? [...new Set(spelled.flatMap(inflections))] : spelled;
      return { kind: 'words', forms: [forms] };
    });
    return items.length === 1 ? items[0]! : { kind: 'seq', items };
  };

  const tree = parseAlt();
  if (pos < lexemes.length) throw new PatternError(`unexpected "${lexemes[pos]}" in pattern "${source}"`);
  return tree;
}

/** `~( … )`: every alternative ends in its inflected forms ("~(phone|desk)" matches "phones", "desks"). */
function inflectLast(node: PatternNode, source: string): PatternNode {
  switch (node.kind) {
    case 'alt':
      return { kind: 'alt', options: node.options.map((o) => inflectLast(o, source)) };
    case 'seq': {
      if (!node.items.length) return node;
      const items = node.items.slice();
      items[items.length - 1] = inflectLast(items[items.length - 1]!, source);
      return { kind: 'seq', items };
    }
    case 'words':
      return { kind: 'words', forms: node.forms.map((forms) => [...new Set(forms.flatMap(inflections))]) };
    case 'class':
      return { ...node, inflect: true };
    default:
      throw new PatternError(`"~( … )" needs a word or @CLASS at the end of each alternative, in pattern "${source}"`);
  }
}

/** The normalised word tokens of a literal, exactly as text is tokenised (punctuation dropped). */
export function wordNorms(literal: string): string[] {
  return tokenize(literal)
    .filter((t) => t.kind === 'word' || t.kind === 'number')
    .map((t) => t.norm);
}

/** One NFA state; transitions consume one word token, `eps` consume none. */
export interface NfaState {
  edges: Map<string, number[]> | null;
  any: number[] | null;
  num: number[] | null;
  cap: number[] | null;
  eps: number[] | null;
  accept: boolean;
}

export interface CompiledPattern {
  states: NfaState[];
  /** closure[s]: states reachable from s without consuming a token (s included). */
  closure: number[][];
  acceptsAfter: boolean[];
  start: number;
  maxSpan: number;
  firstWords: string[];
  startsWithNumber: boolean;
  startsWithCapital: boolean;
}

export type ClassResolver = (name: string) => PatternNode[] | undefined;

export function compilePattern(source: string, resolveClass: ClassResolver, spellings: Spellings = NO_SPELLINGS): CompiledPattern {
  const states: NfaState[] = [];
  const newState = (): number => {
    states.push({ edges: null, any: null, num: null, cap: null, eps: null, accept: false });
    return states.length - 1;
  };
  const push = (list: number[] | null, value: number): number[] => {
    const out = list ?? [];
    out.push(value);
    return out;
  };
  const addEdge = (from: number, word: string, to: number) => {
    const state = states[from]!;
    state.edges ??= new Map();
    state.edges.set(word, push(state.edges.get(word) ?? null, to));
  };
  const expanding = new Set<string>();

  const build = (node: PatternNode, from: number): number => {
    switch (node.kind) {
      case 'words': {
        const to = newState();
        for (const form of node.forms[0]!) addEdge(from, form, to);
        return to;
      }
      case 'seq': {
        let at = from;
        for (const item of node.items) at = build(item, at);
        return at;
      }
      case 'alt': {
        const to = newState();
        for (const option of node.options) {
          const end = build(option, from);
          states[end]!.eps = push(states[end]!.eps, to);
        }
        return to;
      }
      case 'opt': {
        const end = build(node.item, from);
        if (end !== from) states[from]!.eps = push(states[from]!.eps, end);
        return end;
      }
      case 'gap': {
        const to = newState();
        let at = from;
        if (node.min === 0) states[at]!.eps = push(states[at]!.eps, to);
        for (let k = 1; k <= node.max; k++) {
          const next = newState();
          states[at]!.any = push(states[at]!.any, next);
          at = next;
          if (k >= node.min) states[at]!.eps = push(states[at]!.eps, to);
        }
        return to;
      }
      case 'num': {
        const to = newState();
        states[from]!.num = push(states[from]!.num, to);
        return to;
      }
      case 'cap': {
        const to = newState();
        states[from]!.cap = push(states[from]!.cap, to);
        return to;
      }
      case 'class': {
        const entries = resolveClass(node.name);
        if (!entries) throw new PatternError(`unknown word class @${node.name} in pattern "${source}"`);
        if (expanding.has(node.name)) throw new PatternError(`word class @${node.name} refers to itself`);
        expanding.add(node.name);
        const to = newState();
        buildClass(entries, from, to, node.inflect);
        expanding.delete(node.name);
        return to;
      }
    }
  };

  // Plain word entries share prefixes (a trie), so a class of hundreds of entries stays small.
  const buildClass = (entries: PatternNode[], from: number, to: number, inflect: boolean) => {
    const trie = new Map<number, Map<string, number>>();
    for (const entry of entries) {
      const words = plainWords(entry);
      if (!words) {
        const end = build(entry, from);
        states[end]!.eps = push(states[end]!.eps, to);
        continue;
      }
      let at = from;
      words.forEach((word, i) => {
        const last = i === words.length - 1;
        const forms = last && inflect ? inflections(word) : [word];
        if (last) {
          for (const form of forms) addEdge(at, form, to);
          return;
        }
        const children = trie.get(at) ?? new Map<string, number>();
        trie.set(at, children);
        let child = children.get(word);
        if (child === undefined) {
          child = newState();
          children.set(word, child);
          addEdge(at, word, child);
        }
        at = child;
      });
    }
  };

  const start = newState();
  const tree = parsePattern(source, spellings);
  const end = build(tree, start);
  states[end]!.accept = true;

  const closure = states.map((_, s) => epsClosure(states, s));
  const acceptsAfter = closure.map((list) => list.some((s) => states[s]!.accept));
  if (acceptsAfter[start]) throw new PatternError(`pattern "${source}" can match nothing at all`);
  const firstWords = new Set<string>();
  let startsWithNumber = false;
  let startsWithCapital = false;
  for (const s of closure[start]!) {
    const state = states[s]!;
    if (state.any) throw new PatternError(`pattern "${source}" must not begin with a gap`);
    if (state.edges) for (const word of state.edges.keys()) firstWords.add(word);
    if (state.num) startsWithNumber = true;
    if (state.cap) startsWithCapital = true;
  }
  const maxSpan = longestPath(states, start);
  if (maxSpan > MAX_PATTERN_SPAN) throw new PatternError(`pattern "${source}" can span ${maxSpan} words; the limit is ${MAX_PATTERN_SPAN}`);
  return { states, closure, acceptsAfter, start, maxSpan, firstWords: [...firstWords], startsWithNumber, startsWithCapital };
}

function plainWords(node: PatternNode): string[] | null {
  if (node.kind === 'words') return node.forms[0]!.length === 1 ? [node.forms[0]![0]!] : null;
  if (node.kind === 'seq') {
    const out: string[] = [];
    for (const item of node.items) {
      const words = plainWords(item);
      if (!words) return null;
      out.push(...words);
    }
    return out.length ? out : null;
  }
  return null;
}

function epsClosure(states: NfaState[], s: number): number[] {
  if (!states[s]!.eps) return [s];
  const seen = new Set<number>([s]);
  const stack = [s];
  while (stack.length) {
    for (const next of states[stack.pop()!]!.eps ?? []) {
      if (!seen.has(next)) {
        seen.add(next);
        stack.push(next);
      }
    }
  }
  return [...seen].sort((a, b) => a - b);
}

/** Longest number of tokens any path consumes; the graph is acyclic by construction. */
function longestPath(states: NfaState[], start: number): number {
  const memo = new Int32Array(states.length).fill(-1);
  const visit = (s: number): number => {
    const known = memo[s]!;
    if (known >= 0) return known;
    const state = states[s]!;
    let best = 0;
    const consume = (targets: number[] | null) => {
      for (const t of targets ?? []) best = Math.max(best, 1 + visit(t));
    };
    if (state.edges) for (const targets of state.edges.values()) consume(targets);
    consume(state.any);
    consume(state.num);
    consume(state.cap);
    for (const t of state.eps ?? []) best = Math.max(best, visit(t));
    memo[s] = best;
    return best;
  };
  return visit(start);
}
