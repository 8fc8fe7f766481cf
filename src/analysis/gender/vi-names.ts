/**
 * Vietnamese name lexicon for the gender guesser.
 *
 * Built from general knowledge of Vietnamese naming (no openly licensed labelled list exists);
 * spellings are given in the modern ("new") tone placement but lookups go through a canonicaliser,
 * so "Hoà"/"Hòa", "Thuỷ"/"Thủy" and NFD input all match. Words are separated by whitespace.
 *
 * Weights are log-odds-like scores: positive leans female, negative leans male. The guesser adds the
 * given-name score and the middle-name scores and decides only when the sum is clearly one-sided,
 * so a unisex given name (Anh, Linh, Thanh, Hà...) stays "unknown" unless a middle name decides it.
 */

const words = (s: string): readonly string[] => s.trim().split(/\s+/u);

/** Common family names (single syllable, first in Vietnamese order). */
export const VI_SURNAMES: readonly string[] = words(`
  Nguyễn Trần Lê Phạm Hoàng Huỳnh Phan Vũ Võ Đặng Bùi Đỗ Hồ Ngô Dương Lý Lí Đinh Mai Trịnh
  Lương Cao Tạ Lâm Đoàn Vương Hà Tô Triệu Đào Lưu Trương Chu Châu Phùng Quách Từ Tăng Mạc Thái
  La Khúc Kiều Lã Lò Lục Nghiêm Nông Ông Phí Quan Tôn Thân Thạch Tiêu Trình Ung Vi Âu Bạch Bế Cù
  Diệp Doãn Đàm Đồng Giang Giáp Hầu Hứa Khổng Khương Kim Lại Lạc Mẫn Nhan Ninh Phó Phương Quản
  Tào Thiều Tống Trang Văn Viên Yên Hàn Kha Lư Mã Ma Ngụy Nhữ Sầm Tiết Ứng Vưu Xa Cấn Chử Dư
  Đường Đậu Hoa Lữ Mông Nhâm Âu Bành Biện Cung Đái Đạo Đoạn Hạ Hồng Khiếu Khuất Lạng Lều
  Lường Mạch Mầu Nghị Ngọ Phó Quang Quế Sái Sơn Tân Thang Thiệu Tòng Trà Trầm Uông Vòng Lèo Lô
  Giàng Sùng Thào Vừ Lầu Mùa Hờ Cứ Chảo Bàn Quàng Cầm Lù Tẩn Sèn Vàng Hầu Mã Pờ Hạng Chẻo Lỳ Phàn Tráng
  Sần Vảng Chang
`);

/**
 * Surnames that are rarely given or middle names: seeing one of these last ("Lan Nguyễn") means the
 * name is written in Western order.
 */
export const VI_DISTINCTIVE_SURNAMES: readonly string[] = words(`
  Nguyễn Trần Lê Phạm Huỳnh Phan Võ Đặng Bùi Đỗ Ngô Trịnh Đinh Đoàn Đào Lưu Trương Tạ Quách
  Phùng Hứa Lại Mạc Nghiêm Khổng Doãn Đàm Tăng Thân Lã Nông Triệu Vương Hồ Dương Lương Cao Lý
`);

/** Compound family names carrying a gender cue of their own (Huế royal family lineages). */
export const VI_COMPOUND_SURNAMES: Readonly<Record<string, number>> = {
  'Tôn Nữ': 5, // Tôn Nữ is used only by women of the Nguyễn Phúc lineage
  'Tôn Thất': -4, // Tôn Thất is used by the men
  'Âu Dương': 0,
  'Hoàng Phủ': 0,
  'Tư Mã': 0,
  'Gia Cát': 0,
};

