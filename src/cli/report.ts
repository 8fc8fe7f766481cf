/** `genderlens report`: assesses a corpus and writes the yearly roll-up as HTML, CSV and JSON. */
import { CheckerCache, configFileFor } from './checkers.js';
import fs from 'node:fs';
import path from 'node:path';
import { InvalidArgumentError, Option, type Command } from 'commander';
import { assess } from '../assess.js';
import type { Assessment } from '../assessment/schema.js';
import type { ArticleInput } from '../document/types.js';
import type { Lang } from '../language/detect.js';
import type { Checker } from '../rules/checker.js';
import { formatCsv } from '../report/csv.js';
import { renderHtml } from '../report/html/render.js';
import { parsePeriod, rollup, type Period, type RollupItem } from '../report/rollup.js';
import { expandInputs, formatFromPath, readTextFile, UsageError } from './files.js';

export interface ReportOptions {
  out: string;
  locale: Lang;
  lang: Lang | 'auto';
  period?: Period;
  previousPeriod?: Period;
  config?: string;
  top?: number;
}

/** Metadata fields read from a JSONL record; text fields are assessed, not copied. */
const TEXT_FIELDS = new Set(['text', 'body', 'lead', 'captions', 'format']);
const UNSAFE_KEYS = new Set(['__proto__', 'constructor', 'prototype']);

function parsePeriodOption(value: string): Period {
  const period = parsePeriod(value);
  if (!period) throw new InvalidArgumentError('expected YYYY, YYYY-MM or from:to (YYYY-MM-DD:YYYY-MM-DD)');
  return period;
}

function parsePositive(value: string): number {
  const n = Number(value);
  if (!Number.isInteger(n) || n < 1) throw new InvalidArgumentError('expected a whole number of 1 or more');
  return n;
}

/** A progress bar on standard error, only on a terminal; silent otherwise. */
function progress(total: number): { tick: (label: string) => void; done: () => void } {
  const stream = process.stderr;
  if (!stream.isTTY || total < 2) return { tick: () => {}, done: () => {} };
  let count = 0;
  let last = 0;
  const draw = (label: string) => {
    const width = 28;
    const filled = Math.round((count / total) * width);
    const cols = stream.columns || 80;
    const line = `[${'█'.repeat(filled)}${'░'.repeat(width - filled)}] ${count}/${total} ${label}`;
    stream.write(`\r${line.slice(0, cols - 1)}\x1b[K`);
  };
  return {
    tick(label) {
      count++;
      const now = Date.now();
      if (now - last > 80 || count === total) {
        last = now;
        draw(label);
      }
    },
    done() {
      stream.write('\r\x1b[K');
    },
  };
}

interface Source {
  file: string;
  label: string;
  read: () => Array<{ input: string | ArticleInput; meta: Record<string, unknown> | null; label: string; format: ReturnType<typeof formatFromPath> }>;
}

function jsonlRecords(file: string, label: string): ReturnType<Source['read']> {
  const text = readTextFile(file);
  const records: ReturnType<Source['read']> = [];
  text.split(/\r?\n/).forEach((line, i) => {
    if (!line.trim()) return;
    let data: unknown;
    try {
      data = JSON.parse(line);
    } catch {
      throw new UsageError(`${label}:${i + 1}: not valid JSON`);
    }
    if (!data || typeof data !== 'object' || Array.isArray(data)) throw new UsageError(`${label}:${i + 1}: expected a JSON object`);
    const record = data as Record<string, unknown>;
    const meta: Record<string, unknown> = {};
    for (const [key, value] of Object.entries(record)) {
      if (UNSAFE_KEYS.has(key) || TEXT_FIELDS.has(key)) continue;
      if (value === null || ['string', 'number', 'boolean'].includes(typeof value)) meta[key] = value;
    }
    const str = (v: unknown) => (typeof v === 'string' ? v : undefined);
    const body = str(record.text) ?? str(record.body);
    const captions = Array.isArray(record.captions) ? record.captions.filter((c): c is string => typeof c === 'string') : undefined;
    const article: ArticleInput = {
      ...(str(record.title) ? { title: str(record.title)! } : {}),
      ...(str(record.lead) ? { lead: str(record.lead)! } : {}),
      ...(body ? { body } : {}),
      ...(captions?.length ? { captions } : {}),
      format: record.format === 'markdown' || record.format === 'html' || record.format === 'text' ? record.format : 'auto',
    };
    records.push({ input: article, meta, label: `${label}:${i + 1}`, format: 'auto' });
  });
  return records;
}

