/**
 * Word lists for the people analysis (analysis/people.ts): honorifics, titles, role nouns, relation
 * nouns, speech verbs. Entries are written as in running text and normalised with normalizeWord, so
 * they meet the tokens' `norm` (lower case, NFC, tone as a trailing digit).
 */
import { normalizeWord } from '../language/normalize.js';
import type { Lang } from '../language/detect.js';
import {
  VI_GIVEN_FEMALE,
  VI_GIVEN_FEMALE_LEAN,
  VI_GIVEN_MALE,
  VI_GIVEN_MALE_LEAN,
  VI_GIVEN_UNISEX,
  VI_MIDDLE_WEIGHTS,
  VI_SURNAMES,
} from './gender/vi-names.js';

/** GMMP functions (B1.3); "victim" is GMMP's separate flag, kept here as a role because it outranks the rest. */
export const PERSON_ROLES = ['expert', 'official', 'personal-experience', 'popular-opinion', 'eyewitness', 'victim', 'subject', 'other'] as const;
export type PersonRole = (typeof PERSON_ROLES)[number];

/**
 * hon: honorific or kinship term used as a title ("ông", "Mr"); title: a title or role noun that may stand
 * before a name ("BS.", "giám đốc", "Dr"); rel: a relation noun ("vợ", "wife"); mod: "nữ"/"nam"/"phó" before a title;
 * group: a plural noun phrase built on a title word ("y bác sĩ", "health workers"), skipped whole.
 */
export type EntryKind = 'hon' | 'title' | 'rel' | 'mod' | 'group';

export interface Entry {
  words: string[];
  /** The words joined by spaces: the entry's key. */
  phrase: string;
  kind: EntryKind;
  /** -1 male, 1 female, 0 says nothing. */
  gender: number;
  role: PersonRole | null;
  /** A name may follow directly without looking like a full name ("ông Hùng", "Dr. Ahmed"). */
  strong: boolean;
  /** Used alone, it refers back to someone already mentioned ("ông cho biết"). Vietnamese honorifics. */
  anaphoric: boolean;
  /** Used alone, it is an (unnamed) individual ("sản phụ", "the victim"). */
  person: boolean;
}

type Spec = [phrases: string, kind: EntryKind, gender: number, role: PersonRole | null, flags?: string];

