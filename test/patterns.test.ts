import { describe, expect, it } from 'vitest';
import { assess, ConfigError, createChecker, type RulePack } from '../src/index.js';

/** A one-rule pack so each test reads as "this pattern, this text, these matches". */
function packWith(patterns: string[], context: Record<string, unknown> = {}, classes: Record<string, string[]> = {}): RulePack {
  return {
    lang: 'en',
    family: 'stereotyping',
    classes,
    rules: [
      {
        id: 'test-rule',
        family: 'stereotyping',
        indicators: ['B2.3'],
        severity: 'warning',
        scope: 'span',
        enabled: true,
        tags: [],
        patterns,
        context,
        message: { vi: 'thử', en: 'test' },
        explanation: { vi: 'thử', en: 'test' },
        suggestions: ['x'],
        examples: { match: ['x'], noMatch: ['y'] },
      },
    ],
  } as RulePack;
}
function matches(text: string, patterns: string[], context: Record<string, unknown> = {}, classes: Record<string, string[]> = {}) {
  const checker = createChecker({ packs: [packWith(patterns, context, classes)], rules: { stereotyping: 'off', violence: 'off', representation: 'off', 'test-rule': 'warning' } });
  return assess(text, { lang: 'en', config: checker }).findings.map((f) => f.text);
}

describe('pattern language', () => {
  it('matches word sequences case-insensitively', () => {
    expect(matches('The Lady Doctor arrived.', ['lady doctor'])).toEqual(['Lady Doctor']);
  });
  it('alternatives, optional words and groups', () => {
    expect(matches('a very jealous lover and a jealous rage', ['(very)? jealous (lover|rage)'])).toEqual(['very jealous lover', 'jealous rage']);
  });
  it('bounded gaps', () => {
    expect(matches('every nurse on the night shift and his', ['every nurse *{0,5} his'])).toEqual(['every nurse on the night shift and his']);
    expect(matches('every nurse on the long quiet night shift and his', ['every nurse *{0,3} his'])).toEqual([]);
  });
  it('word classes and English inflection', () => {
    expect(matches('female surgeons and a female pilot', ['female ~@JOB'], {}, { JOB: ['surgeon', 'pilot'] })).toEqual(['female surgeons', 'female pilot']);
    expect(matches('he snapped, she snaps', ['~snap'])).toEqual(['snapped', 'snaps']);
  });
  it('inflection over a group: the last word of each alternative', () => {
    expect(matches('man the phones, manning desks, man the front desk', ['~man the? ~(phone|front desk|desk)'])).toEqual([
      'man the phones',
      'manning desks',
      'man the front desk',
    ]);
    expect(() => createChecker({ packs: [packWith(['~ snap'])] })).toThrow(ConfigError);
    expect(() => createChecker({ packs: [packWith(['~(snap|*)'])] })).toThrow(ConfigError);
  });
  it("an optional quote mark glued to a word leaves the word required: \"'?beat'?\"", () => {
    expect(matches('he wanted to beat her; she sat next to her son', ["to '?beat'? her"])).toEqual(['to beat her']);
    expect(matches("he wanted to 'beat' her", ["to '?beat'? her"])).toEqual(["to 'beat' her"]);
    expect(matches("the workers' union", ["workers' union"])).toEqual(["workers' union"]);
  });
  it('punctuation in a pattern is ignored, also when marked optional', () => {
    expect(matches('good at work, caring at home', ['good at work ,? caring'])).toEqual(['good at work, caring']);
  });
  it('numbers and capitalised words', () => {
    expect(matches('mother of 3 met Anna Lee', ['mother of #NUM', '#CAP #CAP'])).toEqual(['mother of 3', 'Anna Lee']);
  });
  it('never matches across sentences', () => {
    expect(matches('She is a lady. Doctor Who is on TV.', ['lady doctor'])).toEqual([]);
  });
  it('context: sentence requires and forbids, nearness, roles', () => {
    expect(matches('A female surgeon. Female surgeons are 12 percent.', ['female ~surgeon'], { sentence: { forbids: ['percent'] } })).toEqual(['A female surgeon'.slice(2)]);
    expect(matches('pretty blonde surgeon; we then walked in a pretty garden', ['pretty'], { near: { patterns: ['surgeon'], within: 2 } })).toEqual(['pretty']);
    expect(matches('# Lady doctor\n\nLady doctor again.', ['lady doctor'], { roles: ['title'] })).toEqual(['Lady doctor']);
  });
  it('document conditions gate a rule on the topic', () => {
    expect(matches('The tragedy shocked the town.', ['tragedy'], { document: { requires: ['killed', 'murdered'] } })).toEqual([]);
    expect(matches('He killed his wife. The tragedy shocked the town.', ['tragedy'], { document: { requires: ['killed'] } })).toEqual(['tragedy']);
  });
});

describe('patterns that could make matching slow or ambiguous are rejected', () => {
  const compile = (patterns: string[]) => () => createChecker({ packs: [packWith(patterns)] });
  it.each([
    ['*{0,100} man', /bounded/],
    ['*{0,3} man', /must not begin with a gap/],
    ['man?', /can match nothing/],
    ['(lady doctor', /missing "\)"/],
    ['@NOPE doctor', /unknown word class/],
    ['@A', /refers to itself|unknown/],
  ])('%s', (pattern, message) => {
    expect(compile([pattern])).toThrow(ConfigError);
    expect(compile([pattern])).toThrow(message);
  });
  it('limits how far one pattern may reach', () => {
    const long = Array.from({ length: 5 }, () => '*{0,12}').join(' ');
    expect(compile([`start ${long}`])).toThrow(/limit is 40/);
  });
});

describe('English inflections', () => {
  it('use the build-time lexicon for irregular forms of the bundled packs words', async () => {
    const { inflections } = await import('../src/rules/inflect.js');
    expect(inflections('midwife')).toContain('midwives');
    expect(inflections('shake')).toContain('shook');
    // A word no bundled pack inflects still gets the suffix rules.
    expect(inflections('examine')).toEqual(expect.arrayContaining(['examines', 'examined', 'examining']));
  });
});
