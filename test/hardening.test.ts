/**
 * Hardening: fuzzing, pathological inputs (huge, deep, long tokens, empty), input limits, hostile
 * configuration files and byte-identical output. No timing assertions: speed is the bench's job.
 */
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { assess, ConfigError, createChecker, InputTooLargeError, type Assessment } from '../src/index.js';
import { loadConfigFile, readRulePackFile } from '../src/config/load.js';
import { normalizeWord } from '../src/language/normalize.js';
import { tokenize, type Token } from '../src/language/tokenize.js';
import { NO_WORD_ID, wordId } from '../src/language/word-ids.js';
import { languageSignals } from '../src/language/detect.js';
import { VIETNAMESE_LETTERS } from '../src/language/normalize.js';

const root = path.resolve(__dirname, '..');

function expectSound(input: string, a: Assessment): void {
  expect(a.verdict.reasons.join()).not.toMatch(/internal error/);
  for (const f of a.findings) {
    if (f.scope === 'document') continue;
    expect(f.start).toBeGreaterThanOrEqual(0);
    expect(f.end).toBeGreaterThanOrEqual(f.start);
    expect(f.end).toBeLessThanOrEqual(input.length);
    expect(input.slice(f.start, f.end)).toBe(f.text);
  }
}

// -------------------------------------------------------------------------------------------------
// The single-regex lexer the hand-written one in src/language/tokenize.ts replaced; they must agree.

const INVISIBLE_CHARS = '\\u00AD\\u200B-\\u200D\\u2060\\uFEFF';
const WORD_CHAR = `[\\p{L}\\p{M}\\p{N}${INVISIBLE_CHARS}]`;
const LEXER = new RegExp(
  [
    `(?<url>(?:https?:\\/\\/|www\\.)[^\\s<>"“”'()\\[\\]]+[^\\s<>"“”'()\\[\\].,;:!?])`,
    `(?<email>[\\p{L}\\p{N}._%+-]+@[\\p{L}\\p{N}-]+(?:\\.[\\p{L}\\p{N}-]+)+)`,
    `(?<word>${WORD_CHAR}+(?:(?:['’\\-]|[.,](?=\\p{Nd}))${WORD_CHAR}+)*%?)`,
    `(?<space>[\\s${INVISIBLE_CHARS}]+)`,
    `(?<other>[\\s\\S])`,
  ].join('|'),
  'gu',
);
const NUMBER = /^\p{Nd}[\p{Nd}.,]*%?$/u;
const UPPER_START = /^\p{Lu}/u;
const SHORT_ABBREVIATION_PART = /^\p{Lu}[\p{L}]{0,3}$/u;

function referenceTokenize(text: string): Token[] {
  const tokens: Token[] = [];
  let inQuote = false;
  for (const m of text.matchAll(LEXER)) {
    const groups = m.groups!;
    const start = m.index;
    const raw = m[0];
    if (groups.space !== undefined) continue;
    if (groups.url !== undefined || groups.email !== undefined) {
      tokens.push({ start, end: start + raw.length, kind: 'skip', norm: '', id: NO_WORD_ID, capitalized: false, inQuote, sentence: 0, segment: 0 });
      continue;
    }
    if (groups.word !== undefined) {
      const previous = tokens[tokens.length - 1];
      if (previous && previous.kind === 'punct' && previous.norm === '.' && previous.start === start - 1) {
        const before = tokens[tokens.length - 2];
        if (
          before &&
          before.kind === 'word' &&
          before.end === previous.start &&
          SHORT_ABBREVIATION_PART.test(text.slice(before.start, before.end).split('.').pop() ?? '') &&
          UPPER_START.test(raw)
        ) {
          tokens.pop();
          before.end = start + raw.length;
          before.norm = normalizeWord(text.slice(before.start, before.end));
          before.id = wordId(before.norm);
          continue;
        }
      }
      tokens.push({ start, end: start + raw.length, kind: NUMBER.test(raw) ? 'number' : 'word', norm: normalizeWord(raw), id: wordId(normalizeWord(raw)), capitalized: UPPER_START.test(raw), inQuote, sentence: 0, segment: 0 });
      continue;
    }
    if (raw === '"') inQuote = !inQuote;
    else if (['“', '«', '„'].includes(raw)) inQuote = true;
    else if (['”', '»'].includes(raw)) inQuote = false;
    tokens.push({ start, end: start + raw.length, kind: 'punct', norm: raw, id: NO_WORD_ID, capitalized: false, inQuote, sentence: 0, segment: 0 });
  }
  if (inQuote) {
    let k = tokens.length - 1;
    while (k >= 0 && tokens[k]!.inQuote) tokens[k--]!.inQuote = false;
  }
  return tokens;
}

