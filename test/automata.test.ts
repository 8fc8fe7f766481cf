import { describe, expect, it } from 'vitest';
import { builtinAutomata } from '../src/rules/builtin-automata.generated.js';
import { packBuiltinAutomata } from '../src/rules/checker.js';
import { assess, createChecker } from '../src/index.js';

describe('ready-made automata of the built-in packs', () => {
  it('are what the pattern compiler builds from rules/ (run npm run packs after changing either)', () => {
    const packed = packBuiltinAutomata();
    expect(builtinAutomata('vi')).toEqual(packed.vi);
    expect(builtinAutomata('en')).toEqual(packed.en);
  });

  it('give the findings the compiled patterns give', () => {
    // Extra classes make a checker compile every pattern itself.
    const compiled = createChecker({ extends: ['recommended', 'recruitment'], classes: { UNUSED_TEST_CLASS: ['zzz'] } });
    const ready = createChecker({ extends: ['recommended', 'recruitment'] });
    for (const text of [
      'Nữ bác sĩ xinh đẹp Nguyễn Thị Hoa vừa mổ thành công ca tim. Chị luôn giỏi việc nước, đảm việc nhà.',
      'The lady doctor, a mother of 3, said the attack was a crime of passion. Mankind needs chairmen.',
    ])
      expect(JSON.stringify(assess(text, { config: ready }))).toBe(JSON.stringify(assess(text, { config: compiled })));
  });
});
