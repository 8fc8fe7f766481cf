/** Interface strings of the HTML report, Vietnamese and English. */
import type { Family } from '../../rules/schema.js';

export type ReportLocale = 'vi' | 'en';

export interface ReportStrings {
  title: string;
  subtitle: string;
  period: string;
  previousPeriod: string;
  allArticles: string;
  generated: string;
  summary: string;
  articles: string;
  articlesRead: string;
  undated: string;
  people: string;
  sources: string;
  women: string;
  men: string;
  unknown: string;
  womenShare: string;
  menShare: string;
  findings: string;
  findingsPerArticle: string;
  meanScore: string;
  blocked: string;
  toReview: string;
  passed: string;
  byMonth: string;
  byUnit: string;
  peopleByMonth: string;
  sourcesByMonth: string;
  womenShareByMonth: string;
  peopleByUnit: string;
  sourcesByUnit: string;
  unit: string;
  noUnit: string;
  month: string;
  byFamily: string;
  byIndicator: string;
  indicator: string;
  topRules: string;
  rule: string;
  family: string;
  inArticles: string;
  attention: string;
  attentionNote: string;
  titleCol: string;
  date: string;
  level: string;
  score: string;
  rules: string;
  noLink: string;
  change: string;
  changeNote: string;
  noPrevious: string;
  metric: string;
  current: string;
  previous: string;
  delta: string;
  none: string;
  levels: Record<'pass' | 'warn' | 'block', string>;
  families: Record<Family, string>;
  metrics: Record<string, string>;
  peopleNote: string;
  noPeople: string;
  contributors: string;
  newsmakers: string;
  contributorsNote: string;
  suppressions: string;
  suppressionsNote: string;
  suppressed: string;
  withJustification: string;
  withoutJustification: string;
  voidSuppressions: string;
}

const vi: ReportStrings = {
  title: 'Báo cáo áp dụng Bộ chỉ số về giới trong truyền thông',
  subtitle: 'Tổng hợp kết quả rà soát tin, bài bằng genderlens',
  period: 'Kỳ báo cáo',
  previousPeriod: 'Kỳ so sánh',
  allArticles: 'toàn bộ tin, bài',
  generated: 'Lập lúc',
  summary: 'Tổng quan',
  articles: 'Tin, bài',
  articlesRead: 'Số tin, bài đã đọc',
  undated: 'không có ngày',
  people: 'Người được nhắc đến',
  sources: 'Nguồn tin được trích dẫn',
  women: 'Nữ',
  men: 'Nam',
  unknown: 'Chưa xác định',
  womenShare: 'Tỷ lệ nữ',
  menShare: 'Tỷ lệ nam',
  findings: 'Phát hiện',
  findingsPerArticle: 'Phát hiện / bài',
  meanScore: 'Điểm trung bình',
  blocked: 'Cần sửa trước khi đăng',
  toReview: 'Cần xem lại',
  passed: 'Đạt',
  byMonth: 'Theo tháng',
  byUnit: 'Theo đơn vị',
  peopleByMonth: 'Người được nhắc đến theo giới, theo tháng',
  sourcesByMonth: 'Nguồn tin theo giới, theo tháng',
  womenShareByMonth: 'Tỷ lệ nữ theo tháng',
  peopleByUnit: 'Người được nhắc đến theo giới, theo đơn vị',
  sourcesByUnit: 'Nguồn tin theo giới, theo đơn vị',
  unit: 'Đơn vị',
  noUnit: '(không ghi đơn vị)',
  month: 'Tháng',
  byFamily: 'Phát hiện theo nhóm chỉ số',
  byIndicator: 'Phát hiện theo mã chỉ số',
  indicator: 'Mã chỉ số',
  topRules: 'Các quy tắc gặp nhiều nhất',
  rule: 'Quy tắc',
  family: 'Nhóm',
  inArticles: 'Số bài',
  attention: 'Tin, bài cần chú ý nhất',
  attentionNote: 'Xếp theo mức đánh giá, rồi điểm tổng thấp nhất.',
  titleCol: 'Tiêu đề',
  date: 'Ngày',
  level: 'Đánh giá',
  score: 'Điểm',
  rules: 'Quy tắc',
  noLink: '(không có liên kết)',
  change: 'So với kỳ trước',
  changeNote: 'Cùng các số liệu, tính trên các tin, bài có ngày trong kỳ so sánh.',
  noPrevious: 'Không có tin, bài nào trong kỳ so sánh.',
  metric: 'Chỉ tiêu',
  current: 'Kỳ này',
  previous: 'Kỳ trước',
  delta: 'Thay đổi',
  none: 'Không có.',
  levels: { pass: 'Đạt', warn: 'Cần xem lại', block: 'Cần sửa' },
  families: { representation: 'B1 · Sự hiện diện của nữ và nam', stereotyping: 'B2 · Định kiến giới', violence: 'B3 · Bạo lực trên cơ sở giới' },
  metrics: {
    articles: 'Số tin, bài',
    'people.womenShare': 'Tỷ lệ nữ trong số người được nhắc đến',
    'people.menShare': 'Tỷ lệ nam trong số người được nhắc đến',
    'sources.womenShare': 'Tỷ lệ nữ trong số nguồn tin',
    'sources.menShare': 'Tỷ lệ nam trong số nguồn tin',
    'contributors.womenShare': 'Tỷ lệ nữ trong số nguồn tin được chọn',
    suppressed: 'Số phát hiện được bỏ qua',
    findings: 'Số phát hiện',
    findingsPerArticle: 'Phát hiện / bài',
    'family.representation': 'Phát hiện B1 (sự hiện diện)',
    'family.stereotyping': 'Phát hiện B2 (định kiến)',
    'family.violence': 'Phát hiện B3 (bạo lực)',
    'verdicts.block': 'Bài cần sửa',
    'scores.overall': 'Điểm tổng trung bình',
  },
  peopleNote: 'Tỷ lệ tính trên tổng số người (gồm cả chưa xác định giới).',
  contributors: 'Nguồn tin được chọn',
  newsmakers: 'Người trong tâm điểm sự kiện',
  contributorsNote:
    'Nguồn tin được chọn là chuyên gia, người bình luận, người dân mà người viết chọn phỏng vấn; người trong tâm điểm sự kiện (lãnh đạo công bố tin, nhân vật chính, nạn nhân, người được nêu ở tiêu đề) không được tính vào đó (cách làm của BBC 50:50).',
  suppressions: 'Phát hiện được bỏ qua (chú thích genderlens-disable)',
  suppressionsNote: 'Mỗi lần bỏ qua đều được ghi lại cùng lý do; chú thích không nêu lý do khi chính sách yêu cầu thì không có hiệu lực.',
  suppressed: 'Đã bỏ qua',
  withJustification: 'Có lý do',
  withoutJustification: 'Không lý do',
  voidSuppressions: 'Không hiệu lực (thiếu lý do)',
  noPeople: 'Chưa đếm được người nào được nhắc đến hay trích dẫn trong các tin, bài của kỳ này, nên tỷ lệ nữ/nam để trống. Hãy kiểm tra phiên bản genderlens đang dùng đã có phân tích người được nhắc đến chưa.',
};