/** Middle names (tên đệm / tên lót) with their lean. */
export const VI_MIDDLE_WEIGHTS: Readonly<Record<string, number>> = {
  // near-decisive
  Thị: 6,
  Văn: -6, // as decisive as Thị: "Hà Văn Thắm", "Nguyễn Văn Huyên" are men
  Nữ: 5,
  A: -2.5, // H'Mông and other highland names: Giàng A Pao, Sùng A Lử (women take Thị / Mí)
  Mí: 3,
  // strongly female
  Thu: 3, Thúy: 3, Thùy: 3, Bích: 3.5, Tuyết: 3, Diệu: 3, Mỹ: 3, Quỳnh: 3, Kiều: 3, Cẩm: 3,
  Lan: 3, Mai: 2.5, Hương: 3, Nguyệt: 3, Uyên: 3, Yến: 3, Ái: 3, Như: 2.5, Diễm: 3, Huyền: 3,
  Phương: 2.5, Trúc: 2.5, Hằng: 3, Nhã: 2.5, Hạnh: 2.5, Thục: 3, Tường: 0, Vân: 2.5, Bội: 3,
  Hoa: 3, Hồ: 0, Ánh: 3, Tố: 3, Trà: 3, Thiên: 0, Châu: 1.5, Linh: 1.5, Khuê: 3, Đan: 2.5, Ngân: 3,
  Uyển: 3, Lệ: 3, Liên: 3, Mộng: 3, Xuyến: 3, Duyên: 3, Hải: -1.5, Trâm: 3, Tuệ: 0.5, Cát: 2,
  Thanh: 0, Ngọc: 1.5, Kim: 1, Hồng: 1.5, Xuân: 0, Hoài: 0, Bảo: 0, Gia: -0.5, Khánh: 0.5,
  Minh: -1, Anh: 0, Tú: 0.5, Hà: 1, Thảo: 3, Thủy: 3, Nhật: -1.5, Hoàng: -1.5, Huệ: 3, Ý: 3,
  Vy: 3, Nhi: 3, Tâm: 0, An: 0, Thy: 3, Nhung: 3, Lam: 0.5, Dạ: 3, Phi: 0, Song: 0, Vĩnh: -2,
  // strongly male
  Hữu: -3.5, Đức: -3.5, Công: -3.5, Quang: -3, Mạnh: -3.5, Tuấn: -3.5, Quốc: -3.5, Đình: -3.5,
  Bá: -3.5, Thế: -3.5, Tiến: -3, Trọng: -3.5, Duy: -3, Huy: -3, Đăng: -3, Thành: -3, Trung: -2.5,
  Việt: -2.5, Nam: -2.5, Sơn: -3, Long: -3, Tấn: -3.5, Chí: -3.5, Khắc: -3.5, Trường: -3, Phúc: -2,
  Thiện: -2.5, Đắc: -3.5, Viết: -3.5, Huỳnh: -1, Kiến: -3, Khải: -3, Tất: -3.5,
  Cao: -2, Doãn: -3, Phước: -3, Thuận: -1, Vũ: -3, Hiếu: -3, Nhân: -2.5, Tài: -3, Trí: -3,
  Hùng: -3.5, Dũng: -3.5, Cường: -3.5, Hoàn: -2, Bình: -1, Hòa: -0.5, Đại: -3, Lâm: -2,
  Phú: -3, Quý: -1.5, Sỹ: -3.5, Sĩ: -3.5, Tùng: -3, Vinh: -3, Hào: -3, Khang: -3, Khôi: -3,
  Nguyên: -1.5, Phong: -3, Thái: -2.5, Trần: 0, Khương: -3, Lê: 0, Thạch: -3, Chấn: -3.5,
  Định: -3, Chính: -3, Nghĩa: -3, Diệp: 1, Kỳ: 1, Đông: -1.5, Hạ: 2, Lương: -1, Tiểu: 2, Thiếu: -3,
};

/**
 * Given names (tên, the last syllable). Strongly gendered ones decide on their own; "lean" ones
 * need a supporting or at least not contrary middle name; unisex ones need the middle name.
 */
export const VI_GIVEN_FEMALE: readonly string[] = words(`
  Ái Ánh Bích Bông Cúc Chi Diễm Diệp Dung Duyên Đào Điệp Gấm Hằng Hạnh Hân Hiền Hoa Hương Hường
  Huyền Khuê Kiều Lan Liên Liễu Loan Ly Lụa Mai My Mỹ Nga Ngân Nguyệt Nhàn Nhã Nhi Nhung Nương Oanh
  Phượng Quyên Quỳnh Sen Thảo Thắm Thơ Thoa Thu Thùy Thủy Thúy Thư Thy Trâm Trang Trinh Tuyết Uyên
  Vân Vi Vy Yến Lài Lệ Mận Mơ Nụ Nhạn Nhụy Quế Sương Trà Tuyền Diệu Dịu Hạ Huế Mến Ngà Đan Ngoan
  Thục Uyển Ý Lựu Ngát Xoan Thơm Mùi Cẩm Châm Cầm Phấn Sa San Trân Xuyến Khuyên Phụng Chúc Nhài
  Trúc Giao Hảo Hồng Nhiên Nhu Như Thi Dạ Lành Ngần Thêu Tươi Xinh Hiên Mỵ Bội Trầm Na Ni Đài
  Nguyện Gương Nết Đẹp Vui Hòe Phương Tiên Nở Luyến Gái Băng Khê Sim Bống Thêm Nhớ Bưởi Tơ Miên
`);

