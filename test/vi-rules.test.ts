import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { assess, createChecker } from '../src/index.js';

// Behaviour of the Vietnamese packs (rules/vi/*.yml) on whole documents, beyond each rule's own examples.
const root = path.resolve(__dirname, '..');
const fixture = (name: string) => fs.readFileSync(path.join(root, 'fixtures/vi', name), 'utf8');
const check = (text: string, format: 'text' | 'markdown' | 'html' = 'text', config?: NonNullable<Parameters<typeof assess>[1]>['config']) =>
  assess(text, { lang: 'vi', format, ...(config ? { config } : {}) }).findings.filter((f) => f.family !== 'representation');
const ruleIds = (text: string, format: 'text' | 'markdown' | 'html' = 'text') => check(text, format).map((f) => f.ruleId);
const docFindings = (text: string, format: 'text' | 'markdown' | 'html' = 'text') =>
  check(text, format).filter((f) => f.scope === 'document' && f.family === 'violence');

describe('vi violence: document-scope missing support information', () => {
  it('flags a violence news story that gives no help-line', () => {
    const findings = check(fixture('tin-bao-luc-khong-ho-tro.md'), 'markdown');
    expect(findings.filter((f) => f.scope === 'document').map((f) => f.ruleId)).toEqual(['vi-vio-missing-support']);
    const ids = new Set(findings.map((f) => f.ruleId));
    for (const id of ['vi-vio-romance-excuse', 'vi-vio-minimising', 'vi-vio-graphic-detail']) expect(ids).toContain(id);
  });

  it('does not flag the same kind of story when it ends with support information', () => {
    expect(docFindings(fixture('tin-bao-luc-co-ho-tro.md'), 'markdown')).toEqual([]);
  });

  it.each([
    'Người đàn ông dùng dao đâm vợ trọng thương. Người bị bạo lực gia đình có thể gọi Tổng đài 111 để được hỗ trợ.',
    'Một phụ nữ bị chồng sát hại tại nhà. Nếu bạn bị bạo lực, hãy gọi Ngôi nhà Bình yên 1900 969 680.',
    'Nghi phạm xâm hại bé gái 8 tuổi đã bị bắt. Người dân phát hiện trẻ bị xâm hại hãy gọi ngay 111.',
  ])('a help-line anywhere in the story satisfies it: %s', (text) => {
    expect(docFindings(text)).toEqual([]);
  });

  it('a host can add its own help-line through configuration', () => {
    const text = 'Người chồng dùng dao đâm vợ trọng thương. Mọi trường hợp cần giúp đỡ xin gọi 0237 3 721 150.';
    expect(docFindings(text).length).toBe(1);
    const checker = createChecker({ classes: { HELPLINE: ['0237 3 721 150'] } });
    expect(check(text, 'text', checker).filter((f) => f.scope === 'document')).toEqual([]);
  });

  it.each([
    'Hưởng ứng Tháng hành động vì bình đẳng giới và phòng ngừa, ứng phó với bạo lực trên cơ sở giới năm 2026, Trung tâm Y tế tổ chức nói chuyện chuyên đề cho cán bộ, viên chức.',
    'Hãy tố cáo hành vi bạo lực, xâm hại tình dục phụ nữ và trẻ em. Im lặng không phải là cách để bảo vệ bản thân và nạn nhân.',
    'Chiến dịch chấm dứt bạo lực đối với phụ nữ và trẻ em được phát động tại 27 xã, thị trấn.',
    'Kế hoạch tuyên truyền phòng, chống bạo lực gia đình năm 2026 của Trung tâm Y tế huyện.',
    'Xâm hại tình dục phụ nữ và trẻ em là tội ác nghiêm trọng.',
  ])('a plan, campaign or slogan is not a violence story: %s', (text) => {
    expect(check(text)).toEqual([]);
  });
});

