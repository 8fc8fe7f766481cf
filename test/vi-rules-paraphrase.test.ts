import { describe, expect, it } from 'vitest';
import { assess } from '../src/index.js';

// The Vietnamese packs should know each problem, not the wording of the cases they were tuned on: every class below is
// written several ways (word order, a word in between, headline capitals, NFD, old tone placement), and each class has
// near misses that a trainer would leave alone (health advice, statistics, gender as the point, counter-stereotypes).
const findings = (text: string) => assess(text, { lang: 'vi' }).findings.filter((f) => f.family !== 'representation');
const spanRules = (text: string) => findings(text).filter((f) => f.scope !== 'document').map((f) => f.ruleId);

describe('vi stereotyping: paraphrases of one problem are all found', () => {
  it.each([
    ['Nữ điều dưỡng có nụ cười duyên và đôi mắt long lanh luôn được bệnh nhân yêu mến.', 'vi-str-looks-praise'],
    ['Cô bác sĩ trẻ có đôi mắt biết nói khiến ai cũng muốn được khám.', 'vi-str-looks-praise'],
    ['Dù đã ngoài 50 nhưng nữ giám đốc vẫn trẻ trung như gái đôi mươi.', 'vi-str-looks-praise'],
    ['BÁC SĨ XINH NHƯ HOA HẬU GÂY SỐT CỘNG ĐỒNG MẠNG', 'vi-str-looks-praise'],
    ['Vợ là người giữ ngọn lửa hạnh phúc trong gia đình.', 'vi-str-innate-calling'],
    ['Là phụ nữ, việc đầu tiên là phải chăm sóc gia đình.', 'vi-str-innate-calling'],
    ['Phụ nữ sinh ra là để làm mẹ.'.normalize('NFD'), 'vi-str-innate-calling'],
    ['Dọn dẹp nhà cửa là việc của vợ.', 'vi-str-domestic-duty'],
    ['Chồng đi làm kiếm tiền, vợ ở nhà nội trợ là hợp lý.', 'vi-str-domestic-duty'],
    ['Đàn ông đâu cần biết nấu ăn.', 'vi-str-domestic-duty'],
    ['Là đàn ông, anh phải lo cho vợ con đầy đủ.', 'vi-str-breadwinner'],
    ['Ông xã là trụ cột, bà xã là nội tướng.', 'vi-str-breadwinner'],
    ['Phụ nữ thời nay vừa phải giỏi việc cơ quan vừa phải đảm việc nhà.', 'vi-str-double-burden'],
    ['Các chị đã vẹn tròn cả hai vai.', 'vi-str-double-burden'],
    ['Gia đình anh mong có đứa con trai để nối dõi.', 'vi-str-son-preference'],
    ['Cả nhà thở phào khi lần sinh thứ ba là con trai.', 'vi-str-son-preference'],
    ['Nhà có ba con gái nhưng anh vẫn chưa hoàn thành nhiệm vụ với dòng họ.', 'vi-str-son-preference'],
    ['Hiếm có chàng trai nào chọn theo nghề hộ sinh như anh.', 'vi-str-surprise-framing'],
    ['Tưởng chừng nghề lái xe cấp cứu chỉ dành cho cánh đàn ông, vậy mà chị đã gắn bó 15 năm.', 'vi-str-surprise-framing'],
    ['Phụ nữ khéo léo và kiên nhẫn hơn nên hợp với nghề chăm sóc.', 'vi-str-innate-trait'],
    ['Các ông bố vốn vụng về khi tắm cho con.', 'vi-str-innate-trait'],
    ['Cảm ơn anh em khoa Cấp cứu đã không quản ngại khó khăn.', 'vi-str-generic-masculine'],
    ['Tặng hoa cho một nửa thế giới trong khoa nhân ngày 20/10.', 'vi-str-weaker-sex'],
    ['BS Lê Thu Trang, vợ của PGS.TS Nguyễn Văn Bình, vừa bảo vệ luận án.', 'vi-str-defined-by-relative'],
  ])('%s -> %s', (text, id) => {
    expect(spanRules(text)).toContain(id);
  });
});

