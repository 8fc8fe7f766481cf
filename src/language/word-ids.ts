/**
 * Interned integer ids of normalised words, so per-word tables (a checker's pattern vocabulary, the people
 * lexicon) are read by array index instead of a string-keyed Map lookup per token.
 *
 * The table only grows, and ids mean nothing outside this process: no result depends on them, only speed (a
 * word without an id is looked up by its string). It stops taking new words at a fixed size, so a long-running
 * service that reads endless distinct words (numbers, names, typos) keeps a bounded amount of memory here.
 */
export const NO_WORD_ID = -1;
const MAX_WORD_IDS = 1 << 15;
const ids = new Map<string, number>();

/** The id of a normalised word (NO_WORD_ID once the table is full and the word is new). */
export function wordId(norm: string): number {
  let id = ids.get(norm);
  if (id === undefined) {
    if (ids.size >= MAX_WORD_IDS) return NO_WORD_ID;
    ids.set(norm, (id = ids.size));
  }
  return id;
}

/**
 * A value per word id, computed from the word the first time the id is seen (`compute` must depend on the word
 * alone). Words without an id are computed every time.
 */
export class WordIdCache<T> {
  private values: (T | undefined)[] = [];

  constructor(private readonly compute: (norm: string) => T) {}

  get(id: number, norm: string): T {
    if (id < 0) return this.compute(norm);
    const values = this.values;
    if (id < values.length) {
      const known = values[id];
      if (known !== undefined) return known;
    } else {
      // Grown in steps and filled, so the array stays packed (fast element reads).
      const grown = new Array<T | undefined>(Math.max(id + 1, values.length * 2, 1024)).fill(undefined);
      for (let k = 0; k < values.length; k++) grown[k] = values[k];
      this.values = grown;
    }
    const value = this.compute(norm);
    this.values[id] = value;
    return value;
  }
}