describe('vi violence: gating keeps medical and health text clean', () => {
  it.each([
    'Bệnh nhân bị đánh giá là có nguy cơ cao nên được theo dõi sát.',
    'Kim đâm qua da khi tiêm có thể gây đau nhẹ cho trẻ.',
    'Bác sĩ dùng dao mổ rạch da, máu chảy được kiểm soát tốt.',
    'Bệnh nhân bị đâm vào tay khi làm việc tại xưởng gỗ, được khâu 5 mũi.',
    'Sản phụ bị băng huyết, máu chảy nhiều nên được truyền máu khẩn cấp.',
    'Bé Nguyễn Văn An, 5 tuổi, trú tại thôn Đông Hòa, được phẫu thuật thành công dị tật tim bẩm sinh.',
    'Chị em cần giữ vệ sinh vùng kín đúng cách để phòng viêm nhiễm.',
  ])('%s', (text) => {
    expect(check(text)).toEqual([]);
  });

  it('the health-advice fixture has no findings at all', () => {
    expect(check(fixture('tu-van-suc-khoe.md'), 'markdown')).toEqual([]);
  });

  it('the recruitment notice has no findings at all', () => {
    expect(check(fixture('thong-bao-tuyen-dung.md'), 'markdown')).toEqual([]);
  });
});

describe('vi violence: child identification and descriptions of a problem', () => {
  it('identifying a child victim is an error', () => {
    const findings = check('Cháu Nguyễn Thị M., 9 tuổi, học sinh lớp 3 Trường Tiểu học Thiệu Trung, bị hàng xóm xâm hại tình dục.');
    const child = findings.filter((f) => f.ruleId === 'vi-vio-child-identification');
    expect(child.length).toBeGreaterThan(0);
    expect(child.every((f) => f.severity === 'error')).toBe(true);
  });

  it('an adult named with age is not treated as a child', () => {
    expect(ruleIds('Chị Nguyễn Thị H. (35 tuổi), trú tại thôn Đông, bị chồng đánh đập nhiều lần.')).not.toContain('vi-vio-child-identification');
  });

  it.each([
    'Định kiến "trọng nam khinh nữ" vẫn tồn tại ở một số địa phương.',
    'Tư tưởng trọng nam khinh nữ là một nguyên nhân dẫn đến mất cân bằng giới tính khi sinh.',
    'Ghen tuông không thể biện minh cho hành vi bạo lực gia đình.',
    'Bạo lực gia đình không phải là chuyện riêng của mỗi nhà.',
    'Nạn nhân không bao giờ là người có lỗi khi bị xâm hại, dù ăn mặc thế nào.',
  ])('a description of a problem is not the problem: %s', (text) => {
    expect(check(text)).toEqual([]);
  });
});

describe('vi packs: input variants', () => {
  const story = 'Do ghen tuông, người chồng đã dùng dao đâm vợ trọng thương.';
  const baseline = ruleIds(story).sort();

  it('finds the same issues in ALL CAPS and in NFD text', () => {
    expect(baseline).toContain('vi-vio-romance-excuse');
    expect(baseline).toContain('vi-vio-missing-support');
    expect(ruleIds(story.toUpperCase()).sort()).toEqual(baseline);
    expect(ruleIds(story.normalize('NFD')).sort()).toEqual(baseline);
  });

  it('finds stereotyping in old tone placement and in HTML', () => {
    expect(ruleIds('Cô ấy là mẫu phụ nữ truyền thống: thuỳ mị, nết na.')).toContain('vi-str-traditional-virtues');
    expect(ruleIds('<p>Các <em>chân dài</em> ngành y tham gia hội thao.</p>', 'html')).toContain('vi-str-beauty-label');
  });

  it.each([
    'Nu bac si xinh dep Nguyen Thi Hoa vua mo thanh cong ca mo tim.',
    'Do ghen tuong, nguoi chong da dung dao dam vo trong thuong.',
    'Nguoi chong bi khoi to vi da sat hai vo, mau chay lenh lang khap nha.',
    'Chi em phu nu von la phai yeu, con viec bep nuc la cua dan ba.',
    'Chau Nguyen Thi M., 9 tuoi, hoc sinh lop 3 Truong Tieu hoc Thieu Trung, bi hang xom xam hai.',
  ])('text typed without diacritics produces no findings: %s', (text) => {
    expect(check(text)).toEqual([]);
  });
});

describe('vi packs: real department documents', () => {
  const corpus = path.resolve(root, '../shared/corpus/vi');
  const files = fs.existsSync(corpus) ? fs.readdirSync(corpus).filter((f) => f.endsWith('.txt')) : [];
  // The corpus sits beside the project (../shared); a clone without it skips these instead of failing.
  it.skipIf(files.length === 0).each(files.length ? files : ['(corpus not present)'])('gender-equality plan %s has (almost) no findings', (file) => {
    const findings = check(fs.readFileSync(path.join(corpus, file), 'utf8'));
    expect(findings.filter((f) => f.scope === 'document')).toEqual([]);
    expect(findings.length).toBeLessThanOrEqual(1);
  });
});

