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

// Classes of wording from the mixed vi-8 set, each written in sibling forms (headline, regional, first person, another
// subject or object), with near misses that share the words but not the problem.
describe('vi-8 classes: sibling wordings are found', () => {
  it.each([
    ['Tình yêu không được đáp lại, gã trai phóng hỏa đốt nhà cô gái.', 'vi-vio-romance-excuse'],
    ['Tỏ tình bị khước từ, nam sinh đâm bạn nữ trọng thương.', 'vi-vio-romance-excuse'],
    ['Sát hại vợ cũ vì chị không chịu tái hợp.', 'vi-vio-romance-excuse'],
    ['Đâm bạn gái vì cô từ chối hẹn hò.', 'vi-vio-romance-excuse'],
    ['Người chồng nổi khùng chém vợ trọng thương.', 'vi-vio-romance-excuse'],
    ['Trong lúc chếnh choáng hơi men, người chồng đánh vợ gãy tay.', 'vi-vio-romance-excuse'],
    ['Hắn về nhà trong tình trạng ngà ngà say rồi đánh vợ nhập viện.', 'vi-vio-romance-excuse'],
    ['Bé 8 tuổi bị mẹ kế đánh vì tội ăn vụng.', 'vi-vio-victim-blaming'],
    ['Cháu bé bị cha dượng đánh chỉ vì lỡ làm đổ nồi cơm.', 'vi-vio-victim-blaming'],
    ['Người chồng đánh vợ, hàng xóm nói tại bà vợ hay chì chiết.', 'vi-vio-victim-blaming'],
    ['Chồng đánh chị nhập viện; chị nên xem lại vì chị hay cằn nhằn, không khéo chiều chồng.', 'vi-vio-victim-blaming'],
    ['Theo hàng xóm, chị hay cãi lại chồng nên hai vợ chồng thường xảy ra xô xát.', 'vi-vio-minimising'],
    ['Thầy giáo bị tố "mây mưa" với học trò 15 tuổi ngay tại phòng học.', 'vi-vio-sexual-euphemism'],
    ['Gã hàng xóm "ăn nằm" với thiếu nữ 14 tuổi.', 'vi-vio-sexual-euphemism'],
    ['Gã thanh niên dụ dỗ nữ sinh lớp 7 "vượt rào" khiến em mang thai.', 'vi-vio-sexual-euphemism'],
    ['Sản phụ 14 tuổi nhập viện; em mang thai sau khi "ăn trái cấm" với bạn trai 22 tuổi.', 'vi-vio-sexual-euphemism'],
    ['Gã trai dọa tung ảnh nóng của bạn gái nếu cô chia tay.', 'vi-vio-sexual-euphemism'],
    ['Triệt phá đường dây môi giới gái bán dâm nhí cho khách nước ngoài.', 'vi-vio-sexual-euphemism'],
    ['Ả tiểu tam phá nát gia đình người khác.', 'vi-str-diminutive-label'],
    ['Cô nàng trà xanh chen chân vào cuộc hôn nhân của bạn thân.', 'vi-str-diminutive-label'],
    ['Ban Chấp hành Công đoàn kính chúc những bông hoa của Trung tâm luôn rạng ngời.', 'vi-str-diminutive-label'],
    ['Các chân dài ngành dược đọ sắc tại hội diễn văn nghệ.', 'vi-str-diminutive-label'],
    ['Phụ nữ không cần thăng tiến, lo cho chồng con là đủ.', 'vi-str-belittling'],
    ['PHỤ NỮ ĐỪNG CỐ LÀM SẾP', 'vi-str-belittling'],
    ['Con gái theo chi nghề bác sĩ cho khổ thân.', 'vi-str-belittling'],
    ['Chị em điều dưỡng vốn khéo tay, tỉ mỉ nên rất hợp với công việc tiêm truyền.', 'vi-str-innate-trait'],
    ['Cánh mày râu vốn khỏe nên phù hợp với nghề bốc vác.', 'vi-str-innate-trait'],
  ])('%s -> %s', (text, id) => {
    expect(spanRules(text)).toContain(id);
  });

  it.each([
    'Hai vợ chồng thường xuyên xảy ra xô xát, người vợ nhiều lần phải sang nhà hàng xóm lánh nạn.',
    'Phát hiện chồng cặp bồ, người vợ dẫn người nhà xông vào xé áo, cắt tóc cô gái.',
    'Bé gái 12 tuổi sinh con tại trạm y tế xã.',
    'Nam thanh niên tung clip nhạy cảm của người yêu cũ lên Facebook.',
    'Bị từ chối, gã trai đổ xăng đốt nhà người yêu cũ.',
    'Tôi lấy chồng năm 19 tuổi. Chỉ sau một năm, anh bắt đầu đánh tôi mỗi khi thua bạc.',
    'Chồng tôi thường xuyên chửi bới, sỉ nhục tôi trước mặt con.',
    'Hỏi: Chồng tôi giữ hết lương của tôi. Đáp: Đó là bạo lực về kinh tế theo Luật Phòng, chống bạo lực gia đình năm 2022.',
    'Ảnh: Em Trần Thị Thu H. đang được điều trị tại Bệnh viện Nhi sau khi bị xâm hại.',
  ])('an incident in other words is a violence story that needs a help-line: %s', (text) => {
    expect(findings(text).filter((f) => f.scope === 'document').map((f) => f.ruleId)).toEqual(['vi-vio-missing-support']);
  });

  it.each([
    'Chị uống trà xanh mỗi sáng để giữ dáng.',
    'Bánh trà xanh và trà sữa là món được giới trẻ yêu thích.',
    'Hai vợ chồng xảy ra tranh luận về việc chọn trường cho con.',
    'Sản phụ 34 tuổi chuyển dạ sinh ba tại Bệnh viện Phụ sản.',
    'Thai phụ sinh năm 1995 mang thai đôi được theo dõi sát.',
    'Bé gái 15 tuổi mang thai ngoài tử cung được mổ cấp cứu, sức khỏe ổn định.',
    'Luật Phòng, chống bạo lực gia đình năm 2022 có hiệu lực từ 1/7/2023.',
    'Anh ấy đánh cầu lông với tôi mỗi chiều.',
    'Chồng tôi giữ hết tiền tiết kiệm của cả nhà trong ngân hàng.',
    'Cô ấy nổi điên vì máy tính hỏng đúng lúc nộp bài.',
    'Sau bữa tiệc, anh ngà ngà say nên gọi taxi về nhà.',
    'Bé làm vỡ điện thoại của bố, bố nhẹ nhàng nhắc nhở.',
    'Nhà trường tổ chức đá bóng, các em xông vào tranh bóng.',
    'Chúc các bông hoa trong vườn trường luôn tươi thắm.',
    'Tập thể nữ cán bộ trung tâm chụp ảnh lưu niệm ngày 8/3.',
    'Chị em điều dưỡng khoa Nhi rất khéo tay trong việc gấp hạc giấy tặng bệnh nhi.',
    'Phụ nữ không nên mang vác nặng trong 3 tháng đầu thai kỳ.',
    'Khảo sát tại 20 trường cho thấy 12% học sinh từng bị bạn bè bắt nạt; ngành Y tế sẽ tư vấn tâm lý học đường.',
    'Theo chuyên gia, nhiều bài báo vẫn dùng cụm từ “vì ghen” hay “yêu râu xanh” khi đưa tin.',
    'Con gái chị học chi nhánh ngân hàng gần nhà.',
    'Khi bị xâm hại, trẻ cần báo ngay cho người lớn tin cậy.',
    'Tình cảm không được đáp lại khiến cô buồn suốt mùa hè.',
    'Anh ấy từ chối quay lại công ty cũ vì lương thấp.',
    'Bị tiểu tam “nẫng tay trên”, người vợ trẻ rơi vào trầm cảm phải nhập viện điều trị.',
  ])('near miss: %s', (text) => {
    expect(findings(text).filter((f) => f.family === 'violence')).toEqual([]);
    if (!/tiểu tam/.test(text)) expect(findings(text).filter((f) => f.family === 'stereotyping')).toEqual([]);
  });
});

