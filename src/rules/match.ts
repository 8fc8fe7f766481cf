import type { Token } from '../language/tokenize.js';
import type { CompiledPattern, NfaState } from './pattern.js';

/** A word token of the document with the segment it belongs to. */
export interface Word extends Token {
  segment: number;
}

/** A match of one pattern set over word indexes [start, end). */
export interface Match {
  set: number;
  start: number;
  end: number;
}

interface IndexedPattern {
  pattern: CompiledPattern;
  set: number;
}

/** The NFA of a pattern after consuming its first word: whether it accepts, and what could take it further. */
interface FirstStep {
  dead: boolean;
  accepts: boolean;
  any: boolean;
  num: boolean;
  cap: boolean;
  /** The states reached that have word edges: the next word continues the match only through one of them. */
  reached: NfaState[];
}

/**
 * The patterns that can start with one word. For each kind of first word (number or not, capitalised
 * or not) `steps` holds what the first step does, `always` the patterns that must be simulated whatever
 * comes next, and `byNext` the patterns that can go on, by the next word. Every other pattern cannot
 * match here, so a position costs a couple of lookups however many patterns share its first word.
 */
interface FirstWordGroup {
  word: string;
  entries: IndexedPattern[];
  summaries: (GroupSummary | undefined)[];
}

interface GroupSummary {
  steps: FirstStep[];
  always: number[];
  byNext: Map<string, number[]>;
}

interface Stepper {
  mark: Int32Array;
  stamp: number;
  current: Int32Array;
  next: Int32Array;
}

const FIRST_STEP_CACHE_LIMIT = 2000;
const NO_INDEXES: number[] = [];

/**
 * All patterns of a checker, indexed by the words they can start with, so each position of the text
 * looks only at the patterns that could begin there. Every pattern spans a bounded number of words,
 * so a scan costs time linear in the text.
 */
export class PatternIndex {
  private readonly byFirstWord = new Map<string, FirstWordGroup>();
  private readonly numberStarts: IndexedPattern[] = [];
  private readonly capitalStarts: IndexedPattern[] = [];
  /** First steps of numberStarts/capitalStarts patterns, by pattern, word kind and word; bounded. */
  private readonly looseSteps = new Map<IndexedPattern, Map<string, FirstStep>>();
  /** The same for patterns whose first step does not depend on the word itself (no word edges at the start), by kind. */
  private readonly looseStepsByFlags = new Map<IndexedPattern, (FirstStep | undefined)[]>();
  private setCount = 0;
  private maxStates = 1;

  /** Allocates a new pattern set (a rule's patterns, or one condition's) and returns its id. */
  newSet(): number {
    return this.setCount++;
  }

  get sets(): number {
    return this.setCount;
  }

  add(pattern: CompiledPattern, set: number): void {
    const entry: IndexedPattern = { pattern, set };
    this.maxStates = Math.max(this.maxStates, pattern.states.length);
    for (const word of pattern.firstWords) {
      const group = this.byFirstWord.get(word);
      if (group) {
        group.entries.push(entry);
        group.summaries = [];
      } else this.byFirstWord.set(word, { word, entries: [entry], summaries: [] });
    }
    if (pattern.startsWithNumber) this.numberStarts.push(entry);
    if (pattern.startsWithCapital) this.capitalStarts.push(entry);
  }

  /** Leftmost-longest, non-overlapping matches of every set, each list in text order. */
  scan(words: Word[]): Match[][] {
    const bySet: Match[][] = Array.from({ length: this.setCount }, () => []);
    // mark[state] === stamp: the state is already in the set being built for the current step.
    // current/next: the NFA's state sets, reused for every step (no allocation in the hot loop).
    const stepper: Stepper = {
      mark: new Int32Array(this.maxStates),
      stamp: 0,
      current: new Int32Array(this.maxStates),
      next: new Int32Array(this.maxStates),
    };
    for (let i = 0; i < words.length; i++) {
      const word = words[i]!;
      const group = this.byFirstWord.get(word.norm);
      if (group) this.tryGroup(group, words, i, bySet, stepper);
      if (word.kind === 'number' && this.numberStarts.length) this.tryLoose(this.numberStarts, words, i, bySet, stepper);
      if (word.capitalized && this.capitalStarts.length) this.tryLoose(this.capitalStarts, words, i, bySet, stepper);
      if (stepper.stamp > 2_000_000_000) {
        stepper.mark.fill(0);
        stepper.stamp = 0;
      }
    }
    return bySet;
  }

