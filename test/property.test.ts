import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { assess } from '../src/index.js';

const vietnameseish = fc.array(
  fc.constantFrom('nữ', 'bác sĩ', 'xinh đẹp', 'NỮ', 'phái yếu', 'Nữ'.normalize('NFD'), 'thuỳ mị', '“', '”', '"', '.', 'PGS.', 'TS.', '\n', '\u200B', '\u00AD', '**', '<p>', '</p>', '# ', '`', 'https://x.vn', '&amp;', 'lady doctor', ' '),
  { maxLength: 60 },
).map((parts) => parts.join(' '));

describe('assess never throws and keeps offsets in range', () => {
  it('for arbitrary strings in every format', () => {
    fc.assert(
      fc.property(fc.oneof(fc.string({ unit: 'grapheme', maxLength: 300 }), fc.string({ unit: 'binary', maxLength: 300 }), vietnameseish), fc.constantFrom('text', 'markdown', 'html', 'auto'), (input, format) => {
        const a = assess(input, { format: format as 'text' });
        expect(a.verdict.reasons.join()).not.toMatch(/internal error/);
        for (const f of a.findings) {
          expect(f.start).toBeGreaterThanOrEqual(0);
          expect(f.end).toBeGreaterThanOrEqual(f.start);
          expect(f.end).toBeLessThanOrEqual(input.length);
          expect(input.slice(f.start, f.end)).toBe(f.text);
        }
      }),
      { numRuns: 400 },
    );
  });

  it('is deterministic: the same input gives byte-identical JSON', () => {
    fc.assert(
      fc.property(vietnameseish, (input) => {
        expect(JSON.stringify(assess(input))).toBe(JSON.stringify(assess(input)));
      }),
      { numRuns: 100 },
    );
  });
});