// flags: s = strong prefix, a = anaphoric, p = an unnamed person on its own
const VI_SPECS: Spec[] = [
  ['ông|anh|chú|thầy|cậu|dượng|ngài|cụ ông|ông cụ|anh trai|em trai|chàng', 'hon', -1, null, 'sa'],
  ['bà|chị|cô|dì|mợ|thím|cụ bà|bà cụ|chị gái|em gái|cô gái|nàng|cô giáo|bà mẹ', 'hon', 1, null, 'sa'],
  ['thầy giáo|chàng trai|cậu bé|bé trai|nam sinh|nam sinh viên', 'hon', -1, null, 'sp'],
  ['cô bé|bé gái|nữ sinh|nữ sinh viên|thiếu nữ', 'hon', 1, null, 'sp'],
  ['mẹ việt nam anh hùng|bà mẹ việt nam anh hùng', 'hon', 1, null, 's'],
  // Gender-neutral kinship terms; alone they refer back only to someone introduced with the same term ("Cụ cho biết").
  ['em|cụ|bé|cháu|bác', 'hon', 0, null, 'sa'],
  ['bs|bsck|bscki|bsckii|bs.cki|bs.ckii|bsnt|ts|ths|gs|pgs|pgs.ts|gs.ts|ths.bs|ts.bs|pgs.ts.bs|gs.ts.bs|tskh|bs.ts|ths.đd|đd|ds|ks|kts|ncs', 'title', 0, 'expert', 's'],
  ['bác sĩ|bác sỹ|giáo sư|phó giáo sư|tiến sĩ|tiến sỹ|thạc sĩ|chuyên gia|nhà nghiên cứu|nghiên cứu viên|giảng viên|dược sĩ|trưởng khoa|phó trưởng khoa|kỹ sư|luật sư|nhà khoa học|điều dưỡng trưởng|phẫu thuật viên|kỹ thuật viên|nhà tâm lý|chuyên viên|trưởng nhóm nghiên cứu', 'title', 0, 'expert', 'p'],
  ['điều dưỡng|y tá|hộ sinh|y sĩ|giáo viên|cô giáo|thầy giáo', 'title', 0, 'expert', 'p'],
  ['giám đốc|phó giám đốc|tổng giám đốc|chủ tịch|phó chủ tịch|bộ trưởng|thứ trưởng|thủ tướng|bí thư|phó bí thư|trưởng phòng|phó trưởng phòng|trưởng ban|phó trưởng ban|người phát ngôn|phát ngôn viên|đại diện|lãnh đạo|trưởng trạm|trạm trưởng|hiệu trưởng|cục trưởng|vụ trưởng|viện trưởng|chánh văn phòng|trưởng công an|đại tá|thượng tá|trung tá|thiếu tá|đại úy|đại biểu|chủ nhiệm|trưởng thôn|trưởng bản|giám đốc sở', 'title', 0, 'official', 'p'],
  ['bệnh nhân|người bệnh|người nhà|bệnh nhi|phụ huynh|nông dân|công nhân|tiểu thương|người lao động|người chăm sóc', 'title', 0, 'personal-experience', 'p'],
  ['sản phụ|thai phụ|người mẹ|người vợ|bà mẹ trẻ', 'title', 1, 'personal-experience', 'p'],
  ['người cha|người chồng', 'title', -1, 'personal-experience', 'p'],
  ['người dân|cư dân|người đi đường|hàng xóm', 'title', 0, 'popular-opinion', 'p'],
  // Occupations that stand between an honorific and a name ("chú bộ đội X", "anh tài xế X"); alone they are
  // usually an institution or a generic word ("công an huyện cho biết"), so never an unnamed person.
  ['bộ đội|chiến sĩ|công an|cảnh sát|bảo vệ|lao công|tài xế|lái xe|thợ|xe ôm|tình nguyện viên|sinh viên|học sinh|cán bộ|phóng viên|nhà báo|doanh nhân|kỹ thuật viên|hộ lý', 'title', 0, null],
  ['nhân chứng|người chứng kiến', 'title', 0, 'eyewitness', 'p'],
  ['nạn nhân|bị hại|người bị hại|nữ nạn nhân|người bị bạo lực|người sống sót', 'title', 0, 'victim', 'p'],
  ['vợ|mẹ|má|con gái|cháu gái|bà nội|bà ngoại|con dâu|mẹ chồng|mẹ vợ', 'rel', 1, 'personal-experience', 'p'],
  ['chồng|bố|cha|ba|con trai|cháu trai|ông nội|ông ngoại|con rể|bố chồng|bố vợ', 'rel', -1, 'personal-experience', 'p'],
  // Groups that contain a title word: never one person, never a title before a name.
  ['y bác sĩ|đội ngũ y bác sĩ|cán bộ y tế|nhân viên y tế|thầy thuốc|trẻ em|trẻ nhỏ|trẻ sơ sinh', 'group', 0, null],
  ['cô đỡ|bà đỡ', 'title', 1, 'expert', 'p'],
  ['già làng|người có uy tín|trưởng họ|trưởng dòng họ', 'title', 0, null, 'p'],
  ['nữ', 'mod', 1, null],
  ['nam', 'mod', -1, null],
  // "Phó trưởng Công an xã", "nguyên Giám đốc": a rank before a title.
  ['phó|nguyên|cựu|quyền', 'mod', 0, null],
];