describe('vi violence: excuses and labels around an attack, in more wordings', () => {
  it.each([
    ['Cô gái bị sàm sỡ trên xe buýt, nhiều người cho rằng do cô mặc váy quá ngắn.', 'vi-vio-victim-blaming'],
    ['Thầy giáo phạt học sinh quỳ, tát vào mặt vì em không thuộc bài.', 'vi-vio-victim-blaming'],
    ['Cô vợ lăng loàn bị chồng đánh trọng thương.', 'vi-vio-victim-blaming'],
    ['Nàng dâu bị chồng đánh đập vì không sinh được con trai.', 'vi-vio-victim-blaming'],
    ['Người chồng bị bắt vì bạo hành vợ, anh ta khai do vợ không chịu nấu cơm.', 'vi-vio-victim-blaming'],
    ['Cô giáo mầm non bạo hành trẻ: "Tôi chỉ muốn dạy cháu cho ngoan".', 'vi-vio-minimising'],
    ['Người mẹ nói chỉ đánh con "cho nhớ", không ngờ cháu bị thương nặng.', 'vi-vio-minimising'],
    ['Gã chồng "nóng tính" đánh vợ nhập viện.', 'vi-vio-romance-excuse'],
    ['Bé gái bị gã hàng xóm "giở trò" khi đang chơi một mình.', 'vi-vio-sexual-euphemism'],
  ])('%s -> %s', (text, id) => {
    expect(spanRules(text)).toContain(id);
  });

  it.each([
    'Cô giáo đánh vần cho học sinh lớp 1 từng chữ.',
    'Cô giáo chỉ muốn dạy các cháu cho ngoan, biết chào hỏi người lớn.',
    'Mẹ phạt con đứng góc nhà cho nhớ, không đánh đòn.',
    'Chị mặc váy quá ngắn so với quy định của bệnh viện khi đi trực.',
    'Vì không sinh được con trai, chị bị áp lực nên đi khám tâm lý.',
    'Do vợ không chịu nấu cơm, anh tự vào bếp nấu cho cả nhà.',
    'Say rượu, người đàn ông ngủ quên bên vệ đường.',
    'Đối tượng giở trò lừa đảo qua điện thoại khiến nhiều người mất tiền.',
  ])('near miss: %s', (text) => {
    expect(findings(text).filter((f) => f.family === 'violence')).toEqual([]);
  });
});

