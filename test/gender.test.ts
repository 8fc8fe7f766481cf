import { describe, it, expect } from 'vitest';
import { readFileSync } from 'node:fs';
import { canonicalViWord, guessGender, type Gender } from '../src/analysis/gender/guess.js';
import {
  VI_GIVEN_FEMALE,
  VI_GIVEN_FEMALE_LEAN,
  VI_GIVEN_MALE,
  VI_GIVEN_MALE_LEAN,
  VI_GIVEN_UNISEX,
} from '../src/analysis/gender/vi-names.js';

const g = (name: string, lang?: 'vi' | 'en' | 'auto'): Gender =>
  guessGender(name, lang ? { lang } : undefined).gender;

describe('canonicalViWord', () => {
  it('ignores case, Unicode form and tone placement', () => {
    expect(canonicalViWord('Hòa')).toBe(canonicalViWord('hoà'));
    expect(canonicalViWord('HOÀ')).toBe(canonicalViWord('Hòa'.normalize('NFD')));
    expect(canonicalViWord('Thuỷ')).toBe(canonicalViWord('Thủy'));
    expect(canonicalViWord('Lý')).toBe(canonicalViWord('Lí'));
    expect(canonicalViWord('Thủy')).not.toBe(canonicalViWord('Thúy'));
    expect(canonicalViWord('Văn')).not.toBe(canonicalViWord('Vân'));
  });
});

describe('guessGender — Vietnamese', () => {
  it('uses Thị / Văn and other middle names', () => {
    expect(g('Nguyễn Thị Anh', 'vi')).toBe('female');
    expect(g('Nguyễn Văn Thanh', 'vi')).toBe('male');
    expect(g('Trần Thị Bình', 'vi')).toBe('female');
    expect(g('Phạm Đức Anh', 'vi')).toBe('male');
    expect(g('Lê Lan Anh', 'vi')).toBe('female');
    expect(g('Đỗ Hữu Linh', 'vi')).toBe('male');
    expect(g('Võ Diệu Linh', 'vi')).toBe('female');
  });
  it('typed without diacritics, a middle Thi / Van outweighs a given name that leans the other way', () => {
    // "Hanh" may be Hạnh or Hành, "Khanh" leans female: the middle name decides, in Vietnamese or English text.
    for (const lang of ['vi', 'en'] as const) {
      expect(g('Le Thi Hanh', lang)).toBe('female');
      expect(g('Vo Van Khanh', lang)).toBe('male');
      expect(g('Nguyen Van Anh', lang)).toBe('male');
    }
    // Two words give no middle name: "Thi Hanh" stays honest.
    expect(g('Thi Hanh', 'en')).toBe('unknown');
  });

  it('uses the given name', () => {
    expect(g('Trần Minh Hùng', 'vi')).toBe('male');
    expect(g('Lê Thanh Hương', 'vi')).toBe('female');
    expect(g('Bùi Xuân Trường', 'vi')).toBe('male');
    expect(g('Hoàng Xuân Quỳnh', 'vi')).toBe('female');
    expect(g('Ngọc Trinh', 'vi')).toBe('female');
    expect(g('Tiến Dũng', 'vi')).toBe('male');
  });

  it('says unknown for unisex names without another cue', () => {
    expect(g('Trần Minh Anh', 'vi')).toBe('unknown');
    expect(g('Nguyễn Thanh Bình', 'vi')).toBe('unknown');
    expect(g('Linh', 'vi')).toBe('unknown');
    expect(g('Lê Khánh An', 'vi')).toBe('unknown');
    const guess = guessGender('Phạm Hoài An', { lang: 'vi' });
    expect(guess.confidence).toBe(0);
    expect(guess.reason).toMatch(/An/);
  });

  it('lets honorifics outrank the name', () => {
    expect(g('bà Nguyễn Văn A', 'vi')).toBe('female');
    expect(g('ông Nguyễn Thị Lan', 'vi')).toBe('male');
    expect(g('chị Thanh', 'vi')).toBe('female');
    expect(g('anh Linh', 'vi')).toBe('male');
    expect(g('cô Hòa')).toBe('female');
    expect(g('chú Bình')).toBe('male');
    expect(g('thầy Minh Anh')).toBe('male');
    expect(g('cụ bà Trần Thị Tư')).toBe('female');
    expect(g('Bà Phạm Thanh Tâm')).toBe('female');
    expect(g('em Khánh Linh', 'vi')).toBe('unknown');
    const guess = guessGender('Bà Nguyễn Văn Hùng', { lang: 'vi' });
    expect(guess.gender).toBe('female');
    expect(guess.confidence).toBeGreaterThan(0.9);
  });

  it('skips academic and professional titles', () => {
    expect(g('BS. Lê Thị Mai', 'vi')).toBe('female');
    expect(g('PGS.TS. Phạm Quang Vinh', 'vi')).toBe('male');
    expect(g('ThS Đỗ Thúy Hằng', 'vi')).toBe('female');
    expect(g('GS.TSKH Nguyễn Đình Đức', 'vi')).toBe('male');
    expect(g('Tiến sĩ Trần Bích Ngọc')).toBe('female');
    expect(g('Đại tá Hoàng Văn Sơn')).toBe('male');
    expect(g('bác sĩ chị Lê Thu Hà')).toBe('female');
  });

  it('matches NFD input and old tone placement', () => {
    expect(g('Nguyễn Thị Hoà'.normalize('NFD'), 'vi')).toBe('female');
    expect(g('Trần Thuỷ Tiên', 'vi')).toBe('female');
    expect(g('Lê Văn Hoà', 'vi')).toBe('male');
    expect(g('PHẠM QUỲNH NHƯ', 'vi')).toBe('female');
    expect(g('lê thuý kiều'.normalize('NFD'), 'vi')).toBe('female');
    expect(g('Đặng Khải Uy'.normalize('NFD'), 'auto')).toBe('male');
  });

  it('reads names typed without diacritics and in Western order', () => {
    expect(g('Nguyen Thi Lan', 'vi')).toBe('female');
    expect(g('Tran Van Hung', 'auto')).toBe('male');
    expect(g('Nguyen Van Anh', 'en')).toBe('male');
    expect(g('Lan Nguyễn', 'vi')).toBe('female');
    expect(g('Tuấn Trần', 'auto')).toBe('male');
  });

  it('detects Vietnamese names in auto mode', () => {
    expect(g('Hoàng Tuyết Nga')).toBe('female');
    expect(g('Vũ Quỳnh Vân')).toBe('female');
    expect(g('Mai Quang Duy')).toBe('male');
  });
});

