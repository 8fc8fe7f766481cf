/**
 * The transitions of one DFA state (rules/match.ts), by word key: an open-addressing hash table over a typed
 * array of keys. A scan steps once per word and candidate pattern set, which made the generic Map the
 * single hottest lookup of the engine; keys are small non-negative integers, so a multiplicative hash and
 * linear probing do the same job in a few array reads.
 */
export class Transitions<T> {
  /** key + 1 per slot; 0 marks an empty slot. */
  private keys = new Int32Array(8);
  private values: (T | undefined)[] = new Array<T | undefined>(8).fill(undefined);
  private count = 0;
  /** 32 - log2(capacity): the slot is the top bits of a multiplicative hash. */
  private shift = 29;

  get size(): number {
    return this.count;
  }

  /** The value stored for `key`, or undefined. */
  get(key: number): T | undefined {
    const keys = this.keys;
    const mask = keys.length - 1;
    const wanted = key + 1;
    for (let slot = Math.imul(wanted, 0x9e3779b1) >>> this.shift; ; slot = (slot + 1) & mask) {
      const k = keys[slot]!;
      if (k === wanted) return this.values[slot];
      if (k === 0) return undefined;
    }
  }

  set(key: number, value: T): void {
    if ((this.count + 1) * 2 > this.keys.length) this.grow();
    const keys = this.keys;
    const mask = keys.length - 1;
    const wanted = key + 1;
    for (let slot = Math.imul(wanted, 0x9e3779b1) >>> this.shift; ; slot = (slot + 1) & mask) {
      const k = keys[slot]!;
      if (k === wanted) {
        this.values[slot] = value;
        return;
      }
      if (k === 0) {
        keys[slot] = wanted;
        this.values[slot] = value;
        this.count++;
        return;
      }
    }
  }

  private grow(): void {
    const oldKeys = this.keys;
    const oldValues = this.values;
    this.keys = new Int32Array(oldKeys.length * 2);
    this.shift--;
    this.values = new Array<T | undefined>(oldKeys.length * 2).fill(undefined);
    this.count = 0;
    for (let slot = 0; slot < oldKeys.length; slot++) if (oldKeys[slot] !== 0) this.set(oldKeys[slot]! - 1, oldValues[slot] as T);
  }
}
