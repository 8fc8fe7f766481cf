import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { assess } from '../src/index.js';
import { restrictToChangedLines } from '../src/diff/changed-lines.js';
import { parseUnifiedDiff } from '../src/diff/unified-diff.js';
import { createChecker } from '../src/index.js';
import { runCli } from './helpers/run-cli.js';

const BEFORE = [
  '# Bệnh viện tri ân đội ngũ y bác sĩ', // 1
  '', // 2
  'Nữ bác sĩ xinh đẹp Nguyễn Thị Lan đã mổ thành công nhiều ca khó.', // 3
  '', // 4
  'Khoa Sản tiếp nhận 30 ca sinh mỗi tuần.', // 5
  '', // 6
  'Ông Lê Văn Hùng cho biết dự án đã hoàn thành. Ông Trần Minh Đức nói kinh phí đã đủ. Anh Phạm Quốc Bảo chia sẻ anh rất vui.', // 7
].join('\n');
// The writer edits line 5 only, adding a needless gender mark (info) there; line 3's old warning is not theirs.
const AFTER = BEFORE.replace('Khoa Sản tiếp nhận 30 ca sinh mỗi tuần.', 'Khoa Sản tiếp nhận 30 ca sinh mỗi tuần; nữ tài xế xe cấp cứu trực suốt đêm.');

const DIFF = `diff --git a/tin/bai.md b/tin/bai.md
index 1111111..2222222 100644
--- a/tin/bai.md
+++ b/tin/bai.md
@@ -4,3 +4,3 @@
 
-Khoa Sản tiếp nhận 30 ca sinh mỗi tuần.
+Khoa Sản tiếp nhận 30 ca sinh mỗi tuần; nữ tài xế xe cấp cứu trực suốt đêm.
 
`;

describe('unified diff', () => {
  it('reads the new-side line numbers of added lines per file', () => {
    expect(parseUnifiedDiff(DIFF)).toEqual([{ path: 'tin/bai.md', lines: [[5, 5]] }]);
  });

  it('handles several hunks and files, runs of lines, deletions, -U0, no-newline markers and quoted paths', () => {
    const diff = [
      'diff --git a/a.md b/a.md',
      '--- a/a.md',
      '+++ b/a.md',
      '@@ -1,2 +1,3 @@',
      ' one',
      '+two',
      '+three',
      '@@ -10 +11,0 @@',
      '-gone',
      '@@ -20 +20 @@',
      '-old',
      '+new',
      '\\ No newline at end of file',
      'diff --git a/old.md b/old.md',
      'deleted file mode 100644',
      '--- a/old.md',
      '+++ /dev/null',
      '@@ -1 +0,0 @@',
      '-bye',
      'diff --git "a/b\\303\\240i vi\\341\\272\\277t.md" "b/b\\303\\240i vi\\341\\272\\277t.md"',
      '--- "a/b\\303\\240i vi\\341\\272\\277t.md"',
      '+++ "b/b\\303\\240i vi\\341\\272\\277t.md"',
      '@@ -0,0 +1 @@',
      '+Nữ tài xế',
    ].join('\n');
    expect(parseUnifiedDiff(diff)).toEqual([
      { path: 'a.md', lines: [[2, 3], [20, 20]] },
      { path: 'bài viết.md', lines: [[1, 1]] },
    ]);
  });

  it('reads plain diff -u output without a/ b/ prefixes', () => {
    expect(parseUnifiedDiff('--- bai.md\t2026-01-01\n+++ bai.md\t2026-01-02\n@@ -1 +1,2 @@\n x\n+y\n')).toEqual([{ path: 'bai.md', lines: [[2, 2]] }]);
  });
});

describe('findings restricted to changed lines', () => {
  it('assess: only findings on changed lines; document findings, scores and metrics still cover the whole document', () => {
    const whole = assess(AFTER, { lang: 'vi', format: 'markdown' });
    expect(whole.findings.map((f) => f.ruleId)).toEqual(expect.arrayContaining(['vi-str-appearance-focus', 'vi-str-gender-marked-profession', 'vi-rep-sources-one-gender']));
    const changed = assess(AFTER, { lang: 'vi', format: 'markdown', changedLines: [[5, 5]] });
    expect(changed.findings.map((f) => [f.ruleId, f.scope === 'span' ? f.line : 'document'])).toEqual([
      ['vi-rep-sources-one-gender', 'document'],
      ['vi-str-gender-marked-profession', 5],
    ]);
    expect(changed.scores).toEqual(whole.scores);
    expect(changed.metrics).toEqual(whole.metrics);
    expect(changed.changedLinesOnly).toEqual({ findingsOutside: whole.findings.length - 2, suppressedOutside: 0 });
    expect(whole.changedLinesOnly).toBeUndefined();
  });

  it('the verdict is judged on the findings in changed text', () => {
    const config = { policy: { failOn: 'warning' as const } };
    expect(assess(AFTER, { lang: 'vi', format: 'markdown', config }).verdict.level).toBe('block'); // "xinh đẹp" on line 3
    const changed = assess(AFTER, { lang: 'vi', format: 'markdown', config, changedLines: [[5, 5]] });
    expect(changed.verdict.level).toBe('pass');
    expect(changed.verdict.causes.flatMap((c) => c.ruleIds)).not.toContain('vi-str-appearance-focus');
  });

  it('article objects: ranges per field, true for a whole field', () => {
    const article = { title: 'Nữ bác sĩ xinh đẹp cứu sống sản phụ', body: 'Đàn ông là trụ cột gia đình.\nCa mổ kéo dài ba giờ.' };
    const onlyBody = assess(article, { lang: 'vi', changedLines: { body: [[1, 1]] } });
    expect(onlyBody.findings.map((f) => f.segment.field)).toEqual(['body']);
    const onlyTitle = assess(article, { lang: 'vi', changedLines: { title: true } });
    expect(onlyTitle.findings.every((f) => f.segment.field === 'title')).toBe(true);
    expect(onlyTitle.findings.length).toBeGreaterThan(0);
  });

  it('restrictToChangedLines applies to an existing assessment with a checker policy', () => {
    const checker = createChecker({ policy: { failOn: 'warning' } });
    const a = assess(AFTER, { lang: 'vi', format: 'markdown', config: checker });
    const r = restrictToChangedLines(a, [[7, 7]], checker.policy, 'vi');
    expect(r.findings.every((f) => f.scope === 'document')).toBe(true);
    expect(r.verdict.level).toBe('pass');
  });

  it('invalid line ranges are ConfigErrors', () => {
    expect(() => assess('x', { changedLines: [[0, 2]] })).toThrow(/options\.changedLines/);
    expect(() => assess('x', { changedLines: 'all' as never })).toThrow(/options\.changedLines/);
  });
});

