/** Batch mode: many files on worker threads, and JSON Lines streamed in and out in input order. */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { projectRoot, runCli } from './helpers/run-cli.js';
import { assess, createChecker } from '../src/index.js';
import readline from 'node:readline';
import { Readable } from 'node:stream';
import fc from 'fast-check';
import { parseRecord, readLines } from '../src/cli/batch.js';

const root = projectRoot;
const cli = (args: string[], input?: string, cwd = root) => runCli(args, { ...(input !== undefined ? { input } : {}), cwd });

const corpus = fs
  .readFileSync(path.join(root, 'fixtures/bench/vi-corpus.jsonl'), 'utf8')
  .split('\n')
  .filter(Boolean)
  .slice(0, 30)
  .map((line) => JSON.parse(line) as { id: string; title: string; body: string });

describe('check over many files', () => {
  it('spreads files over workers, keeps their order, and skips unreadable files with a message', () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'genderlens-batch-'));
    corpus.forEach((a, i) => fs.writeFileSync(path.join(dir, `bai-${String(i).padStart(2, '0')}.md`), `# ${a.title}\n\n${a.body}\n`));
    fs.writeFileSync(path.join(dir, 'bai-05b.txt'), Buffer.from([0x50, 0x4b, 0x03, 0x04, 0x00, 0x00]));
    fs.writeFileSync(path.join(dir, 'bai-07b.txt'), Buffer.from([0x68, 0xc3, 0x28, 0x61]));
    const r = cli(['check', '--format', 'json', '.'], undefined, dir);
    expect(r.code).toBe(2); // skipped files make the run incomplete
    expect(r.stderr).toMatch(/bai-05b\.txt: binary content, not checked/);
    expect(r.stderr).toMatch(/bai-07b\.txt: not valid UTF-8, not checked/);
    const report = JSON.parse(r.stdout) as { file: string }[];
    expect(report.map((x) => x.file)).toEqual(corpus.map((_, i) => `bai-${String(i).padStart(2, '0')}.md`));
    // The same results as checking each file in this thread.
    const checker = createChecker({});
    corpus.forEach((a, i) => {
      const expected = assess(`# ${a.title}\n\n${a.body}\n`, { config: checker, lang: 'auto', format: 'markdown' });
      expect(report[i]).toEqual({ file: `bai-${String(i).padStart(2, '0')}.md`, ...JSON.parse(JSON.stringify(expected)) });
    });
  });
});