export const VI_GIVEN_FEMALE_LEAN: readonly string[] = words(`
  Châu Kim Ngọc Đoan Dao Hà Thương Yên Khanh Lam Nghi Huệ Điểm Huyên
`);

export const VI_GIVEN_UNISEX: readonly string[] = words(`
  Anh Linh Hòa Bình An Khánh Xuân Giang Tú Hậu Hoài Ninh Thuận Tường Út Ân Cát Song Mẫn Gia Chân
  Thanh Tình Nguyên Quý Tư Dương Tâm Tuệ Thiên Phi Hoan Sáu Bảy Tám Chín Mười Năm Lắm Chinh Mừng
`);

export const VI_GIVEN_MALE_LEAN: readonly string[] = words(`
  Triều Hoàn Lợi Minh Đông Chung Hợp Bảo Mão Dần Dậu Tuất Hợi Sửu Tý Thìn Canh Bính Kỷ Giáp Mậu
  Nhâm Diễn Kỳ
`);

export const VI_GIVEN_MALE: readonly string[] = words(`
  Bách Bằng Cường Công Chiến Chính Cương Dân Danh Dũng Duy Duẩn Đại Đạt Điền Định Độ Đức Hào Hiển
  Hiệp Học Hội Hùng Huy Kha Khải Khang Khiêm Khoa Khôi Khương Kiên Kiệt Lân Lập Lịch Long Luân Luật
  Lực Mạnh Nam Năng Nghĩa Nghị Phát Phong Phú Phước Quân Quang Quốc Quyền Quyết Sang Sâm Sinh Sơn
  Tài Tân Tấn Thạch Thắng Thành Thạnh Thao Thế Thiện Thọ Thức Tiến Tín Toàn Toản Trí Trọng Tuấn
  Tùng Uy Văn Việt Vinh Vũ Vương Đăng Đôn Đồng Hữu Lai Lãm Lễ Liêm Luyện Nhạc Nhẫn Phán Phổ Quảng
  Sỹ Sĩ Tạo Tiệp Tĩnh Tịnh Tới Trác Triết Trụ Tráng Trực Tứ Tuân Tuyên Tuyển Tưởng Ưng Vỹ Vĩ Võ
  Vượng Bắc Chương Cảnh Cần Chánh Chức Doanh Đảm Đệ Đính Đỉnh Hách Hãn Hạo Hiệu Hoạt Huân Huấn
  Hướng Hưởng Kế Khâm Kiểm Kiện Kính Lạc Lăng Lĩnh Lục Nghiêm Nghiệp Ngữ Nhất Nhuận Oai Phái Phẩm
  Phiên Phòng Phùng Quán Sáng Soái Tá Tặng Tập Thạc Thăng Thân Thiêm Thiết Thiệu Thỉnh Thuần Tích
  Tỉnh Toại Tôn Tống Trãi Trì Triệu Trình Tụng Vạn Viễn Viện Vịnh Vọng Vững Xuyên Lương Đoàn Huỳnh
  Cao Cừ Dự Đạo Điển Hanh Hiến Khoái Khởi Khuyến Kiểu Liệu Lũy Mạc Miện Nhượng Phiệt Quyến Sắc Tánh
  Tiêu Tính Trạch Vận Vỵ Bửu Cẩn Chấn Chiêu Cơ Dinh Đắc Đẳng Điềm Giới Hồ Hoành Khiết Khoan Lãnh
  Ngạn Ngôn Phục Quả Sách Tạc Thản Thể Thiềng Thời Thuyên Thước Tiềm Toán Tòng Trạng Triển Trượng
  Ước Vệ Vị Xương Ngọ Hoán Khẩn Kiệm Nhiệm Cu Tèo Thuật Trưởng Hiếu Hưng Hải Lộc Thịnh Vĩnh Thông
  Thái Trung Nhân Hoàng Lâm Nhật Thưởng Khoát Thuyết Nhựt Quới Luận Thiệp Trị Trường Phúc Biên Biểu
  Cầu Chỉnh Chuẩn Chuyên Cống Dĩnh Dục Duệ Dụng Dưỡng Đán Đạm Đàn Địch Điều Đoạt Đống Động Được
  Giảng Hàm Hành Hoạch Hồi Huề Hựu Kháng Khiển Khuông Kiêm Lãng Liệt Loát Lượng Mãnh Mưu Phận Quát
  Sính Sở Thẩm Thập Thống Thượng Tiếp Tiễn Truyền Trữ Tước Uẩn Xứng Xướng Sanh Thường Pháp Sử Đẩu
  Ẩn Trạc Của Páo Pao Lử Dế
`);