describe('vi violence: broader story vocabulary and framing families', () => {
  it.each([
    'Người chồng nhất thời nóng giận, xô vợ ngã khiến vợ bất tỉnh.',
    'Nhập viện vì bị chồng cũ tạt axit, chị vẫn chưa qua cơn nguy kịch.',
    'Gã bố dượng đồi bại đã bị bắt sau nhiều tháng giấu giếm.',
    'Đối tượng đã nhiều lần hành hung vợ con khi say.',
    'Đứa con nghiện ngập ra tay với bố đẻ vì không được cho tiền.',
  ])('counts as a violence story without support information: %s', (text) => {
    expect(docFindings(text).map((f) => f.ruleId)).toEqual(['vi-vio-missing-support']);
  });

  it.each([
    'Kế hoạch phòng chống bạo lực gia đình năm 2025 của xã đề ra mục tiêu giảm số vụ hành hung, đánh đập.',
    'Sốt xuất huyết khiến bé nhập viện, bác sĩ khuyên cha mẹ theo dõi sát.',
    'Bác sĩ đánh giá vết thương do kim đâm và tiêm phòng uốn ván cho bệnh nhân.',
  ])('plans and medical text are not violence stories: %s', (text) => {
    expect(docFindings(text)).toEqual([]);
  });

  it.each([
    ['Vì bị vợ càm ràm chuyện con cái, người chồng đã đánh vợ.', 'vi-vio-victim-blaming'],
    ['Kẻ si tình chém người yêu cũ vì không chịu chia tay.', 'vi-vio-romance-excuse'],
    ['Phát hiện bạn gái nhắn tin với người khác, gã trai đâm bạn gái.', 'vi-vio-romance-excuse'],
    ['Từ chuyện nhỏ nhặt trong bữa cơm, người chồng đâm chết vợ.', 'vi-vio-minimising'],
    ['Sau màn ẩu đả, người chồng trót tay đánh vợ gãy tay.', 'vi-vio-minimising'],
    ['Gã cha dượng mất nhân tính bạo hành con riêng của vợ.', 'vi-vio-sensational-label'],
    ['Bé trai bị bạo hành; mẹ của bé là chị Nguyễn Thị H., công nhân.', 'vi-vio-child-identification'],
  ])('%s -> %s', (text, id) => {
    expect(ruleIds(text)).toContain(id);
  });
});

describe('vi stereotyping: family roles, motherhood and son preference', () => {
  it.each([
    ['Trưởng khoa Nhi, một người mẹ hiền và người vợ đảm đang, vừa bảo vệ luận án tiến sĩ.', 'vi-str-double-burden'],
    ['Sau giờ làm, chị vẫn quán xuyến mọi việc nhà chu đáo.', 'vi-str-double-burden'],
    ['Những bà mẹ cần nắm rõ các dấu hiệu mất nước ở trẻ.', 'vi-str-mother-only-parenting'],
    ['Cuối cùng anh chị cũng mãn nguyện khi có thằng cu.', 'vi-str-son-preference'],
    ['Cả họ mở tiệc mừng cháu đích tôn chào đời.', 'vi-str-son-preference'],
    ['Hầu hạ mẹ chồng lúc ốm đau là bổn phận của nàng dâu.', 'vi-str-domestic-duty'],
    ['Nữ kỹ sư 32 tuổi, đến nay vẫn chưa lấy chồng, vừa nhận giải thưởng.', 'vi-str-family-status-focus'],
    ['Bà mẹ bốn con trở thành phó giám đốc trẻ nhất của sở.', 'vi-str-family-status-focus'],
    ['Hot mom ngành y khoe bụng phẳng lì sau sinh.', 'vi-str-body-after-birth'],
    ['Ông giám đốc dự tiệc cùng phu nhân kém 20 tuổi.', 'vi-str-family-status-focus'],
  ])('%s -> %s', (text, id) => {
    expect(ruleIds(text)).toContain(id);
  });

  it.each([
    'Cha mẹ cần nắm rõ các dấu hiệu mất nước ở trẻ.',
    'Phụ nữ chưa lập gia đình cũng nên được tư vấn tầm soát ung thư.',
    'Thờ cúng tổ tiên là nét đẹp văn hóa của người Việt.',
    'Chăm sóc ông bà là trách nhiệm chung của cả con trai và con gái.',
    'Bác sĩ hướng dẫn bài tập phục hồi vóc dáng sau sinh an toàn.',
    'Anh chị vui mừng đón con trai đầu lòng.',
  ])('no stereotyping in: %s', (text) => {
    expect(check(text).filter((f) => f.family === 'stereotyping')).toEqual([]);
  });
});

