import { describe, expect, it } from 'vitest';
import { assess } from '../src/index.js';

// Session 4, English violence pack: the classes of wording added so the rules generalise beyond the tuned sentences,
// and the near misses each broadened pattern must leave alone. Sentences are written for this file (not taken from
// any evaluation set).
const violence = (text: string) => assess(text, { lang: 'en' }).findings.filter((f) => f.family === 'violence');
const spans = (text: string) => violence(text).filter((f) => f.scope !== 'document').map((f) => `${f.ruleId}: ${text.slice(f.start, f.end)}`);
const hasDoc = (text: string) => violence(text).some((f) => f.scope === 'document');

const flagged: Record<string, string[]> = {
  'romance and love as the motive': [
    'Besotted Kevin Lowe, 41, stabbed his former partner after she ended their relationship, the court heard.',
    'A jilted lover strangled his ex-girlfriend at her flat, police said.',
    'He was madly in love with her, his barrister said, before he was jailed for her murder.',
    'He killed her because he could not bear the thought of her with another man, the court heard.',
    'She was the love of his life, his lawyer said at the trial of the man who strangled her.',
  ],
  'circumstances offered as the cause': [
    'Cocaine use was to blame for the assault on his girlfriend, his barrister said.',
    'The defence said he had suffered from PTSD since serving in Afghanistan, before he strangled his wife.',
    'The killer had been abusing steroids, which made him aggressive, the court heard after he beat his wife.',
    'The father of two, who had recently been made redundant, punched his wife after a boozy lunch, magistrates heard.',
    'Mr Hale, a builder, had been under severe financial pressure since the recession, before he strangled his partner.',
    'Stress at work led him to lash out at his partner, his solicitor said.',
  ],
  'loss of control': [
    'The court heard he went into a rage and strangled his partner.',
    'He was not himself that night, his mother said after he killed his wife.',
    'Friends said she mocked him about money, and on the night of the killing he finally snapped.',
    "Dad 'could not cope' after the split, his sister said, before he killed his wife.",
  ],
  'victim blaming': [
    'She had agreed to meet him alone despite warnings from friends, and he strangled her.',
    'Police have told women to stay in groups after a spate of sex attacks in the city.',
    'The mother of three chose to return to her violent partner, who later killed her.',
    'She refused help from social services and stayed with him until he killed her.',
    'Despite a restraining order, she had taken him back into her home, a decision that would cost her her life.',
    'He denies assaulting his girlfriend, a lingerie model, at their flat.',
  ],
  'the passive with any subject': [
    'The student, who had spent the evening with friends in the city centre, was raped in an alleyway shortly after 2am.',
    'Jenny was stabbed to death at the party, police said.',
    'A woman has been murdered in her home in Leeds.',
  ],
  'a row instead of violence': [
    'The couple had been fighting for months before he stabbed her.',
    'Neighbours heard the pair arguing before he killed her.',
    'The husband and wife had a blazing row before she was found dead.',
    'He pushed his girlfriend during a furious argument outside the bar, the court heard.',
  ],
  'children told as unharmed, couples as happy, comic verbs': [
    'Her ex-partner has been charged with attempted murder; the couple\'s baby, who was in the next room, was unhurt.',
    'In happier times: the couple on holiday in Spain. He is accused of murdering her.',
    'Fuming hubby walloped wife with frying pan, court hears',
  ],
  'tragedy, sympathy, labels': [
    'Tragedy struck the village when a mother was killed; her husband is charged with her murder.',
    'His teammates called him a legend after he was charged with murdering his girlfriend.',
    'The sadistic thug who beat his girlfriend was jailed.',
    "The striker's glittering career lies in ruins after he was convicted of raping a woman.",
  ],
  'graphic detail': [
    'He stabbed her in the neck before stamping on her head, the court heard.',
    'The pathologist said she had been raped and strangled with her own tights.',
    'Jurors saw pictures of the baby, his ribs broken like twigs, after the father was charged with murder.',
  ],
  'terminology, identification and minors': [
    'Fake nudes of schoolgirls were shared in a group chat, police said.',
    'Nine Albanian prostitutes were found in a flat where a trafficking gang had held them.',
    'The 12-year-old, whose father is a local councillor, was abused by a coach.',
    'The teacher and the 14-year-old pupil were in a relationship for months, the court heard, before he was charged with abuse.',
  ],
  'headlines and court wording': [
    'Husband stabbed wife \'after she refused to cook dinner\'',
    'Man killed wife because she wanted to go to university',
    'He beat his wife for wearing lipstick.',
    'Row over dinner ended with man stabbing his partner',
    'She died at the hands of the man she loved.',
    'Woman left fighting for life after attack',
    'Cheating claims sparked deadly attack on wife, court hears',
    'Wife killer \'snapped\' after years of taunts',
    'Tragic mum killed by ex days after splitting up',
    'Tragedy as mum of two is stabbed by her ex',
    'He told police she had pushed his buttons before he hit her.',
    'Police said the incident was isolated and there was no risk to the public, after a woman was killed by her husband.',
    'He was a pillar of his local church, friends said, after he admitted abusing two girls.',
  ],
  'advice and safety talk that move the burden to her': [
    'My husband shoves me when he is angry. Reply: All couples fight; try to talk calmly when he is in a better mood.',
    "My partner hit me last night. Reply: Men can get stressed; give him some space and don't wind him up.",
    'After the attack, police advised women to carry a personal alarm and avoid walking alone.',
    'Women should take responsibility for their own safety, the councillor said after the rape.',
    'The judge said the victim had been naive to get into a car with a stranger, before he jailed the man who raped her.',
  ],
  'sex with a child told as sex or romance': [
    'Married coach had affair with schoolgirl, 15',
    'The vicar had sexual contact with a 13-year-old boy over two years.',
    'The 40-year-old performed sex acts on a 14-year-old girl in his car.',
    'Teacher who bedded pupil, 16, struck off',
    'He engaged in sexual intercourse with the girl, who was 14, the court heard.',
  ],
};