const lexerPieces = fc.constantFrom(
  ...'aZ9 .,\'’-%@_+h:/wtps"“”«»„\n\t\u200B\u00AD\uFEFF\u00A0đẠệ５٣ÉxU'.split(''),
  'http://', 'https://', 'www.', 'a@b.c', 'PGS.TS', 'U.S', '\uD835\uDC00', '\uD835\uDFCE', '\uDC00', '\uD800', 'e\u0301', '3.5', '1,000',
);
const mixedScripts = fc.array(
  fc.constantFrom('nữ', 'bác sĩ', 'women', 'Женщина', 'امرأة', '女性', 'महिला', '🙂', '👩‍⚕️', 'ﷺ', 'Ǆ', 'ß', 'İ', 'x̧̣̂', '\u202E', '\u0000', ' ', '\n', '.', '“', '”'),
  { maxLength: 50 },
).map((parts) => parts.join(''));

// The regex version of language detection's counts, which the hand-written scan in src/language/detect.ts replaced.
const UNACCENTED = new Set(['va', 'cua', 'la', 'cac', 'nhung', 'nguoi', 'khong', 'duoc', 'trong', 'cho', 'voi', 'mot', 'da', 'benh', 'vien', 'tai', 'nay', 'thi', 'chi', 'anh', 'ong', 'ba']);
const ENGLISH = new Set(['the', 'of', 'and', 'in', 'is', 'was', 'were', 'for', 'that', 'with', 'said', 'at', 'by', 'his', 'her', 'has', 'have', 'had', 'are', 'from', 'as', 'this', 'who', 'which', 'will', 'would', 'not', 'or', 'but', 'their', 'they', 'she', 'its', 'been', 'after', 'more', 'we', 'our', 'you', 'your']);
function referenceSignals(texts: string[]) {
  let words = 0;
  let vietnamese = 0;
  let vietnameseCapitalised = 0;
  let unaccented = 0;
  let english = 0;
  let seen = 0;
  for (const text of texts) {
    for (const word of text.split(/[^\p{L}\p{M}]+/u)) {
      if (!word) continue;
      words++;
      if (VIETNAMESE_LETTERS.test(word.normalize('NFC').toLowerCase())) {
        vietnamese++;
        if (word[0] !== word[0]!.toLowerCase()) vietnameseCapitalised++;
      } else if (UNACCENTED.has(word.toLowerCase())) unaccented++;
      else if (ENGLISH.has(word.toLowerCase())) english++;
    }
    seen += text.length;
    if (seen > 20000) break;
  }
  return { words, vietnamese, vietnameseCapitalised, unaccented, english };
}

describe('language detection', () => {
  it('counts what the regex version counted, on any text', () => {
    const piece = fc.constantFrom('va', 'VA', 'The', 'HER', 'Nguyễn', 'nguoi', 'NGƯỜI', 'người'.normalize('NFD'), 'hoá', 'a\u0306', 'đ', 'İ', '\u212Ahong', 'the', ' ', '.', '𝐀', '\uD800', '\uDC00', '5', 'ǅ', 'ß', '\u0301', 'e\u0301', 'ạ', 'ba', 'ông');
    const texts = fc.array(fc.oneof(fc.array(piece, { maxLength: 30 }).map((p) => p.join('')), fc.string({ unit: 'binary', maxLength: 40 })), { maxLength: 4 });
    fc.assert(
      fc.property(texts, (list) => {
        expect(languageSignals(list)).toEqual(referenceSignals(list));
      }),
      { numRuns: 2000 },
    );
  });
});