describe('guessGender — English', () => {
  it('uses the SSA first-name table', () => {
    expect(g('Jennifer Lopez', 'en')).toBe('female');
    expect(g('Robert Downey Jr.', 'en')).toBe('male');
    expect(g('Hannah Arendt')).toBe('female');
    expect(g('George Orwell')).toBe('male');
    expect(g('Taylor Swift', 'en')).toBe('unknown');
    expect(g('Jordan Peterson', 'en')).toBe('unknown');
    const guess = guessGender('Elizabeth Warren', { lang: 'en' });
    expect(guess.confidence).toBeGreaterThan(0.9);
    expect(guess.reason).toMatch(/Elizabeth/);
  });

  it('lets honorifics outrank the name', () => {
    expect(g('Mr. Leslie Smith', 'en')).toBe('male');
    expect(g('Mrs Taylor', 'en')).toBe('female');
    expect(g('Ms. Jordan Lee', 'en')).toBe('female');
    expect(g('Sir Elton John', 'en')).toBe('male');
    expect(g('Miss Robin Hood', 'en')).toBe('female');
    expect(g('Mr Nguyễn Thị Mai')).toBe('male');
  });

  it('skips titles, reads "Last, First", hyphenated names', () => {
    expect(g('Dr. Ahmed Khan', 'en')).toBe('male');
    expect(g('Prof. Susan Greenfield', 'en')).toBe('female');
    expect(g('Senator Bernie Sanders', 'en')).toBe('male');
    expect(g('Curie, Marie', 'en')).toBe('female');
    expect(g('Mary-Kate Olsen', 'en')).toBe('female');
    expect(g('J. Smith', 'en')).toBe('unknown');
  });

  it('handles a foreign name inside a Vietnamese text', () => {
    expect(g('Angela Merkel', 'vi')).toBe('female');
    expect(g('ông Donald Trump', 'vi')).toBe('male');
  });
});

describe('guessGender — robustness', () => {
  it('never throws', () => {
    const inputs: unknown[] = [
      '',
      '   ',
      '.',
      '123',
      '!!!???',
      'BS.',
      'ông',
      'Mr.',
      '\u0300\u0301',
      '\uD800',
      'a'.repeat(10_000),
      'Nguyễn '.repeat(500),
      '👩‍⚕️ Lan',
      'null',
      'constructor',
      '__proto__',
      'toString',
      null,
      undefined,
      42,
    ];
    for (const input of inputs) {
      const guess = guessGender(input as string);
      expect(['female', 'male', 'unknown']).toContain(guess.gender);
      expect(guess.confidence).toBeGreaterThanOrEqual(0);
      expect(guess.confidence).toBeLessThanOrEqual(1);
      expect(typeof guess.reason).toBe('string');
    }
    expect(g('')).toBe('unknown');
    expect(g('constructor', 'vi')).toBe('unknown');
    expect(g('__proto__', 'en')).toBe('unknown');
  });

  it('is deterministic and pure', () => {
    expect(guessGender('Lê Thị Hồng', { lang: 'vi' })).toEqual(guessGender('Lê Thị Hồng', { lang: 'vi' }));
  });
});