  /** The patterns of a first word, in the order they were added, skipping those that cannot match at i. */
  private tryGroup(group: FirstWordGroup, words: Word[], i: number, bySet: Match[][], stepper: Stepper): void {
    const word = words[i]!;
    const flags = (word.kind === 'number' ? 1 : 0) + (word.capitalized ? 2 : 0);
    const summary = (group.summaries[flags] ??= summarize(group, flags));
    const next = words[i + 1];
    const extra = next !== undefined && next.sentence === word.sentence ? (summary.byNext.get(next.norm) ?? NO_INDEXES) : NO_INDEXES;
    const always = summary.always;
    // Merge the two ascending index lists, so patterns are tried in the same order as before.
    let a = 0;
    let b = 0;
    while (a < always.length || b < extra.length) {
      let k: number;
      if (b >= extra.length || (a < always.length && always[a]! < extra[b]!)) k = always[a++]!;
      else if (a >= always.length || extra[b]! < always[a]!) k = extra[b++]!;
      else {
        k = always[a++]!;
        b++;
      }
      record(group.entries[k]!, summary.steps[k]!, words, i, bySet, stepper);
    }
  }

  private tryLoose(list: IndexedPattern[], words: Word[], i: number, bySet: Match[][], stepper: Stepper): void {
    const word = words[i]!;
    const flags = (word.kind === 'number' ? 1 : 0) + (word.capitalized ? 2 : 0);
    let key: string | undefined;
    for (let k = 0; k < list.length; k++) {
      const entry = list[k]!;
      let byFlags = this.looseStepsByFlags.get(entry);
      if (byFlags === undefined && !this.looseSteps.has(entry)) {
        const { states, closure, start } = entry.pattern;
        const wordEdges = closure[start]!.some((s) => states[s]!.edges !== null);
        if (!wordEdges) this.looseStepsByFlags.set(entry, (byFlags = []));
      }
      if (byFlags) {
        const step = (byFlags[flags] ??= firstStep(entry.pattern, word.norm, word.kind === 'number', word.capitalized));
        record(entry, step, words, i, bySet, stepper);
        continue;
      }
      key ??= `${flags}${word.norm}`;
      let cache = this.looseSteps.get(entry);
      if (!cache) this.looseSteps.set(entry, (cache = new Map()));
      let step = cache.get(key);
      if (!step) {
        step = firstStep(entry.pattern, word.norm, word.kind === 'number', word.capitalized);
        if (cache.size >= FIRST_STEP_CACHE_LIMIT) cache.clear();
        cache.set(key, step);
      }
      record(entry, step, words, i, bySet, stepper);
    }
  }
}

/** Tries one pattern at word i and records a leftmost-longest, non-overlapping match of its set. */
function record(entry: IndexedPattern, step: FirstStep, words: Word[], i: number, bySet: Match[][], stepper: Stepper): void {
  const { pattern, set } = entry;
  const found = bySet[set]!;
  const last = found[found.length - 1];
  if (last && last.end > i && last.start !== i) return;
  const end = quickEnd(step, words, i) ?? longestMatchAt(pattern, words, i, stepper);
  if (end <= i) return;
  if (last && last.start === i) {
    if (end > last.end) last.end = end;
  } else found.push({ set, start: i, end });
}

/**
 * What longestMatchAt returns when the first step alone decides it (the second word cannot continue
 * the pattern), or undefined when the NFA must be run.
 */
