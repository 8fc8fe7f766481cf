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
