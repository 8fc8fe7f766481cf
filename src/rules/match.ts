import type { Token } from '../language/tokenize.js';
import type { CompiledPattern } from './pattern.js';

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

/**
 * All patterns of a checker, indexed by the words they can start with, so each position of the text
 * looks only at the patterns that could begin there. Every pattern spans a bounded number of words,
 * so a scan costs time linear in the text.
 */
export class PatternIndex {
  private readonly byFirstWord = new Map<string, IndexedPattern[]>();
  private readonly numberStarts: IndexedPattern[] = [];
  private readonly capitalStarts: IndexedPattern[] = [];
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
    const entry = { pattern, set };
    this.maxStates = Math.max(this.maxStates, pattern.states.length);
    for (const word of pattern.firstWords) {
      const list = this.byFirstWord.get(word);
      if (list) list.push(entry);
      else this.byFirstWord.set(word, [entry]);
    }
    if (pattern.startsWithNumber) this.numberStarts.push(entry);
    if (pattern.startsWithCapital) this.capitalStarts.push(entry);
  }

  /** Leftmost-longest, non-overlapping matches of every set, each list in text order. */
  scan(words: Word[]): Match[][] {
    const bySet: Match[][] = Array.from({ length: this.setCount }, () => []);
    // mark[state] === stamp: the state is already in the set being built for the current step.
    const stepper = { mark: new Int32Array(this.maxStates), stamp: 0 };
    for (let i = 0; i < words.length; i++) {
      const word = words[i]!;
      const candidates = this.byFirstWord.get(word.norm);
      const tryAll = (list: IndexedPattern[] | undefined) => {
        if (!list) return;
        for (const { pattern, set } of list) {
          const found = bySet[set]!;
          const last = found[found.length - 1];
          if (last && last.end > i && last.start !== i) continue;
          const end = longestMatchAt(pattern, words, i, stepper);
          if (end <= i) continue;
          if (last && last.start === i) {
            if (end > last.end) last.end = end;
          } else found.push({ set, start: i, end });
        }
      };
      tryAll(candidates);
      if (word.kind === 'number') tryAll(this.numberStarts);
      if (word.capitalized) tryAll(this.capitalStarts);
      if (stepper.stamp > 2_000_000_000) {
        stepper.mark.fill(0);
        stepper.stamp = 0;
      }
    }
    return bySet;
  }
}

/** Simulates the pattern's NFA from word `i`; returns the end of the longest match, or -1. */
function longestMatchAt(pattern: CompiledPattern, words: Word[], i: number, stepper: { mark: Int32Array; stamp: number }): number {
  const { states, closure, acceptsAfter } = pattern;
  const mark = stepper.mark;
  let current = closure[pattern.start]!;
  const sentence = words[i]!.sentence;
  let best = -1;
  for (let j = i; j < words.length && current.length; j++) {
    const word = words[j]!;
    if (word.sentence !== sentence) break;
    const stamp = ++stepper.stamp;
    const next: number[] = [];
    const take = (targets: number[] | null | undefined) => {
      if (!targets) return;
      for (const t of targets)
        for (const c of closure[t]!) {
          if (mark[c] !== stamp) {
            mark[c] = stamp;
            next.push(c);
          }
        }
    };
    for (const s of current) {
      const state = states[s]!;
      if (state.edges) take(state.edges.get(word.norm));
      take(state.any);
      if (word.kind === 'number') take(state.num);
      if (word.capitalized) take(state.cap);
    }
    current = next;
    if (next.some((s) => acceptsAfter[s])) best = j + 1;
  }
  return best;
}
