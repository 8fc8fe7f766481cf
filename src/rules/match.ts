import type { Token } from '../language/tokenize.js';
import { WordIdCache } from '../language/word-ids.js';
import { Transitions } from './transitions.js';
import type { CompiledPattern } from './pattern.js';

/** A word or number token of the document (tokens carry the segment they belong to). */
export type Word = Token;

/** A match of one pattern set over word indexes [start, end). */
export interface Match {
  set: number;
  start: number;
  end: number;
}

/*
 * How the scan works. Words are mapped to small integers once per document: the id of the word in the
 * vocabulary of all patterns (0 for every other word), times 4, plus two flags (number, capitalised).
 * All patterns of one set are united into one NFA, and that NFA is run as a DFA built lazily, one
 * transition at a time, and cached on the checker: a state is a set of NFA states, a transition is
 * looked up by the word key. Because every word outside the vocabulary shares id 0, the cache stays
 * small, and a step of the scan costs one Map lookup whatever the number of patterns.
 *
 * At each position only the sets whose start state can take the word are run (a table by word key),
 * so most words cost one array lookup. Patterns span a bounded number of words (pattern.ts), so a
 * scan costs time linear in the text. The caches only remember what was computed; results never
 * depend on them, so assess stays deterministic however a checker has been used before.
 */

const NUM = 1;
const CAP = 2;
/** A set's DFA is rebuilt from scratch when it grows past this many states (memory stays bounded). */
const DFA_STATE_LIMIT = 20_000;
const NO_SETS = new Int32Array(0);
/** A state remembers at most this many transitions of words without an edge of their own (one lookup, not two). */
const ALIAS_LIMIT = 1024;

/** One NFA state of a set, with word ids for edges and every target list already epsilon-closed. */
interface SetNfaState {
  edges: Map<number, number[]> | null;
  any: number[] | null;
  num: number[] | null;
  cap: number[] | null;
  accept: boolean;
}

interface DfaState {
  /** The NFA states, sorted. */
  nfa: Int32Array;
  accepting: boolean;
  /** The flag bits that change where this state goes (NUM if a state has #NUM edges, CAP for #CAP). */
  mask: number;
  /** Word ids with an edge from one of the NFA states (others go where id 0 goes). */
  ids: Set<number> | null;
  /** Transitions computed so far, by word key (id * 4 + flags & mask), some words without an edge aliased; null is the dead state. */
  next: Transitions<DfaState | null>;
}

class SetAutomaton {
  private states = new Map<string, DfaState>();
  start: DfaState;

  constructor(
    readonly nfa: SetNfaState[],
    readonly initial: Int32Array,
  ) {
    this.start = this.state(initial);
  }

  /** Where `from` goes on a word with this key, computing the transition on first use. */
  step(from: DfaState, key: number): DfaState | null {
    const masked = key & (from.mask | ~3);
    // The common case: this word was seen from here before (its own entry, or an alias of the unknown word's).
    const seen = from.next.get(masked);
    if (seen !== undefined) return seen;
    // Words without an edge from here behave like every other unknown word.
    const k = from.ids === null || !from.ids.has(masked >> 2) ? masked & 3 : masked;
    let to = from.next.get(k);
    if (to === undefined) {
      to = this.follow(from, k);
      from.next.set(k, to);
    }
    if (k !== masked && from.next.size < ALIAS_LIMIT) from.next.set(masked, to);
    return to;
  }

  /** Starts over when the cache has grown too large (returns true then); called between runs only. */
  bound(): boolean {
    if (this.states.size <= DFA_STATE_LIMIT) return false;
    this.states = new Map();
    this.start = this.state(this.initial);
    return true;
  }

  private follow(from: DfaState, key: number): DfaState | null {
    const id = key >> 2;
    const reached = new Set<number>();
    const add = (list: number[] | null | undefined) => {
      if (list) for (let t = 0; t < list.length; t++) reached.add(list[t]!);
    };
    for (let k = 0; k < from.nfa.length; k++) {
      const state = this.nfa[from.nfa[k]!]!;
      if (id !== 0 && state.edges) add(state.edges.get(id));
      add(state.any);
      if (key & NUM) add(state.num);
      if (key & CAP) add(state.cap);
    }
    if (reached.size === 0) return null;
    return this.state(Int32Array.from([...reached].sort((a, b) => a - b)));
  }

  private state(nfa: Int32Array): DfaState {
    const name = nfa.join(',');
    let state = this.states.get(name);
    if (state) return state;
    let accepting = false;
    let mask = 0;
    let ids: Set<number> | null = null;
    for (let k = 0; k < nfa.length; k++) {
      const s = this.nfa[nfa[k]!]!;
      if (s.accept) accepting = true;
      if (s.num) mask |= NUM;
      if (s.cap) mask |= CAP;
      if (s.edges) {
        ids ??= new Set();
        for (const id of s.edges.keys()) ids.add(id);
      }
    }
    state = { nfa, accepting, mask, ids, next: new Transitions() };
    this.states.set(name, state);
    return state;
  }
}

