import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { assess } from '../src/index.js';

const vietnameseish = fc.array(
  fc.constantFrom('nữ', 'bác sĩ', 'xinh đẹp', 'NỮ', 'phái yếu', 'Nữ'.normalize('NFD'), 'thuỳ mị', '“', '”', '"', '.', 'PGS.', 'TS.', '\n', '\u200B', '\u00AD', '**', '<p>', '</p>', '# ', '`', 'https://x.vn', '&amp;', 'lady doctor', ' '),
  { maxLength: 60 },
).map((parts) => parts.join(' '));

describe('assess never throws and keeps offsets in range', () => {
  it('for arbitrary strings in every format', () => {
    fc.assert(
      fc.property(fc.oneof(fc.string({ unit: 'grapheme', maxLength: 300 }), fc.string({ unit: 'binary', maxLength: 300 }), vietnameseish), fc.constantFrom('text', 'markdown', 'html', 'auto'), (input, format) => {
        const a = assess(input, { format: format as 'text' });
        expect(a.verdict.reasons.join()).not.toMatch(/internal error/);
        for (const f of a.findings) {
          expect(f.start).toBeGreaterThanOrEqual(0);
          expect(f.end).toBeGreaterThanOrEqual(f.start);
          expect(f.end).toBeLessThanOrEqual(input.length);
          expect(input.slice(f.start, f.end)).toBe(f.text);
        }
      }),
      { numRuns: 400 },
    );
  });

  it('is deterministic: the same input gives byte-identical JSON', () => {
    fc.assert(
      fc.property(vietnameseish, (input) => {
        expect(JSON.stringify(assess(input))).toBe(JSON.stringify(assess(input)));
      }),
      { numRuns: 100 },
    );
  });
});

describe('the simple Markdown reader gives what remark gives', () => {
  // Lines a CMS article is made of, plus every character and line start that must send a document to remark.
  const line = fc.oneof(
    { weight: 20, arbitrary: fc.array(fc.constantFrom('Nữ', 'bác sĩ', 'women', 'said', '19/10', '(BV)', 'ê-kíp', 'www.bv.vn', 'a@b.vn', 'http://x.vn', '“Chị”', '#1', '!', '.', ',', ':', '%', '\u00A0', '\u200B', 'ǅ'), { minLength: 1, maxLength: 8 }).map((w) => w.join(' ')) },
    { weight: 8, arbitrary: fc.constantFrom('', ' ', '   ', '# Tiêu đề', '## Heading two', '###### six', '# “Nữ” bác sĩ: 19/10') },
    { weight: 2, arbitrary: fc.constantFrom('####### seven', '#nope', '# ', '# closed #', '#  two spaces', '# trailing ', 'para ', 'para  ', ' lead space', '    code', '\ttab', '> quote', '- item', '* item', '+ item', '1. one', '2) two', '2026. year', '---', '===', '***', '___', '| a | b |', '|---|---|', ':--', '```', '~~~', '<div>', 'a *b* c', 'a **b** c', 'a _b_ c', '~~s~~', '[l](u)', '![i](u)', '[^1]', '[x]: http://y', 'a &amp; b', 'a \\* b', '`code`', 'a\r', 'x\u0000y', '<b>x</b>', 'a  ') },
  );
  const documents = fc.tuple(fc.oneof({ weight: 4, arbitrary: fc.constant('') }, { weight: 1, arbitrary: fc.constant('---\ntitle: T\n---') }), fc.array(line, { maxLength: 14 }), fc.constantFrom('', '\n', '\n\n')).map(([front, lines, end]) => [...(front ? [front] : []), ...lines].join('\n') + end);

  it('segments, roles and offset maps are identical', async () => {
    const { parseMarkdown } = await import('../src/document/markdown.js');
    const { simpleMarkdownTree } = await import('../src/document/markdown-simple.js');
    let simple = 0;
    fc.assert(
      fc.property(documents, (source) => {
        if (simpleMarkdownTree(source)) simple++;
        expect(parseMarkdown(source)).toEqual(parseMarkdown(source, { simple: false }));
      }),
      { numRuns: 3000 },
    );
    // Both paths were exercised.
    expect(simple).toBeGreaterThan(500);
    expect(simple).toBeLessThan(2700);
  });

  it('takes the documents it is meant for', async () => {
    const { simpleMarkdownTree } = await import('../src/document/markdown-simple.js');
    expect(simpleMarkdownTree('# Tiêu đề\n\nĐoạn một, (BV) 19/10: “chị” nói.\nDòng hai.\n\n## Mục\n\nEmail a@b.vn, www.bv.vn.\n')).not.toBeNull();
    expect(simpleMarkdownTree('# Tiêu đề\n\n- một\n- hai\n')).toBeNull();
  });
});