describe('vi stereotyping: near misses stay clean', () => {
  it.each([
    'Là phụ nữ, bạn cần chăm sóc sức khỏe bản thân và khám phụ khoa định kỳ.',
    'Nam giới thường ít đi khám sức khỏe định kỳ hơn nữ giới.',
    'Chị ấy là trụ cột kinh tế trong nhà từ khi chồng mất.',
    'Người bệnh có quyền yêu cầu bác sĩ nữ khám.',
    'Đoàn gồm 6 bác sĩ nam và 5 bác sĩ nữ lên đường hỗ trợ vùng lũ.',
    'Hiếm muộn có thể do người chồng hoặc người vợ.',
    'Khoa Sản vừa đón bé trai nặng 3,5kg chào đời an toàn.',
    'Bố mẹ mong con khỏe mạnh, trai hay gái đều quý.',
    'Bé gái 3 tuổi có đôi mắt đỏ, chảy nước mắt nhiều do viêm kết mạc.',
    'Bác sĩ hướng dẫn chị em chăm sóc da để có làn da đẹp.',
    'Chị Hoa mổ đẹp, đường khâu gọn gàng.',
    'Vườn hoa trước khoa Nhi khoe sắc rực rỡ.',
    'Anh Tùng chăm con khéo léo, chu đáo dù là lần đầu làm bố.',
    'Dù là con trai hay con gái, trẻ dậy thì đều cần được tư vấn.',
    'Những người cha đưa con đi tiêm chủng vào sáng thứ bảy.',
    'Chị Lan, vợ anh Bảo, được đưa đến trạm y tế cấp cứu.',
    'Nu bac si xinh dep vua mo thanh cong.',
    'Chị Mai, 35 tuổi, mẹ của hai con, bị ung thư vú giai đoạn 2.',
    'Bà nội trợ 60 tuổi nhập viện vì ngộ độc nấm.',
    'Mẹ cần cho con bú ngay sau sinh.',
    'Ông bà nội chăm cháu giúp con dâu đi làm.',
    'Vợ chồng anh Hùng cùng nhau chăm sóc con nhỏ.',
    'Là phụ nữ, bạn cần lo cho sức khỏe của mình trước tiên.',
    'Là phụ nữ, bạn nên nấu ăn lành mạnh cho bản thân.',
    'Các chị điều dưỡng thường cẩn thận kiểm tra hồ sơ bệnh án.',
    'Bố mẹ mong con trai sớm bình phục sau ca mổ.',
    'Chị Nga bán hàng ở chợ, là trụ cột của gia đình từ khi chồng mất.',
    'Nhiều ông bố đã cùng vợ tham gia lớp học tiền sản cuối tuần.',
    'Trạm y tế xã có 5 cán bộ, trong đó 3 nữ, 2 nam.',
    'Bác sĩ Nam và bác sĩ Hoa cùng thực hiện ca phẫu thuật kéo dài 6 giờ.',
  ])('%s', (text) => {
    expect(findings(text).filter((f) => f.family === 'stereotyping')).toEqual([]);
  });
});

describe('vi violence: paraphrases of one problem are all found', () => {
  it.each([
    ['Người phụ nữ bị chồng đánh nhập viện. Theo hàng xóm, chị thường xuyên đi sớm về muộn khiến chồng bực tức.', 'vi-vio-victim-blaming'],
    ['Người chồng đâm vợ. Hàng xóm nói chị hay đi làm về muộn nên hai vợ chồng hay cãi nhau.', 'vi-vio-victim-blaming'],
    ['Bị chồng đánh nhiều lần nhưng chị vẫn không biết điều, liên tục cãi lại.', 'vi-vio-victim-blaming'],
    ['Mẹ nên dạy con gái ăn mặc kín đáo để tránh bị kẻ xấu để ý.', 'vi-vio-victim-blaming'],
    ['LỬA GHEN BÙNG LÊN, CHỒNG ĐÂM VỢ TRỌNG THƯƠNG', 'vi-vio-romance-excuse'],
    ['Chàng trai đâm bạn gái vì bị cô chia tay để đến với người khác.', 'vi-vio-romance-excuse'],
    ['Do không được vợ cho tiền uống rượu, người chồng đã đánh vợ.', 'vi-vio-romance-excuse'],
    ['Người chồng bị trầm cảm lâu năm nên đã sát hại vợ con.', 'vi-vio-romance-excuse'],
    ['Bị chồng bạo hành, chị được gia đình khuyên nên cố gắng nhịn vì các con.', 'vi-vio-romance-excuse'],
    ['Chị chấp nhận bị đánh để giữ gia đình cho con có bố.', 'vi-vio-romance-excuse'],
    ['Theo công ty, tin nhắn gạ tình của trưởng phòng chỉ là một sự hiểu lầm.', 'vi-vio-minimising'],
    ['Hai vợ chồng xảy ra cự cãi, người chồng dùng dao đâm vợ.', 'vi-vio-minimising'],
    ['Gã hàng xóm dâm dê xâm hại bé gái.', 'vi-vio-sensational-label'],
    ['Nhiều thiếu nữ vùng cao đã bị lừa bán sang bên kia biên giới.', 'vi-vio-agentless-passive'],
    ['Một nữ sinh bị xâm hại khi đi chơi cùng bạn trai quen trên mạng.', 'vi-vio-agentless-passive'],
    ['Hung thủ dùng búa đập liên tiếp vào đầu nạn nhân đến khi bất động.', 'vi-vio-graphic-detail'],
    ['Đối tượng cởi quần áo bé gái và có hành vi sờ mó vùng kín.', 'vi-vio-graphic-detail'],
    ['Công an giải cứu 4 thiếu nữ bị ép bán dâm, báo chí gọi các em là gái bán hoa.', 'vi-vio-sexual-euphemism'],
  ])('%s -> %s', (text, id) => {
    expect(spanRules(text)).toContain(id);
  });

  it.each([
    'Nữ nhân viên văn phòng bị quấy rối tình dục ngay tại nơi làm việc.',
    'Xôn xao clip nữ sinh bị đánh hội đồng trước cổng trường.',
    'Triệt phá đường dây mua bán phụ nữ sang biên giới.',
  ])('an incident of another kind is a violence story that needs a help-line: %s', (text) => {
    expect(findings(text).filter((f) => f.scope === 'document').map((f) => f.ruleId)).toEqual(['vi-vio-missing-support']);
  });
});

