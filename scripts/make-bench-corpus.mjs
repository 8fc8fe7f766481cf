#!/usr/bin/env node
/**
 * Writes the benchmark corpora fixtures/bench/vi-corpus.jsonl and fixtures/bench/en-corpus.jsonl:
 * realistic health-department news articles composed from varied sentence templates, one article per
 * line as {id,title,body}. Deterministic (seeded PRNG): running it twice gives identical files.
 * A small share of sentences carry stereotyping or violence-framing phrases, as real news does.
 *
 *   node scripts/make-bench-corpus.mjs [--target-bytes 1500000]
 */
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const outDir = path.join(root, 'fixtures/bench');
const targetArg = process.argv.indexOf('--target-bytes');
const TARGET_BYTES = targetArg > 0 ? Number(process.argv[targetArg + 1]) : 1_500_000;

/** mulberry32: small, fast, good enough for picking templates. */
function prng(seed) {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** Thousands separators without depending on the ICU data Node was built with. */
const group = (n, sep) => String(n).replace(/\B(?=(\d{3})+$)/g, sep);

function makeFiller(rand) {
  const pick = (list) => list[Math.floor(rand() * list.length)];
  const int = (min, max) => min + Math.floor(rand() * (max - min + 1));
  /** Replaces {key} with a value from `vars` (a list: pick one; a function: call it). */
  const fill = (template, vars) =>
    template.replace(/\{(\w+)\}/g, (_, key) => {
      const value = vars[key];
      if (value === undefined) throw new Error(`no variable ${key}`);
      return typeof value === 'function' ? String(value()) : pick(value);
    });
  return { pick, int, fill };
}

// ---------------------------------------------------------------------------------------------
// Vietnamese

const VI = {
  family: ['Nguyễn', 'Trần', 'Lê', 'Phạm', 'Hoàng', 'Huỳnh', 'Phan', 'Vũ', 'Võ', 'Đặng', 'Bùi', 'Đỗ', 'Hồ', 'Ngô', 'Dương', 'Lý'],
  womanMiddle: ['Thị', 'Thị Thu', 'Thị Minh', 'Ngọc', 'Thị Thanh', 'Thị Hồng', 'Thùy'],
  manMiddle: ['Văn', 'Đức', 'Minh', 'Quang', 'Hữu', 'Thanh', 'Công'],
  womanGiven: ['Lan', 'Hoa', 'Hương', 'Mai', 'Hằng', 'Trang', 'Linh', 'Thảo', 'Ngân', 'Yến', 'Phương', 'Hạnh', 'Dung', 'Nga'],
  manGiven: ['Minh', 'Hùng', 'Dũng', 'Tuấn', 'Nam', 'Sơn', 'Hải', 'Long', 'Thắng', 'Quân', 'Phúc', 'Trung', 'Bình', 'Khoa'],
  title: ['bác sĩ', 'BSCKII', 'ThS.BS', 'TS.BS', 'PGS.TS', 'điều dưỡng', 'dược sĩ', 'kỹ thuật viên', 'hộ sinh'],
  role: ['Trưởng khoa', 'Phó trưởng khoa', 'Giám đốc', 'Phó giám đốc', 'Điều dưỡng trưởng', 'Trưởng phòng Kế hoạch tổng hợp', 'bác sĩ điều trị'],
  dept: ['Sản', 'Nhi', 'Hồi sức tích cực', 'Cấp cứu', 'Nội tim mạch', 'Ngoại chấn thương', 'Truyền nhiễm', 'Ung bướu', 'Chẩn đoán hình ảnh', 'Dinh dưỡng', 'Y học cổ truyền', 'Phục hồi chức năng'],
  unit: ['Bệnh viện Đa khoa tỉnh', 'Bệnh viện Sản Nhi tỉnh', 'Trung tâm Y tế huyện Lệ Thủy', 'Trung tâm Kiểm soát bệnh tật tỉnh', 'Bệnh viện Y học cổ truyền tỉnh', 'Trung tâm Y tế thành phố Đồng Hới', 'Bệnh viện Phổi tỉnh', 'Trạm Y tế xã Quảng Phú'],
  place: ['huyện Bố Trạch', 'huyện Quảng Ninh', 'thị xã Ba Đồn', 'huyện Tuyên Hóa', 'huyện Minh Hóa', 'thành phố Đồng Hới', 'xã Hải Ninh', 'phường Bắc Lý'],
  disease: ['sốt xuất huyết', 'tay chân miệng', 'cúm A', 'sởi', 'bạch hầu', 'lao phổi', 'tăng huyết áp', 'đái tháo đường', 'viêm gan B', 'ung thư cổ tử cung', 'suy dinh dưỡng'],
  activity: ['khám sàng lọc', 'tiêm chủng mở rộng', 'truyền thông giáo dục sức khỏe', 'phun hóa chất diệt muỗi', 'tập huấn chuyên môn', 'khám sức khỏe định kỳ', 'tư vấn dinh dưỡng', 'hiến máu tình nguyện'],
  group: ['người cao tuổi', 'trẻ em dưới 5 tuổi', 'phụ nữ mang thai', 'học sinh tiểu học', 'công nhân khu công nghiệp', 'người lao động tự do', 'hộ nghèo', 'đồng bào dân tộc thiểu số'],
};

function viGenerator(rand) {
  const { pick, int, fill } = makeFiller(rand);
  const woman = () => `${pick(VI.family)} ${pick(VI.womanMiddle)} ${pick(VI.womanGiven)}`;
  const man = () => `${pick(VI.family)} ${pick(VI.manMiddle)} ${pick(VI.manGiven)}`;
  const person = () => (rand() < 0.5 ? woman() : man());
  const vars = {
    ...VI,
    woman,
    man,
    person,
    n: () => int(2, 95),
    big: () => group(int(120, 9800), '.'),
    pct: () => `${int(5, 98)},${int(0, 9)}%`,
    day: () => int(1, 28),
    mon: () => int(1, 12),
    year: () => int(2019, 2026),
    age: () => int(2, 88),
    phone: () => `0232 3 ${int(100, 999)} ${int(100, 999)}`,
  };
  const titles = [
    '{unit} triển khai {activity} cho {group}',
    'Cứu sống bệnh nhân {age} tuổi mắc {disease} biến chứng nặng',
    'Ghi nhận {n} ca {disease} mới tại {place}',
    'Tăng cường phòng chống dịch {disease} trong mùa mưa',
    '{unit} tiếp nhận trang thiết bị trị giá {big} triệu đồng',
    'Hơn {big} {group} được {activity} miễn phí',
    'Khoa {dept} áp dụng kỹ thuật mới trong điều trị {disease}',
    'Nữ bác sĩ xinh đẹp của khoa {dept} và những ca trực xuyên đêm',
  ];
  const neutral = [
    'Ngày {day}/{mon}, {unit} đã tổ chức {activity} cho {big} {group} trên địa bàn {place}.',
    'Theo {title} {person}, {role} {dept}, số ca {disease} trong tuần tăng {pct} so với cùng kỳ năm trước.',
    'Bệnh nhân {age} tuổi, trú tại {place}, nhập viện trong tình trạng sốt cao, mệt mỏi, khó thở.',
    'Ngay sau khi tiếp nhận, ê-kíp khoa {dept} đã hội chẩn và chỉ định điều trị tích cực.',
    'Sau {n} ngày điều trị, sức khỏe bệnh nhân đã ổn định và được xuất viện.',
    'Trung tâm Kiểm soát bệnh tật tỉnh khuyến cáo người dân chủ động {activity} và đến cơ sở y tế khi có dấu hiệu bất thường.',
    'Từ đầu năm {year} đến nay, toàn tỉnh ghi nhận {big} ca {disease}, trong đó có {n} ca biến chứng nặng.',
    '{title} {person} cho biết, {disease} có thể phòng ngừa hiệu quả nếu được phát hiện sớm.',
    'Chương trình nhận được sự hỗ trợ kinh phí {big} triệu đồng từ ngân sách tỉnh và các nhà tài trợ.',
    'Đoàn công tác do {title} {person}, {role}, làm trưởng đoàn đã kiểm tra công tác phòng chống dịch tại {place}.',
    'Tỷ lệ {group} được {activity} đạt {pct}, vượt chỉ tiêu kế hoạch đề ra.',
    '“Chúng tôi đã chuẩn bị đầy đủ thuốc, vật tư và nhân lực để sẵn sàng ứng phó,” {title} {person} chia sẻ.',
    'Người dân có nhu cầu tư vấn có thể liên hệ đường dây nóng {phone} hoặc email lienhe@yte.example.vn.',
    'Hiện {unit} có {n} bác sĩ, {big} giường bệnh và {n} khoa phòng chuyên môn.',
    'Nhân dịp này, Sở Y tế đã tặng giấy khen cho {n} tập thể và {n} cá nhân có thành tích xuất sắc.',
    'Các chuyên gia khuyến cáo {group} cần ăn uống đủ chất, ngủ đủ giấc và vận động thường xuyên.',
    'Trong đợt cao điểm, khoa {dept} tiếp nhận trung bình {n} lượt bệnh nhân mỗi ngày.',
    'Kỹ thuật mới giúp rút ngắn thời gian nằm viện từ {n} ngày xuống còn {n} ngày, tiết kiệm chi phí cho người bệnh.',
    'Theo báo cáo của {unit}, năm {year} đơn vị đã khám cho {big} lượt người, điều trị nội trú {big} lượt.',
    'Tại buổi lễ, {title} {woman}, {role} {dept}, và {title} {man}, {role}, đã trao đổi kinh nghiệm chuyên môn.',
  ];
  // Stereotyping and violence framing, at a realistic low rate.
  const flagged = [
    'Dù là phụ nữ nhưng chị {womanGiven} luôn bình tĩnh, quyết đoán trong những ca khó.',
    'Nữ bác sĩ xinh đẹp {woman} nhận được nhiều lời khen của người bệnh.',
    'Ngoài công việc chuyên môn, chị {womanGiven} còn là tấm gương giỏi việc nước, đảm việc nhà.',
    'Chị luôn biết giữ lửa hạnh phúc gia đình dù bận rộn với những ca trực đêm.',
    'Bóng hồng duy nhất của ê-kíp phẫu thuật khoa {dept} đã có mặt từ sáng sớm.',
    'Anh {manGiven} là trụ cột của gia đình nên luôn cố gắng làm thêm.',
    'Theo hàng xóm, nạn nhân bị chồng đánh vì ghen tuông, một bi kịch tình yêu khiến cả xóm bàng hoàng.',
    'Người mẹ trẻ được khen là tròn vai người mẹ, hy sinh thầm lặng cho chồng con.',
  ];
  return { titles, neutral, flagged, vars, pick, int, fill };
}

// ---------------------------------------------------------------------------------------------
// English

const EN = {
  womanFirst: ['Sarah', 'Emily', 'Maria', 'Aisha', 'Grace', 'Laura', 'Priya', 'Hannah', 'Chloe', 'Fatima', 'Rachel', 'Nadia', 'Olivia', 'Mei'],
  manFirst: ['James', 'David', 'Michael', 'Ahmed', 'Daniel', 'Thomas', 'Raj', 'Samuel', 'Peter', 'Lucas', 'Omar', 'John', 'Ethan', 'Wei'],
  last: ['Smith', 'Johnson', 'Patel', 'Nguyen', 'Williams', 'Brown', 'Garcia', 'Okafor', 'Kim', 'Müller', 'Rossi', "O'Brien", 'Taylor', 'Khan', 'Chen'],
  title: ['Dr.', 'Prof.', 'nurse', 'pharmacist', 'midwife', 'paramedic', 'consultant'],
  role: ['head of the', 'deputy head of the', 'lead clinician in the', 'charge nurse in the', 'director of the', 'registrar in the'],
  dept: ['maternity unit', 'paediatrics department', 'intensive care unit', 'emergency department', 'cardiology ward', 'trauma unit', 'infectious diseases unit', 'oncology centre', 'radiology department', 'rehabilitation ward'],
  unit: ['the County General Hospital', "St Mary's Hospital", 'the Riverside Community Health Centre', 'the Regional Public Health Agency', 'the Northfield Children\'s Hospital', 'the City Health Department', 'Eastgate Primary Care Trust'],
  place: ['Northfield', 'Eastgate', 'the Riverside district', 'Millbrook', 'Harbour Town', 'the western valleys', 'Oakridge', 'Kingsbury'],
  disease: ['measles', 'influenza', 'dengue fever', 'tuberculosis', 'hypertension', 'type 2 diabetes', 'hepatitis B', 'cervical cancer', 'whooping cough', 'malnutrition'],
  activity: ['free screening', 'a vaccination drive', 'health education sessions', 'mosquito control spraying', 'clinical training', 'routine health checks', 'nutrition counselling', 'a blood donation campaign'],
  group: ['older adults', 'children under five', 'pregnant women', 'primary school pupils', 'factory workers', 'people on low incomes', 'rural households', 'care home residents'],
};

function enGenerator(rand) {
  const { pick, int, fill } = makeFiller(rand);
  const woman = () => `${pick(EN.womanFirst)} ${pick(EN.last)}`;
  const man = () => `${pick(EN.manFirst)} ${pick(EN.last)}`;
  const person = () => (rand() < 0.5 ? woman() : man());
  const months = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];
  const vars = {
    ...EN,
    woman,
    man,
    person,
    n: () => int(2, 95),
    big: () => group(int(120, 9800), ','),
    pct: () => `${int(5, 98)}.${int(0, 9)}%`,
    day: () => int(1, 28),
    month: () => pick(months),
    year: () => int(2019, 2026),
    age: () => int(2, 88),
    phone: () => `0800 ${int(100, 999)} ${int(1000, 9999)}`,
  };
  const titles = [
    '{unit} offers {activity} to {group}',
    'Patient, {age}, saved after severe {disease} complications',
    '{n} new cases of {disease} reported in {place}',
    'Health officials step up {disease} prevention ahead of the rainy season',
    '{unit} receives new equipment worth £{big},000',
    'More than {big} {group} receive {activity}',
    'The {dept} adopts a new technique for treating {disease}',
    'Pretty young doctor in the {dept} wins praise from patients',
  ];
  const neutral = [
    'On {day} {month}, {unit} held {activity} for {big} {group} across {place}.',
    'According to {title} {person}, {role} {dept}, cases of {disease} rose by {pct} compared with the same week last year.',
    'The {age}-year-old patient, who lives in {place}, was admitted with a high fever, fatigue and shortness of breath.',
    'Immediately after admission, the team in the {dept} held a case conference and started intensive treatment.',
    'After {n} days of treatment the patient was stable and was discharged.',
    'The Regional Public Health Agency advises residents to take up {activity} and to see a doctor if symptoms appear.',
    'Since the start of {year}, the region has recorded {big} cases of {disease}, {n} of them with serious complications.',
    '{title} {person} said that {disease} can be prevented effectively if it is detected early.',
    'The programme is funded with £{big},000 from the regional budget and local sponsors.',
    'A delegation led by {title} {person}, {role} {dept}, inspected outbreak control measures in {place}.',
    'Coverage of {activity} among {group} reached {pct}, above the annual target.',
    '"We have prepared medicines, supplies and staff so that we are ready to respond," said {title} {person}.',
    'Anyone who needs advice can call the helpline on {phone} or e-mail info@health.example.org.',
    '{unit} now has {n} doctors, {big} beds and {n} specialist departments.',
    'The health department also presented awards to {n} teams and {n} staff members for outstanding work.',
    'Experts recommend that {group} eat a balanced diet, sleep well and stay active.',
    'During the peak period, the {dept} saw an average of {n} patients a day.',
    'The new technique cuts the average hospital stay from {n} days to {n} days and lowers costs for patients.',
    'In {year}, {unit} handled {big} outpatient visits and {big} admissions, its annual report shows.',
    'At the ceremony, {title} {woman}, {role} {dept}, and {title} {man} shared their clinical experience.',
  ];
  const flagged = [
    'Despite being a woman, {womanFirst} stays calm and decisive in the hardest cases.',
    'The pretty young doctor {woman} has won the hearts of her patients.',
    'Besides her clinical work, she is a devoted wife and mother who juggles it all.',
    'As the man of the house, {manFirst} works extra shifts to provide for his family.',
    'Male nurse {man} says the job suits his caring nature.',
    'Neighbours said the victim was killed in a crime of passion after a lovers\' quarrel.',
    'The lady doctor on duty, {woman}, was the only woman in the surgical team.',
    'Boys will be boys, one parent said of the fight in the school yard.',
  ];
  return { titles, neutral, flagged, vars, pick, int, fill };
}

