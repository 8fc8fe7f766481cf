import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCli } from './helpers/run-cli.js';

function project(config: object, files: Record<string, string>): string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'genderlens-policy-'));
  fs.writeFileSync(path.join(dir, 'genderlens.config.json'), JSON.stringify(config));
  for (const [name, text] of Object.entries(files)) fs.writeFileSync(path.join(dir, name), text);
  return dir;
}

const DRAFT = [
  '# Nữ bác sĩ xinh đẹp cứu sống sản phụ', // 1: the title
  '', // 2
  '<!-- genderlens-disable-next-line vi-str-gender-marked-profession -->', // 3
  'Nữ tài xế Lê Thị Hoa đưa sản phụ đến viện kịp thời.', // 4
  '', // 5
  '<!-- genderlens-disable-next-line vi-str-breadwinner -- trích nguyên văn ý kiến người dân -->', // 6
  'Đàn ông là trụ cột gia đình.', // 7
].join('\n');

describe('CLI under a department policy', () => {
  const dir = project({ policy: { requireJustification: true, segments: { title: { failOn: 'warning' } } } }, { 'bai.md': DRAFT });

  it('stylish prints the verdict reasons, the void ignore comment and the silenced finding with its reason', () => {
    const r = runCli(['check', 'bai.md', '--locale', 'en'], { cwd: dir });
    expect(r.code).toBe(1);
    expect(r.stdout).toMatch(/verdict: block/);
    expect(r.stdout).toMatch(/· 1 finding\(s\) at or above "warning" \(policy\.segments\.title\.failOn\): vi-str-appearance-focus/);
    expect(r.stdout).toMatch(/the ignore comment on line 3 gives no justification, so it silences nothing/);
    expect(r.stdout).toMatch(/suppressed .*vi-str-breadwinner — "trích nguyên văn ý kiến người dân"/);
    expect(r.stdout).toMatch(/contributors women \d+\/men \d+, newsmakers women \d+\/men \d+/);
  });

  it('json carries the causes; sarif reports the void comment as a finding that stands', () => {
    const json = JSON.parse(runCli(['check', '--format', 'json', 'bai.md'], { cwd: dir }).stdout);
    expect(json[0].verdict.causes.map((c: { setting: string }) => c.setting)).toEqual(['policy.segments.title.failOn', 'policy.requireJustification']);
    const run = JSON.parse(runCli(['check', '--format', 'sarif', 'bai.md'], { cwd: dir }).stdout).runs[0];
    type Result = { ruleId: string; locations: Array<{ physicalLocation: { region: { startLine: number } } }> };
    const voided = run.results.find((x: Result) => x.ruleId === 'vi-str-gender-marked-profession' && x.locations[0]!.physicalLocation.region.startLine === 4);
    expect(voided.suppressions).toBeUndefined();
    expect(voided.properties.voidSuppression).toEqual({ kind: 'disable-next-line', line: 3 });
    const silenced = run.results.find((x: { ruleId: string }) => x.ruleId === 'vi-str-breadwinner');
    expect(silenced.suppressions).toEqual([{ kind: 'inSource', status: 'accepted', justification: 'trích nguyên văn ý kiến người dân' }]);
  });

  it('github annotations say why a finding with a void ignore comment still shows', () => {
    const r = runCli(['check', '--format', 'github', 'bai.md'], { cwd: dir });
    const line = r.stdout.split('\n').find((l) => l.includes('line=4,') && l.includes('vi-str-gender-marked-profession'))!;
    expect(line).toMatch(/^::notice file=bai\.md,line=4,.*the ignore comment on line 3 gives no justification, so it silences nothing\)$/);
  });

  it('a bad policy in the config file exits 2 naming the file and path', () => {
    const bad = project({ policy: { segments: { title: { failOn: 'loud' } } } }, { 'bai.md': DRAFT });
    const r = runCli(['check', 'bai.md'], { cwd: bad });
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/genderlens\.config\.json: policy\.segments\.title\.failOn/);
  });
});
