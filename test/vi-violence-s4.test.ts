import { describe, expect, it } from 'vitest';
import { assess } from '../src/index.js';

// Session 4, Vietnamese violence: each problem written the ways a real writer phrases it (fronted clauses, a subject in
// between, headline style, regional spellings), with near misses a trainer would leave alone (legal wording, medical
// causes, care settings, statements that reject the excuse, health advice).
const violence = (text: string) => assess(text, { lang: 'vi' }).findings.filter((f) => f.family === 'violence');
const spanRules = (text: string) => violence(text).filter((f) => f.scope !== 'document').map((f) => f.ruleId);
const docFinding = (text: string) => violence(text).some((f) => f.scope === 'document');

describe('vi violence: paraphrases of one problem are all found', () => {
  it.each([
    // excuses: states offered as the cause
    ['Ngáo đá, con trai sát hại mẹ ruột rồi ngồi chờ công an', 'vi-vio-fronted-excuse'],
    ['Quá say, người đàn ông lao vào đánh vợ.', 'vi-vio-fronted-excuse'],
    ['Tự ái vì bị bạn gái chê nghèo, gã thanh niên đâm cô gái trọng thương.', 'vi-vio-fronted-excuse'],
    ['Nghi vợ có người đàn ông khác, chồng chém vợ trọng thương.', 'vi-vio-romance-excuse'],
    ['Do hiểu lầm vợ ngoại tình, người chồng đã đâm vợ.', 'vi-vio-romance-excuse'],
    ['Theo người nhà, do chồng nhậu say về lại bị vợ cằn nhằn nên hai bên xảy ra xô xát; chị bị đánh gãy tay.', 'vi-vio-romance-excuse'],
    ['Sau khi nhậu xỉn, người chồng về nhà đánh vợ.', 'vi-vio-romance-excuse'],
    ['Thất nghiệp lâu ngày, nợ nần chồng chất khiến người đàn ông trở nên cục cằn, thường xuyên đánh đập vợ con.', 'vi-vio-romance-excuse'],
    ['Gã chồng bị ma men dẫn lối, đánh vợ gãy tay.', 'vi-vio-romance-excuse'],
    ['Giận quá mất khôn, người chồng cầm dao đâm vợ.', 'vi-vio-romance-excuse'],
    ['Không muốn mất người yêu, gã thanh niên siết cổ bạn gái.', 'vi-vio-romance-excuse'],
    ['Hàng xóm cho biết người chồng sát hại vợ là người tốt, ai cũng quý.', 'vi-vio-romance-excuse'],
    ['Chỉ vì một phút nóng giận nhất thời, người cha trẻ đã đánh con trai 2 tuổi tử vong, để lại nỗi ân hận suốt đời.', 'vi-vio-romance-excuse'],
    ['Chồng em cứ say là đánh em. Chị nên xem lại mình, đàn ông say thì nói gì cũng đừng cãi lại.', 'vi-vio-romance-excuse'],
    ['Hãy cho anh ấy thêm một cơ hội, dù anh từng đánh chị gãy tay.', 'vi-vio-romance-excuse'],
    // "killed his wife because ..." and causes put on the victim
    ['Gã trai sát hại bạn gái vì cô nhắn tin với người đàn ông khác.', 'vi-vio-motive-clause'],
    ['Chồng quánh vợ nhập viện vì vợ đi đánh bài.', 'vi-vio-motive-clause'],
    ['Người vợ bị chồng đánh vì không chịu nấu cơm.', 'vi-vio-motive-clause'],
    ['Vì chị về nhà ngoại không xin phép, chồng chị đã đánh chị.', 'vi-vio-victim-cause-fronted'],
    ['Chị bị chồng đánh sau khi đi hát karaoke về muộn.', 'vi-vio-victim-conduct'],
    ['Nạn nhân đã chủ động nhắn tin làm quen với nghi phạm trước khi bị xâm hại.', 'vi-vio-victim-blaming'],
    ['Nữ nhân viên bị sếp quấy rối, có người cho rằng do cô thân thiện quá mức.', 'vi-vio-victim-blaming'],
    ['Con gái đi bar mặc váy ngắn cũn cỡn thì bị sàm sỡ cũng đừng có kêu ca!', 'vi-vio-victim-blaming'],
    ['Không ít cô gái trẻ vì ham việc nhẹ lương cao đã tự đẩy mình vào tay bọn buôn người bên kia biên giới.', 'vi-vio-victim-blaming'],
    ['Nếu cô ấy không đi một mình thì đã không bị xâm hại.', 'vi-vio-victim-blaming'],
    ['Cô gái là tình cũ của thủ phạm nên bị hắn sát hại.', 'vi-vio-victim-blaming'],
    // minimising
    ['Chỉ vì vài câu cãi vã, người chồng tát vợ mấy cái. Chuyện tưởng nhỏ nhưng bị con gái quay clip đưa lên mạng.', 'vi-vio-minimising'],
    ['Xuất phát từ mong muốn học trò tiến bộ, thầy giáo đã dùng thước kẻ đánh nhiều em học sinh lớp 2 bầm tím tay.', 'vi-vio-minimising'],
    ['Không đánh thì sao nên người, bà nội nói về việc cháu bị bố đánh bầm tím.', 'vi-vio-minimising'],
    ['Hiệu trưởng nói việc giáo viên đánh học sinh chỉ là biện pháp giáo dục.', 'vi-vio-minimising'],
    ['Vụ việc dù sao cũng là chuyện riêng của gia đình, chính quyền xã chỉ nên hòa giải để hai vợ chồng sớm đoàn tụ.', 'vi-vio-minimising'],
    ['Người chồng sát hại vợ. Hàng xóm kể vợ chồng anh vẫn hay lời ra tiếng vào.', 'vi-vio-minimising'],
    ['Người cha đánh con gãy tay. Ông nói: "Tôi đánh con tôi, mắc mớ gì đến người ngoài".', 'vi-vio-minimising'],
    // labels, euphemisms, identification, detail, passives
    ['Vợ cả cùng em gái lột đồ, đổ mắm lên người “tiểu tam” giữa chợ', 'vi-vio-romance-excuse'],
    ['Lão già dâm ô bị bắt sau khi xâm hại bé gái hàng xóm.', 'vi-vio-sensational-label'],
    ['Nam sinh lớp 11 và bạn gái 14 tuổi “vượt rào” trong nhà nghỉ, gia đình nữ sinh làm đơn tố cáo', 'vi-vio-sexual-euphemism'],
    ['Ép bạn gái 15 tuổi “chuyện ấy” rồi quay clip, nam thanh niên bị khởi tố', 'vi-vio-sexual-euphemism'],
    ['Người đàn ông sống như vợ chồng với thiếu nữ 14 tuổi.', 'vi-vio-sexual-euphemism'],
    ['Bé gái 13 tuổi bị gã hàng xóm hại đời.', 'vi-vio-sexual-euphemism'],
    ['Nữ sinh lớp 10 Trường THPT Hậu Lộc 2 bị lộ ảnh nhạy cảm, nhà trường đang vào cuộc', 'vi-vio-child-identification'],
    ['Nữ sinh Trần Thị Bảo Ngọc (lớp 9B) bị nhóm bạn đánh hội đồng ngay sau giờ tan học', 'vi-vio-child-identification'],
    ['Cháu Lê Thị H. (SN 2014, trú tại xã Quảng Hòa) bị cha dượng xâm hại.', 'vi-vio-child-identification'],
    ['Người chồng siết cổ vợ cho đến chết rồi bỏ trốn.', 'vi-vio-graphic-detail'],
    ['Bé gái bị hãm hại ngay trong nhà.', 'vi-vio-agentless-passive'],
  ])('%s -> %s', (text, id) => {
    expect(spanRules(text)).toContain(id);
  });
});

