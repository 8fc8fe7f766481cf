import { describe, expect, it } from 'vitest';
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
});

describe('people and sources in English', () => {
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
