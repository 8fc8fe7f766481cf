import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { analyzeDocument } from '../src/analysis/document.js';
import { analyzePeople } from '../src/analysis/people.js';
import { parseByFormat } from '../src/document/detect.js';
import { assess, type Assessment } from '../src/index.js';

const counts = (a: Assessment) => ({
  people: { women: a.metrics.people.women, men: a.metrics.people.men },
  sources: { women: a.metrics.sources.women, men: a.metrics.sources.men },
});
const person = (a: Assessment, name: string) => a.metrics.persons.find((p) => p.name === name);

/** Every mention's offsets slice the caller's input (or the article field) to the mention's text. */
function expectMentionOffsets(input: string | Record<string, unknown>, a: Assessment) {
  for (const p of a.metrics.persons)
    for (const m of p.mentions) {
      const original = typeof input === 'string' ? input : String((input as Record<string, unknown>)[m.field ?? ''] ?? '');
      expect(original.slice(m.start, m.end)).toBe(m.text);
      expect(m.text.length).toBeGreaterThan(0);
    }
}

describe('people and sources in Vietnamese', () => {
  it('full names, honorific references and the colon before a quotation', () => {
    const text =
      'Bà Nguyễn Thị Lan, Chủ tịch Hội Liên hiệp Phụ nữ huyện, phát biểu: “Phụ nữ cần được hỗ trợ vay vốn.” Sau đó bà cho biết hội đã giúp 120 hộ. ' +
      'Anh Lò Văn Páo, người dân bản Hua Tát, nói anh đã được vay 30 triệu đồng.';
    const a = assess(text, { lang: 'vi' });
    expect(counts(a)).toEqual({ people: { women: 1, men: 1 }, sources: { women: 1, men: 1 } });
    expect(person(a, 'Nguyễn Thị Lan')).toMatchObject({ gender: 'female', role: 'official', quoted: true, directQuote: true });
    expect(person(a, 'Lò Văn Páo')).toMatchObject({ gender: 'male', role: 'popular-opinion', quoted: true });
    expect(person(a, 'Nguyễn Thị Lan')!.mentions.map((m) => m.text)).toContain('bà');
    expectMentionOffsets(text, a);
  });

  it('groups and kinship compounds are not persons: ông bà, bà con, anh chị em, các bà mẹ', () => {
    const a = assess('Ông bà tôi sống ở quê. Bà con trong xã đến thăm. Anh chị em trong nhà đều đồng ý. Các bà mẹ cần được nghỉ ngơi. Chị em phụ nữ tham gia đông đủ.', { lang: 'vi' });
    expect(a.metrics.persons).toEqual([]);
    expect(counts(a).people).toEqual({ women: 0, men: 0 });
  });

  it('the honorific outranks the name, and "cô" as a teacher is still a named woman', () => {
    const a = assess('Cô giáo Phạm Thu nói các em học rất chăm. Anh Nguyễn Hồng Ngọc cho biết anh sẽ về quê.', { lang: 'vi' });
    expect(person(a, 'Phạm Thu')?.gender).toBe('female');
    // "Hồng Ngọc" reads as a woman's name, but "anh" says he is a man.
    expect(person(a, 'Nguyễn Hồng Ngọc')?.gender).toBe('male');
    expect(counts(a)).toEqual({ people: { women: 1, men: 1 }, sources: { women: 1, men: 1 } });
  });

  it('titles before names (ThS.BS, Bác sĩ, Nữ điều dưỡng) and later references by title', () => {
    const text =
      'Trao đổi với phóng viên, ThS.BS Đỗ Thị Ngọc Anh, khoa Hồi sức, cho hay bệnh nhi đã qua cơn nguy kịch. ' +
      'Bác sĩ Phạm Minh Tuấn, Trưởng khoa Sản, cũng có mặt. Vị bác sĩ này khuyến cáo phụ huynh theo dõi trẻ. ' +
      'Nữ điều dưỡng Hoàng Yến chia sẻ cô rất xúc động.';
    const a = assess(text, { lang: 'vi' });
    expect(counts(a)).toEqual({ people: { women: 2, men: 1 }, sources: { women: 2, men: 1 } });
    expect(person(a, 'Phạm Minh Tuấn')).toMatchObject({ role: 'expert', quoted: true });
    expect(person(a, 'Hoàng Yến')?.gender).toBe('female');
    expectMentionOffsets(text, a);
  });

  it('unnamed people are listed but not counted; a husband named in apposition is one person', () => {
    const text = 'Chị Trần Thị Hạnh, một sản phụ ở xã Quảng Lợi, kể chị đã chờ lâu. Chồng chị, anh Lê Quang Vinh, cho biết anh rất lo. Sản phụ giường bên cũng được chăm sóc.';
    const a = assess(text, { lang: 'vi' });
    expect(counts(a)).toEqual({ people: { women: 1, men: 1 }, sources: { women: 1, men: 1 } });
    expect(person(a, 'Trần Thị Hạnh')?.role).toBe('personal-experience');
    expect(person(a, 'Lê Quang Vinh')!.mentions.map((m) => m.text)).toContain('Chồng chị');
    const unnamed = a.metrics.persons.filter((p) => !p.named);
    expect(unnamed.map((p) => p.name)).toContain('Sản phụ');
    expectMentionOffsets(text, a);
  });

  it('a wife named only through her husband is an unnamed woman, and the pattern is flagged', () => {
    const a = assess('Ông Nguyễn Văn Hùng cho biết vụ mùa bội thu. Vợ ông Hùng cũng rất vui.', { lang: 'vi' });
    expect(counts(a).people).toEqual({ women: 0, men: 1 });
    const wife = a.metrics.persons.find((p) => !p.named);
    expect(wife).toMatchObject({ gender: 'female', relationOnly: true });
    expect(a.findings.some((f) => f.ruleId === 'vi-rep-women-relationship-only' && f.text === 'Vợ ông Hùng')).toBe(true);
  });

  it('places and organisations that look like names are not persons', () => {
    const a = assess('Bệnh viện Bạch Mai tiếp nhận bệnh nhân từ Hà Nội và Thái Bình. Đường Lê Lợi bị ngập. Xã Phạm Kha có mưa lớn.', { lang: 'vi' });
    expect(a.metrics.persons.filter((p) => p.named)).toEqual([]);
  });

  it('"kể từ", "nói chung" and "theo dõi" are not speech', () => {
    const a = assess('Ông Trần Văn Tâm làm việc ở đây kể từ năm 2010. Nói chung, ông Tâm theo dõi sát bệnh nhân.', { lang: 'vi' });
    expect(counts(a)).toEqual({ people: { women: 0, men: 1 }, sources: { women: 0, men: 0 } });
  });

  it('an organisation that speaks about a person does not make the person a source; initials are not a name', () => {
    const a = assess('Bộ Y tế cho biết ông Phạm Văn Thắng đã bị đình chỉ công tác. Sản phụ là chị H.T.N. (28 tuổi).', { lang: 'vi' });
    expect(counts(a)).toEqual({ people: { women: 0, men: 1 }, sources: { women: 0, men: 0 } });
    expect(a.metrics.persons.find((p) => p.name.startsWith('H.T.N'))).toMatchObject({ named: false, gender: 'female' });
  });

  it('a title before the organisation and the name, and a title in apposition before the name', () => {
    const a = assess(
      'Giám đốc Sở Y tế Thanh Hóa Trịnh Hữu Hùng cho biết sẽ kiểm tra. Giám đốc bệnh viện, ông Nguyễn Quang Minh, khẳng định bệnh viện luôn sẵn sàng. “Chúng tôi đã kích hoạt báo động đỏ,” bác sĩ Hương nói.',
      { lang: 'vi' },
    );
    expect(person(a, 'Trịnh Hữu Hùng')).toMatchObject({ role: 'official', quoted: true });
    expect(person(a, 'Nguyễn Quang Minh')).toMatchObject({ role: 'official', quoted: true });
    expect(person(a, 'Hương')).toMatchObject({ named: true, quoted: true, role: 'expert' });
    expect(person(a, 'Hội Liên')).toBeUndefined();
  });

  it('theo + person is indirect speech', () => {
    const a = assess('Theo TS. Lê Thị Bích, tỷ lệ suy dinh dưỡng đã giảm.', { lang: 'vi' });
    expect(counts(a)).toEqual({ people: { women: 1, men: 0 }, sources: { women: 1, men: 0 } });
  });
  it('a unit or department after a title is not a given name', () => {
    const text =
      'Ông Phan Quốc Dũng, Trưởng khoa Cấp cứu, cho biết ca bệnh đã ổn định. Bà Vũ Thị Nga, Trưởng ban Tuyên giáo, nói chương trình sẽ kéo dài. ' +
      'Chị Mai, Phó trưởng phòng Kế hoạch, kể lại quá trình chuẩn bị.';
    const a = assess(text, { lang: 'vi' });
    expect(counts(a)).toEqual({ people: { women: 2, men: 1 }, sources: { women: 2, men: 1 } });
    expect(a.metrics.persons.filter((p) => p.named).map((p) => p.name)).toEqual(['Phan Quốc Dũng', 'Vũ Thị Nga', 'Mai']);
    expectMentionOffsets(text, a);
  });
  it('place names after place words, including names of people, are places', () => {
    const text =
      'Anh Trần Văn Lực, người dân xã Hoàng Văn Thụ, cho biết nước đã rút. Người dân khu phố Trần Quang Khải và thôn Đông Hà cũng đã về nhà. ' +
      'Bệnh viện Lê Văn Thịnh tiếp nhận 12 ca; tỉnh Quảng Trị, TP. Vinh và phường Tân Mai đã lập đội cứu hộ.';
    const a = assess(text, { lang: 'vi' });
    expect(counts(a)).toEqual({ people: { women: 0, men: 1 }, sources: { women: 0, men: 1 } });
  });
  it('Vietnamese typed without diacritics: titles, honorifics and unaccented names', () => {
    const text =
      'Thac si Pham Thi Hoa cho biet nhieu gia dinh da thay doi thoi quen an uong. Ong Le Quang Vinh, truong thon, noi ba con deu ung ho. ' +
      'Chi Lan ban hang o cho cung den du buoi hop.';
    const a = assess(text, { lang: 'vi' });
    expect(counts(a)).toEqual({ people: { women: 2, men: 1 }, sources: { women: 1, men: 1 } });
    expect(person(a, 'Pham Thi Hoa')).toMatchObject({ gender: 'female', quoted: true });
    expect(person(a, 'Le Quang Vinh')).toMatchObject({ gender: 'male', quoted: true });
    expectMentionOffsets(text, a);
  });
  it('accented text keeps its ambiguous short words apart ("có" is not "cô")', () => {
    const a = assess('Nhiều gia đình có con nhỏ. Cô Hoa cho biết lớp học có 30 em.', { lang: 'vi' });
    expect(counts(a)).toEqual({ people: { women: 1, men: 0 }, sources: { women: 1, men: 0 } });
  });

  it('"X là người vợ": a kinship noun of the other gender after the copula is someone else, not the named man', () => {
    const a = assess('Đằng sau thành công của TS.BS Nguyễn Văn Thắng là người vợ tảo tần, một mình lo toan việc nhà.', { lang: 'vi' });
    expect(person(a, 'Nguyễn Văn Thắng')).toMatchObject({ gender: 'male' });
    expect(counts(a).people).toEqual({ women: 0, men: 1 });
    // The same gender still describes the subject: "Ông Hùng là chồng của chị Lan".
    const b = assess('Ông Trần Văn Hùng là người chồng hết lòng vì gia đình.', { lang: 'vi' });
    expect(b.metrics.persons).toHaveLength(1);
  });
});