/** The eager sets that can start with one word key, and the state each reaches on it (saves a lookup per set). */
interface EagerStarts {
  sets: Int32Array;
  firsts: DfaState[];
}

const NO_STARTS: EagerStarts = { sets: NO_SETS, firsts: [] };

interface CompiledIndex {
  vocabulary: Map<string, number>;
  /** A word's vocabulary id (0: none), by its interned id. */
  vocabularyIds: WordIdCache<number>;
  /** By set; built when the set is first used. */
  automata: (SetAutomaton | undefined)[];
  automaton: (set: number) => SetAutomaton;
  /** By word key: the eager sets whose start state can take that word (filled on first use). */
  eagerStarts: (EagerStarts | undefined)[];
  /** By set, by word key: 0 not known yet, 1 the set can start with that word, 2 it cannot. */
  startable: (Uint8Array | undefined)[];
}

/**
 * A set's automaton in a compact form, built ahead of time for the built-in packs (see
 * scripts/build-automata.ts), so a run does not compile hundreds of patterns before its first check.
 * `states` lists, for each NFA state: flags (1 accepting, 2 word edges, 4 any, 8 number, 16 capital);
 * with word edges, their count and for each the word id, the number of targets and the targets; then,
 * for each of any/number/capital present, the number of targets and the targets. Targets are closed
 * under epsilon moves. Word ids index `vocabulary` (id 1 is its first word).
 */
export interface PackedSet {
  initial: number[];
  states: number[];
}

export interface PackedAutomata {
  vocabulary: string[];
  /** By the JSON of the set's pattern list. */
  sets: Record<string, PackedSet>;
}

const ACCEPT = 1;
const EDGES = 2;
const ANY = 4;
const NUMBER = 8;
const CAPITAL = 16;

function unpack(packed: PackedSet): SetAutomaton {
  const data = packed.states;
  const nfa: SetNfaState[] = [];
  let p = 0;
  const targets = (): number[] => {
    const count = data[p++]!;
    const list = data.slice(p, p + count);
    p += count;
    return list;
  };
  while (p < data.length) {
    const flags = data[p++]!;
    let edges: Map<number, number[]> | null = null;
    if (flags & EDGES) {
      edges = new Map();
      for (let count = data[p++]!; count > 0; count--) {
        const id = data[p++]!;
        edges.set(id, targets());
      }
    }
    const any = flags & ANY ? targets() : null;
    const num = flags & NUMBER ? targets() : null;
    const cap = flags & CAPITAL ? targets() : null;
    nfa.push({ edges, any, num, cap, accept: (flags & ACCEPT) !== 0 });
  }
  return new SetAutomaton(nfa, Int32Array.from(packed.initial));
}

function pack(automaton: SetAutomaton): PackedSet {
  const states: number[] = [];
  const push = (list: number[]) => states.push(list.length, ...list);
  for (const state of automaton.nfa) {
    states.push((state.accept ? ACCEPT : 0) | (state.edges ? EDGES : 0) | (state.any ? ANY : 0) | (state.num ? NUMBER : 0) | (state.cap ? CAPITAL : 0));
    if (state.edges) {
      states.push(state.edges.size);
      for (const [id, list] of state.edges) {
        states.push(id);
        push(list);
      }
    }
    if (state.any) push(state.any);
    if (state.num) push(state.num);
    if (state.cap) push(state.cap);
  }
  return { initial: [...automaton.initial], states };
}

/** A set's NFA: its patterns side by side, word edges by vocabulary id, targets closed under epsilon moves. */
function unite(patterns: CompiledPattern[], idOf: (word: string) => number): SetAutomaton {
  const nfa: SetNfaState[] = [];
  const initial = new Set<number>();
  for (const pattern of patterns) {
    const base = nfa.length;
    const { states, closure, acceptsAfter } = pattern;
    const closed = (targets: number[] | null): number[] | null => {
      if (!targets) return null;
      if (targets.length === 1) return closure[targets[0]!]!.map((c) => base + c);
      const out = new Set<number>();
      for (const t of targets) for (const c of closure[t]!) out.add(base + c);
      return [...out].sort((a, b) => a - b);
    };
    states.forEach((state, s) => {
      let edges: Map<number, number[]> | null = null;
      if (state.edges) {
        edges = new Map();
        for (const [word, targets] of state.edges) edges.set(idOf(word), closed(targets)!);
      }
      nfa.push({ edges, any: closed(state.any), num: closed(state.num), cap: closed(state.cap), accept: acceptsAfter[s]! });
    });
    for (const c of closure[pattern.start]!) initial.add(base + c);
  }
  return new SetAutomaton(nfa, Int32Array.from([...initial].sort((a, b) => a - b)));
}