describe('vi violence: stories about an incident are recognised (no help-line -> document finding)', () => {
  it.each([
    'Quen qua mạng, nữ sinh viên nhẹ dạ gửi ảnh nóng cho “bạn trai” rồi bị tống tiền 50 triệu đồng',
    'Nhiều nữ sinh bị quay lén khi tắm tại ký túc xá.',
    'Người đàn ông liên tục nhắn tin khiêu dâm, gửi ảnh nhạy cảm cho nữ sinh lớp 8.',
    'Người chồng cấm vợ ra khỏi nhà, không cho gặp gia đình suốt nhiều năm.',
    'Bé gái 14 tuổi bị ép tảo hôn với người đàn ông hơn 20 tuổi.',
    'Hai chị em bị người quen lừa sang Trung Quốc bán cho đàn ông làm vợ.',
    'Chị kể đã nhiều lần bị chồng dùng thắt lưng quất vào người.',
    'Bé trai 6 tuổi bị mẹ kế dùng que nóng dí vào tay.',
    'Chồng ép vợ quan hệ dù vợ đang ốm.',
    'Ổng uýnh bả bầm mình mẩy.',
    'Học sinh lớp 3 bị giáo viên đánh bầm tím tay.',
  ])('%s', (text) => {
    expect(docFinding(text)).toBe(true);
  });
});