describe('vi violence: near misses stay clean', () => {
  it.each([
    'Năm 2024, toàn tỉnh phát hiện 27 vụ trẻ em bị xâm hại tình dục, giảm 6 vụ so với năm trước.',
    'Bệnh viện bố trí phòng khám riêng để tiếp nhận phụ nữ bị xâm hại tình dục theo nguyện vọng.',
    'Bác sĩ trình bày chuyên đề về dấu hiệu nhận biết trẻ bị xâm hại và cách hỗ trợ ban đầu.',
    'Các chuyên gia cho rằng cụm từ “vì ghen” trong tiêu đề các vụ giết vợ vô tình đổ lỗi cho nạn nhân.',
    'Kế hoạch truyền thông xóa bỏ quan niệm cho rằng bạo lực gia đình là “chuyện riêng” của mỗi nhà.',
    'Người bị bạo lực gia đình không nên im lặng chịu đựng vì con cái; hãy gọi 111 hoặc 113.',
    'Cha mẹ nên giữ mối quan hệ gần gũi với con gái tuổi dậy thì.',
    'Lực lượng cứu hộ giải cứu 2 người mắc kẹt trong thang máy.',
    'Khi trẻ sốt, cha mẹ sờ người bé thấy nóng thì cần đo nhiệt độ.',
    'Chị em nên tự sờ ngực hằng tháng để phát hiện sớm khối u.',
    'Nhóm học sinh đá bóng khiến bạn bị ngã gãy tay, nhà trường đã đưa em đi viện.',
    'Người mẹ cởi quần áo cho bé để lau mát khi sốt cao.',
    'Do yêu cầu chuyên môn, bệnh viện cử 2 bác sĩ đi học tập.',
    'Trung tâm tuyển kỹ thuật viên X-quang, không tuyển nữ do yêu cầu công việc.',
    'Nữ sinh bị ngộ độc thực phẩm sau bữa tiệc sinh nhật có rượu bia.',
    'Kháng sinh bị lạm dụng khiến vi khuẩn kháng thuốc.',
    'Trẻ bị quấy rối giấc ngủ do tiếng ồn.',
    'Hãy trò chuyện vui vẻ với trẻ 3 tuổi mỗi ngày.',
    'Cha mẹ nên xây dựng mối quan hệ với con gái 13 tuổi dựa trên sự tin tưởng.',
    'Bé bị đâm vào tay khi nghịch kéo.',
    'Người chồng về nhà lúc 2 giờ sáng rồi đánh vợ. Người bị bạo lực gia đình hãy gọi 1800 8027.',
    'Chị bỏ nhà đi vì bị chồng đánh đập nhiều năm, nay đã được Hội Phụ nữ xã hỗ trợ.',
  ])('%s', (text) => {
    expect(findings(text).filter((f) => f.family === 'violence')).toEqual([]);
  });
});
