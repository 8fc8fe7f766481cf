import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { assess, createChecker } from '../src/index.js';

// Behaviour of the English stereotyping and violence packs on whole articles (rules/en/*.yml).
const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const fixture = (name: string) => fs.readFileSync(path.join(root, 'fixtures/en', name), 'utf8');
const en = (text: string, config?: NonNullable<Parameters<typeof assess>[1]>['config']) =>
  assess(text, { lang: 'en', format: 'auto', ...(config ? { config } : {}) }).findings;
const ids = (findings: ReturnType<typeof en>) => findings.map((f) => f.ruleId);
const documentFindings = (findings: ReturnType<typeof en>, family: string) =>
  findings.filter((f) => f.scope === 'document' && f.family === family);

describe('violence stories and the help-line', () => {
  it('a violence story without support information gets exactly one document finding', () => {
    const findings = en(fixture('violence-story-no-support.md'));
    const docs = documentFindings(findings, 'violence');
    expect(docs.map((f) => f.ruleId)).toEqual(['en-vio-no-support-info']);
    expect(ids(findings)).toEqual(
      expect.arrayContaining(['en-vio-crime-of-passion', 'en-vio-loss-of-control', 'en-vio-domestic-euphemism', 'en-vio-agentless-passive']),
    );
  });

  it('the same kind of story with a help-line has no document finding', () => {
    const findings = en(fixture('violence-story-with-support.md'));
    expect(documentFindings(findings, 'violence')).toEqual([]);
    expect(findings.filter((f) => f.family === 'violence')).toEqual([]);
  });

  it('a one-line incident report gets the document finding; adding a help-line removes it', () => {
    const story = 'A woman was stabbed to death by her former partner in Hue on Sunday, police said.';
    expect(documentFindings(en(story), 'violence')).toHaveLength(1);
    const withHelp = `${story} If you are affected by domestic abuse, call the free helpline on 1800 8027.`;
    expect(documentFindings(en(withHelp), 'violence')).toEqual([]);
  });

  it('a campaign announcement is not a violence story', () => {
    for (const text of [
      'The campaign calls on everyone to speak up against violence towards women and children.',
      'This November, the Women’s Union calls on communities to stand together against domestic violence and support survivors.',
      'Thousands marched through the capital on Saturday to demand an end to violence against women.',
    ])
      expect(en(text).filter((f) => f.family === 'violence'), text).toEqual([]);
  });
});

describe('health writing stays clean', () => {
  it('"heart attack", "stroke" and "the virus killed" are not violence', () => {
    const findings = en(fixture('health-advice.md'));
    expect(findings.filter((f) => f.family === 'violence' || f.family === 'stereotyping')).toEqual([]);
  });

  it.each([
    'The virus killed 200 people in the province last year.',
    'Chest pain is the most common sign of a heart attack; a stroke needs treatment within hours.',
    'The immune system attacks healthy cells in lupus, and the drug works by killing inflamed cells.',
    'Patients who lose control of their blood sugar risk a diabetic coma.',
    'Heat stroke killed an elderly woman in Nghe An. She was found dead in her garden.',
    'Two people were killed when a truck crashed into a bus on the highway.',
  ])('no violence finding: %s', (text) => {
    expect(en(text).filter((f) => f.family === 'violence')).toEqual([]);
  });
});

describe('violence framing in sentences', () => {
  it.each([
    ['Police said the killing was a crime of passion.', 'en-vio-crime-of-passion'],
    ['The man snapped after years of stress and killed his wife.', 'en-vio-loss-of-control'],
    ['The couple had a domestic dispute before she was found dead.', 'en-vio-domestic-euphemism'],
    ['She was wearing a short skirt and had been drinking when she was attacked.', 'en-vio-victim-blaming'],
    ['A woman was killed in her home on Friday night.', 'en-vio-agentless-passive'],
    ['The sex fiend was finally caught after months on the run.', 'en-vio-monster-label'],
    ['The teacher had sex with a 14-year-old student.', 'en-vio-sex-with-minor'],
    ['He stabbed her 23 times and left her in a pool of blood.', 'en-vio-graphic-detail'],
    ['The 13-year-old victim, a pupil at Riverside Primary School, was abused by her stepfather.', 'en-vio-identify-child'],
  ])('%s -> %s', (text, ruleId) => {
    expect(ids(en(text))).toContain(ruleId);
  });

  it('the passive with a named perpetrator ("by") is not flagged', () => {
    expect(ids(en('A woman was killed by her former partner in her home on Friday night.'))).not.toContain('en-vio-agentless-passive');
  });

  it('a quoted excuse is still reported, one severity lower', () => {
    const f = en('"He just snapped," a neighbour said after he killed his wife.').find((x) => x.ruleId === 'en-vio-loss-of-control');
    expect(f?.inQuote).toBe(true);
    expect(f?.severity).toBe('info');
  });
});

