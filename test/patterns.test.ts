import { describe, expect, it } from 'vitest';
import { assess, ConfigError, createChecker, type RulePack } from '../src/index.js';

/** A one-rule pack so each test reads as "this pattern, this text, these matches". */
function packWith(patterns: unknown[], context: Record<string, unknown> = {}, classes: Record<string, string[]> = {}): RulePack {
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
function matches(text: string, patterns: unknown[], context: Record<string, unknown> = {}, classes: Record<string, string[]> = {}) {
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

describe('context on one side of the match, inside it, and at the start of a sentence', () => {
  it('precededBy / notPrecededBy look only before the match, within N words', () => {
    const text = 'He hit her. She was hit by a car. Nobody hit anyone.';
    expect(matches(text, ['hit'], { precededBy: { patterns: ['he'] } })).toEqual(['hit']);
    expect(matches(text, ['hit'], { notPrecededBy: { patterns: ['nobody', 'was'] } })).toEqual(['hit']);
    expect(matches('He suddenly hit her.', ['hit'], { precededBy: { patterns: ['he'], within: 1 } })).toEqual(['hit']);
    expect(matches('He very suddenly hit her.', ['hit'], { precededBy: { patterns: ['he'], within: 1 } })).toEqual([]);
    // A word after the match is not before it.
    expect(matches('Hit him, he said.', ['hit'], { precededBy: { patterns: ['he'], within: 5 } })).toEqual([]);
  });
  it('followedBy / notFollowedBy look only after the match', () => {
    const text = 'She was beaten by her husband. She was beaten at school. Beaten eggs.';
    expect(matches(text, ['beaten'], { followedBy: { patterns: ['by'] } })).toEqual(['beaten']);
    expect(matches(text, ['was beaten'], { notFollowedBy: { patterns: ['by'] } })).toEqual(['was beaten']);
    expect(matches('The boss, he said, is a woman.', ['boss'], { followedBy: { patterns: ['woman'], within: 3 } })).toEqual([]);
  });
  it('notOverlapping drops a match that shares words with a compound', () => {
    const vi = (text: string, context: Record<string, unknown>) => {
      const pack = { ...packWith(['bị * đánh'], context), lang: 'vi' } as RulePack;
      const checker = createChecker({ packs: [pack], rules: { stereotyping: 'off', violence: 'off', representation: 'off', 'test-rule': 'warning' } });
      return assess(text, { lang: 'vi', config: checker }).findings.map((f) => f.text);
    };
    const context = { notOverlapping: ['đánh (thức|giá)'] };
    expect(vi('Chị bị chồng đánh nhiều lần.', context)).toEqual(['bị chồng đánh']);
    expect(vi('Chị bị mẹ chồng đánh thức lúc 4 giờ sáng.', context)).toEqual([]);
    expect(vi('Dự án bị hội đồng đánh giá thấp.', context)).toEqual([]);
  });
  it('"^" anchors a rule pattern at the start of a sentence', () => {
    const text = 'Girls should stay home. Some say girls should stay home.';
    expect(matches(text, ['^girls should'])).toEqual(['Girls should']);
    expect(matches('# Girls should\n\nText. "Girls should" (quoted at the start).', ['^girls should'])).toEqual(['Girls should', 'Girls should']);
    // The same words found by a plain pattern of the rule are reported once.
    expect(matches(text, ['^girls should', 'girls should stay'])).toEqual(['Girls should stay', 'girls should stay']);
  });
  it('"^" is only for a rule\'s own patterns, and only at their start', () => {
    expect(() => createChecker({ packs: [packWith(['girls ^should'])] })).toThrow(/"\^" may only begin/);
    expect(() => createChecker({ packs: [packWith(['girls'], { sentence: { requires: ['^should'] } })] })).toThrow(/context\.sentence\.requires/);
  });
});

describe('pattern groups: patterns with conditions of their own', () => {
  const group = (patterns: string[], context: Record<string, unknown>) => ({ patterns, context });
  it("a group's conditions hold for its patterns only, on top of the rule's", () => {
    const patterns = ['lady doctor', group(['doctor'], { precededBy: { patterns: ['woman'] } })];
    expect(matches('A lady doctor came. A woman doctor came. A doctor came.', patterns)).toEqual(['lady doctor', 'doctor']);
    // The rule's own context still applies to the group.
    expect(matches('A woman doctor: 12 percent.', patterns, { sentence: { forbids: ['percent'] } })).toEqual([]);
  });
  it('the same words found by the plain patterns and a group are one finding', () => {
    expect(matches('A lady doctor came.', ['lady doctor', group(['lady doctor'], { sentence: { requires: ['came'] } })])).toEqual(['lady doctor']);
  });
  it('errors name the group', () => {
    expect(() => createChecker({ packs: [packWith(['x', group(['doctor'], { sentence: { requires: ['(a'] } })])] })).toThrow(
      /patterns\.1\.context\.sentence\.requires/,
    );
    expect(() => createChecker({ packs: [packWith([group(['(doctor'], {})])] })).toThrow(/patterns\.0\.patterns/);
  });
});

describe('declared spelling variants', () => {
  const viPack = (spellings: Record<string, string[]>, patterns: string[], classes: Record<string, string[]> = {}) =>
    ({ ...packWith(patterns, {}, classes), lang: 'vi', spellings }) as RulePack;
  const find = (text: string, pack: RulePack) => {
    const checker = createChecker({ packs: [pack], rules: { stereotyping: 'off', violence: 'off', representation: 'off', 'test-rule': 'warning' } });
    return assess(text, { lang: 'vi', config: checker }).findings.map((f) => f.text);
  };
  it('a variant matches wherever a pattern or a class names the word', () => {
    const pack = viPack({ đàn: ['đờn'] }, ['(đàn ông) mà khóc', '@WHO thì phải'], { WHO: ['đàn bà', 'con gái'] });
    expect(find('Đờn ông mà khóc thì ai coi. Đờn bà thì phải biết nhịn.', pack)).toEqual(['Đờn ông mà khóc', 'Đờn bà thì phải']);
    expect(find('Đàn ông mà khóc thì sao?', pack)).toEqual(['Đàn ông mà khóc']);
  });
  it('variants are written in any Unicode form and tone placement', () => {
    const pack = viPack({ 'hoà': ['hòa'.normalize('NFD')] }, ['hòa thuận']);
    expect(find('Gia đình hoà thuận.', pack)).toEqual(['hoà thuận']);
  });
  it('a variant must be one word', () => {
    expect(() => createChecker({ packs: [viPack({ đàn: ['đờn ông'] }, ['đàn ông'])] })).toThrow(/spellings/);
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