describe('lexicon', () => {
  it('lists each Vietnamese given name under one gender only', () => {
    const seen = new Map<string, string>();
    const lists = {
      female: VI_GIVEN_FEMALE,
      femaleLean: VI_GIVEN_FEMALE_LEAN,
      unisex: VI_GIVEN_UNISEX,
      maleLean: VI_GIVEN_MALE_LEAN,
      male: VI_GIVEN_MALE,
    };
    const clashes: string[] = [];
    for (const [label, list] of Object.entries(lists)) {
      for (const name of list) {
        const key = canonicalViWord(name);
        const before = seen.get(key);
        if (before !== undefined && before !== label) clashes.push(`${name}: ${before}/${label}`);
        seen.set(key, label);
      }
    }
    expect(clashes).toEqual([]);
    expect(seen.size).toBeGreaterThan(400);
  });
});

/** A labelled set written for these tests (real-world style names; not the evaluation data). */
const LABELLED: ReadonlyArray<readonly [string, 'vi' | 'en', 'female' | 'male']> = [
  ['Nguyễn Thị Kim Ngân', 'vi', 'female'],
  ['Trương Mỹ Lan', 'vi', 'female'],
  ['Tôn Nữ Thị Ninh', 'vi', 'female'],
  ['Hồ Ngọc Hà', 'vi', 'female'],
  ['Đỗ Mỹ Linh', 'vi', 'female'],
  ['Trần Tiểu Vy', 'vi', 'female'],
  ['Lương Thùy Linh', 'vi', 'female'],
  ['Nguyễn Thúc Thùy Tiên', 'vi', 'female'],
  ['Phạm Gia Hân', 'vi', 'female'],
  ['Lê Bảo Ngọc', 'vi', 'female'],
  ['Trần Khánh Vy', 'vi', 'female'],
  ['Vũ Hồng Nhung', 'vi', 'female'],
  ['Ngô Thanh Vân', 'vi', 'female'],
  ['Nguyễn Hoàng Yến', 'vi', 'female'],
  ['Phan Như Thảo', 'vi', 'female'],
  ['Trương Quỳnh Anh', 'vi', 'female'],
  ['Đặng Thu Thảo', 'vi', 'female'],
  ['Hà Kiều Anh', 'vi', 'female'],
  ['Huỳnh Thúy Vi', 'vi', 'female'],
  ['Trần Ngọc Lan Khuê', 'vi', 'female'],
  ['Nguyễn Cao Kỳ Duyên', 'vi', 'female'],
  ['Nguyễn Thị Ánh Viên', 'vi', 'female'],
  ['Bùi Thị Thu Thảo', 'vi', 'female'],
  ['Nguyễn Phương Linh', 'vi', 'female'],
  ['Lê Hải Yến', 'vi', 'female'],
  ['Đông Nhi', 'vi', 'female'],
  ['Mỹ Tâm', 'vi', 'female'],
  ['Lệ Quyên', 'vi', 'female'],
  ['Kim Chi', 'vi', 'female'],
  ['Nguyễn Tường Vy', 'vi', 'female'],
  ['Phạm Minh Chính', 'vi', 'male'],
  ['Võ Văn Thưởng', 'vi', 'male'],
  ['Tô Lâm', 'vi', 'male'],
  ['Vương Đình Huệ', 'vi', 'male'],
  ['Nguyễn Phú Trọng', 'vi', 'male'],
  ['Nguyễn Xuân Phúc', 'vi', 'male'],
  ['Trương Tấn Sang', 'vi', 'male'],
  ['Đặng Thái Sơn', 'vi', 'male'],
  ['Võ Nguyên Giáp', 'vi', 'male'],
  ['Trịnh Công Sơn', 'vi', 'male'],
  ['Lê Quý Đôn', 'vi', 'male'],
  ['Nguyễn Quang Hải', 'vi', 'male'],
  ['Lương Xuân Trường', 'vi', 'male'],
  ['Bùi Tiến Dũng', 'vi', 'male'],
  ['Đoàn Văn Hậu', 'vi', 'male'],
  ['Phạm Nhật Vượng', 'vi', 'male'],
  ['Trần Bá Dương', 'vi', 'male'],
  ['Nguyễn Gia Bảo', 'vi', 'male'],
  ['Trần Minh Khôi', 'vi', 'male'],
  ['Phạm Đăng Khoa', 'vi', 'male'],
  ['Nguyễn Thiện Nhân', 'vi', 'male'],
  ['Vũ Quốc Khánh', 'vi', 'male'],
  ['Trần Nhật Minh', 'vi', 'male'],
  ['Ngô Tuấn Kiệt', 'vi', 'male'],
  ['Nguyễn Khôi Nguyên', 'vi', 'male'],
  ['Đàm Vĩnh Hưng', 'vi', 'male'],
  ['Hà Anh Tuấn', 'vi', 'male'],
  ['Sơn Tùng', 'vi', 'male'],
  ['Trường Giang', 'vi', 'male'],
  ['Trường Chinh', 'vi', 'male'],
  ['Margaret Thatcher', 'en', 'female'],
  ['Barack Obama', 'en', 'male'],
  ['Serena Williams', 'en', 'female'],
  ['Christopher Nolan', 'en', 'male'],
  ['Olivia Rodrigo', 'en', 'female'],
  ['Kevin Durant', 'en', 'male'],
];