/**
 * Honorifics and kinship terms used as titles before a name. Values: gender lean (+ female, - male,
 * 0 neutral). A neutral honorific is simply skipped.
 */
export const VI_HONORIFICS: Readonly<Record<string, number>> = {
  ông: -1, bà: 1, anh: -1, chị: 1, cô: 1, chú: -1, em: 0, bé: 0, cụ: 0, thầy: -1, bác: 0,
  dì: 1, mợ: 1, cậu: -1, dượng: -1, thím: 1, chàng: -1, nàng: 1, ngài: -1, cháu: 0,
  nữ: 1, 'bà cụ': 1, 'ông cụ': -1, 'cụ bà': 1, 'cụ ông': -1, 'chị gái': 1,
  'em gái': 1, 'em trai': -1, 'anh trai': -1, 'con gái': 1, 'con trai': -1, 'cháu gái': 1,
  'cháu trai': -1, 'bé gái': 1, 'bé trai': -1, 'cô bé': 1, 'cậu bé': -1, 'cô gái': 1,
  'chàng trai': -1, 'thiếu nữ': 1, 'thiếu niên': 0, 'nữ sinh': 1, 'nam sinh': -1, 'ni cô': 1,
  'sư cô': 1, 'sư thầy': -1, 'hòa thượng': -1, 'đại đức': -1, 'linh mục': -1, 'ma sơ': 1,
  'nữ tu': 1, cha: -1, mẹ: 1, bố: -1, má: 1,
  'ông bà': 0, 'nghệ sĩ': 0, 'nữ sĩ': 1, 'nam ca sĩ': -1, 'nữ ca sĩ': 1, 'nữ diễn viên': 1,
  'nam diễn viên': -1, 'hoa hậu': 1, 'á hậu': 1, 'nam vương': -1, 'nữ hoàng': 1, 'hoàng tử': -1,
  'công chúa': 1, 'vua': -1, 'hoàng hậu': 1, 'mẹ vnah': 1, 'bà mẹ việt nam anh hùng': 1,
  'nữ thủ tướng': 1, 'nữ bác sĩ': 1, 'nữ tiến sĩ': 1, 'nữ giáo sư': 1, 'nữ phóng viên': 1,
  'nữ nhà báo': 1, 'nữ tướng': 1, 'nữ doanh nhân': 1, 'nữ cầu thủ': 1, 'nữ vận động viên': 1,
  'nữ võ sĩ': 1, 'nữ sinh viên': 1, 'nam sinh viên': -1, 'nữ công nhân': 1, 'nữ chiến sĩ': 1,
  'chị em': 1, 'anh em': -1,
};

/**
 * Titles and job words that may precede a name and say nothing about gender (skipped).
 * Matched case-insensitively on whole tokens, dots optional; "PGS.TS" and "PGS. TS." both work.
 */
export const VI_NEUTRAL_TITLES: readonly string[] = words(`
  bs bsck bscki bsckii bsnt ts ths gs pgs tskh ks kts ls nsnd nsưt nsut nst nghệ_sĩ nhà_báo
  bác_sĩ tiến_sĩ thạc_sĩ giáo_sư phó_giáo_sư kỹ_sư kiến_trúc_sư luật_sư dược_sĩ điều_dưỡng
  nhà_văn nhà_thơ họa_sĩ nhạc_sĩ ca_sĩ diễn_viên đạo_diễn nhà_nghiên_cứu chuyên_gia cử_nhân
  giảng_viên giáo_viên hiệu_trưởng trưởng_phòng giám_đốc phó_giám_đốc tổng_giám_đốc chủ_tịch
  phó_chủ_tịch bộ_trưởng thứ_trưởng thủ_tướng bí_thư đại_biểu đại_tá thượng_tá trung_tá
  thiếu_tá đại_úy thượng_úy trung_úy thiếu_úy thượng_tướng trung_tướng thiếu_tướng đại_tướng
  thượng_sĩ trung_sĩ hạ_sĩ binh_nhất binh_nhì cán_bộ chiến_sĩ trung_úy phóng_viên biên_tập_viên
  sinh_viên học_sinh nghiên_cứu_sinh thầy_thuốc lương_y vận_động_viên cầu_thủ huấn_luyện_viên
  doanh_nhân ông_chủ chủ_nhiệm trưởng_khoa phó_trưởng_khoa trưởng_ban phó_trưởng_ban
  trưởng_thôn trưởng_ấp tổ_trưởng thẩm_phán kiểm_sát_viên điều_tra_viên công_an
  dr dr. prof prof. gs.ts pgs.ts ths.bs ts.bs bs.ckii bs.cki
`).map((t) => t.replace(/_/g, ' '));
