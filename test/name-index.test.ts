import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { NameIndex } from '../src/analysis/name-index.js';

/*
 * NameIndex must give exactly what the people analysis used to compute by scanning every person indexed under the
 * first or last word of a name (people.ts, matchNamed and namedByTail). Here both run side by side over random
 * histories of people, longer names and merges.
 */

type Lang = 'vi' | 'en';

interface Person {
  words: string[];
  named: boolean;
  merged: number | null;
}

function nameContains(lang: Lang, long: string[], short: string[]): boolean {
  if (lang === 'vi') return short.every((w, k) => long[long.length - short.length + k] === w);
  if (short.length === 1) return long[long.length - 1] === short[0] || long[0] === short[0];
  return long[0] === short[0] && long[long.length - 1] === short[short.length - 1];
}

const sameName = (lang: Lang, a: string[], words: string[]) =>
  a.length === words.length ? a.every((x, k) => x === words[k]) : nameContains(lang, a.length > words.length ? a : words, a.length > words.length ? words : a);

const word = fc.constantFrom('nguyen', 'van', 'lan', 'hung');
const name = fc.array(word, { minLength: 1, maxLength: 3 });
const step = fc.oneof(
  fc.record({ op: fc.constant('new' as const), words: name, named: fc.boolean() }),
  fc.record({ op: fc.constant('longer' as const), who: fc.nat(), words: name }),
  fc.record({ op: fc.constant('merge' as const), who: fc.nat(), into: fc.nat() }),
  fc.record({ op: fc.constant('ask' as const), words: name, seed: fc.nat() }),
);

function replay(lang: Lang, steps: Array<Record<string, unknown>>): void {
  const persons: Person[] = [];
  const byEdge = new Map<string, Set<number>>();
  const index = new NameIndex(lang);
  const find = (p: number) => {
    while (persons[p]!.merged !== null) p = persons[p]!.merged!;
    return p;
  };
  const add = (person: number, words: string[]) => {
    for (const key of [words[0]!, words[words.length - 1]!]) {
      if (!byEdge.has(key)) byEdge.set(key, new Set());
      byEdge.get(key)!.add(person);
    }
    index.add(person, words);
  };
  for (const s of steps) {
    if (s.op === 'new') {
      persons.push({ words: s.words as string[], named: s.named as boolean, merged: null });
      add(persons.length - 1, s.words as string[]);
    } else if (s.op === 'longer' && persons.length) {
      const p = find((s.who as number) % persons.length);
      if (persons[p]!.named && (s.words as string[]).length > persons[p]!.words.length) {
        persons[p]!.words = s.words as string[];
        add(p, s.words as string[]);
      }
    } else if (s.op === 'merge' && persons.length) {
      // As in people.ts: an unnamed person is merged into a named one.
      const other = find((s.who as number) % persons.length);
      const self = find((s.into as number) % persons.length);
      if (!persons[other]!.named && persons[self]!.named && other !== self) {
        persons[other]!.merged = self;
        index.noteMerged(other, persons[other]!.words);
      }
    } else if (s.op === 'ask') {
      const words = s.words as string[];
      // Gender compatibility stands for any per-person test: here a pseudo-random subset fails.
      const passes = (p: number) => (p * 7 + (s.seed as number)) % 5 !== 0;
      const refersTo = (c: number) => {
        const p = find(c);
        return persons[p]!.named && passes(p) && sameName(lang, persons[p]!.words, words);
      };
      let best: number | null = null;
      for (const key of [words[0]!, words[words.length - 1]!])
        for (const c of byEdge.get(key) ?? []) {
          if (best !== null && c <= best) continue;
          if (refersTo(c)) best = c;
        }
      const isMerged = (p: number) => persons[p]!.merged !== null;
      expect(index.latestByEdges(words, refersTo, isMerged, (c) => c)).toBe(best);

      const endsWith = (c: number) => {
        const p = find(c);
        return persons[p]!.named && passes(p) && persons[p]!.words.length > words.length && nameContains(lang, persons[p]!.words, words);
      };
      let tail: number | null = null;
      for (const c of byEdge.get(words[words.length - 1]!) ?? []) {
        if (!endsWith(c)) continue;
        const p = find(c);
        if (tail === null || p > tail) tail = p;
      }
      expect(index.latestByTail(words, endsWith, isMerged, find)).toBe(tail);
    }
  }
}

describe('NameIndex', () => {
  for (const lang of ['vi', 'en'] as const) {
    it(`answers as a scan of every person sharing an edge word would (${lang})`, () => {
      fc.assert(
        fc.property(fc.array(step, { maxLength: 80 }), (steps) => replay(lang, steps as Array<Record<string, unknown>>)),
        { numRuns: 1000 },
      );
    });
  }
});