describe('vi stereotyping: more sibling wordings from vi-8', () => {
  it.each([
    ['Cô y tá có gương mặt thiên thần gây sốt mạng xã hội.', 'vi-str-looks-praise'],
    ['Đóa hồng gai của ngành công an.', 'vi-str-gendered-metaphor'],
    ['Phụ nữ chẳng nên ham sự nghiệp quá mà bỏ bê gia đình.', 'vi-str-belittling'],
    ['Mẹ ơi, đừng để bé trai chơi búp bê kẻo ẻo lả.', 'vi-str-innate-trait'],
  ])('%s -> %s', (text, id) => {
    expect(spanRules(text)).toContain(id);
  });

  it.each([
    'Em bé có gương mặt thiên thần ngủ ngon trong vòng tay mẹ.',
    'Bé trai thích chơi búp bê là bình thường, cha mẹ đừng lo.',
    'Phụ nữ không được dùng thuốc này khi mang thai.',
    'Bông hồng gai trong vườn nở rộ.',
  ])('near miss: %s', (text) => {
    expect(findings(text).filter((f) => f.family === 'stereotyping')).toEqual([]);
  });
});

describe('vi violence: abuse described without the usual verbs is still an incident', () => {
  it.each([
    'Một phụ nữ bị đánh gãy tay tại nhà riêng.',
    'Bé trai 5 tuổi bị bỏng nặng sau khi bị dội nước sôi.',
    'Người vợ bị chồng nhốt trong nhà, không cho ăn suốt ba ngày.',
    'Chồng bắt vợ quỳ giữa sân trong đêm lạnh.',
    'Mẹ kế dùng kẹp phơi đồ kẹp vào miệng bé 4 tuổi.',
  ])('%s', (text) => {
    expect(findings(text).filter((f) => f.scope === 'document').map((f) => f.ruleId)).toEqual(['vi-vio-missing-support']);
  });

  it.each([
    'Bé bị bỏng do vô tình làm đổ nước sôi, mẹ đưa đi viện kịp thời.',
    'Bảo mẫu kẹp tóc cho bé gái trước giờ biểu diễn.',
    'Mẹ bắt con ăn rau mỗi bữa.',
    'Người mẹ bị ngã gãy tay khi lau nhà.',
    'Cô bảo mẫu véo má các cháu trêu đùa trong giờ chơi.',
  ])('near miss: %s', (text) => {
    expect(findings(text).filter((f) => f.family === 'violence')).toEqual([]);
  });
});

describe('vi violence: euphemisms for the abuser and blame for the woman, more forms', () => {
  it.each([
    ['Cú trượt chân của người cha: xâm hại con gái ruột.', 'vi-vio-minimising'],
    ['Nữ sinh bị thầy giáo sàm sỡ, nhà trường nói thầy chỉ "quan tâm quá mức".', 'vi-vio-minimising'],
    ['Ông bố "mất kiểm soát" đánh con nhập viện.', 'vi-vio-romance-excuse'],
    ['Cô dâu bị chồng đánh ngay đêm tân hôn vì "không còn trinh".', 'vi-vio-victim-blaming'],
    ['Chồng đánh vợ vì bị "nói nặng".', 'vi-vio-victim-blaming'],
  ])('%s -> %s', (text, id) => {
    expect(spanRules(text)).toContain(id);
  });

  it.each([
    'Xe mất kiểm soát lao vào nhà dân.',
    'Cô giáo quan tâm quá mức đến điểm số khiến học sinh áp lực.',
    'Anh nghỉ việc vì bị sếp chê kém.',
  ])('near miss: %s', (text) => {
    expect(findings(text).filter((f) => f.family === 'violence')).toEqual([]);
  });
});