const en: ReportStrings = {
  title: 'Report on applying the gender-in-communication indicator set',
  subtitle: 'Roll-up of articles checked with genderlens',
  period: 'Reporting period',
  previousPeriod: 'Compared with',
  allArticles: 'all articles',
  generated: 'Generated',
  summary: 'Summary',
  articles: 'Articles',
  articlesRead: 'Articles read',
  undated: 'undated',
  people: 'People mentioned',
  sources: 'Quoted sources',
  women: 'Women',
  men: 'Men',
  unknown: 'Unknown',
  womenShare: 'Share of women',
  menShare: 'Share of men',
  findings: 'Findings',
  findingsPerArticle: 'Findings per article',
  meanScore: 'Mean score',
  blocked: 'To fix before publishing',
  toReview: 'To review',
  passed: 'Passed',
  byMonth: 'By month',
  byUnit: 'By unit',
  peopleByMonth: 'People mentioned by gender, per month',
  sourcesByMonth: 'Sources by gender, per month',
  womenShareByMonth: 'Share of women per month',
  peopleByUnit: 'People mentioned by gender, per unit',
  sourcesByUnit: 'Sources by gender, per unit',
  unit: 'Unit',
  noUnit: '(no unit given)',
  month: 'Month',
  byFamily: 'Findings per indicator group',
  byIndicator: 'Findings per indicator code',
  indicator: 'Indicator',
  topRules: 'Most frequent rules',
  rule: 'Rule',
  family: 'Group',
  inArticles: 'Articles',
  attention: 'Articles that most need attention',
  attentionNote: 'Ordered by verdict, then lowest overall score.',
  titleCol: 'Title',
  date: 'Date',
  level: 'Verdict',
  score: 'Score',
  rules: 'Rules',
  noLink: '(no link)',
  change: 'Change against the previous period',
  changeNote: 'The same figures, for the articles dated in the comparison period.',
  noPrevious: 'No articles in the comparison period.',
  metric: 'Figure',
  current: 'This period',
  previous: 'Previous',
  delta: 'Change',
  none: 'None.',
  levels: { pass: 'Pass', warn: 'Review', block: 'Fix' },
  families: { representation: 'B1 · Presence of women and men', stereotyping: 'B2 · Gender stereotypes', violence: 'B3 · Gender-based violence' },
  metrics: {
    articles: 'Articles',
    'people.womenShare': 'Share of women among people mentioned',
    'people.menShare': 'Share of men among people mentioned',
    'sources.womenShare': 'Share of women among sources',
    'sources.menShare': 'Share of men among sources',
    'contributors.womenShare': 'Share of women among contributors chosen',
    suppressed: 'Findings silenced by ignore comments',
    findings: 'Findings',
    findingsPerArticle: 'Findings per article',
    'family.representation': 'B1 findings (presence)',
    'family.stereotyping': 'B2 findings (stereotypes)',
    'family.violence': 'B3 findings (violence)',
    'verdicts.block': 'Articles to fix',
    'scores.overall': 'Mean overall score',
  },
  peopleNote: 'Shares are of everyone counted, including people whose gender is unknown.',
  contributors: 'Contributors chosen',
  newsmakers: 'Newsmakers',
  contributorsNote:
    'Contributors are the experts, commentators and ordinary voices the writer chose; newsmakers central to the story (the official making the announcement, the subject, the victim, whoever the headline names) are not counted among them (BBC 50:50 practice).',
  suppressions: 'Findings silenced by ignore comments',
  suppressionsNote: 'Every override is recorded with its justification; a comment without one is void where the policy requires it.',
  suppressed: 'Silenced',
  withJustification: 'With justification',
  withoutJustification: 'Without',
  voidSuppressions: 'Void (no justification)',
  noPeople: 'No people mentioned or quoted were counted in this period\'s articles, so the shares of women and men are left blank. Check that the genderlens version in use includes the people analysis.',
};

export const REPORT_STRINGS: Record<ReportLocale, ReportStrings> = { vi, en };