describe('stereotyping: quiet where gender is the point', () => {
  it.each([
    'Female surgeons make up 12 percent of the surgical workforce.',
    'The clinic offers female doctors to patients who request them.',
    'She became the first female pilot of the national airline in 1985.',
    'Hospital chairman Nguyen Van Hung opened the new wing on Monday.',
    'Both mothers and fathers can attend the free parenting classes.',
    'Mothers should breastfeed their babies for the first six months.',
    'Girls aged 9 to 14 can get the HPV vaccine free at school.',
    'The woman said her husband had taken the children to the clinic.',
  ])('no stereotyping finding: %s', (text) => {
    expect(en(text).filter((f) => f.family === 'stereotyping').map((f) => f.text)).toEqual([]);
  });
});

describe('broadened coverage: each category as a family of expressions', () => {
  it.each([
    ['The vaccination tent will be manned by two nurses.', 'en-str-generic-man'],
    ['The new health minister turned heads at the summit.', 'en-str-appearance-comment'],
    ['The CEO, looking stunning in a tailored trouser suit, announced record profits.', 'en-str-appearance-comment'],
    ['After two girls, the couple finally had a boy.', 'en-str-son-preference'],
    ['She was desperate to give her husband a son.', 'en-str-son-preference'],
    ['The mayor thanked the tea ladies and the cleaning ladies of the town hall.', 'en-str-diminutive-job-title'],
    ['The manageress of the pharmacy said stocks were low.', 'en-str-diminutive-job-title'],
    ['Women are hardwired to care for others, the speaker claimed.', 'en-str-innate-role'],
    ['Fathers just are not cut out for night feeds.', 'en-str-innate-role'],
    ['She kept going back to her abuser, and he beat her again.', 'en-vio-victim-blaming'],
    ['She stayed with her husband despite the beatings before he strangled her.', 'en-vio-victim-blaming'],
    ['A heartbroken boyfriend strangled his partner after a stormy relationship.', 'en-vio-crime-of-passion'],
    ['He strangled his partner after she dumped him, the court heard.', 'en-vio-victim-choice-motive'],
    ['The beast who stalked a jogger was jailed.', 'en-vio-monster-label'],
    ['A drink-fuelled father punched his toddler.', 'en-vio-loss-of-control'],
    ['Police said he blew his top and beat her.', 'en-vio-loss-of-control'],
    ['The boy, whose mother works at the town hall, was abused by a coach.', 'en-vio-identify-child'],
  ])('%s -> %s', (text, ruleId) => {
    expect(ids(en(text))).toContain(ruleId);
  });

  it.each([
    'He beat her again, neighbours said.',
    'Father hits toddler in drunken row.',
    'Man batters estranged wife at her flat.',
    'The pensioner was hospitalised after being beaten in her home.',
    'A man was arrested over a grooming gang in the city.',
    'He subjected his partner to years of coercive control.',
  ])('an incident outside the old topic list opens the help-line rule: %s', (text) => {
    expect(documentFindings(en(text), 'violence').map((f) => f.ruleId)).toEqual(['en-vio-no-support-info']);
  });

  it.each([
    'The patient suffered a stroke and was hospitalised after a fall.',
    'Her mother was hospitalised after a heart attack; the virus killed her father.',
    'The campaign raises awareness of coercive control and the support services available to survivors.',
    'She beat her rival in the final to win gold.',
    'He groomed a successor before retiring as chief executive.',
    'The nurse wore a mask and gown on the ward.',
    'The station will be staffed around the clock by 12 paramedics.',
    'The couple welcomed their fourth child, a boy, in May.',
    'The survey found a strong preference for sons in rural districts.',
    'Women are made to wait longer for pain relief in emergency departments.',
    'She was last seen wearing a red dress and white trainers, police said.',
    'The new electric car turned heads at the motor show.',
  ])('stays clean: %s', (text) => {
    expect(en(text).filter((f) => f.family === 'violence' || f.family === 'stereotyping').map((f) => f.ruleId)).toEqual([]);
  });
});

describe('recruitment preset', () => {
  const notice = fixture('recruitment-notice.md');
  const recruitmentRules = (findings: ReturnType<typeof en>) => findings.filter((f) => f.ruleId.startsWith('en-str-recruitment-'));

  it('is off by default', () => {
    expect(recruitmentRules(en(notice))).toEqual([]);
  });

  it('flags masculine-coded words and the strongly masculine-coded notice when enabled', () => {
    const checker = createChecker({ extends: ['recommended', 'recruitment'] });
    const findings = recruitmentRules(en(notice, checker));
    const words = findings.filter((f) => f.ruleId === 'en-str-recruitment-masculine-word').map((f) => f.text.toLowerCase());
    expect(words).toEqual(expect.arrayContaining(['ambitious', 'driven', 'competitive', 'decisive', 'assertive', 'self-reliant']));
    expect(findings.filter((f) => f.scope === 'document').map((f) => f.ruleId)).toEqual(['en-str-recruitment-masculine-notice']);
  });

  it('leaves news alone even when enabled', () => {
    const checker = createChecker({ extends: ['recommended', 'recruitment'] });
    const news = 'The minister said the competitive market had driven prices down, according to the ministry.';
    expect(recruitmentRules(en(news, checker))).toEqual([]);
  });
});

