import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { projectRoot, runCli } from './helpers/run-cli.js';
import { applyFixes, assess } from '../src/index.js';

const cli = (args: string[], cwd: string) => {
  const run = runCli(args, { cwd });
  return { status: run.code, stdout: run.stdout, stderr: run.stderr };
};

const DRAFT = '# Ward news\n\nThe chairman said mankind owes the nurses a lot. Manpower is short, the spokesman added.\n';

describe('safe fixes', () => {
  it('findings carry a fix only where the rule marks the replacement safe', () => {
    const a = assess(DRAFT, { format: 'markdown' });
    const fixes = a.findings.filter((f) => f.fix).map((f) => [f.text, f.fix!.text]);
    expect(fixes).toEqual([
      ['chairman', 'chair'],
      ['mankind', 'humankind'],
      ['Manpower', 'Staff'],
      ['spokesman', 'spokesperson'],
    ]);
  });

  it('an ALL-CAPS headline keeps its capitals', () => {
    const a = assess('HEALTH DEPARTMENT TO NAME SPOKESMAN FOR DENGUE SEASON', { lang: 'en' });
    expect(a.findings.filter((f) => f.fix).map((f) => [f.text, f.fix!.text])).toEqual([['SPOKESMAN', 'SPOKESPERSON']]);
  });

  it('words split by markup are reported but never rewritten, so the markup survives', () => {
    const md = 'The *chair*man said [man](https://example.org)kind and **man**kind need more manpower.\n';
    const a = assess(md, { format: 'markdown', lang: 'en' });
    expect(a.findings.map((f) => f.text)).toEqual(['chair*man', 'man](https://example.org)kind', 'man**kind', 'manpower']);
    expect(applyFixes(md, a.findings).output).toBe(md.replace('manpower', 'staff'));
    const html = '<p>The <b>chair</b>man said the spokesman agreed.</p>';
    const h = assess(html, { format: 'html', lang: 'en' });
    expect(h.findings.map((f) => f.text)).toContain('chair</b>man');
    expect(applyFixes(html, h.findings).output).toBe('<p>The <b>chair</b>man said the spokesperson agreed.</p>');
  });

  it('applyFixes rewrites only those spans and is idempotent', () => {
    const once = applyFixes(DRAFT, assess(DRAFT, { format: 'markdown' }).findings);
    expect(once.output).toBe('# Ward news\n\nThe chair said humankind owes the nurses a lot. Staff is short, the spokesperson added.\n');
    const twice = applyFixes(once.output, assess(once.output, { format: 'markdown' }).findings);
    expect(twice).toEqual({ output: once.output, applied: 0 });
  });

  it('genderlens check --fix writes the file, and a second run changes nothing', () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'genderlens-fix-'));
    const file = path.join(dir, 'draft.md');
    fs.writeFileSync(file, DRAFT);
    expect(cli(['check', '--fix', 'draft.md'], dir).status).toBe(0);
    const fixed = fs.readFileSync(file, 'utf8');
    expect(fixed).toContain('The chair said humankind');
    cli(['check', '--fix', 'draft.md'], dir);
    expect(fs.readFileSync(file, 'utf8')).toBe(fixed);
    expect(cli(['check', '--fix', '-'], dir).status).toBe(2);
  });
});
