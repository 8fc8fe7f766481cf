import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { Transitions } from '../src/rules/transitions.js';

describe('Transitions', () => {
  it('stores and finds what a Map would, through growth and overwrites', () => {
    fc.assert(
      fc.property(fc.array(fc.tuple(fc.integer({ min: 0, max: 1 << 20 }), fc.integer()), { maxLength: 300 }), fc.array(fc.integer({ min: 0, max: 1 << 20 }), { maxLength: 50 }), (writes, reads) => {
        const table = new Transitions<number>();
        const map = new Map<number, number>();
        for (const [key, value] of writes) {
          table.set(key, value);
          map.set(key, value);
        }
        expect(table.size).toBe(map.size);
        for (const [key] of writes) expect(table.get(key)).toBe(map.get(key));
        for (const key of reads) expect(table.get(key)).toBe(map.get(key));
      }),
    );
  });
});