describe('people and sources in English', () => {
  it('a parent label before a name gives the gender; a describing word opening the sentence is not the name', () => {
    const names = (text: string) => assess(text, { lang: 'en' }).metrics.persons.filter((p) => p.named).map((p) => [p.name, p.gender]);
    expect(names('Working mum Kerry Adams, 38, has qualified as an advanced paramedic.')).toEqual([['Kerry Adams', 'female']]);
    expect(names('Mother-of-three Jacqui Ellis, 44, has been appointed chief executive.')).toEqual([['Jacqui Ellis', 'female']]);
    expect(names('Dad-of-two Tom Reid, 41, said he was proud.')).toEqual([['Tom Reid', 'male']]);
    expect(names('Lovesick Darren Pike, 38, could not bear to lose her.')).toEqual([['Darren Pike', 'male']]);
    // A Vietnamese family name or an English first name opening the sentence stays part of the name.
    expect(names('Nguyen Van Duc, 45, said the clinic would open.')).toEqual([['Nguyen Van Duc', 'male']]);
    expect(names('Mary Ann Jones said the clinic would open.')).toEqual([['Mary Ann Jones', 'female']]);
  });

  it('in an ALL-CAPS headline, words after a title are a name only when they look like one', () => {
    expect(counts(assess('GRAN-OF-FIVE JUDGE JAILS CITY FRAUDSTER', { lang: 'en' })).people).toEqual({ women: 0, men: 0 });
    expect(counts(assess('NURSE DELIVERS TRIPLETS ON NIGHT SHIFT', { lang: 'en' })).people).toEqual({ women: 0, men: 0 });
    expect(counts(assess('JUDGE JOHN SMITH JAILS FRAUDSTER', { lang: 'en' })).people).toEqual({ women: 0, men: 1 });
  });

  it('a capitalised pair after "in" or "near" is a place, not a person: "a pharmacy in Sam Son"', () => {
    const a = assess('Businesswoman Le Thi Hang has opened her third pharmacy in Sam Son, near Cam Thuy.', { lang: 'en' });
    expect(a.metrics.persons.map((p) => p.name)).toEqual(['Le Thi Hang']);
    expect(counts(a).people).toEqual({ women: 1, men: 0 });
    // A possessive keeps the person: "in John Smith's view".
    const b = assess("The delay, in John Smith's view, was avoidable.", { lang: 'en' });
    expect(b.metrics.persons.map((p) => p.name)).toEqual(['John Smith']);
  });

  it('"An" after Van or Thi is a given name, not the article: "Minister Nguyen Van An"', () => {
    const a = assess('Minister Nguyen Van An presented the award and said rural midwives deserved more support.', { lang: 'en' });
    expect(a.metrics.persons.map((p) => [p.name, p.gender])).toEqual([['Nguyen Van An', 'male']]);
  });

  it('a first name a quotation is attributed to: "said Mai, a survivor"', () => {
    const a = assess('“I finally felt believed,” said Mai, a survivor who received care at the centre.', { lang: 'en' });
    expect(counts(a)).toEqual({ people: { women: 1, men: 0 }, sources: { women: 1, men: 0 } });
  });

  it('names, pronouns and Mr/Ms references merge into one person each', () => {
    const text =
      'Lisa Chen, 42, told the court she had been threatened. Her lawyer, Mark Davis, said his client was afraid. ' +
      'Judge Patricia Moore adjourned the case. Police said the suspect was arrested. Ms. Chen later said she felt relieved.';
    const a = assess(text, { lang: 'en' });
    expect(counts(a)).toEqual({ people: { women: 2, men: 1 }, sources: { women: 1, men: 1 } });
    expect(person(a, 'Lisa Chen')!.mentions.map((m) => m.text)).toEqual(['Lisa Chen', 'she', 'Ms. Chen', 'she']);
    expect(person(a, 'Patricia Moore')).toMatchObject({ quoted: false, role: 'official' });
    expectMentionOffsets(text, a);
  });

  it('said-inversion, according to, and a quote attributed through a pronoun', () => {
    const text = '“The queues were long,” said Kevin Ortiz, a resident. According to spokesperson Angela Turner, more staff will be hired. “We are ready,” she said.';
    const a = assess(text, { lang: 'en' });
    expect(counts(a)).toEqual({ people: { women: 1, men: 1 }, sources: { women: 1, men: 1 } });
    expect(person(a, 'Kevin Ortiz')).toMatchObject({ role: 'popular-opinion', directQuote: true });
    expect(person(a, 'Angela Turner')).toMatchObject({ role: 'official', directQuote: true });
  });

  it('initials inside names, titles before names, and an organisation speaking about someone', () => {
    const a = assess('Prime Minister Boris Johnson said the plan was ready. Yesterday John F. Kennedy arrived. Kennedy told reporters he was happy. The ministry said Laura Harris had been suspended.', { lang: 'en' });
    expect(counts(a)).toEqual({ people: { women: 1, men: 2 }, sources: { women: 0, men: 2 } });
    expect(person(a, 'John F. Kennedy')!.mentions.map((m) => m.text)).toEqual(['John F. Kennedy', 'Kennedy', 'he']);
  });

  it('honorifics outrank the first name', () => {
    const a = assess('Mr. Leslie Carter said the school would reopen. Ms. Jordan Blake said parents were relieved.', { lang: 'en' });
    expect(person(a, 'Leslie Carter')?.gender).toBe('male');
    expect(person(a, 'Jordan Blake')?.gender).toBe('female');
  });

  it('unnamed people and groups: "the victim", "his wife", "the nurses"', () => {
    const a = assess('The victim, a 30-year-old woman, was treated in hospital. Officer Brian Walsh said his wife had called the police. The nurses worked all night.', { lang: 'en' });
    expect(counts(a)).toEqual({ people: { women: 0, men: 1 }, sources: { women: 0, men: 1 } });
    const unnamed = a.metrics.persons.filter((p) => !p.named);
    expect(unnamed.some((p) => p.role === 'victim')).toBe(true);
    expect(unnamed.some((p) => p.gender === 'female' && p.relationOnly)).toBe(true);
  });
  it('a title phrase in apposition ("the chief operating officer") stays with the named person', () => {
    const text = 'Ms. Laura Bennett, the regional sales director, opened the meeting. Mr. David Okafor, the chief operating officer, said profits had doubled.';
    const a = assess(text, { lang: 'en' });
    expect(counts(a)).toEqual({ people: { women: 1, men: 1 }, sources: { women: 0, men: 1 } });
    expect(person(a, 'David Okafor')).toMatchObject({ quoted: true });
    expect(a.metrics.persons.filter((p) => !p.named && p.quoted)).toEqual([]);
    expectMentionOffsets(text, a);
  });

  it('organisations, places and sentence openers are not people', () => {
    const a = assess('Grace Hospital opened a new ward. Jordan Avenue was closed for repairs. The Washington Post reported the story.', { lang: 'en' });
    expect(a.metrics.persons.filter((p) => p.named)).toEqual([]);
  });
});