describe('vi violence: near misses stay clean', () => {
  it.each([
    // the known false findings of earlier rounds
    'Chị bị mẹ chồng đánh thức dậy lúc 4 giờ sáng để nấu cơm.',
    'Học sinh bị giáo viên đánh giá thấp vì hay nói chuyện riêng.',
    'Mẹ nhốt con trong phòng để học bài.',
    // not gender-based violence; procedure, statistics and awareness texts
    'Bác sĩ Nguyễn Văn Sơn, khoa Cấp cứu, bị người nhà bệnh nhân hành hung ngay trong ca trực. Công an phường đã tạm giữ đối tượng.',
    'Giám đốc Sở Y tế đề nghị các bệnh viện bảo đảm bí mật thông tin của trẻ em bị xâm hại khi cung cấp cho báo chí.',
    'Theo nguyện vọng của gia đình, khoa bố trí điều dưỡng nữ hỗ trợ khi khám cho bé gái nghi bị xâm hại; toàn bộ thông tin của bé được giữ kín.',
    'Theo báo cáo của các cơ quan chức năng, phần lớn các vụ xâm hại tình dục trẻ em do người quen, họ hàng hoặc hàng xóm của trẻ gây ra.',
    'Đánh con không phải cách dạy con nên người, chuyên gia tâm lý khuyên.',
    // health advice that shares words with the rules
    'Thủ dâm trước khi ngủ có ảnh hưởng đến sức khỏe không?',
    'Ung thư cổ tử cung đang đe dọa sức khỏe chị em phụ nữ.',
    'Trẻ tự kỷ thường không kiềm chế được cảm xúc, cha mẹ cần kiên nhẫn.',
    'Sau khi uống rượu say, không nên lái xe hay tắm nước lạnh.',
    'Thuốc có thể gây kích động, mất ngủ ở một số bệnh nhân.',
    'Theo luật, hành vi cưỡng ép tảo hôn bị xử phạt hành chính từ 10 đến 20 triệu đồng.',
    'Sinh viên năm 2 Trường Đại học Y Dược tham gia hiến máu tình nguyện.',
  ])('%s', (text) => {
    expect(violence(text)).toEqual([]);
  });

  it.each([
    // statements that reject the excuse or discuss the wording
    'Theo các chuyên gia truyền thông, những cụm từ như “ghen tuông mù quáng” hay “vì quá yêu” trên mặt báo vô tình biện minh cho người gây bạo lực.',
    'Không có bất kỳ lý do nào, kể cả rượu bia hay ghen tuông, có thể biện minh cho hành vi bạo lực với vợ, con.',
    'Ghen tuông không bao giờ là cái cớ để bạo hành người khác.',
    'Người cha bạo hành con vì muốn con nên người - luận điệu này bị các chuyên gia bác bỏ.',
    // legal wording and medical causes after "vì"/"do"
    'Người đàn ông bị bắt vì đánh vợ gây thương tích.',
    'Tòa án nhân dân tỉnh tuyên phạt bị cáo chung thân về tội giết người vì đã sát hại vợ con.',
    'Người chồng bị khởi tố sau khi đánh vợ nhập viện vì chấn thương sọ não.',
    'Người vợ bị chồng đâm trọng thương do mất nhiều máu nên đã tử vong.',
    'Người chồng đâm vợ rồi tự sát vì sợ bị bắt.',
    'Người chồng đánh vợ vì bất kỳ lý do gì cũng là hành vi vi phạm pháp luật.',
    // a cause that explains the victim's staying, not the attack; the victim's day without blame
    'Vì con còn nhỏ, chị chưa thể rời khỏi nhà dù bị chồng đánh nhiều lần.',
    'Khi về đến nhà, chị phát hiện con gái bị cha dượng xâm hại.',
    'Cô gái bị đánh giá thấp vì là nữ trong ngành kỹ thuật.',
    'Chị Lan kể chồng chị là người tốt, ai cũng quý anh.',
  ])('%s (no span finding)', (text) => {
    expect(spanRules(text)).toEqual([]);
  });
});