describe('tokenizer', () => {
  it('agrees with the reference regex lexer on random text', () => {
    fc.assert(
      fc.property(
        fc.oneof(
          fc.string({ unit: 'binary', maxLength: 80 }),
          fc.string({ unit: 'grapheme', maxLength: 60 }),
          fc.array(lexerPieces, { maxLength: 50 }).map((a) => a.join('')),
          mixedScripts,
        ),
        (text) => {
          expect(tokenize(text, new Map())).toEqual(referenceTokenize(text));
        },
      ),
      { numRuns: 3000 },
    );
  });

  it('agrees on long runs, e-mail-like runs and many "@"', () => {
    for (const text of ['a.'.repeat(5000) + '@x', 'a'.repeat(20000) + '@b.c', '@'.repeat(3000), 'x@y.z '.repeat(1000), 'www.' + 'a'.repeat(5000) + '.', '1.2,3'.repeat(3000)]) {
      expect(tokenize(text, new Map())).toEqual(referenceTokenize(text));
    }
  });
});

// -------------------------------------------------------------------------------------------------

describe('assess under fuzzing', () => {
  const formats = fc.constantFrom('text', 'markdown', 'html', 'auto');

  it('never fails and keeps offsets in range: arbitrary Unicode and mixed scripts, every format', () => {
    fc.assert(
      fc.property(fc.oneof(fc.string({ unit: 'binary', maxLength: 400 }), fc.string({ unit: 'grapheme', maxLength: 300 }), mixedScripts), formats, (input, format) => {
        expectSound(input, assess(input, { format: format as 'text' }));
      }),
      { numRuns: 300 },
    );
  });

  it('never fails on article objects with odd fields', () => {
    fc.assert(
      fc.property(
        fc.record({ title: fc.string({ maxLength: 80 }), lead: fc.string({ maxLength: 80 }), body: fc.oneof(fc.string({ maxLength: 300 }), mixedScripts), captions: fc.array(fc.string({ maxLength: 40 }), { maxLength: 3 }) }, { requiredKeys: [] }),
        (article) => {
          const a = assess(article);
          expect(a.verdict.reasons.join()).not.toMatch(/internal error/);
        },
      ),
      { numRuns: 200 },
    );
  });

  it('handles empty and blank input', () => {
    for (const input of ['', ' ', '\n\n\n', '\u200B', '\uFEFF', '<p></p>', '---\n---\n', '>']) {
      const a = assess(input);
      expectSound(input, a);
      expect(a.findings.filter((f) => f.scope === 'span')).toEqual([]);
    }
    expect(assess({}).verdict.reasons.join()).not.toMatch(/internal error/);
  });

  it('handles very long tokens and lines', () => {
    const inputs = [
      'a'.repeat(1_000_000),
      'đ'.repeat(300_000),
      'x'.repeat(200_000) + ' phái yếu ' + 'y'.repeat(200_000),
      ('Nữ bác sĩ xinh đẹp, ' + 'rất '.repeat(50)).repeat(2000), // one 500 KB line
      '-'.repeat(300_000),
      '"'.repeat(100_000),
      'https://' + 'a'.repeat(300_000),
      'a@'.repeat(100_000),
    ];
    for (const input of inputs) expectSound(input, assess(input, { format: 'text' }));
    expectSound(inputs[3]!, assess(inputs[3]!, { format: 'markdown' }));
  });

  it('survives 5,000 nested blockquotes, lists, divs and spans', () => {
    const n = 5000;
    const md = '> '.repeat(n) + 'Phụ nữ là phái yếu.';
    const a = assess(md, { format: 'markdown', lang: 'vi' });
    expectSound(md, a);
    expect(a.findings.map((f) => f.ruleId)).toContain('vi-str-weaker-sex');
    const list = Array.from({ length: 200 }, (_, i) => '  '.repeat(i) + '- mục').join('\n');
    expectSound(list, assess(list, { format: 'markdown' }));
    const emphasis = '*'.repeat(n) + 'a' + '*'.repeat(n);
    expectSound(emphasis, assess(emphasis, { format: 'markdown' }));
    for (const [open, close] of [['<div>', '</div>'], ['<blockquote>', '</blockquote>'], ['<span>', '</span>'], ['<ul><li>', '</li></ul>']]) {
      const html = '<p>x</p>' + open!.repeat(n) + 'Phụ nữ là phái yếu.' + close!.repeat(n);
      const b = assess(html, { format: 'html', lang: 'vi' });
      expectSound(html, b);
      expect(b.findings.map((f) => f.ruleId)).toContain('vi-str-weaker-sex');
    }
    const unclosed = '<div>'.repeat(n) + 'women are the weaker sex';
    expectSound(unclosed, assess(unclosed, { format: 'html', lang: 'en' }));
  });

  it('assesses a 5 MB document (50 MB is run by the bench)', () => {
    const paragraph = 'Bác sĩ Nguyễn Thị Lan, Trưởng khoa Sản, cho biết bệnh viện đã tiếp nhận 35 ca sốt xuất huyết trong tuần. ';
    const input = (paragraph.repeat(8) + '\n\n').repeat(Math.ceil((5 * 1024 * 1024) / Buffer.byteLength(paragraph.repeat(8) + '\n\n')));
    expect(Buffer.byteLength(input)).toBeGreaterThanOrEqual(5 * 1024 * 1024);
    const a = assess(input, { format: 'markdown', config: createChecker({}) });
    expect(a.verdict.reasons.join()).not.toMatch(/internal error/);
    expect(a.metrics.words).toBeGreaterThan(700_000);
    // It takes about 12 s on a quiet machine; the limit only catches a hang, not slowness (the bench measures that).
  }, 180_000);
});