describe('segments, roles and article objects', () => {
  it('counts by segment role and reports mentions per field with field offsets', () => {
    const article = {
      title: 'Bác sĩ Nguyễn Thị Mai nhận giải thưởng',
      body: 'Ông Trần Văn Nam, Giám đốc bệnh viện, cho biết bác sĩ Mai đã cống hiến 20 năm.',
      captions: ['Bác sĩ Nguyễn Thị Mai tại lễ trao giải.'],
    };
    const a = assess(article, { lang: 'vi' });
    expect(counts(a)).toEqual({ people: { women: 1, men: 1 }, sources: { women: 0, men: 1 } });
    expect(a.metrics.bySegment.title).toEqual({ women: 1, men: 0, unknown: 0 });
    expect(a.metrics.bySegment.caption).toEqual({ women: 1, men: 0, unknown: 0 });
    expect(a.metrics.byRole.official).toEqual({ women: 0, men: 1, unknown: 0 });
    expect(a.metrics.sourcesByRole.official).toEqual({ women: 0, men: 1, unknown: 0 });
    const mai = person(a, 'Nguyễn Thị Mai')!;
    expect(mai.segments).toEqual(expect.arrayContaining(['title', 'body', 'caption']));
    expect(mai.mentions.map((m) => m.field)).toEqual(['title', 'body', 'captions[0]']);
    const fields: Record<string, string> = { title: article.title, body: article.body, 'captions[0]': article.captions[0]! };
    expectMentionOffsets(fields, a);
  });

  it('markdown offsets point into the original text', () => {
    const md = '# Tin y tế\n\nBà **Nguyễn Thị Lan** cho biết: “Mọi người đều được khám.”\n';
    const a = assess(md, { lang: 'vi', format: 'markdown' });
    expect(counts(a)).toEqual({ people: { women: 1, men: 0 }, sources: { women: 1, men: 0 } });
    expectMentionOffsets(md, a);
  });

  it('merges repeated mentions across a long article into the same two persons', () => {
    // Speed is measured by the bench (npm run bench), not here.
    const unit = 'Bà Nguyễn Thị Lan cho biết: “Chúng tôi sẽ cố gắng.” Ông Trần Văn Hùng nói ông đồng ý. Vợ ông Hùng cũng có mặt. ';
    const text = unit.repeat(400);
    const a = assess(text, { lang: 'vi' });
    expect(counts(a)).toEqual({ people: { women: 1, men: 1 }, sources: { women: 1, men: 1 } });
  });
});