/**
 * All patterns of a checker, grouped in sets (a rule's patterns, or one condition's). Patterns are
 * added while a checker is compiled, or come ready-made (`packed`, for the built-in packs); the
 * automata are built when a set is first used.
 */
export class PatternIndex {
  private readonly patterns: (CompiledPattern[] | PackedSet)[] = [];
  private readonly eager: boolean[] = [];
  private compiled: CompiledIndex | null = null;

  constructor(private readonly packed: PackedAutomata | null = null) {}

  /** Allocates a new pattern set and returns its id. */
  newSet(): number {
    this.patterns.push([]);
    this.eager.push(false);
    this.compiled = null;
    return this.patterns.length - 1;
  }

  get sets(): number {
    return this.patterns.length;
  }

  add(pattern: CompiledPattern, set: number): void {
    const list = this.patterns[set]!;
    if (!Array.isArray(list)) throw new Error(`pattern set ${set} is ready-made`);
    list.push(pattern);
    this.compiled = null;
  }

  /** The ready-made automaton of a set with these patterns, if there is one; it becomes the set's. */
  addPacked(set: number, patternsKey: string): boolean {
    const packed = this.packed && Object.hasOwn(this.packed.sets, patternsKey) ? this.packed.sets[patternsKey]! : undefined;
    if (!packed || (this.patterns[set] as CompiledPattern[]).length) return false;
    this.patterns[set] = packed;
    this.compiled = null;
    return true;
  }

  /**
   * Marks a set whose matches are needed for nearly every document (a rule's own patterns): the scan
   * finds those of all eager sets in one pass. Other sets (conditions) are matched when first asked
   * for, often only in the few sentences where a rule matched. Only speed depends on this.
   */
  markEager(set: number): void {
    this.eager[set] = true;
    this.compiled = null;
  }

  /** The matches of every set over a document's words, found when first asked for. */
  scan(words: Word[]): DocumentMatches {
    return new DocumentMatches((this.compiled ??= this.compile()), this.eager, words);
  }

  /** Every set in the compact form, keyed by `keys[set]` (used to build the ready-made automata). */
  pack(keys: string[]): PackedAutomata {
    const compiled = (this.compiled ??= this.compile());
    const sets: Record<string, PackedSet> = {};
    keys.forEach((key, set) => (sets[key] = pack(compiled.automaton(set))));
    return { vocabulary: [...compiled.vocabulary.keys()], sets };
  }

  private compile(): CompiledIndex {
    const vocabulary = new Map<string, number>();
    this.packed?.vocabulary.forEach((word, k) => vocabulary.set(word, k + 1));
    const idOf = (word: string) => {
      let id = vocabulary.get(word);
      if (id === undefined) vocabulary.set(word, (id = vocabulary.size + 1));
      return id;
    };
    // Patterns compiled here are united now, so the vocabulary is complete before any document is scanned;
    // ready-made sets are unpacked when first used.
    const automata = this.patterns.map((patterns) => (Array.isArray(patterns) ? unite(patterns, idOf) : undefined));
    const automaton = (set: number) => (automata[set] ??= unpack(this.patterns[set] as PackedSet));
    // Filled up front so the tables stay plain arrays (not dictionaries) when entries are set later.
    const keys = (vocabulary.size + 1) * 4;
    const vocabularyIds = new WordIdCache((norm) => vocabulary.get(norm) ?? 0);
    return { vocabulary, vocabularyIds, automata, automaton, eagerStarts: new Array<EagerStarts | undefined>(keys).fill(undefined), startable: new Array<undefined>(automata.length).fill(undefined) };
  }
}

/**
 * The matches of one document: leftmost-longest and non-overlapping for each set, in text order.
 * A match never crosses a sentence, so the matches of a set within one sentence are found by scanning
 * that sentence alone, with the same result as a scan of the whole document.
 */
export class DocumentMatches {
  private readonly keys: Int32Array;
  private readonly sentences: Int32Array;
  private readonly bySet: (Match[] | undefined)[];
  private readonly bySentence = new Map<number, Match[]>();

  constructor(
    private readonly index: CompiledIndex,
    eager: readonly boolean[],
    words: Word[],
  ) {
    const { vocabularyIds, automata } = index;
    const n = words.length;
    this.keys = new Int32Array(n);
    this.sentences = new Int32Array(n);
    for (let i = 0; i < n; i++) {
      const word = words[i]!;
      this.keys[i] = (vocabularyIds.get(word.id, word.norm) << 2) | (word.kind === 'number' ? NUM : 0) | (word.capitalized ? CAP : 0);
      this.sentences[i] = word.sentence;
    }
    let restarted = false;
    for (const automaton of automata) if (automaton?.bound()) restarted = true;
    // The first states remembered for the eager scan belong to the discarded caches: let them go too.
    if (restarted) index.eagerStarts.fill(undefined);
    this.bySet = new Array<Match[] | undefined>(automata.length).fill(undefined);
    for (let set = 0; set < automata.length; set++) if (eager[set]) this.bySet[set] = [];
    this.scanEager();
  }