describe('talking about a term is not using it', () => {
  it('a quoted term after a mention cue is left alone; the same term used, or quoted as speech, is not', () => {
    expect(ruleIds('Tại hội thảo, các chuyên gia chỉ ra rằng những cách gọi như “phái đẹp” hay “liễu yếu đào tơ” củng cố định kiến.')).toEqual([]);
    expect(ruleIds('Chị em phụ nữ vốn là phái đẹp.')).toContain('vi-str-weaker-sex');
    expect(ruleIds('Ông nói: “Phụ nữ là phái đẹp, cần được ưu tiên.”')).toContain('vi-str-weaker-sex');
  });
});

describe('one message per phrase', () => {
  it('reports words flagged by two rules of a family once, under the stronger or wider rule', () => {
    const findings = check('Nữ bác sĩ chân dài gây sốt mạng xã hội.');
    expect(findings.map((f) => [f.ruleId, f.text])).toEqual([
      ['vi-str-gender-marked-profession', 'Nữ bác sĩ'],
      ['vi-str-appearance-focus', 'chân dài'],
    ]);
    // "vóc dáng" (appearance) sits inside "vóc dáng gợi cảm" (sexualised look): the wider finding covers it.
    expect(check('Cô nàng có vóc dáng gợi cảm.').map((f) => f.text)).toEqual(['vóc dáng gợi cảm']);
  });

  it('leaves inclusive pairs alone', () => {
    for (const text of ['Kính gửi anh/chị cán bộ, nhân viên bệnh viện.', 'Mời ông/bà đến khám đúng hẹn.', 'Tuyển điều dưỡng nam/nữ, không phân biệt giới tính.', 'Các ông bố, bà mẹ nên đưa trẻ đi tiêm đúng lịch.'])
      expect(check(text), text).toEqual([]);
  });
});

describe('a story told only through its framing is still a violence story', () => {
  it.each([
    'NGƯỜI PHỤ NỮ TỬ VONG, NGHI DO CHỒNG CUỒNG GHEN',
    'Tên quỷ dâm đã nhiều lần dụ dỗ các bé gái trong xóm vào vườn chuối.',
    'Sau trận xô xát vợ chồng tối qua, chị H. bị rạn xương hàm và được đưa vào Trung tâm Y tế huyện.',
  ])('asks for support information in: %s', (text) => {
    expect(docFindings(text).map((f) => f.ruleId)).toEqual(['vi-vio-missing-support']);
  });

  it.each([
    'Chị mất ngủ vì ghen tuông, bác sĩ tư vấn tâm lý cho chị.',
    'Chị về khuya sau ca trực đêm tại bệnh viện.',
    'Hai tài xế xô xát sau va chạm giao thông, một người bị thương nhẹ.',
  ])('leaves alone: %s', (text) => {
    expect(check(text)).toEqual([]);
  });
});

describe('recruitment notices', () => {
  it('flags gender, height and looks requirements, and leaves an open notice alone', () => {
    const notice = ['## THÔNG BÁO TUYỂN DỤNG', '', '- Vị trí: Nhân viên lễ tân', '- Giới tính: Nữ', '- Ngoại hình khá, cao từ 1m58 trở lên'].join('\n');
    const texts = check(notice, 'markdown').filter((f) => f.ruleId.startsWith('vi-str-recruitment-')).map((f) => f.text);
    expect(texts).toEqual(expect.arrayContaining(['Giới tính: Nữ', 'Ngoại hình khá', 'cao từ']));
    expect(check('Bệnh viện tuyển 3 điều dưỡng, không phân biệt giới tính. Ứng viên nộp hồ sơ trước ngày 30/6.')).toEqual([]);
  });
});