describe('block quotations', () => {
  it('count the speaker named in their attribution, and findings inside them are marked as quoted', () => {
    const md = '# Tin\n\n> “Chúng tôi làm việc suốt đêm,” bác sĩ Nguyễn Thị Lan cho biết.\n\n> Chị em vốn là phái yếu.\n';
    const a = assess(md, { format: 'markdown', lang: 'vi' });
    expect(a.metrics.sources).toMatchObject({ women: 1, men: 0 });
    const finding = a.findings.find((f) => f.ruleId === 'vi-str-weaker-sex');
    expect(finding).toMatchObject({ inQuote: true, severity: 'info' });
  });
});

/** Whole articles written for these tests: the counts a gender-media trainer would give, and who is who. */
const named = (a: Assessment) =>
  Object.fromEntries(a.metrics.persons.filter((p) => p.named).map((p) => [p.name, `${p.gender}${p.quoted ? (p.directQuote ? ' QQ' : ' Q') : ''}`]));

describe('articles: Vietnamese health news, announcements, interviews and violence reports', () => {
  it('a hospital announcement: title chains, « » and “ ” quotes, theo bà X, a title as a later reference, an unnamed patient', () => {
    const text =
      'Bệnh viện Đa khoa tỉnh cứu sống sản phụ băng huyết\n\n' +
      'Ngày 12/3, PGS.TS.BS Lê Văn Cường, Giám đốc Bệnh viện, cho biết sản phụ N.T.H. (32 tuổi, trú tại huyện Nông Cống) nhập viện trong tình trạng nguy kịch. ' +
      '“Chúng tôi đã kích hoạt quy trình báo động đỏ ngay trong đêm,” ông Cường nói.\n\n' +
      'Thạc sĩ, bác sĩ Trần Thị Thu Hà, Trưởng khoa Sản, kể lại ca mổ kéo dài ba giờ. Theo bà Hà, sản phụ mất gần 2 lít máu. ' +
      'Nữ bác sĩ này nhấn mạnh: “Chị em mang thai cần khám định kỳ đầy đủ.”\n\n' +
      'Chồng sản phụ, anh Lê Văn Bình, chia sẻ anh rất biết ơn các y bác sĩ. Điều dưỡng Phạm Ngọc Anh cho hay chị đã trực suốt đêm bên giường bệnh.';
    const a = assess(text, { lang: 'vi' });
    expect(counts(a)).toEqual({ people: { women: 2, men: 2 }, sources: { women: 2, men: 2 } });
    expect(named(a)).toEqual({ 'Lê Văn Cường': 'male QQ', 'Trần Thị Thu Hà': 'female QQ', 'Lê Văn Bình': 'male Q', 'Phạm Ngọc Anh': 'female Q' });
    // "Theo bà Hà, sản phụ ...": the patient is the subject after the theo-phrase, not an apposition to Hà.
    expect(person(a, 'Trần Thị Thu Hà')!.mentions.map((m) => m.text)).toEqual(['Thạc sĩ, bác sĩ Trần Thị Thu Hà', 'Trưởng khoa', 'bà Hà', 'Nữ bác sĩ này']);
    expect(person(a, 'Lê Văn Bình')!.mentions.map((m) => m.text)).toContain('Chồng sản phụ');
    // The unisex name "Ngọc Anh" gets its gender from "chị" in the text.
    expect(person(a, 'Phạm Ngọc Anh')?.role).toBe('expert');
    const patient = a.metrics.persons.find((p) => p.name === 'sản phụ');
    expect(patient).toMatchObject({ named: false, gender: 'female' });
    expect(a.metrics.persons.some((p) => p.name.includes('bác sĩ') && !p.named)).toBe(false);
    expectMentionOffsets(text, a);
  });

  it('a violence report: the husband named through "chồng chị là", an officer with a rank, a neighbour quoted after a colon; groups are not counted', () => {
    const text =
      'Chị Hoàng Thị Mai (35 tuổi, trú tại xã Quảng Phú) nhập viện với nhiều vết thương. Theo lời kể của chị Mai, chồng chị là Nguyễn Văn Tùng đã nhiều lần đánh chị. ' +
      'Đại úy Trần Minh Quang, Phó trưởng Công an xã, cho biết cơ quan công an đã tạm giữ Tùng. Bà con lối xóm đều bức xúc. ' +
      'Bà Lê Thị Tư, hàng xóm của nạn nhân, kể: “Đêm nào tôi cũng nghe tiếng chị ấy kêu cứu.” Ông bà nội của các cháu đang chăm sóc hai đứa trẻ.';
    const a = assess(text, { lang: 'vi' });
    expect(counts(a)).toEqual({ people: { women: 2, men: 2 }, sources: { women: 2, men: 1 } });
    expect(named(a)).toEqual({ 'Hoàng Thị Mai': 'female Q', 'Nguyễn Văn Tùng': 'male', 'Trần Minh Quang': 'male Q', 'Lê Thị Tư': 'female QQ' });
    expect(person(a, 'Nguyễn Văn Tùng')!.mentions.map((m) => m.text)).toEqual(['chồng chị', 'Nguyễn Văn Tùng', 'Tùng']);
    expect(person(a, 'Trần Minh Quang')!.mentions.map((m) => m.text)).toContain('Phó trưởng Công an');
    expect(a.metrics.persons.filter((p) => !p.named).map((p) => p.name)).toEqual(['nạn nhân']);
    expectMentionOffsets(text, a);
  });

  it('a school health story: cô, em, cụ, thầy, cháu, bé; a school named after a person is not a person', () => {
    const text =
      'Cô Lê Thị Hồng, giáo viên Trường Tiểu học Kim Đồng, cho biết em Nguyễn Minh Khôi (lớp 3) đã được đưa đi cấp cứu kịp thời. ' +
      'Cụ Trần Văn Tư, 82 tuổi, ông nội của em Khôi, xúc động nói: « Tôi cảm ơn cô giáo rất nhiều. » ' +
      'Thầy Phạm Quốc Hùng, hiệu trưởng nhà trường, khẳng định nhà trường sẽ rà soát lại quy trình. Cháu Khôi hiện đã ổn định. ' +
      'Bé Trần Ngọc Hân, em gái của Khôi, cũng có mặt. Cụ bà Lê Thị Lựu, bà ngoại của Hân, cho biết cụ rất lo.';
    const a = assess(text, { lang: 'vi' });
    expect(named(a)).toEqual({
      'Lê Thị Hồng': 'female Q',
      'Nguyễn Minh Khôi': 'male',
      'Trần Văn Tư': 'male QQ',
      'Phạm Quốc Hùng': 'male Q',
      'Trần Ngọc Hân': 'female',
      'Lê Thị Lựu': 'female Q',
    });
    expect(person(a, 'Nguyễn Minh Khôi')!.mentions.map((m) => m.text)).toEqual(['em Nguyễn Minh Khôi', 'em Khôi', 'Cháu Khôi', 'Khôi']);
    expect(person(a, 'Lê Thị Lựu')!.mentions.map((m) => m.text)).toContain('cụ');
    expectMentionOffsets(text, a);
  });

  it('a conference report: "Phát biểu tại …", theo bà X, "Vị bác sĩ này nói", "Ông cho biết", a colon before a straight-quoted quotation', () => {
    const text =
      'Sở Y tế Hà Nội vừa tổ chức hội nghị về phòng chống sốt xuất huyết. Phát biểu tại hội nghị, bà Nguyễn Thị Thanh Hương, Phó Giám đốc Sở, cho biết số ca mắc đã giảm 30%. ' +
      'Theo bà Hương, nguyên nhân chính là người dân đã chủ động diệt lăng quăng. BSCKII Trần Quốc Việt, Trưởng khoa Truyền nhiễm Bệnh viện Đống Đa, cũng có mặt tại hội nghị. ' +
      'Vị bác sĩ này nói: «Không được chủ quan khi trẻ sốt cao liên tục.» Ông cho biết thêm, khoa đang điều trị cho 45 bệnh nhân. ' +
      'Anh Đỗ Văn Long, người dân phường Kim Liên: "Nhà tôi đã phun thuốc hai lần."';
    const a = assess(text, { lang: 'vi' });
    expect(counts(a)).toEqual({ people: { women: 1, men: 2 }, sources: { women: 1, men: 2 } });
    expect(person(a, 'Nguyễn Thị Thanh Hương')).toMatchObject({ role: 'official', quoted: true });
    expect(person(a, 'Trần Quốc Việt')).toMatchObject({ role: 'expert', directQuote: true });
    expect(person(a, 'Trần Quốc Việt')!.mentions.map((m) => m.text)).toEqual(['BSCKII Trần Quốc Việt', 'Trưởng khoa', 'bác sĩ này', 'Ông']);
    expect(person(a, 'Đỗ Văn Long')).toMatchObject({ role: 'popular-opinion', directQuote: true });
  });

  it('unisex names whose gender the text gives only through a relation or an honorific', () => {
    const text =
      'Lê Minh Anh, 29 tuổi, vừa sinh con đầu lòng tại bệnh viện. Chồng chị, anh Vũ Đức Toàn, cho biết anh rất hạnh phúc. ' +
      'Nguyễn Thanh Bình, người vợ của bệnh nhân, kể rằng gia đình đã chờ hai ngày. Trần Ngọc Linh, vợ anh Lê Văn Tuấn, cho biết gia đình đã vay tiền chữa bệnh. ' +
      'Người chồng, Phạm Thanh Tâm, thì im lặng.';
    const a = assess(text, { lang: 'vi' });
    expect(named(a)).toEqual({
      'Lê Minh Anh': 'female',
      'Vũ Đức Toàn': 'male Q',
      'Nguyễn Thanh Bình': 'female Q',
      'Trần Ngọc Linh': 'female Q',
      'Lê Văn Tuấn': 'male',
      'Phạm Thanh Tâm': 'male',
    });
    expectMentionOffsets(text, a);
  });

  it('a unisex name gets her gender from a role noun before it or a relative in apposition', () => {
    for (const text of ['Người mẹ trẻ Lê Minh Anh cho biết bé đã hết sốt.', 'Mẹ của bé, Lê Minh Anh, cho biết bé đã hết sốt.']) {
      const a = assess(text, { lang: 'vi' });
      expect(named(a), text).toEqual({ 'Lê Minh Anh': 'female Q' });
    }
  });

  it('"Bà … cho biết" in its usual shapes', () => {
    const shapes = [
      'Bà Nguyễn Thị Hoa - Chủ tịch Hội Phụ nữ xã Quảng Lợi cho biết: "Hội đã hỗ trợ 40 hộ nghèo."',
      'Bà Nguyễn Thị Hoa (Trưởng trạm Y tế xã) cho biết trạm đã tiêm cho 300 trẻ.',
      'Bà Nguyễn Thị Hoa, Trưởng trạm Y tế xã Quảng Lợi, huyện Quảng Xương cho biết trạm đã tiêm cho 300 trẻ.',
      'Theo bà Nguyễn Thị Hoa, Trưởng trạm Y tế xã, tỷ lệ tiêm chủng đạt 98%.',
      '“Chúng tôi làm việc cả ngày nghỉ” - bà Nguyễn Thị Hoa cho biết.',
      'Trao đổi với PV, bà Nguyễn Thị Hoa cho biết trạm thiếu nhân lực.',
      'Bà Nguyễn Thị Hoa (SN 1965, trú tại phường Đông Vệ) cho biết gia đình bà có ba người mắc bệnh.',
      'Bà Lò Thị Hoa, 67 tuổi, ở bản Co Muông, cho biết bà đã được khám mắt miễn phí.',
      'Chị Nguyễn Thị Hoa kể lại. Bà cho biết năm ngoái mắt bà mờ hẳn.',
      'Bà Nguyễn Thị Hoa, 45 tuổi, trú tại thôn 3, xã Quảng Hợp, huyện Quảng Trạch, tỉnh Quảng Bình cho biết gia đình bà đã được hỗ trợ.',
      'Bà Nguyễn Thị Hoa – người đã có 20 năm làm nghề – cho biết công việc rất vất vả.',
      'Bà Nguyễn Thị Hoa – Phó Giám đốc Sở Y tế cho biết sở sẽ tăng cường kiểm tra.',
      'Về vấn đề này, bà Nguyễn Thị Hoa bức xúc cho biết gia đình chưa nhận được hỗ trợ.',
      'Bà Nguyễn Thị Hoa nói với phóng viên Báo Thanh Hóa rằng bà sẽ tiếp tục khiếu nại.',
      'Bà Nguyễn Thị Hoa trải lòng về những năm tháng làm nghề.',
    ];
    for (const text of shapes) {
      const a = assess(text, { lang: 'vi' });
      expect(counts(a), text).toEqual({ people: { women: 1, men: 0 }, sources: { women: 1, men: 0 } });
      expect(a.metrics.persons.filter((p) => !p.named), text).toEqual([]);
    }
  });
});

