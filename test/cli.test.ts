import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { projectRoot, runCli } from './helpers/run-cli.js';

const root = projectRoot;
const cli = (args: string[], input?: string, cwd = root) => runCli(args, { ...(input !== undefined ? { input } : {}), cwd });

describe('genderlens check', () => {
  it('exits 0 when the policy passes and prints findings in the document language', () => {
    const r = cli(['check', 'fixtures/vi/bai-bao-mau.md']);
    expect(r.stderr).toBe('');
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/vi-str-appearance-focus/);
    expect(r.stdout).toMatch(/cảnh báo/);
  });

  it('exits 1 when findings exceed the policy, and json holds only the report', () => {
    const r = cli(['check', '--format', 'json', '--config', path.join(root, 'test/strict.config.json'), 'test/fixtures/en-draft.md']);
    expect(r.code).toBe(1);
    const report = JSON.parse(r.stdout);
    expect(report[0].file).toBe('test/fixtures/en-draft.md');
    expect(report[0].verdict.pass).toBe(false);
  });

  it('reads standard input', () => {
    const r = cli(['check', '-', '--locale', 'en'], 'Đàn ông là trụ cột gia đình.');
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/<stdin>/);
    expect(r.stdout).toMatch(/breadwinner/);
  });

  it('exits 2 with a one-line reason on usage, input and config errors', () => {
    for (const args of [['check', 'no-such-file.md'], ['check', '--format', 'xml', 'x.md'], ['frobnicate']]) {
      const r = cli(args);
      expect(r.code, args.join(' ')).toBe(2);
      expect(r.stderr.trim().split('\n')).toHaveLength(1);
      expect(r.stdout).toBe('');
    }
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'genderlens-cli-'));
    fs.writeFileSync(path.join(dir, 'genderlens.config.json'), '{"rules": {"nope-rule": "off"}}');
    fs.writeFileSync(path.join(dir, 'post.md'), 'Bài viết.');
    const bad = cli(['check', 'post.md'], undefined, dir);
    expect(bad.code).toBe(2);
    expect(bad.stderr).toMatch(/genderlens\.config\.json: rules\.nope-rule: unknown rule id/);
    fs.rmSync(path.join(dir, 'genderlens.config.json'));
    fs.writeFileSync(path.join(dir, 'binary.txt'), Buffer.from([0, 1, 2, 3]));
    expect(cli(['check', 'binary.txt'], undefined, dir).stderr).toMatch(/binary content/);
  });

  it('sarif: SARIF 2.1.0 with rule help text and indicator codes', () => {
    const r = cli(['check', '--format', 'sarif', 'test/fixtures/en-draft.md']);
    const sarif = JSON.parse(r.stdout);
    expect(sarif.version).toBe('2.1.0');
    const run = sarif.runs[0];
    expect(run.tool.driver.name).toBe('genderlens');
    const rule = run.tool.driver.rules.find((x: { id: string }) => x.id === 'en-str-generic-man');
    expect(rule.help.text).toMatch(/Indicators: B2\.3/);
    const result = run.results.find((x: { ruleId: string }) => x.ruleId === 'en-str-generic-man');
    expect(result.level).toBe('warning');
    expect(result.locations[0].physicalLocation.region).toMatchObject({ startLine: 3, snippet: { text: 'manpower' } });
    expect(run.results.every((x: { ruleIndex: number }) => x.ruleIndex >= 0)).toBe(true);
  });

  it('github: workflow annotations', () => {
    const r = cli(['check', '--format', 'github', 'test/fixtures/en-draft.md']);
    expect(r.stdout).toMatch(/^::warning file=test\/fixtures\/en-draft\.md,line=3,col=48,endLine=3,endColumn=56,title=en-str-generic-man \(B2\.3\)::/m);
  });

  it('--max-warnings and --fail-on turn warnings into a failing exit code', () => {
    expect(cli(['check', '--format', 'json', 'test/fixtures/en-draft.md']).code).toBe(0);
    const tooMany = cli(['check', '--format', 'json', '--max-warnings', '1', 'test/fixtures/en-draft.md']);
    expect(tooMany.code).toBe(1);
    expect(tooMany.stderr).toMatch(/more than --max-warnings 1/);
    expect(cli(['check', '--format', 'json', '--fail-on', 'warning', 'test/fixtures/en-draft.md']).code).toBe(1);
    expect(cli(['check', '--max-warnings', 'many', 'test/fixtures/en-draft.md']).code).toBe(2);
  });
});

describe('SARIF suppressions', () => {
  it('findings silenced by an ignore comment appear as suppressed in source, with the justification', () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'genderlens-sarif-'));
    fs.writeFileSync(
      path.join(dir, 'tin.md'),
      '# Tin\n\n<!-- genderlens-disable-next-line vi-str-gender-marked-profession -- tên danh hiệu trong quyết định -->\nNữ tài xế Lê Thị Hoa được khen thưởng.\n\nNữ tài xế xe cấp cứu đã đến kịp.\n',
    );
    const run = JSON.parse(cli(['check', '--format', 'sarif', 'tin.md'], undefined, dir).stdout).runs[0];
    const suppressed = run.results.filter((r: { suppressions?: unknown[] }) => r.suppressions);
    expect(suppressed).toHaveLength(1);
    expect(suppressed[0].suppressions[0]).toEqual({ kind: 'inSource', status: 'accepted', justification: 'tên danh hiệu trong quyết định' });
    expect(run.results.filter((r: { suppressions?: unknown[] }) => !r.suppressions).map((r: { ruleId: string }) => r.ruleId)).toEqual(['vi-str-gender-marked-profession']);
  });
});