// ---------------------------------------------------------------------------------------------

function composeArticle(gen, rand, id) {
  const { titles, neutral, flagged, vars, pick, int, fill } = gen;
  const title = fill(pick(titles), vars);
  // Article length: mostly 200-900 words, sometimes long features.
  const sentences = rand() < 0.1 ? int(80, 160) : int(12, 55);
  const paragraphs = [];
  let paragraph = [];
  for (let i = 0; i < sentences; i++) {
    const template = rand() < 0.04 ? pick(flagged) : pick(neutral);
    paragraph.push(fill(template, vars));
    if (paragraph.length >= int(2, 5)) {
      paragraphs.push(paragraph.join(' '));
      paragraph = [];
    }
  }
  if (paragraph.length) paragraphs.push(paragraph.join(' '));
  return { id, title, body: paragraphs.join('\n\n') };
}

function writeCorpus(lang, gen, rand) {
  const file = path.join(outDir, `${lang}-corpus.jsonl`);
  const lines = [];
  let bytes = 0;
  for (let n = 1; bytes < TARGET_BYTES; n++) {
    const line = JSON.stringify(composeArticle(gen, rand, `${lang}-${String(n).padStart(5, '0')}`)) + '\n';
    lines.push(line);
    bytes += Buffer.byteLength(line);
  }
  fs.writeFileSync(file, lines.join(''));
  process.stdout.write(`${path.relative(root, file)}: ${lines.length} articles, ${bytes} bytes\n`);
}

fs.mkdirSync(outDir, { recursive: true });
const viRand = prng(0x5eed_0001);
writeCorpus('vi', viGenerator(viRand), viRand);
const enRand = prng(0x5eed_0002);
writeCorpus('en', enGenerator(enRand), enRand);