describe('articles: English health news and a violence report', () => {
  it('sentence-final attribution with a title chain, surname-only references, according to, he/she', () => {
    const text =
      'New clinic cuts waiting times\n\n' +
      'The clinic opened in March, said oncologist Dr. Robert Miles. “We can now see patients within a week,” said Dr. Miles, who leads the cancer unit. ' +
      'Nurse practitioner Ana Tran said the team had doubled. “It has changed everything for our families,” Ms. Tran added. ' +
      'According to health minister Sarah Lewis, the model will be copied in three other provinces. ' +
      'Patient Kevin Osei, 54, told reporters he had waited six months for a scan last year. His wife said she was relieved. Doctors at the hospital said they were hopeful.';
    const a = assess(text, { lang: 'en' });
    expect(counts(a)).toEqual({ people: { women: 2, men: 2 }, sources: { women: 2, men: 2 } });
    expect(named(a)).toEqual({ 'Robert Miles': 'male QQ', 'Ana Tran': 'female QQ', 'Sarah Lewis': 'female Q', 'Kevin Osei': 'male Q' });
    expect(person(a, 'Ana Tran')).toMatchObject({ role: 'expert' });
    expect(person(a, 'Ana Tran')!.mentions.map((m) => m.text)).toEqual(['Nurse practitioner Ana Tran', 'Ms. Tran']);
    const unnamed = a.metrics.persons.filter((p) => !p.named);
    expect(unnamed.map((p) => [p.name, p.gender, p.quoted])).toEqual([['His wife', 'female', true]]);
    expectMentionOffsets(text, a);
  });

  it('quote-first sentences in their usual shapes', () => {
    const shapes = [
      '“We were lucky,” said oncologist Dr. Robert Miles. The hospital opened in 1990.',
      '“We were lucky,” said Robert Miles, an oncologist at the hospital.',
      '“We were lucky,” oncologist Dr. Robert Miles said.',
      '"We were lucky," said Dr Robert Miles, chief of oncology at Bach Mai Hospital.',
      '“We were lucky,” said the hospital’s chief oncologist, Dr. Robert Miles.',
      'Health officials said the outbreak was contained, according to a statement from Dr. Robert Miles.',
      '“It was a long night,” said the hospital’s head of paediatric oncology, Dr. Robert Miles.',
      '“We were lucky,” said paediatric oncologist Dr. Robert Miles of Hue Central Hospital.',
      '“We have to treat loneliness as a health problem.” — Dr. Robert Miles, oncologist',
      '“The results were better than we hoped,” said Professor of Oncology Robert Miles.',
      '"It is a first step," said Robert Miles, MD.',
      '“We need more nurses,” the report’s author, Dr. Robert Miles, concluded.',
    ];
    for (const text of shapes) expect(counts(assess(text, { lang: 'en' })), text).toEqual({ people: { women: 0, men: 1 }, sources: { women: 0, men: 1 } });
  });

  it('a violence report: a Vietnamese name in English order, she after the name, a named officer outranks an unnamed suspect for "he said"', () => {
    const text =
      'A Hanoi woman who was attacked by her former partner is recovering in hospital, police said. Linh Nguyen, 28, told investigators she had reported threats twice. ' +
      'Her brother, Minh Nguyen, said the family had asked for help. Detective Inspector Paul Grant said the suspect, a 31-year-old man, had been charged. ' +
      'He said officers were reviewing how earlier calls were handled.';
    const a = assess(text, { lang: 'en' });
    expect(counts(a)).toEqual({ people: { women: 1, men: 2 }, sources: { women: 1, men: 2 } });
    expect(person(a, 'Linh Nguyen')!.mentions.map((m) => m.text)).toEqual(['Linh Nguyen', 'she']);
    expect(person(a, 'Paul Grant')!.mentions.map((m) => m.text)).toEqual(['Detective Inspector Paul Grant', 'He']);
    expectMentionOffsets(text, a);
  });

  it('"the 63-year-old said" refers back to the person just named', () => {
    const text = 'When Rose Adeyemi started nursing in 1984, wards had no computers. On Friday she received an award. "I just did my job," the 63-year-old said.';
    const a = assess(text, { lang: 'en' });
    expect(person(a, 'Rose Adeyemi')!.mentions.map((m) => m.text)).toEqual(['Rose Adeyemi', 'she', 'the 63-year-old']);
    expect(counts(a).sources).toEqual({ women: 1, men: 0 });
  });

  it('a unisex first name gets its gender from a pronoun or a relation noun', () => {
    const a = assess('Jordan Lee said her husband had been ill for months. Taylor Morgan, a mother of two, said the clinic had saved her life.', { lang: 'en' });
    expect(named(a)).toEqual({ 'Jordan Lee': 'female Q', 'Taylor Morgan': 'female Q' });
  });

  it('captions and image alt text in HTML are segments of their own', () => {
    const html =
      '<h1>Midwives mark a year of home visits</h1><p>Midwife Grace Owusu said most mothers now give birth with a trained attendant.</p>' +
      '<figure><img src="visit.jpg" alt="Midwife Grace Owusu visits a mother in Ha Giang"><figcaption>Grace Owusu with Dr. Ahmed Khan at the clinic.</figcaption></figure>';
    const a = assess(html, { lang: 'en', format: 'html' });
    expect(counts(a)).toEqual({ people: { women: 1, men: 1 }, sources: { women: 1, men: 0 } });
    expect(person(a, 'Grace Owusu')!.segments).toEqual(['lead', 'alt', 'caption']);
    expect(a.metrics.bySegment.caption).toEqual({ women: 1, men: 1, unknown: 0 });
    expectMentionOffsets(html, a);
  });
});