describe('vi violence: the victim as the cause, harm called nothing, drink as the reason', () => {
  it.each([
    ['Chồng đánh vợ gãy tay, nguyên nhân do vợ đi làm về muộn không nấu cơm.', 'vi-vio-victim-blaming'],
    ['Chắc cô ta phải làm gì thì mới bị đánh như vậy.', 'vi-vio-victim-blaming'],
    ['Người chồng đánh vợ nhập viện, hàng xóm bảo không có lửa làm sao có khói.', 'vi-vio-victim-blaming'],
    ['Đánh con một chút để con nhớ thì có sao đâu.', 'vi-vio-minimising'],
    ['Người cha tát con gái rồi nói đánh vài roi thôi mà.', 'vi-vio-minimising'],
    ['Do uống rượu say, anh ta đã đánh vợ bất tỉnh.', 'vi-vio-romance-excuse'],
    ['Bé gái 9 tuổi bị xâm hại, gia đình cháu sống tại thôn 3, xã Hòa Bình.', 'vi-vio-child-identification'],
    ['Người phụ nữ bị đâm hàng chục nhát, máu chảy lênh láng khắp nhà.', 'vi-vio-graphic-detail'],
  ])('%s -> %s', (text, id) => {
    expect(spanRules(text)).toContain(id);
  });

  it.each([
    'Nguyên nhân do bé ăn nhiều đồ ngọt nên bị sâu răng.',
    'Do uống rượu say, anh ta bị tai nạn giao thông.',
    'Gia đình cháu sống tại thôn 3 rất hạnh phúc.',
    'Y tá phải làm gì khi bị kim đâm?',
    'Không có lửa làm sao có khói, tin đồn về công ty đã được xác nhận.',
  ])('near miss: %s', (text) => {
    expect(findings(text).filter((f) => f.family === 'violence')).toEqual([]);
  });
});

describe('vi-9 classes: dialect, trivial reasons, lures, slang for drink, euphemisms with a grade', () => {
  it.each([
    ['Chồng đánh vợ nhập viện vì canh mặn.', 'vi-vio-victim-blaming'],
    ['ĐÁNH VỢ VÌ CƠM NGUỘI', 'vi-vio-victim-blaming'],
    ['Gã chồng tát vợ chỉ vì mâm cơm dọn muộn.', 'vi-vio-victim-blaming'],
    ['Cô gái tin lời hứa việc nhẹ lương cao nên bị bán sang biên giới.', 'vi-vio-victim-blaming'],
    ['Người chồng nổi nóng ra tay với vợ vì vợ hay cãi lại.', 'vi-vio-victim-blaming'],
    ['Do say bí tỉ, gã chồng đánh vợ gãy tay.', 'vi-vio-romance-excuse'],
    ['Do xỉn quắc cần câu, thằng chả về nhà quánh vợ bầm dập giữa đêm.', 'vi-vio-romance-excuse'],
    ['Nữ sinh lớp 7 bị thầy giáo dụ làm chuyện người lớn nhiều lần.', 'vi-vio-sexual-euphemism'],
    ['Tên ác ôn xâm hại bé gái 8 tuổi.', 'vi-vio-sensational-label'],
    ['Chị Nguyễn Thị Mai, 30 tuổi, giáo viên Trường Tiểu học Kim Đồng, bị đối tượng sàm sỡ trên xe buýt.', 'vi-vio-survivor-identification'],
  ])('%s -> %s', (text, id) => {
    expect(spanRules(text)).toContain(id);
  });

  it.each([
    'Ổng say xỉn về quánh vợ con tơi bời.',
    'Thằng chả uýnh bả bầm mình mẩy.',
    'Bị bạn trai rủ đi ăn trái cấm, nữ sinh lớp 8 mang thai.',
  ])('an incident in dialect or euphemism is a violence story: %s', (text) => {
    expect(findings(text).map((f) => f.ruleId)).toContain('vi-vio-missing-support');
  });

  it.each([
    'Thầy giáo yêu học trò như con, luôn tận tụy với nghề.',
    'Anh ấy nổi nóng rồi ra tay giúp đỡ hàng xóm dập lửa.',
    'Vợ rủ chồng làm chuyện ấy sau khi sinh con bao lâu thì an toàn?',
    'Nhiều bạn trẻ ham việc nhẹ lương cao nên dễ bị lừa đảo qua mạng.',
    'Đội bóng quánh bại đối thủ 3-0.',
    'Cô Lan là đối tượng được hỗ trợ vay vốn.',
    'Khảo sát quốc gia về bạo lực cho thấy nhiều phụ nữ im lặng.',
    'Kẻ ác đã bị trừng trị trong truyện cổ tích Tấm Cám.',
    'Theo điều tra quốc gia năm 2019, gần 2/3 phụ nữ từng trải qua ít nhất một hình thức bạo lực do chồng gây ra.',
    'Nhiều người vẫn xem đánh vợ là chuyện riêng nhà người ta, đó là quan niệm sai lầm cần thay đổi.',
  ])('near miss: %s', (text) => {
    expect(findings(text).filter((f) => f.family === 'violence')).toEqual([]);
  });
});