const EN_SPECS: Spec[] = [
  ['mr|mister|sir|lord', 'hon', -1, null, 's'],
  ['mrs|ms|miss|madam|dame', 'hon', 1, null, 's'],
  ['mx', 'hon', 0, null, 's'],
  ['nurse practitioner|practitioner|general practitioner|paramedic|oncologist|neurologist|psychiatrist|therapist|counsellor|counselor|social worker|health worker|dietitian|radiologist|anaesthetist|anesthesiologist|virologist|dermatologist|surgeon general', 'title', 0, 'expert', 'sp'],
  ['dr|doctor|prof|professor|surgeon|nurse|researcher|scientist|expert|analyst|economist|lecturer|midwife|pharmacist|psychologist|teacher|cardiologist|epidemiologist|physician|specialist|head|lawyer|attorney|engineer|consultant|adviser|advisor|author|paediatrician|pediatrician|obstetrician|gynaecologist|gynecologist|dentist|veterinarian|architect|historian|statistician', 'title', 0, 'expert', 'sp'],
  ['minister|president|director|senator|judge|mayor|governor|spokesperson|spokesman|official|chairman|chairwoman|chair|ceo|chief executive|chief medical officer|chief executive officer|head teacher|headteacher|principal|secretary|chief|officer|inspector|detective|sergeant|captain|commissioner|deputy|manager|superintendent|representative|councillor|councilor|administrator', 'title', 0, 'official', 'sp'],
  ['spokeswoman|congresswoman|businesswoman', 'title', 1, 'official', 'sp'],
  ['congressman|businessman', 'title', -1, 'official', 'sp'],
  ['patient|mother|father|parent|farmer|worker|student|carer|caregiver', 'title', 0, 'personal-experience', 'p'],
  ['health workers|doctors and nurses|medical staff', 'group', 0, null],
  ['resident|neighbour|neighbor|passer-by|villager', 'title', 0, 'popular-opinion', 'p'],
  ['witness|eyewitness|bystander', 'title', 0, 'eyewitness', 'p'],
  ['victim|survivor', 'title', 0, 'victim', 'p'],
  ['woman|girl|lady', 'title', 1, null, 'p'],
  ['man|boy|gentleman', 'title', -1, null, 'p'],
  ['wife|daughter|sister|mother|grandmother|girlfriend|widow', 'rel', 1, 'personal-experience', 'p'],
  ['husband|son|brother|father|grandfather|boyfriend|widower', 'rel', -1, 'personal-experience', 'p'],
  // "Working mum Kerry Adams", "Mother-of-three Jacqui Ellis": a parent label before a name says the person's gender.
  ['mum|mom|mummy|mother-of-one|mother-of-two|mother-of-three|mother-of-four|mother-of-five|mother-of-six|mother-of-seven|mother-of-eight|mother-of-nine|mother-of-ten|mother-of-eleven|mother-of-twelve|mum-of-one|mum-of-two|mum-of-three|mum-of-four|mum-of-five|mum-of-six|mum-of-seven|mum-of-eight|mum-of-nine|mum-of-ten|mum-of-eleven|mum-of-twelve|mom-of-one|mom-of-two|mom-of-three|mom-of-four|mom-of-five|mom-of-six|mom-of-seven|mom-of-eight|mom-of-nine|mom-of-ten|mom-of-eleven|mom-of-twelve|grandmother-of-one|grandmother-of-two|grandmother-of-three|grandmother-of-four|grandmother-of-five|grandmother-of-six|grandmother-of-seven|grandmother-of-eight|grandmother-of-nine|grandmother-of-ten|grandmother-of-eleven|grandmother-of-twelve|gran-of-one|gran-of-two|gran-of-three|gran-of-four|gran-of-five|gran-of-six|gran-of-seven|gran-of-eight|gran-of-nine|gran-of-ten|gran-of-eleven|gran-of-twelve|grandma-of-one|grandma-of-two|grandma-of-three|grandma-of-four|grandma-of-five|grandma-of-six|grandma-of-seven|grandma-of-eight|grandma-of-nine|grandma-of-ten|grandma-of-eleven|grandma-of-twelve|nan-of-one|nan-of-two|nan-of-three|nan-of-four|nan-of-five|nan-of-six|nan-of-seven|nan-of-eight|nan-of-nine|nan-of-ten|nan-of-eleven|nan-of-twelve', 'title', 1, 'personal-experience', 'p'],
  ['dad|daddy|father-of-one|father-of-two|father-of-three|father-of-four|father-of-five|father-of-six|father-of-seven|father-of-eight|father-of-nine|father-of-ten|father-of-eleven|father-of-twelve|dad-of-one|dad-of-two|dad-of-three|dad-of-four|dad-of-five|dad-of-six|dad-of-seven|dad-of-eight|dad-of-nine|dad-of-ten|dad-of-eleven|dad-of-twelve|grandfather-of-one|grandfather-of-two|grandfather-of-three|grandfather-of-four|grandfather-of-five|grandfather-of-six|grandfather-of-seven|grandfather-of-eight|grandfather-of-nine|grandfather-of-ten|grandfather-of-eleven|grandfather-of-twelve|grandad-of-one|grandad-of-two|grandad-of-three|grandad-of-four|grandad-of-five|grandad-of-six|grandad-of-seven|grandad-of-eight|grandad-of-nine|grandad-of-ten|grandad-of-eleven|grandad-of-twelve|granddad-of-one|granddad-of-two|granddad-of-three|granddad-of-four|granddad-of-five|granddad-of-six|granddad-of-seven|granddad-of-eight|granddad-of-nine|granddad-of-ten|granddad-of-eleven|granddad-of-twelve|grandpa-of-one|grandpa-of-two|grandpa-of-three|grandpa-of-four|grandpa-of-five|grandpa-of-six|grandpa-of-seven|grandpa-of-eight|grandpa-of-nine|grandpa-of-ten|grandpa-of-eleven|grandpa-of-twelve', 'title', -1, 'personal-experience', 'p'],
];