// -------------------------------------------------------------------------------------------------

describe('maxInputBytes', () => {
  it('refuses larger inputs with a typed error and accepts inputs at the limit', () => {
    expect(() => assess('abcd', { maxInputBytes: 3 })).toThrow(InputTooLargeError);
    expect(assess('abc', { maxInputBytes: 3 }).lang).toBeDefined();
    // Counted in UTF-8 bytes: "đ" is two bytes, "ữ" three, an emoji four.
    expect(() => assess('đđ', { maxInputBytes: 3 })).toThrow(InputTooLargeError);
    expect(() => assess('ữ', { maxInputBytes: 2 })).toThrow(InputTooLargeError);
    expect(() => assess('🙂', { maxInputBytes: 3 })).toThrow(InputTooLargeError);
    expect(assess('🙂', { maxInputBytes: 4 }).lang).toBeDefined();
    // Article objects: all text fields together.
    expect(() => assess({ title: 'ab', body: 'cd', captions: ['e'] }, { maxInputBytes: 4 })).toThrow(InputTooLargeError);
    expect(assess({ title: 'ab', body: 'cd' }, { maxInputBytes: 4 }).lang).toBeDefined();
    try {
      assess('x'.repeat(100), { maxInputBytes: 10 });
      expect.unreachable();
    } catch (error) {
      expect(error).toBeInstanceOf(InputTooLargeError);
      expect((error as InputTooLargeError).name).toBe('InputTooLargeError');
      expect((error as InputTooLargeError).limit).toBe(10);
      expect((error as InputTooLargeError).bytes).toBeGreaterThan(10);
      expect((error as Error).message).toMatch(/maxInputBytes/);
    }
  });

  it('rejects an invalid limit as a ConfigError', () => {
    for (const value of [0, -1, 1.5, '10', Infinity]) expect(() => assess('x', { maxInputBytes: value as number })).toThrow(ConfigError);
  });
});

// -------------------------------------------------------------------------------------------------