describe('vi-9 stereotyping classes: allure labels, attire that draws the eye, flowers, Southern "đờn bà", looks-and-age job ads', () => {
  it.each([
    ['Nữ bác sĩ "vạn người mê" của khoa Nhi.', 'vi-str-looks-praise'],
    ['Bác sĩ điển trai “đốn tim” chị em khi livestream tư vấn sức khỏe', 'vi-str-looks-praise'],
    ['Nữ phó chủ tịch diện váy lộng lẫy, hút mọi ánh nhìn tại hội nghị.', 'vi-str-looks-praise'],
    ['Gửi tới các chị em, những bông hoa ngát hương của bệnh viện, lời chúc tốt đẹp nhất.', 'vi-str-diminutive-label'],
    ['Đờn bà thì phải lo cơm nước cho chồng.', 'vi-str-domestic-duty'],
    ['TUYỂN GẤP 02 NỮ LỄ TÂN: ngoại hình ưa nhìn, cao từ 1m58, dưới 25 tuổi. Nộp hồ sơ tại phòng khám.', 'vi-str-recruitment-looks-age'],
  ])('%s -> %s', (text, id) => {
    expect(spanRules(text)).toContain(id);
  });

  it.each([
    'Món bún chả đốn tim thực khách nước ngoài.',
    'Chị Lan thiết kế tòa nhà thu hút mọi ánh nhìn của giới kiến trúc.',
    'Các chị em trồng những bông hoa tươi thắm trong vườn.',
    'Hội thảo chỉ ra rằng khuôn mẫu “phụ nữ phải giỏi việc nước, đảm việc nhà” tạo gánh nặng kép cho lao động nữ ngành y.',
  ])('near miss: %s', (text) => {
    expect(findings(text).filter((f) => f.family === 'stereotyping')).toEqual([]);
  });

  it('a height or age limit in a notice for men is not a looks requirement', () => {
    const ids = spanRules('Tuyển bảo vệ. Yêu cầu: nam, cao từ 1m65, tuổi từ 25 đến 45; không tuyển nữ do tính chất công việc phải trực đêm.');
    expect(ids).not.toContain('vi-str-recruitment-looks-age');
  });
});

describe('vi violence: incidents with other perpetrators and other acts', () => {
  it.each([
    'Nữ sinh bị bạn cùng lớp đánh tới tấp vào mặt, clip lan truyền trên mạng.',
    'Một bé trai 3 tuổi bị bảo mẫu dốc ngược, đánh vào mông.',
    'Bà mẹ trẻ bị chồng ép quan hệ dù đang ở cữ.',
    'Chị H. bị chồng cũ theo dõi, nhắn tin đe dọa giết cả nhà.',
    'Người đàn ông giam lỏng vợ trong nhà suốt 3 tháng, không cho liên lạc với ai.',
    'Người vợ bị chồng cắt tóc, lột quần áo đuổi ra khỏi nhà giữa đêm đông.',
  ])('%s', (text) => {
    expect(findings(text).map((f) => f.ruleId)).toContain('vi-vio-missing-support');
  });

  it.each([
    'Học sinh bị cô giáo đánh giá thấp vì bài kiểm tra kém.',
    'Bệnh nhân bị cô giáo nhắc nhở vì đá bóng trong giờ học.',
    'Em bị bạn cùng lớp đá bóng trúng người.',
    'Hắn dọa sẽ xử lý hồ sơ trong tuần.',
    'Bà mẹ trẻ ở cữ nên kiêng quan hệ 6 tuần.',
    'Hai đội bóng xô xát trên sân, trọng tài rút thẻ đỏ.',
  ])('near miss: %s', (text) => {
    expect(findings(text).filter((f) => f.family === 'violence')).toEqual([]);
  });
});