describe('accuracy on a small labelled set', () => {
  it('gets at least 90% right and at most 10% unknown', () => {
    let right = 0;
    let unknown = 0;
    const misses: string[] = [];
    for (const [name, lang, expected] of LABELLED) {
      const guess = guessGender(name, { lang });
      if (guess.gender === expected) right++;
      else {
        misses.push(`${name}: ${guess.gender} (${guess.reason})`);
        if (guess.gender === 'unknown') unknown++;
      }
    }
    expect(right / LABELLED.length, misses.join('\n')).toBeGreaterThanOrEqual(0.9);
    expect(unknown / LABELLED.length).toBeLessThanOrEqual(0.1);
    // and the same names with lang 'auto'
    const autoRight = LABELLED.filter(([name, , expected]) => g(name) === expected).length;
    expect(autoRight / LABELLED.length).toBeGreaterThanOrEqual(0.9);
  });
});

/** test/fixtures/vi-names-labelled.tsv: 350+ Vietnamese full names whose gender is not in doubt. */
function readLabelledVi(): Array<{ name: string; gender: Gender }> {
  const file = new URL('./fixtures/vi-names-labelled.tsv', import.meta.url);
  return readFileSync(file, 'utf8')
    .split('\n')
    .filter((line) => line.trim() && !line.startsWith('#'))
    .map((line) => {
      const [name = '', gender = ''] = line.split('\t');
      return { name, gender: gender === 'f' ? 'female' : 'male' };
    });
}

describe('accuracy on the labelled Vietnamese names', () => {
  it('at least 96% right, at most 5% unknown, almost never a wrong guess', () => {
    const rows = readLabelledVi();
    expect(rows.length).toBeGreaterThanOrEqual(300);
    const wrong: string[] = [];
    let right = 0;
    let unknown = 0;
    for (const { name, gender } of rows) {
      const guess = guessGender(name, { lang: 'vi' });
      if (guess.gender === gender) right++;
      else if (guess.gender === 'unknown') unknown++;
      else wrong.push(`${name}: ${guess.gender} (${guess.reason})`);
    }
    expect(right / rows.length).toBeGreaterThanOrEqual(0.96);
    expect(unknown / rows.length).toBeLessThanOrEqual(0.05);
    // A clear "unknown" beats a wrong guess: wrong answers stay rare.
    expect(wrong.length / rows.length, wrong.join('\n')).toBeLessThanOrEqual(0.01);
  });

  it('a middle name decides a unisex given name; a second family name in a long name is neutral', () => {
    expect(g('Nguyễn Tiến Linh', 'vi')).toBe('male');
    expect(g('Đỗ Thùy Linh', 'vi')).toBe('female');
    expect(g('Phạm Huỳnh Anh Thư', 'vi')).toBe('female');
    expect(g('Lê Hoàng Minh Khôi', 'vi')).toBe('male');
    expect(g('Hà Văn Thắm', 'vi')).toBe('male');
    expect(g('Đặng Thị Ngọc Thịnh', 'vi')).toBe('female');
    // Compound family names, also typed without diacritics in English text.
    expect(g('Ton That Minh', 'en')).toBe('male');
    expect(g('Ton Nu Thi Ninh', 'en')).toBe('female');
    expect(g('Giang Thi Mua', 'en')).toBe('female');
    // Given names that are really unisex, with nothing else to go on.
    expect(g('Nguyễn Bảo Ngọc', 'vi')).toBe('unknown');
    expect(g('Trần Minh Anh', 'vi')).toBe('unknown');
  });
});