export interface PhraseTable {
  byFirst: Map<string, Entry[]>;
}

function buildTable(specs: Spec[]): PhraseTable {
  const byFirst = new Map<string, Entry[]>();
  for (const [phrases, kind, gender, role, flags = ''] of specs) {
    for (const phrase of phrases.split('|')) {
      const words = phrase.split(' ').map(normalizeWord);
      const entry: Entry = {
        words,
        phrase: words.join(' '),
        kind,
        gender,
        role,
        strong: flags.includes('s'),
        anaphoric: flags.includes('a'),
        person: flags.includes('p'),
      };
      const first = words[0]!;
      const list = byFirst.get(first) ?? [];
      // A later, more specific spec of the same phrase wins (e.g. "mother" as a relation noun).
      const same = list.findIndex((e) => e.words.join(' ') === entry.words.join(' '));
      if (same >= 0) list[same] = entry;
      else list.push(entry);
      list.sort((a, b) => b.words.length - a.words.length);
      byFirst.set(first, list);
    }
  }
  return { byFirst };
}

export const TABLES: Record<Lang, PhraseTable> = { vi: buildTable(VI_SPECS), en: buildTable(EN_SPECS) };

const set = (s: string) => new Set(s.split('|').map(normalizeWord));

/** After an honorific, these make a group or a kinship compound, not a person: "ông bà", "bà con", "anh chị em". */
export const VI_GROUP_NEXT = set('ông|bà|con|chị|anh|em|cô|chú|bác|dì|cậu|mợ|thím|cháu|mẹ|bố|cha|nội|ngoại|già|lão|hàng|xã|đồng|ta');
/** Before a noun, these make it plural: a group, not a person. */
export const VI_PLURAL_BEFORE = set('các|những|mọi|nhiều|mấy|vài|hai|ba|bốn|năm|sáu|bảy|tám|chín|mười|hàng|bao|từng|đông|số|cả|ít');
export const EN_PLURAL_BEFORE = set('two|three|four|five|six|seven|eight|nine|ten|many|several|all|some|every|each|most|other|both|few');
/** Words after an honorific that make it a pronoun: "ông ấy", "bà này". */
export const VI_DEMONSTRATIVE = set('ấy|này|đó|kia|ta|nọ|trên');
/** Tokens that may stand between an apposition comma and its role noun: "X, một bệnh nhân", "X, the director". */
export const APPOSITION_FILLER = set('một|vị|người|là|hiện|đang|nguyên|cựu|the|a|an|its|their|our|former|acting|then');