describe('hostile configuration files', () => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'genderlens-hardening-'));
  const write = (name: string, content: string | Buffer) => {
    const file = path.join(dir, name);
    fs.writeFileSync(file, content);
    return file;
  };

  it('rejects invalid JSON and YAML, naming the file', () => {
    expect(() => loadConfigFile(write('bad.json', '{"rules": '))).toThrow(/bad\.json: not valid JSON/);
    expect(() => loadConfigFile(write('bad.yaml', 'rules: [unclosed'))).toThrow(/bad\.yaml: not valid YAML/);
    expect(() => loadConfigFile(write('binary.json', Buffer.from([0xff, 0xfe, 0, 1])))).toThrow(ConfigError);
    expect(() => loadConfigFile(write('array.json', '[1,2]'))).toThrow(ConfigError);
  });

  it('rejects huge files before parsing them', () => {
    const huge = write('huge.json', '{"rules": {' + '"x": "off",'.repeat(120_000) + '"y": "off"}}');
    expect(fs.statSync(huge).size).toBeGreaterThan(1_000_000);
    expect(() => loadConfigFile(huge)).toThrow(/huge\.json: file is \d+ bytes; the limit is 1000000/);
    expect(() => readRulePackFile(huge)).toThrow(/limit/);
  });

  it('rejects YAML alias bombs', () => {
    const bomb = ['a: &a ["x","x","x","x","x","x","x","x","x"]', ...Array.from({ length: 8 }, (_, i) => `${String.fromCharCode(98 + i)}: &${String.fromCharCode(98 + i)} [*${String.fromCharCode(97 + i)},*${String.fromCharCode(97 + i)},*${String.fromCharCode(97 + i)},*${String.fromCharCode(97 + i)},*${String.fromCharCode(97 + i)},*${String.fromCharCode(97 + i)},*${String.fromCharCode(97 + i)},*${String.fromCharCode(97 + i)},*${String.fromCharCode(97 + i)}]`)].join('\n');
    expect(() => loadConfigFile(write('bomb.yaml', bomb))).toThrow(ConfigError);
  });

  it('rejects __proto__, constructor and prototype keys anywhere, without polluting Object.prototype', () => {
    const cases = [
      ['proto.json', '{"__proto__": {"polluted": true}}'],
      ['nested.json', '{"policy": {"__proto__": {"polluted": true}}}'],
      ['ctor.json', '{"rules": {"constructor": {"prototype": {"polluted": true}}}}'],
      ['proto.yaml', '__proto__:\n  polluted: true\n'],
      ['deep.yaml', 'classes:\n  X:\n    - a\nthresholds:\n  prototype:\n    polluted: true\n'],
    ] as const;
    for (const [name, content] of cases) {
      expect(() => loadConfigFile(write(name, content)), name).toThrow(/is not allowed/);
    }
    expect(() => readRulePackFile(write('pack.json', '{"rules": [{"id": "x", "__proto__": {"polluted": true}}]}'))).toThrow(/is not allowed/);
    expect(() => createChecker(JSON.parse('{"__proto__": {"polluted": true}}'))).toThrow(ConfigError);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
    expect((Object.prototype as Record<string, unknown>).polluted).toBeUndefined();
  });
});

// -------------------------------------------------------------------------------------------------

describe('byte-identical output', () => {
  it('the same input gives byte-identical JSON from assess', () => {
    const text = fs.readFileSync(path.join(root, 'fixtures/vi/bai-bao-mau.md'), 'utf8');
    const first = JSON.stringify(assess(text));
    for (let i = 0; i < 3; i++) expect(JSON.stringify(assess(text, { config: createChecker({}) }))).toBe(first);
  });

  it('the CLI prints byte-identical JSON for the same files', () => {
    const tsx = pathToFileURL(path.join(root, 'node_modules/tsx/dist/loader.mjs')).href;
    const run = () =>
      spawnSync(process.execPath, ['--import', tsx, path.join(root, 'src/cli/main.ts'), 'check', '--format', 'json', 'fixtures/vi/bai-bao-mau.md', 'fixtures/en/sample-article.md'], {
        cwd: root,
        encoding: 'buffer',
        env: { ...process.env, NO_COLOR: '1' },
      });
    const a = run();
    const b = run();
    expect(a.stderr.toString()).toBe('');
    expect(a.stdout.length).toBeGreaterThan(100);
    expect(Buffer.compare(a.stdout, b.stdout)).toBe(0);
  });
});