function sourcesOf(inputs: string[], cwd: string): Source[] {
  const files = new Set<string>();
  for (const input of inputs) {
    const full = path.resolve(cwd, input);
    // expandInputs searches directories for articles only; JSONL files are named explicitly or by glob.
    if (/\.jsonl$/i.test(input) && fs.existsSync(full) && fs.statSync(full).isFile()) files.add(full);
    else for (const f of expandInputs([input], cwd)) files.add(f);
  }
  return [...files].sort().map((file) => {
    const label = path.relative(cwd, file) || file;
    if (/\.jsonl$/i.test(file)) return { file, label, read: () => jsonlRecords(file, label) };
    return { file, label, read: () => [{ input: readTextFile(file), meta: null, label, format: formatFromPath(file) }] };
  });
}

/** Assesses the inputs and writes report.html, report.csv and report.json; returns the exit code. */
export async function runReport(inputs: string[], options: ReportOptions): Promise<number> {
  if (!inputs.length) throw new UsageError('no input: give a directory, glob, file or JSONL file');
  const cwd = process.cwd();
  const checkers = new CheckerCache(undefined, cwd);
  const checkerFor = (file: string): Checker => checkers.get(configFileFor(file, options.config, cwd));

  // JSONL files are split into their records up front so the progress bar counts articles.
  const tasks = sourcesOf(inputs, cwd).flatMap((source) =>
    /\.jsonl$/i.test(source.file)
      ? source.read().map((record) => ({ source, record: () => record }))
      : [{ source, record: () => source.read()[0]! }],
  );
  const items: RollupItem[] = [];
  const bar = progress(tasks.length);
  try {
    for (const task of tasks) {
      const record = task.record();
      const assessment: Assessment = assess(record.input, { config: checkerFor(task.source.file), lang: options.lang, format: record.format, locale: options.locale });
      items.push({ meta: record.meta ?? assessment.meta, assessment, file: record.label });
      bar.tick(record.label);
    }
  } finally {
    bar.done();
  }

  const data = rollup(items, {
    ...(options.period ? { period: options.period } : {}),
    ...(options.previousPeriod ? { previousPeriod: options.previousPeriod } : {}),
    ...(options.top ? { attentionLimit: options.top } : {}),
  });
  const generatedAt = new Date().toISOString();
  const out = path.resolve(cwd, options.out);
  fs.mkdirSync(out, { recursive: true });
  fs.writeFileSync(path.join(out, 'report.html'), renderHtml(data, { locale: options.locale, generatedAt: generatedAt.slice(0, 16).replace('T', ' ') + ' UTC' }));
  fs.writeFileSync(path.join(out, 'report.csv'), formatCsv(data));
  fs.writeFileSync(path.join(out, 'report.json'), `${JSON.stringify({ generator: 'genderlens', generatedAt, locale: options.locale, ...data }, null, 2)}\n`);
  const relative = path.relative(cwd, out);
  const where = !relative ? '.' : relative.startsWith('..') ? out : relative;
  process.stdout.write(`${data.totals.articles} ${options.locale === 'vi' ? 'tin, bài' : 'articles'} → ${path.join(where, 'report.html')}, report.csv, report.json\n`);
  return 0;
}

/** Adds the `report` command to the program; `done` receives the exit code. */
export function registerReportCommand(program: Command, done: (code: number) => void): void {
  program
    .command('report')
    .description('assess a corpus (directories, globs, .jsonl) and write a yearly roll-up: report.html, report.csv, report.json')
    .argument('<inputs...>', 'directories, globs, files or JSONL files (one JSON object per line)')
    .option('-o, --out <dir>', 'output directory', 'genderlens-report')
    .addOption(new Option('--locale <locale>', 'language of the report').choices(['vi', 'en']).default('vi'))
    .addOption(new Option('--lang <lang>', 'language of the documents').choices(['vi', 'en', 'auto']).default('auto'))
    .addOption(new Option('--period <period>', 'reporting period: YYYY or from:to (default: year of the latest article)').argParser(parsePeriodOption))
    .addOption(new Option('--previous-period <period>', 'period to compare with (default: the same dates a year earlier)').argParser(parsePeriodOption))
    .addOption(new Option('--top <n>', 'articles listed as needing attention (default 20)').argParser(parsePositive))
    .option('-c, --config <file>', 'configuration file (default: nearest genderlens.config.json/.yaml)')
    .action(async (inputs: string[], options: ReportOptions) => {
      done(await runReport(inputs, options));
    });
}