/** Words right before a capitalised run that make it a place or an organisation. */
export const VI_PLACE_BEFORE = set(
  'viện|xã|huyện|tỉnh|phố|phường|quận|trấn|thôn|làng|bản|ấp|đường|khoa|sở|bộ|cục|ban|trường|ty|tâm|trạm|hội|chợ|cầu|sông|núi|hồ|tp|tp.hcm|ubnd|đảo|miền|vùng|đội|báo|đài|tổ|nhà|giải|quê|xóm|khu|tập đoàn|hãng|nước|thành|thị|chùa|đền|phòng|đồi|đèo|vịnh|biển|kênh|họ|dòng|tuyến|cảng|ga|sân|chi|nhánh|công|nhóm|câu|lạc|đoàn|liên|ngành|mặt|trận|khối|phân|đơn|vị|tại|ở|về|từ|đến|sang',
);
export const EN_ORG_AFTER = set(
  'hospital|university|street|road|avenue|clinic|center|centre|institute|foundation|department|ministry|college|school|council|company|group|bank|airport|station|award|prize|act|fund|trust|association|society|church|county|city|house|hall|party|court|agency|office|times|post|news|project|program|programme|league|club|museum|library|health|medical|press|committee|service|services|army|police|lane|square|bridge|river|lake|mountain|valley|island|state|states|union',
);
/** Lower-case nouns after a capitalised run that make it a place's or an institution's name ("Sam Son city"). */
export const EN_PLACE_AFTER = set(
  'city|province|district|town|village|commune|ward|hamlet|region|shelter|station|market|port|beach|bay|park|prison|camp|plant|factory|farm|mine|border|highway|pagoda|temple|stadium|campus|headquarters|branch|hotel|restaurant|cafe|company|school|hospital|clinic|centre|center',
);
export const EN_PLACE_BEFORE = set('in|at|from|to|of|near|into|via|on');
/** Prepositions that take a place far more often than a person: "opened a pharmacy in Sam Son", "near Cam Thuy". */
export const EN_PLACE_ONLY_BEFORE = set('in|near|into|via|across|throughout|outside');

/** Capitalised function words that start English sentences and are never first names. */
export const EN_NOT_NAMES = set(
  'the|a|an|this|that|these|those|it|in|on|at|for|with|from|by|and|but|or|so|if|when|while|after|before|since|as|according|health|we|i|you|they|he|she|his|her|our|my|new|north|south|east|west|january|february|march|april|may|june|july|august|september|october|november|december|monday|tuesday|wednesday|thursday|friday|saturday|sunday|god|christmas|easter|covid',
);

/**
 * Common first names that are also common words, places, teams or brands: never a person on their own
 * ("Grace", "Georgia", "Chelsea", "Mark"), only with a surname or a title.
 */
export const EN_LONE_NOT_NAMES = set(
  'will|grace|hope|faith|joy|rose|mark|bill|art|sue|guy|frank|dawn|summer|autumn|ray|jack|king|prince|major|rich|young|long|lane|drew|wade|chase|miles|grant|pierce|hunter|glen|dale|cliff|ivy|holly|heather|daisy|iris|lily|violet|olive|pearl|ruby|amber|crystal|penny|sandy|destiny|harmony|melody|liberty|justice|patience|charity|precious|carter|mason|cooper|tyler|taylor|georgia|virginia|carolina|florence|victoria|sydney|austin|chelsea|paris|madison|charlotte|dallas|houston|phoenix|lincoln|washington|jackson|kent|troy|london|brooklyn|christian|angel|trinity|genesis|eden|royal|sterling|earl|duke|baron|bishop|dean|page|rex|pat|rob|nick|don|gene|rod|dick|doc|max|sky|ford|jesus|christ|mohammed|muhammad|allah|buddha|santa|mercedes|porsche|tesla|alexa|siri|jaguar|mustang|dakota|montana|nevada|arizona|india|china|israel|jordan|kenya|asia|africa|america|chad|tiffany|wendy|oakley|harley|oscar|emmy|tony|grammy|barbie|ken|kelvin|celsius|newton|darwin|hermes|apollo|jasmine|basil|rosemary|sage|ginger|candy|brandy|sherry|champagne|cherry|april|june',
);

