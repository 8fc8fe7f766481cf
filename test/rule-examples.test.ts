import { describe, expect, it } from 'vitest';
import { assess, BUILTIN_PACKS, createChecker } from '../src/index.js';

// Every rule carries examples that must and must not match; they run here, from the packs themselves, one rule at a
// time, so that a stronger rule of the same family flagging the same words cannot hide the one under test.
const FAMILIES_OFF = { stereotyping: 'off', violence: 'off', representation: 'off' } as const;
for (const pack of BUILTIN_PACKS) {
  describe(`rules/${pack.lang}/${pack.family}`, () => {
    for (const rule of pack.rules) {
      const checker = createChecker({ extends: ['recommended', 'recruitment'], rules: { ...FAMILIES_OFF, [rule.id]: rule.severity } });
      const fired = (text: string) => assess(text, { lang: pack.lang, config: checker }).findings.filter((f) => f.ruleId === rule.id);
      it.each(rule.examples.match)(`${rule.id} matches %s`, (text) => {
        const found = fired(text);
        expect(found.length, `${rule.id} should fire on: ${text}`).toBeGreaterThan(0);
        for (const f of found) if (f.scope === 'span') expect(text.slice(f.start, f.end)).toBe(f.text);
      });
      it.each(rule.examples.noMatch)(`${rule.id} does not match %s`, (text) => {
        expect(fired(text).map((f) => f.text), `${rule.id} should not fire on: ${text}`).toEqual([]);
      });
    }
  });
}

describe('every rule is documented', () => {
  it('cites indicator codes and explains itself in Vietnamese and English with a suggestion', () => {
    for (const pack of BUILTIN_PACKS)
      for (const rule of pack.rules) {
        expect(rule.indicators.length, rule.id).toBeGreaterThan(0);
        expect(rule.message.vi && rule.message.en && rule.explanation.vi && rule.explanation.en, rule.id).toBeTruthy();
        expect(rule.suggestions.length, `${rule.id} suggests nothing`).toBeGreaterThan(0);
      }
  });

  it('the first slice has at least 10 stereotyping rules per language', () => {
    for (const lang of ['vi', 'en'] as const) {
      const count = BUILTIN_PACKS.filter((p) => p.lang === lang && p.family === 'stereotyping').reduce((n, p) => n + p.rules.length, 0);
      expect(count).toBeGreaterThanOrEqual(10);
    }
  });
});