describe('articles: test/fixtures/people-articles.jsonl (short news stories with their people and source counts)', () => {
  const file = new URL('./fixtures/people-articles.jsonl', import.meta.url);
  const cases = readFileSync(file, 'utf8')
    .split('\n')
    .filter(Boolean)
    .map((line) => JSON.parse(line) as { lang: 'vi' | 'en'; format?: 'html' | 'markdown'; people: { women: number; men: number }; sources: { women: number; men: number }; text: string });
  it.each(cases.map((c) => [c.text.split('\n')[0]!, c] as const))('%s', (_title, c) => {
    const a = assess(c.text, { lang: c.lang, format: c.format ?? 'text' });
    expect(counts(a)).toEqual({ people: c.people, sources: c.sources });
    expectMentionOffsets(c.text, a);
  });
});

describe('interview answers and labels', () => {
  it('"Name: answer" in a paragraph is speech; in a headline or heading it is a label unless a quotation follows', () => {
    const md =
      '# Bác sĩ Lan: Người giữ lửa ở trạm y tế xã\n\n' +
      'PV: Điều gì giữ chị ở lại?\n\n' +
      'BS Nguyễn Thị Lan: Bà con tin mình, nên mình ở lại.\n\n' +
      '## Ông Lê Văn Tám: người đưa đò\n\n' +
      'Ông Lê Văn Tám năm nay 70 tuổi.\n';
    const a = assess(md, { lang: 'vi', format: 'markdown' });
    expect(named(a)).toEqual({ 'Nguyễn Thị Lan': 'female QQ', 'Lê Văn Tám': 'male' });
    expectMentionOffsets(md, a);
  });
});