export const EN_PRONOUNS: Record<string, number> = { he: -1, she: 1 };
export const EN_POSSESSIVES: Record<string, number> = { his: -1, her: 1 };

/**
 * Collective or institutional subjects of a speech verb ("police said", "insiders say", "công an cho biết"): when one
 * stands between the last person mentioned and the verb, the words are theirs, not that person's. Phrases, matched
 * as whole words.
 */
export const SPEAKER_GROUPS: Record<Lang, string[]> = {
  en: 'police|officials|authorities|insiders|sources|investigators|prosecutors|officers|detectives|reports|documents|records|witnesses|colleagues|friends|neighbours|neighbors|relatives|residents|critics|experts|analysts|researchers|scientists|organisers|organizers|campaigners|activists|observers|staff|family|the ministry|the government|the council|the hospital|the company|the court|the department|the agency|the school|the police|a statement|a report|a spokesperson'
    .split('|'),
  vi: 'công an|cảnh sát|chính quyền|nhà chức trách|cơ quan chức năng|cơ quan điều tra|cơ quan công an|lực lượng chức năng|gia đình|người thân|hàng xóm|nguồn tin|báo cáo|thống kê|bệnh viện|nhà trường|ubnd|ủy ban|bộ y tế|sở y tế|trung tâm y tế|ngành y tế|các chuyên gia|nhiều chuyên gia|giới chuyên môn|đại diện bệnh viện|đại diện gia đình'
    .split('|')
    .map((p) => p.split(' ').map(normalizeWord).join(' ')),
};

/** Speech verbs. weak: also a common noun or another sense, so the speaker must stand right before it. */
export interface Verb {
  words: string[];
  weak: boolean;
  /** "theo X", "according to X": the speaker comes right after. */
  before: boolean;
  /** Speech only with a quotation in the sentence: "slammed the decision as “a stitch-up”", not "slammed the door". */
  needsQuote: boolean;
}

function buildVerbs(strong: string, weak: string, before: string, quoted = ''): Map<string, Verb[]> {
  const map = new Map<string, Verb[]>();
  const add = (list: string, w: boolean, b: boolean, q: boolean) => {
    for (const phrase of list.split('|')) {
      if (!phrase) continue;
      const words = phrase.split(' ').map(normalizeWord);
      const entries = map.get(words[0]!) ?? [];
      entries.push({ words, weak: w, before: b, needsQuote: q });
      entries.sort((a, c) => c.words.length - a.words.length);
      map.set(words[0]!, entries);
    }
  };
  add(strong, false, false, false);
  add(weak, true, false, false);
  add(before, false, true, false);
  // Weak too: the speaker stands right before them ("a group called “X”" is no one's speech).
  add(quoted, true, false, true);
  return map;
}

export const VERBS: Record<Lang, Map<string, Verb[]>> = {
  vi: buildVerbs(
    'cho biết|nói|chia sẻ|kể|khẳng định|nhấn mạnh|cho hay|phát biểu|tâm sự|bày tỏ|cho rằng|nhận định|khuyến cáo|tiết lộ|xác nhận|nêu rõ|thừa nhận|cảnh báo|quả quyết|thổ lộ|bộc bạch|giãi bày|lý giải|nhớ lại|kể lại|chia sẻ thêm|nói thêm|trả lời phỏng vấn|thông tin thêm|phân trần|trần tình|bổ sung|tuyên bố|nhận xét|than thở|kiến nghị|khai nhận|thú nhận|khai báo|trải lòng|hồi tưởng|trình bày|phản ánh|đề xuất|kêu gọi|bình luận|nhắn nhủ|dặn dò|chỉ rõ|lên tiếng|khuyên nhủ',
    'thông tin|đánh giá|giải thích|trả lời|phân tích|lưu ý|hỏi|đáp|thông báo|đề nghị|khuyên|dặn|kêu|than|cam kết|dẫn chứng|trao đổi|chỉ ra|nhắc lại',
    'theo',
    // Words of judgement that report speech when they carry the words: "gọi đó là “...”", "ví von “...”".
    'ví von|gọi đó là|gọi đây là|mô tả|chê|khen|ca ngợi|chỉ trích|phê phán',
  ),
  en: buildVerbs(
    'said|says|told|tells|added|adds|explained|explains|stated|argued|argues|warned|warns|recalled|recalls|insisted|insists|claimed|claims|commented|acknowledged|confirmed|confirms|replied|emphasised|emphasized|stressed|admitted|announced|urged|urges|noted|explained|wrote|writes|recounted|described|testified|added that|told reporters|responded|continued|concluded|cautioned|advised|pointed out|conceded|revealed|declared|predicted|remembered|complained|posted|tweeted|reiterated|observed|maintained|estimated',
    'asked|agreed|suggested|notes|say|believes|thinks|described',
    'according to',
    // Words of judgement that report speech when they carry the words: "slammed the decision as “a stitch-up”".
    'slammed|blasted|branded|labelled|labeled|dubbed|called|hailed|praised|criticised|criticized|dismissed|condemned|attacked|hit out|lashed out|vowed|pledged|joked|quipped',
  ),
};