describe('talking about a term is not using it', () => {
  it('a quoted term after a mention cue is left alone; the same term used is flagged', () => {
    const ids = (text: string) => assess(text, { lang: 'en' }).findings.filter((f) => f.family !== 'representation').map((f) => f.ruleId);
    expect(ids('The guide lists terms like "fair sex" and "male nurse" that editors should drop.')).toEqual([]);
    expect(ids('The gift is for the fair sex.')).toContain('en-str-patronising-term');
  });
});

describe('inclusive pairs', () => {
  it.each([
    'Each doctor should update his/her records.',
    'Every applicant must submit his or her CV.',
    'He/she must sign the consent form.',
    'The chairman or chairwoman will be elected in May.',
    'Male and female nurses share the night shifts.',
  ])('never flags %s', (text) => {
    expect(assess(text, { lang: 'en' }).findings.filter((f) => f.family === 'stereotyping')).toEqual([]);
  });

  it('flags a masculine title given to a named woman once', () => {
    const findings = assess('Chairman Nguyen Thi Lan said she would open the new wing.', { lang: 'en' }).findings.filter((f) => f.family === 'stereotyping');
    expect(findings.map((f) => [f.ruleId, f.text])).toEqual([['en-str-masculine-title-for-woman', 'Chairman']]);
  });
});

describe('more ways of saying it', () => {
  it.each([
    ['Caring comes naturally to women, so nursing suits them.', 'en-str-innate-role'],
    ["Men don't do housework, so the campaign targets wives.", 'en-str-innate-role'],
    ['The teenager, who had been drinking, was attacked on her way home.', 'en-vio-victim-blaming'],
    ['The girl was groomed and had sex with the 40-year-old man several times.', 'en-vio-sex-with-minor'],
  ])('%s -> %s', (text, ruleId) => {
    expect(assess(text, { lang: 'en' }).findings.map((f) => f.ruleId)).toContain(ruleId);
  });

  it('a specific man called a businessman is not a generic masculine', () => {
    expect(assess("The chairwoman's husband, a businessman, attended the gala.", { lang: 'en' }).findings.filter((f) => f.family === 'stereotyping')).toEqual([]);
  });
});

describe('plain words are never a finding on their own', () => {
  // alex's failure: flagging every "woman", "husband" or "killed". The packs flag framing, not vocabulary.
  const plain = [
    'The woman said her husband had taken the children to the clinic.',
    'A mother and her daughter attended the screening on Monday.',
    'The victim was a 34-year-old teacher, police said; her husband has been charged with murder.',
    'He was charged with murdering his wife, Anne, at their home in May.',
    'A man killed his partner in their home on Friday night, police said.',
    'The nurse told reporters she had worked there for ten years.',
    'The girls aged 12 to 14 received the HPV vaccine at school.',
    'Men and women are equally welcome to apply for the post.',
    'A woman was killed when her car hit a tree during the storm.',
    'The new guide asks reporters not to describe a killing as a "crime of passion".',
    'The striker was disciplined by the club after the match.',
    'Every marriage has its rough patches, the couple said at their golden wedding.',
    'The Ministry of Manpower said domestic workers must get a weekly rest day.',
    'The new law may look small, but it will change lives.',
  ];
  for (const text of plain)
    it(`no span finding: ${text}`, () => {
      expect(en(text).filter((f) => f.scope !== 'document' && f.family !== 'representation').map((f) => f.ruleId)).toEqual([]);
    });
});

describe('broader wording of each problem', () => {
  const cases: Array<[string, string]> = [
    ['When a patient is discharged, he should be given a summary of his medicines and the date of his next visit.', 'en-str-generic-he-again'],
    ['Mother-of-three Jane Hill said she was delighted with the new bus route.', 'en-str-family-label'],
    ['The slim, elegant minister announced the budget.', 'en-str-appearance-focus'],
    ['Policewoman Lan, 30, caught the thief.', 'en-str-diminutive-job-title'],
    ['Graham Pollard, 58, of Church Lane, Whitby, admitted sexually abusing his granddaughter.', 'en-vio-identify-child-relation'],
    ['The woman who was raped, Tran Thi Hoa, 27, works at the post office on Le Loi Street.', 'en-vio-identify-victim'],
    ['Doctors treated 40 women last year for complications of female circumcision.', 'en-vio-fgm-euphemism'],
    ['The stepfather, who disciplined the six-year-old with an electric cable, was arrested on Monday.', 'en-vio-abuse-as-discipline'],
    ['A 13-year-old girl gave birth on Friday. Police said a 35-year-old neighbour had been in a relationship with her for months.', 'en-vio-minor-relationship'],
    ['My husband hits me when he drinks. Dear reader, every marriage has its rough patches.', 'en-vio-minimising-advice'],
    ['For a woman, she handles the ambulance remarkably well on the mountain passes.', 'en-str-surprise-competence'],
    ['Despite juggling night shifts, Nurse Kim still manages to keep a spotless home.', 'en-str-double-burden'],
  ];
  for (const [text, rule] of cases)
    it(`${rule}: ${text}`, () => {
      expect(ids(en(text))).toContain(rule);
    });
});
