import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

/** The published entry points, as a host loads them: the built files in a fresh Node process (`npm test` builds first). */
const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const run = (args: string[]) => execFileSync(process.execPath, args, { cwd: root, encoding: 'utf8' }).trim();

const MARKDOWN = '# Nữ bác sĩ xinh đẹp\\n\\nChị là nữ bác sĩ xinh đẹp của khoa.';
const HTML = '<h1>Lady doctor</h1><p>The lady doctor saw twelve patients.</p>';

describe('built entry points', () => {
  it('require() of the CommonJS build checks Markdown and HTML (its ESM-only dependencies are bundled in)', () => {
    const out = run([
      '-e',
      `const g = require('./dist/index.cjs');
       const md = g.assess('${MARKDOWN}', { format: 'markdown' });
       const html = g.assess('${HTML}', { format: 'html', lang: 'en' });
       console.log(JSON.stringify([md.lang, md.findings.length > 0, html.findings.length > 0, typeof require('./dist/unified.cjs').default]));`,
    ]);
    expect(JSON.parse(out)).toEqual(['vi', true, true, 'function']);
  });
  it('import of the ES module build gives the same findings as require()', () => {
    const script = (load: string) => `${load} console.log(JSON.stringify(g.assess('${MARKDOWN}', { format: 'markdown' }).findings));`;
    const esm = run(['--input-type=module', '-e', script("const g = await import('./dist/index.js');")]);
    const cjs = run(['-e', script("const g = require('./dist/index.cjs');")]);
    expect(esm).toBe(cjs);
    expect(JSON.parse(esm).length).toBeGreaterThan(0);
  });
  it('the browser build loads where there is no DOM (a Web Worker, Node) and decodes HTML entities', () => {
    const out = run([
      '--input-type=module',
      '-e',
      `const b = await import('./dist/browser.js');
       const r = b.assess('<p>Ch&iacute;nh n&#7919; b&aacute;c s&#297; xinh &#273;&#7865;p &#7845;y.</p>', { format: 'html', lang: 'vi' });
       console.log(JSON.stringify([typeof document, r.findings.map((f) => f.text)]));`,
    ]);
    const [documentType, texts] = JSON.parse(out) as [string, string[]];
    expect(documentType).toBe('undefined');
    expect(texts.length).toBeGreaterThan(0);
  });
  it('every entry point in package.json exports has its files, types included', () => {
    const pkg = JSON.parse(fs.readFileSync(path.join(root, 'package.json'), 'utf8')) as { exports: Record<string, unknown> };
    const files: string[] = [];
    const collect = (value: unknown): void => {
      if (typeof value === 'string') files.push(value);
      else if (value && typeof value === 'object') Object.values(value).forEach(collect);
    };
    for (const [key, value] of Object.entries(pkg.exports)) if (!key.includes('*')) collect(value);
    const missing = files.filter((file) => !fs.existsSync(path.join(root, file)));
    expect(missing).toEqual([]);
  });
});