/** Senses that are not speech: "kể cả" (including), "kể từ" (since), "nói chung" (in general), "theo dõi" (monitor). */
export const VI_NOT_SPEECH_NEXT: Record<string, Set<string>> = {
  [normalizeWord('kể')]: set('cả|từ'),
  [normalizeWord('nói')]: set('chung|riêng|dối|chuyện|gì|cách'),
  [normalizeWord('theo')]: set('dõi|đuổi|học|đó|quy|kế|hướng|thời|đợt|nhóm|tuyến|phương|chiều|từng|tháng|năm|ngày'),
  [normalizeWord('hỏi')]: set('han|thăm'),
  [normalizeWord('đáp')]: set('ứng'),
};

/* Vietnamese name lexicon in token form. */
const normAll = (list: readonly string[]) => new Set(list.map(normalizeWord));
export const VI_SURNAME_SET = normAll(VI_SURNAMES);
export const VI_NAME_PART_SET = normAll([
  ...VI_GIVEN_FEMALE,
  ...VI_GIVEN_FEMALE_LEAN,
  ...VI_GIVEN_MALE,
  ...VI_GIVEN_MALE_LEAN,
  ...VI_GIVEN_UNISEX,
  ...Object.keys(VI_MIDDLE_WEIGHTS),
]);
/** Two-syllable capitalised sequences that are places, not people ("Hà Nội", "Cao Bằng"). */
export const VI_PLACES = new Set(
  'hà nội|hà giang|hà nam|hà tĩnh|cao bằng|lạng sơn|thái bình|thái nguyên|quảng ninh|hải phòng|hải dương|hưng yên|nam định|ninh bình|thanh hóa|nghệ an|quảng bình|quảng trị|thừa thiên|đà nẵng|quảng nam|quảng ngãi|bình định|phú yên|khánh hòa|ninh thuận|bình thuận|kon tum|gia lai|đắk lắk|lâm đồng|bình phước|tây ninh|bình dương|đồng nai|long an|tiền giang|bến tre|trà vinh|vĩnh long|đồng tháp|an giang|kiên giang|cần thơ|hậu giang|sóc trăng|bạc liêu|cà mau|lào cai|yên bái|điện biên|lai châu|sơn la|hòa bình|phú thọ|vĩnh phúc|bắc ninh|bắc giang|tuyên quang|việt nam|hồ chí minh|sài gòn|mai châu|cửa lò|sầm sơn|hoàng mai|đống đa|ba đình|hoàn kiếm|cầu giấy|thanh xuân|long biên|hà đông|tây hồ|phú quốc|vũng tàu|nha trang|đà lạt|huế|lê lợi|trần hưng đạo|nguyễn huệ|lê duẩn|bạch mai|việt đức|từ dũ|hùng vương|quang trung|lý thường kiệt|hai bà trưng|phạm ngọc thạch|chợ rẫy|thống nhất|hồng ngọc|vinmec'
    .split('|')
    .map((p) => p.split(' ').map(normalizeWord).join(' ')),
);
