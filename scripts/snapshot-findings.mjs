#!/usr/bin/env node
/**
 * Behaviour snapshot for engine work: runs the built library (dist/index.js, or --dist DIR) over every case we have
 * and writes a stable JSON digest of what assess() reports (findings, suppressed, metrics, verdict) and what
 * guessGender() says. An optimisation must leave the file byte-identical:
 *
 *   node scripts/snapshot-findings.mjs --out /tmp/snap-base.json
 *   ... change, npm run build ...
 *   node scripts/snapshot-findings.mjs --out /tmp/snap-new.json && cmp /tmp/snap-base.json /tmp/snap-new.json
 *
 * Inputs: ../shared/eval/dev/*.jsonl, test/eval-*\/*.jsonl, test/fixtures/**, fixtures/** (articles), ../shared/corpus/vi/*,
 * and a slice of the bench corpora (articles, Markdown strings and one large concatenated document, with the bench's
 * all-families checker too). Case files are fed as they are; their content is not interpreted beyond the fields
 * assess() takes.
 */
import fs from 'node:fs';
import path from 'node:path';
import crypto from 'node:crypto';
import { fileURLToPath, pathToFileURL } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const args = process.argv.slice(2);
const opt = (name, fallback) => {
  const i = args.indexOf(name);
  return i >= 0 && args[i + 1] ? args[i + 1] : fallback;
};
const distDir = path.resolve(opt('--dist', path.join(root, 'dist')));
const outFile = path.resolve(opt('--out', '/tmp/genderlens-snapshot.json'));
const BENCH_SLICE = Number(opt('--bench-slice', '200'));

const { assess, createChecker, guessGender } = await import(pathToFileURL(path.join(distDir, 'index.js')).href);
const benchChecker = createChecker({ extends: ['recommended', 'recruitment'] });

const listFiles = (dir, keep = () => true) => {
  if (!fs.existsSync(dir)) return [];
  const out = [];
  for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) out.push(...listFiles(full, keep));
    else if (keep(full)) out.push(full);
  }
  return out.sort();
};
const readJsonl = (file) =>
  fs
    .readFileSync(file, 'utf8')
    .split('\n')
    .filter((l) => l.trim() && !l.startsWith('//'))
    .flatMap((l) => {
      try {
        return [JSON.parse(l)];
      } catch {
        return [];
      }
    });

const digest = [];
const rel = (file) => path.relative(root, file);

/** What an assessment says, without anything that may legitimately vary (nothing does today, but keep it explicit). */
function summarise(result) {
  return { lang: result.lang, format: result.format, findings: result.findings, suppressed: result.suppressed, metrics: result.metrics, scores: result.scores, verdict: result.verdict, meta: result.meta };
}

function record(id, input, options) {
  let entry;
  try {
    entry = summarise(assess(input, options));
  } catch (error) {
    entry = { threw: String(error?.message ?? error) };
  }
  digest.push({ id, ...(options.config ? { checker: 'bench' } : {}), result: entry });
}

function recordGender(id, name, lang) {
  let entry;
  try {
    entry = guessGender(name, { lang });
  } catch (error) {
    entry = { threw: String(error?.message ?? error) };
  }
  digest.push({ id, gender: entry });
}

/** A case object: text cases, article objects and names, whatever fields it carries. */
function feedCase(id, c) {
  if (!c || typeof c !== 'object') return;
  const lang = c.lang === 'vi' || c.lang === 'en' ? c.lang : undefined;
  const format = ['text', 'markdown', 'html'].includes(c.format) ? c.format : undefined;
  if (typeof c.text === 'string') {
    record(id, c.text, { lang, format: format ?? 'text' });
    record(`${id}#auto`, c.text, {});
  } else if (typeof c.body === 'string' || typeof c.title === 'string') {
    const article = { title: c.title, lead: c.lead, body: c.body, captions: c.captions };
    for (const k of Object.keys(article)) if (article[k] === undefined) delete article[k];
    record(id, article, { lang });
  }
  if (typeof c.name === 'string') recordGender(`${id}#name`, c.name, lang);
}

// 1. Annotated cases.
const caseFiles = [
  ...listFiles(path.resolve(root, '../shared/eval/dev'), (f) => f.endsWith('.jsonl')),
  ...fs
    .readdirSync(path.join(root, 'test'))
    .filter((d) => d.startsWith('eval-'))
    .sort()
    .flatMap((d) => listFiles(path.join(root, 'test', d), (f) => f.endsWith('.jsonl'))),
];
for (const file of caseFiles) readJsonl(file).forEach((c, i) => feedCase(`${rel(file)}:${i}`, c));

// 2. Fixtures: JSON Lines as cases, names lists to guessGender, everything else as a document (auto and each language).
const fixtureFiles = [...listFiles(path.join(root, 'test/fixtures')), ...listFiles(path.join(root, 'fixtures'), (f) => !f.includes(`${path.sep}bench${path.sep}`))];
for (const file of fixtureFiles) {
  if (file.endsWith('.jsonl')) readJsonl(file).forEach((c, i) => feedCase(`${rel(file)}:${i}`, c));
  else if (file.endsWith('.tsv')) {
    const lines = fs.readFileSync(file, 'utf8').split('\n').filter((l) => l.trim() && !l.startsWith('#'));
    lines.forEach((l, i) => {
      recordGender(`${rel(file)}:${i}`, l.split('\t')[0], 'vi');
      record(`${rel(file)}:${i}#text`, l.split('\t')[0], { lang: 'vi', format: 'text' });
    });
  } else {
    const text = fs.readFileSync(file, 'utf8');
    record(rel(file), text, {});
    for (const lang of ['vi', 'en']) record(`${rel(file)}#${lang}`, text, { lang });
    record(`${rel(file)}#bench`, text, { config: benchChecker });
  }
}

// 3. The shared Vietnamese corpus: whole documents, as text and as Markdown.
for (const file of listFiles(path.resolve(root, '../shared/corpus/vi'))) {
  const text = fs.readFileSync(file, 'utf8');
  record(rel(file), text, { lang: 'vi', format: 'text' });
  record(`${rel(file)}#auto`, text, {});
  record(`${rel(file)}#bench`, text, { lang: 'vi', config: benchChecker });
}

// 4. A slice of the bench corpora, as the bench feeds them, plus one large document that exercises long inputs.
for (const lang of ['vi', 'en']) {
  const corpus = readJsonl(path.join(root, 'fixtures/bench', `${lang}-corpus.jsonl`)).slice(0, BENCH_SLICE);
  corpus.forEach((a, i) => {
    const id = `fixtures/bench/${lang}-corpus.jsonl:${i}`;
    record(id, { title: a.title, body: a.body }, { lang, config: benchChecker });
    if (i % 4 === 0) {
      record(`${id}#markdown`, `# ${a.title}\n\n${a.body}\n`, { lang });
      record(`${id}#auto`, `${a.title}\n\n${a.body}`, {});
    }
  });
  const large = corpus.map((a) => `## ${a.title}\n\n${a.body}\n\n`).join('');
  record(`fixtures/bench/${lang}-large`, large, { lang, config: benchChecker });
  record(`fixtures/bench/${lang}-large#text`, large.replace(/^## /gm, ''), { lang, format: 'text', config: benchChecker });
}

const json = JSON.stringify(digest, null, 1) + '\n';
fs.writeFileSync(outFile, json);
const sha = crypto.createHash('sha256').update(json).digest('hex');
process.stdout.write(`${digest.length} entries, ${(json.length / 1024 / 1024).toFixed(1)} MB, sha256 ${sha} -> ${outFile}\n`);
