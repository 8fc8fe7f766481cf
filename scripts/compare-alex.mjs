#!/usr/bin/env node
// Runs alex (the general "insensitive writing" linter) and genderlens over the same annotated English cases and
// scores both exactly as ../shared/eval/score.mjs does: a finding is correct when its span overlaps an `expect` of
// its family or an `allow`; an `expect` span is recalled when a finding overlaps it.
//
// alex has no families, so it is scored twice:
//   - per family: an alex message counts as a finding of every family (stereotyping, violence) — the most generous
//     reading; it is correct for that family when it overlaps an expect of that family or an allow;
//   - family-blind ("any"): each message counted once, correct when it overlaps any expect or allow.
// genderlens is scored the same two ways (span findings only; document-scope findings are not comparable).
//
// Usage (after `npm run build`): node scripts/compare-alex.mjs [--data DIR] [--lang en] [--verbose] [--json]
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { text as alexText, markdown as alexMarkdown } from 'alex';

const args = process.argv.slice(2);
const opt = (name, fallback) => {
  const i = args.indexOf(name);
  return i >= 0 && args[i + 1] ? args[i + 1] : fallback;
};
const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const dataDir = path.resolve(opt('--data', path.join(root, '../shared/eval/dev')));
const lang = opt('--lang', 'en');
const verbose = args.includes('--verbose');
const asJson = args.includes('--json');

const entry = path.join(root, 'dist/index.js');
if (!fs.existsSync(entry)) {
  console.error('compare-alex: dist/index.js not found; run `npm run build` first');
  process.exit(2);
}
const genderlens = await import(pathToFileURL(entry).href);

const FAMILIES = ['stereotyping', 'violence'];
const cases = fs
  .readdirSync(dataDir)
  .filter((f) => f.endsWith('.jsonl') && f !== 'names.jsonl')
  .sort()
  .flatMap((f) =>
    fs
      .readFileSync(path.join(dataDir, f), 'utf8')
      .split('\n')
      .filter((l) => l.trim() && !l.startsWith('//'))
      .map((l) => JSON.parse(l)),
  )
  .filter((c) => c.lang === lang);

function locate(text, span, nth = 0) {
  let at = -1;
  for (let k = 0; k <= nth; k++) {
    at = text.indexOf(span, at + 1);
    if (at < 0) throw new Error(`span not found: ${JSON.stringify(span)} (nth ${nth})`);
  }
  return [at, at + span.length];
}
const overlaps = (f, [s, e]) => f.start < e && f.end > s;

/** alex's findings as { start, end, label } (vfile messages: `place` in vfile 6, `position` in older versions). */
function alexFindings(c) {
  const file = c.format === 'markdown' ? alexMarkdown(c.text) : alexText(c.text);
  return file.messages.flatMap((m) => {
    const place = m.place ?? m.position;
    const start = place?.start?.offset ?? place?.offset;
    const end = place?.end?.offset ?? (start !== undefined ? start + String(m.actual ?? '').length : undefined);
    if (start === undefined || end === undefined) return [];
    return [{ start, end, label: `${m.source}/${m.ruleId}`, family: null }];
  });
}

function genderlensFindings(c) {
  const result = genderlens.assess(c.text, { lang: c.lang, format: c.format ?? 'text' });
  return result.findings
    .filter((f) => f.scope !== 'document' && FAMILIES.includes(f.family))
    .map((f) => ({ start: f.start, end: f.end, label: f.ruleId, family: f.family }));
}

function score(tool, findingsOf) {
  const cells = Object.fromEntries([...FAMILIES, 'any'].map((k) => [k, { expected: 0, hit: 0, found: 0, correct: 0 }]));
  const notes = [];
  for (const c of cases) {
    const findings = findingsOf(c);
    const expected = (c.expect ?? []).map((x) => ({ ...x, range: locate(c.text, x.span, x.nth) }));
    const allowed = (c.allow ?? []).map((x) => ({ ...x, range: locate(c.text, x.span, x.nth) }));
    for (const fam of FAMILIES) {
      const t = cells[fam];
      const exp = expected.filter((x) => x.family === fam);
      // alex findings have no family: they count for every family; genderlens findings for their own.
      const mine = findings.filter((f) => f.family === null || f.family === fam);
      for (const x of exp) {
        t.expected++;
        if (mine.some((f) => overlaps(f, x.range))) t.hit++;
        else notes.push(`${c.id}: missed ${fam} ${JSON.stringify(x.span)}`);
      }
      for (const f of mine) {
        t.found++;
        if ([...exp, ...allowed.filter((a) => !a.family || a.family === fam)].some((x) => overlaps(f, x.range))) t.correct++;
        else if (f.family !== null) notes.push(`${c.id}: false ${fam} ${f.label} ${JSON.stringify(c.text.slice(f.start, f.end))}`);
      }
    }
    const any = cells.any;
    for (const x of expected) {
      any.expected++;
      if (findings.some((f) => overlaps(f, x.range))) any.hit++;
    }
    for (const f of findings) {
      any.found++;
      if ([...expected, ...allowed].some((x) => overlaps(f, x.range))) any.correct++;
      else if (f.family === null) notes.push(`${c.id}: false ${f.label} ${JSON.stringify(c.text.slice(f.start, f.end))}`);
    }
  }
  const rows = Object.entries(cells).map(([family, t]) => ({
    tool,
    family,
    ...t,
    recall: t.expected ? t.hit / t.expected : null,
    precision: t.found ? t.correct / t.found : null,
  }));
  return { rows, notes };
}

const results = [score('genderlens', genderlensFindings), score('alex', alexFindings)];
if (asJson) {
  console.log(JSON.stringify({ data: dataDir, lang, cases: cases.length, rows: results.flatMap((r) => r.rows) }, null, 2));
} else {
  const f = (x) => (x == null ? '   -' : x.toFixed(2));
  console.log(`${cases.length} ${lang} cases from ${dataDir}`);
  console.log('tool        family         expected found recall precision');
  for (const { rows } of results)
    for (const r of rows)
      console.log(`${r.tool.padEnd(11)} ${r.family.padEnd(14)} ${String(r.expected).padStart(8)} ${String(r.found).padStart(5)}   ${f(r.recall)}      ${f(r.precision)}`);
  console.log('(alex has no families: in the per-family rows each alex message counts for both families; "any" counts it once)');
  if (verbose)
    for (const { rows, notes } of results) {
      console.log(`\n${rows[0].tool}:`);
      for (const n of notes) console.log('  ' + n);
    }
}