  /** Every match of a set in the document. */
  all(set: number): Match[] {
    return (this.bySet[set] ??= this.scanRange(set, 0, this.keys.length));
  }

  /** The matches of a set in one sentence. */
  inSentence(set: number, sentence: number): Match[] {
    const found = this.bySet[set];
    const from = lowerBound(this.sentences, sentence);
    const to = lowerBound(this.sentences, sentence + 1);
    if (found) {
      // The set's matches are in text order: the sentence's are a slice of them.
      let lo = 0;
      let hi = found.length;
      while (lo < hi) {
        const mid = (lo + hi) >> 1;
        if (found[mid]!.start < from) lo = mid + 1;
        else hi = mid;
      }
      let end = lo;
      while (end < found.length && found[end]!.start < to) end++;
      return found.slice(lo, end);
    }
    const key = set * (this.keys.length + 1) + from;
    let list = this.bySentence.get(key);
    if (!list) this.bySentence.set(key, (list = this.scanRange(set, from, to)));
    return list;
  }

  /** One pass over the document for all eager sets together. */
  private scanEager(): void {
    const { keys, sentences, bySet } = this;
    const { automata, automaton, eagerStarts } = this.index;
    const free = new Int32Array(automata.length);
    for (let i = 0; i < keys.length; i++) {
      const key = keys[i]!;
      const { sets, firsts } = eagerStarts[key] ?? (eagerStarts[key] = this.startsFor(key));
      for (let c = 0; c < sets.length; c++) {
        const set = sets[c]!;
        if (free[set]! > i) continue;
        const end = longestMatchFrom(automaton(set), firsts[c]!, keys, sentences, i);
        if (end > i) {
          bySet[set]!.push({ set, start: i, end });
          free[set] = end;
        }
      }
    }
  }

  private startsFor(key: number): EagerStarts {
    const sets: number[] = [];
    const firsts: DfaState[] = [];
    for (let set = 0; set < this.bySet.length; set++) {
      if (!this.bySet[set] || !this.canStart(set, key)) continue;
      const automaton = this.index.automaton(set);
      sets.push(set);
      firsts.push(automaton.step(automaton.start, key)!);
    }
    return sets.length ? { sets: Int32Array.from(sets), firsts } : NO_STARTS;
  }

  private canStart(set: number, key: number): boolean {
    const table = (this.index.startable[set] ??= new Uint8Array(this.index.eagerStarts.length));
    if (table[key] === 0) {
      const automaton = this.index.automaton(set);
      table[key] = automaton.step(automaton.start, key) === null ? 2 : 1;
    }
    return table[key] === 1;
  }

  private scanRange(set: number, from: number, to: number): Match[] {
    const { keys, sentences } = this;
    const automaton = this.index.automaton(set);
    const found: Match[] = [];
    for (let i = from; i < to; i++) {
      if (!this.canStart(set, keys[i]!)) continue;
      const end = longestMatch(automaton, keys, sentences, i);
      if (end > i) {
        found.push({ set, start: i, end });
        i = end - 1;
      }
    }
    return found;
  }
}

/** The first index whose value is at least `value` (the array is sorted). */
function lowerBound(values: Int32Array, value: number): number {
  let lo = 0;
  let hi = values.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (values[mid]! < value) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}
/** longestMatch, given the state the automaton reached on word i. */
function longestMatchFrom(automaton: SetAutomaton, first: DfaState, keys: Int32Array, sentences: Int32Array, i: number): number {
  const sentence = sentences[i]!;
  let state: DfaState | null = first;
  let best = first.accepting ? i + 1 : -1;
  for (let j = i + 1; j < keys.length && sentences[j] === sentence; j++) {
    state = automaton.step(state, keys[j]!);
    if (state === null) break;
    if (state.accepting) best = j + 1;
  }
  return best;
}

/** Runs a set's automaton from word i; returns the end of the longest match, or -1. */
function longestMatch(automaton: SetAutomaton, keys: Int32Array, sentences: Int32Array, i: number): number {
  const sentence = sentences[i]!;
  let state: DfaState | null = automaton.start;
  let best = -1;
  for (let j = i; j < keys.length && sentences[j] === sentence; j++) {
    state = automaton.step(state, keys[j]!);
    if (state === null) break;
    if (state.accepting) best = j + 1;
  }
  return best;
}