describe('check --jsonl', () => {
  it('streams results in input order, one per line, also with more records than the worker threshold', () => {
    const lines = corpus.map((a, i) => JSON.stringify(i % 3 === 0 ? { id: a.id, text: `${a.title}\n\n${a.body}` } : { id: a.id, title: a.title, body: a.body, extra: 1 }));
    const r = cli(['check', '--jsonl', '-'], lines.join('\n') + '\n');
    expect(r.stderr).toBe('');
    expect([0, 1]).toContain(r.code);
    const out = r.stdout.trim().split('\n').map((l) => JSON.parse(l) as { id: string; lang: string; findings: unknown[] });
    expect(out.map((x) => x.id)).toEqual(corpus.map((a) => a.id));
    const checker = createChecker({});
    const second = corpus[1]!;
    expect(out[1]).toEqual({ id: second.id, ...JSON.parse(JSON.stringify(assess({ title: second.title, body: second.body }, { config: checker, lang: 'auto', format: 'auto' }))) });
    // Byte-identical on a second run.
    expect(cli(['check', '--jsonl', '-'], lines.join('\n') + '\n').stdout).toBe(r.stdout);
  });

  it('reports bad lines on stderr and in the output, and goes on', () => {
    const input = ['{"id": 1, "text": "Đàn ông là trụ cột gia đình."}', 'not json', '', '[1, 2]', '{"id": "no-text"}', '{"id": "x", "body": 5}', '{"text": "Women are the weaker sex."}'].join('\n');
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'genderlens-jsonl-'));
    fs.writeFileSync(path.join(dir, 'in.jsonl'), input);
    const r = cli(['check', '--jsonl', 'in.jsonl'], undefined, dir);
    expect(r.code).toBe(2);
    const out = r.stdout.trim().split('\n').map((l) => JSON.parse(l) as { id: unknown; error?: string; findings?: { ruleId: string }[] });
    expect(out.map((x) => x.id)).toEqual([1, 'in.jsonl:2', 'in.jsonl:4', 'no-text', 'x', 'in.jsonl:7']);
    expect(out[0]!.findings!.map((f) => f.ruleId)).toContain('vi-str-breadwinner');
    expect(out[1]!.error).toMatch(/not valid JSON/);
    expect(out[2]!.error).toMatch(/expected a JSON object/);
    expect(out[5]!.findings!.length).toBeGreaterThan(0);
    expect(r.stderr.trim().split('\n')).toHaveLength(4);
    expect(r.stderr).toMatch(/in\.jsonl:2: not valid JSON/);
  });

  it('stops with exit 2 and one message on an invalid configuration', () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'genderlens-jsonl-config-'));
    fs.writeFileSync(path.join(dir, 'genderlens.config.json'), '{"rules": {"nope-rule": "off"}}');
    fs.writeFileSync(path.join(dir, 'in.jsonl'), '{"id": 1, "text": "x"}\n');
    const r = cli(['check', '--jsonl', 'in.jsonl'], undefined, dir);
    expect(r.code).toBe(2);
    expect(r.stdout).toBe('');
    expect(r.stderr).toMatch(/genderlens\.config\.json: rules\.nope-rule: unknown rule id/);
    expect(r.stderr.trim().split('\n')).toHaveLength(1);
  });
});

describe('parseRecord', () => {
  it('reads {text} and article fields and ignores other keys', () => {
    expect(parseRecord('{"id": "a", "text": "x", "format": "markdown"}')).toEqual({ id: 'a', value: 'x', format: 'markdown' });
    expect(parseRecord('{"id": 2, "title": "t", "body": "b", "captions": ["c"], "url": "u"}')).toEqual({ id: 2, value: { title: 't', body: 'b', captions: ['c'] }, format: 'auto' });
    expect(parseRecord('{"text": "x", "format": "pdf"}')).toMatchObject({ error: expect.stringMatching(/format/) });
    expect(parseRecord('{"captions": [1]}')).toMatchObject({ error: expect.stringMatching(/captions/) });
    expect(parseRecord('{"__proto__": {"text": "x"}}')).toMatchObject({ error: expect.any(String) });
  });
});

describe('reading JSON Lines', () => {
  it('splits lines as readline does, whatever the chunks (\\n, \\r\\n, lone \\r, split UTF-8)', async () => {
    const text = fc.array(fc.constantFrom('a', '{"id":1}', '\n', '\r', '\r\n', 'ữ', '🙂', ' ', '\uFEFF'), { maxLength: 40 }).map((p) => p.join(''));
    await fc.assert(
      fc.asyncProperty(text, fc.array(fc.integer({ min: 1, max: 7 }), { minLength: 1, maxLength: 10 }), async (input, cuts) => {
        const bytes = Buffer.from(input);
        const chunks: Buffer[] = [];
        for (let at = 0, k = 0; at < bytes.length; k++) {
          const size = cuts[k % cuts.length]!;
          chunks.push(bytes.subarray(at, at + size));
          at += size;
        }
        const expected: string[] = [];
        for await (const line of readline.createInterface({ input: Readable.from(chunks), crlfDelay: Infinity })) expected.push(line);
        const actual: string[] = [];
        for await (const line of readLines(Readable.from(chunks))) actual.push(line);
        expect(actual).toEqual(expected);
      }),
      { numRuns: 300 },
    );
  });
});