const clean = [
  // Her circumstances, her praise, her recovery.
  'The woman, who had been made redundant last year, now volunteers at the refuge, three years after her husband was jailed for assaulting her.',
  'Friends described her as a kind, generous woman who would do anything for anyone. She was stabbed by her husband in May.',
  'She suffered a breakdown after the attack by her husband, her sister said.',
  'Refuges are at breaking point, the charity said after a woman was murdered by her partner.',
  'The detective who cracked the case said the man had been charged with killing his wife.',
  'Police were under intense pressure to find the killer of the woman, the inquiry heard.',
  // Passive voice that names the man, or speaks of survivors in general, or of a man as victim.
  'A woman was stabbed by her ex-partner at her home, police said.',
  'A man was stabbed outside a pub in the city centre.',
  'The charity supports women who have been raped or sexually assaulted. Call the helpline on 0808 802 9999.',
  'If you are worried that a child is being abused, call the NSPCC helpline on 0808 800 5000.',
  // Rows that are not his violence.
  'The striker had a heated row with the referee before he was charged with assaulting a steward.',
  'Two men were arrested after a fight outside the nightclub.',
  // Terms discussed, names of services.
  'Calling a man who kills his wife a monster lets the rest of us off the hook: most abusers are ordinary men.',
  'If intimate images of you were shared without consent, the Revenge Porn Helpline (0345 6000 459) can help.',
  'The women were not prostitutes but victims of trafficking, the charity said.',
  // Ordinary words in health and family text.
  'He pushed his daughter on the swing in the park.',
  'The happy couple celebrated 50 years of marriage with a party in the village hall.',
  'Two children were unharmed when their car hit a tree on the motorway.',
  'Her death from cancer was a tragic loss for the family.',
  'He admitted sexually abusing a child.',
  'He was charged with sexual activity with a child and remanded in custody.',
  'The charity said no woman is ever to blame for being raped, whatever she was wearing.',
  'He was very quiet in the dock as he was jailed for murdering his wife.',
  'Heartbreak as cancer claims mother of two; her ex-husband was jailed in 2019 for assaulting her.',
  'The man, the son of a businessman in Hanoi, raped a girl in 2019, the court heard.',
  // Her wishes are not the reason when the sentence only tells the order of events.
  'He was jailed for attacking a woman who tried to help a stranger; she was not hurt.',
  'He stabbed her after she tried to escape from the flat.',
  'The nurse was punched by a drunk patient in A&E, the hospital said.',
  'Exhausted by lack of sleep, new mothers often struggle with breastfeeding.',
  'The surgeon said the patient\'s skull was fractured in two places after the fall.',
];

describe('en violence, session 4: classes of wording', () => {
  for (const [cls, texts] of Object.entries(flagged)) {
    it.each(texts)(`${cls}: %s`, (text) => {
      expect(spans(text)).not.toEqual([]);
    });
  }
  it.each(clean)('near miss stays clean: %s', (text) => {
    expect(spans(text)).toEqual([]);
  });
});

describe('en violence, session 4: the help-line finding', () => {
  it.each([
    'I was 16 when my swimming coach started touching me after training. I told no one for years.',
    'He never hit me. But he controlled every penny I earned and read my messages every night.',
    'Teenage girl sexually assaulted on canal towpath',
    'Hammer time: DIY-mad hubby clobbers wife over botched shelf',
    'Jurors were shown photographs of the four-year-old\'s battered body.',
    'My husband pushed me against the wall when I came home late.',
  ])('an incident: %s', (text) => {
    expect(hasDoc(text)).toBe(true);
  });
  it.each([
    'A 41-year-old man has been charged with rape. Anyone affected can contact the Sexual Assault Referral Centre on 0330 223 0099.',
    'Victims of sexual offences can ask to be interviewed by a female officer, the force said.',
    'Write "a man killed his partner", not "a woman was killed": the perpetrator should be the subject of the sentence.',
    'Doctors urged women not to skip their cervical screening appointments.',
    'Two men were stabbed in a fight outside a nightclub in the early hours.',
    'Domestic abuse cases rose by 20 percent last year, the report said.',
  ])('not an incident, or support is given: %s', (text) => {
    expect(hasDoc(text)).toBe(false);
  });
});