describe('kinship terms and their traps', () => {
  it.each([
    ['Cô của bé, chị Lê Thị Xuân, cho biết bé đã được xuất viện.', { people: { women: 1, men: 0 }, sources: { women: 1, men: 0 } }],
    ['Anh chị em trong gia đình đều có mặt. Bà con trong thôn cũng đến thăm. Ông bà nội của bé rất vui.', { people: { women: 0, men: 0 }, sources: { women: 0, men: 0 } }],
    ['Bác Nguyễn Văn Hòa năm nay 70 tuổi. Bác cho biết bác đã bỏ thuốc lá được 5 năm.', { people: { women: 0, men: 1 }, sources: { women: 0, men: 1 } }],
    ['Chú bộ đội Nguyễn Văn Long đã cứu hai em nhỏ. Chú kể lại khoảnh khắc đó.', { people: { women: 0, men: 1 }, sources: { women: 0, men: 1 } }],
    ['Cháu bé Trần Gia Huy được đưa vào viện lúc 2 giờ sáng. Mẹ cháu, chị Lê Thị Thu, cho biết cháu bị sốt cao.', { people: { women: 1, men: 1 }, sources: { women: 1, men: 0 } }],
    ['Nhiều chị em công nhân đã được khám miễn phí. Chị Vũ Thị Hà, công nhân Công ty May 10, chia sẻ chị rất vui.', { people: { women: 1, men: 0 }, sources: { women: 1, men: 0 } }],
    ['Công an huyện Triệu Sơn vừa tạm giữ Lê Văn Hậu (40 tuổi). Cảnh sát khu vực Nguyễn Văn Tài cho biết Hậu đã nhận tội.', { people: { women: 0, men: 2 }, sources: { women: 0, men: 1 } }],
    ['Ông Pờ Xá Khừ, 58 tuổi, mỗi tuần chạy thận ba lần, xúc động: “Giờ tôi đỡ khổ rồi.”', { people: { women: 0, men: 1 }, sources: { women: 0, men: 1 } }],
  ])('%s', (text, expected) => {
    const a = assess(text, { lang: 'vi' });
    expect(counts(a)).toEqual(expected);
    expectMentionOffsets(text, a);
  });

  it('a role noun that names a job is not an unnamed person', () => {
    const a = assess('Bà Lan trải lòng về những năm làm hộ sinh. Em Nam muốn trở thành bác sĩ. Ms. Grace Obi worked as a nurse for 30 years.', { lang: 'vi' });
    expect(a.metrics.persons.filter((p) => !p.named)).toEqual([]);
  });

  it('initials protect a victim; the same initials are one unnamed person', () => {
    const a = assess('Khánh dùng dao đâm vợ là chị H. (32 tuổi). Chị H. đang được cấp cứu. Hội sẽ hỗ trợ chị H. và hai con.', { lang: 'vi' });
    const victims = a.metrics.persons.filter((p) => p.name === 'H');
    expect(victims).toHaveLength(1);
    expect(victims[0]).toMatchObject({ named: false, gender: 'female' });
    expect(victims[0]!.mentions).toHaveLength(3);
  });

  it('a later "cháu" and "mẹ cháu" refer back through the first kinship term of the chain', () => {
    const a = assess('Cháu bé Trần Gia Huy được đưa vào viện lúc 2 giờ sáng. Mẹ cháu, chị Lê Thị Thu, cho biết cháu bị sốt cao.', { lang: 'vi' });
    expect(person(a, 'Trần Gia Huy')!.mentions.map((m) => m.text)).toEqual(['Cháu bé Trần Gia Huy', 'cháu', 'cháu']);
    expect(person(a, 'Lê Thị Thu')!.mentions.map((m) => m.text)).toEqual(['Mẹ cháu', 'chị Lê Thị Thu']);
    expect(a.metrics.persons.filter((p) => !p.named)).toEqual([]);
  });
});