function repo(): string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'genderlens-diff-'));
  const git = (...args: string[]) => execFileSync('git', args, { cwd: dir, stdio: 'pipe' });
  git('init', '-q');
  git('config', 'user.email', 'ci@example.vn');
  git('config', 'user.name', 'CI');
  fs.mkdirSync(path.join(dir, 'tin'));
  fs.writeFileSync(path.join(dir, 'tin/bai.md'), BEFORE);
  fs.writeFileSync(path.join(dir, 'tin/khac.md'), 'Nữ bác sĩ xinh đẹp Lê Thị Hoa trực đêm.\n');
  fs.writeFileSync(path.join(dir, 'genderlens.config.json'), JSON.stringify({ policy: { failOn: 'warning' } }));
  git('add', '.');
  git('commit', '-qm', 'first');
  fs.writeFileSync(path.join(dir, 'tin/bai.md'), AFTER);
  return dir;
}

describe('CLI: --changed-lines and --diff', () => {
  it('--changed-lines <file>: reports only the changed lines of the files in the diff, exit code from them', () => {
    const dir = repo();
    fs.writeFileSync(path.join(dir, 'change.diff'), DIFF);
    const whole = runCli(['check', '--format', 'json', 'tin'], { cwd: dir });
    expect(whole.code).toBe(1); // line 3's "xinh đẹp" and khac.md fail the strict policy
    const r = runCli(['check', '--format', 'json', '--changed-lines', 'change.diff'], { cwd: dir });
    expect(r.stderr).toBe('');
    const report = JSON.parse(r.stdout);
    expect(report.map((x: { file: string }) => x.file)).toEqual(['tin/bai.md']);
    expect(report[0].findings.map((f: { ruleId: string }) => f.ruleId)).toEqual(['vi-rep-sources-one-gender', 'vi-str-gender-marked-profession']);
    expect(report[0].changedLinesOnly.findingsOutside).toBeGreaterThan(0);
    expect(r.code).toBe(0); // the changed line holds an info finding; the warnings are on lines the writer did not touch
  });

  it('--changed-lines -: reads the diff from standard input; paths narrow the files', () => {
    const dir = repo();
    const r = runCli(['check', '--format', 'json', '--changed-lines', '-', 'tin/khac.md'], { cwd: dir, input: DIFF });
    expect(r.code).toBe(0);
    expect(JSON.parse(r.stdout)).toEqual([]);
    const stylish = runCli(['check', '--changed-lines', '-'], { cwd: dir, input: DIFF });
    expect(stylish.stdout).toMatch(/ngoài các dòng đã thay đổi/);
  });

  it('--diff <ref> runs git diff and gives the same result', () => {
    const dir = repo();
    const r = runCli(['check', '--format', 'json', '--diff', 'HEAD'], { cwd: dir });
    expect(r.stderr).toBe('');
    const report = JSON.parse(r.stdout);
    expect(report.map((x: { file: string }) => x.file)).toEqual(['tin/bai.md']);
    expect(report[0].findings.map((f: { ruleId: string }) => f.ruleId)).toEqual(['vi-rep-sources-one-gender', 'vi-str-gender-marked-profession']);
    // A new warning on a changed line fails the strict policy.
    fs.appendFileSync(path.join(dir, 'tin/khac.md'), 'Dù là phụ nữ nhưng chị Hoa rất bản lĩnh.\n');
    const failing = runCli(['check', '--format', 'sarif', '--diff', 'HEAD'], { cwd: dir });
    expect(failing.code).toBe(1);
    const results = JSON.parse(failing.stdout).runs[0].results.filter((x: { locations: Array<{ physicalLocation: { artifactLocation: { uri: string } } }> }) => x.locations[0]!.physicalLocation.artifactLocation.uri === 'tin/khac.md');
    expect(results.map((x: { ruleId: string }) => x.ruleId)).toEqual(['vi-str-surprise-framing']);
  });

  it('usage errors exit 2 with one line', () => {
    const dir = repo();
    for (const args of [
      ['check', '--diff', 'no-such-ref'],
      ['check', '--diff', '--output=x'],
      ['check', '--changed-lines', 'missing.diff'],
      ['check', '--changed-lines', 'tin/bai.md'],
      ['check', '--changed-lines', '-', '--diff', 'HEAD'],
      ['check', '--fix', '--diff', 'HEAD', 'tin'],
    ]) {
      const r = runCli(args, { cwd: dir, input: '' });
      expect(r.code, args.join(' ')).toBe(2);
      expect(r.stderr.trim().split('\n'), args.join(' ')).toHaveLength(1);
    }
  });
});