function quickEnd(step: FirstStep, words: Word[], i: number): number | undefined {
  if (step.dead) return -1;
  const next = words[i + 1];
  const canGoOn =
    next !== undefined &&
    next.sentence === words[i]!.sentence &&
    (step.any || (step.num && next.kind === 'number') || (step.cap && next.capitalized) || hasEdge(step.reached, next.norm));
  if (canGoOn) return undefined;
  return step.accepts ? i + 1 : -1;
}

function hasEdge(states: NfaState[], norm: string): boolean {
  for (let k = 0; k < states.length; k++) if (states[k]!.edges!.has(norm)) return true;
  return false;
}

function firstStep(pattern: CompiledPattern, norm: string, isNumber: boolean, isCapital: boolean): FirstStep {
  const { states, closure, acceptsAfter } = pattern;
  const reached = new Set<number>();
  for (const s of closure[pattern.start]!) {
    const state = states[s]!;
    const targets = [state.edges?.get(norm), state.any, isNumber ? state.num : null, isCapital ? state.cap : null];
    for (const list of targets) if (list) for (const t of list) for (const c of closure[t]!) reached.add(c);
  }
  const step: FirstStep = { dead: reached.size === 0, accepts: false, any: false, num: false, cap: false, reached: [] };
  for (const c of reached) {
    const state = states[c]!;
    if (acceptsAfter[c]) step.accepts = true;
    if (state.any) step.any = true;
    if (state.num) step.num = true;
    if (state.cap) step.cap = true;
    if (state.edges) step.reached.push(state);
  }
  return step;
}

function summarize(group: FirstWordGroup, flags: number): GroupSummary {
  const summary: GroupSummary = { steps: [], always: [], byNext: new Map() };
  group.entries.forEach((entry, k) => {
    const step = firstStep(entry.pattern, group.word, (flags & 1) !== 0, (flags & 2) !== 0);
    summary.steps.push(step);
    if (step.dead) return;
    if (step.accepts || step.any || step.num || step.cap) {
      summary.always.push(k);
      return;
    }
    for (const state of step.reached)
      for (const norm of state.edges!.keys()) {
        const list = summary.byNext.get(norm);
        if (!list) summary.byNext.set(norm, [k]);
        else if (list[list.length - 1] !== k) list.push(k);
      }
  });
  return summary;
}

/** Simulates the pattern's NFA from word `i`; returns the end of the longest match, or -1. */
function longestMatchAt(pattern: CompiledPattern, words: Word[], i: number, stepper: Stepper): number {
  const { states, closure, acceptsAfter } = pattern;
  const mark = stepper.mark;
  let current = stepper.current;
  let next = stepper.next;
  const first = closure[pattern.start]!;
  let size = first.length;
  for (let k = 0; k < size; k++) current[k] = first[k]!;
  const sentence = words[i]!.sentence;
  let best = -1;
  for (let j = i; j < words.length && size; j++) {
    const word = words[j]!;
    if (word.sentence !== sentence) break;
    const stamp = ++stepper.stamp;
    const isNumber = word.kind === 'number';
    const isCapital = word.capitalized;
    let nextSize = 0;
    let accepted = false;
    for (let k = 0; k < size; k++) {
      const state = states[current[k]!]!;
      for (let edge = 0; edge < 4; edge++) {
        const targets = edge === 0 ? state.edges?.get(word.norm) : edge === 1 ? state.any : edge === 2 ? (isNumber ? state.num : null) : isCapital ? state.cap : null;
        if (!targets) continue;
        for (let t = 0; t < targets.length; t++) {
          const reach = closure[targets[t]!]!;
          for (let r = 0; r < reach.length; r++) {
            const c = reach[r]!;
            if (mark[c] !== stamp) {
              mark[c] = stamp;
              next[nextSize++] = c;
              if (acceptsAfter[c]) accepted = true;
            }
          }
        }
      }
    }
    const swap = current;
    current = next;
    next = swap;
    size = nextSize;
    if (accepted) best = j + 1;
  }
  return best;
}