describe('robustness', () => {
  it('never throws on scrambled news text, whatever the language setting, and keeps mention offsets exact', () => {
    const file = new URL('./fixtures/people-articles.jsonl', import.meta.url);
    const source = readFileSync(file, 'utf8')
      .split('\n')
      .filter(Boolean)
      .map((line) => (JSON.parse(line) as { text: string }).text)
      .join(' ');
    const pieces = source.split(/(\s+|[,.:;“”"«»()–—-])/u).filter(Boolean);
    const tricky = ['“', '”', '"', '«', '»', ':', '(', ')', '—', '\n\n', 'Bà', 'chị', 'Dr.', 'he', 'her', 'theo', 'cho biết', 'said', 'của', 'là', 'H.T.N.', 'Thị', "'s", 'vợ', 'wife of', 'according to'];
    let seed = 7;
    const next = (n: number) => (seed = (seed * 1103515245 + 12345) & 0x7fffffff) % n;
    for (let round = 0; round < 300; round++) {
      let text = '';
      for (let k = 1 + next(60); k > 0; k--) text += next(3) === 0 ? `${tricky[next(tricky.length)]} ` : pieces[next(pieces.length)];
      for (const lang of ['vi', 'en'] as const) {
        const doc = analyzeDocument(parseByFormat(text, 'text'), lang);
        expect(() => analyzePeople(doc), text).not.toThrow();
        // Every mention stays inside one paragraph and slices the input to its own text.
        expectMentionOffsets(text, assess(text, { lang, format: 'text' }));
      }
    }
  });
});
