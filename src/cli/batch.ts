/**
 * Batch checking for the CLI: many files spread over worker threads, and JSON Lines streamed in and
 * out in input order. Loaded only when needed (dynamic import), so a one-file check starts fast.
 */
import { CheckerCache } from './checkers.js';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import readline from 'node:readline';
import { fileURLToPath } from 'node:url';
import type { Readable } from 'node:stream';
import { assess } from '../assess.js';
import type { Assessment } from '../assessment/schema.js';
import { ConfigError } from '../config/schema.js';
import { RulePackError } from '../rules/schema.js';
import type { ArticleInput, InputFormat } from '../document/types.js';
import type { Lang } from '../language/detect.js';
import type { Checker } from '../rules/checker.js';
import type { FileResult } from '../report/stylish.js';
import { formatFromPath, PARALLEL_THRESHOLD, readsStandardInput, readTextFile, UsageError } from './files.js';


export interface BatchOptions {
  lang: Lang | 'auto';
  locale?: Lang;
  failOn?: 'error' | 'warning' | 'info' | 'never';
  /** --config, resolved; otherwise each input uses its nearest config file. */
  configFile?: string;
}

/** What a worker is asked to do: check one file, or one text or article. */
export type BatchTask =
  | { kind: 'file'; file: string; configFile: string | null; options: BatchOptions }
  | { kind: 'input'; input: string | ArticleInput; format: InputFormat | 'auto'; configFile: string | null; options: BatchOptions };

/** A result; `fatal`: the configuration is invalid, so the whole batch stops (exit 2). */
export type BatchResult = { assessment: Assessment } | { skipped: string } | { fatal: string };
type Emitted = Exclude<BatchResult, { fatal: string }>;

/** Resolves the config file of an input: --config, else the nearest one (as the main thread does). */
export type ConfigFileFor = (file: string | null) => string | null;

// -------------------------------------------------------------------------------------------------
// Work: the same in a worker and in the main thread.

const checkerCaches = new Map<string, CheckerCache>();

function checkerFor(configFile: string | null, options: BatchOptions): Checker {
  const key = options.failOn ?? '';
  let cache = checkerCaches.get(key);
  if (!cache) checkerCaches.set(key, (cache = new CheckerCache(options.failOn)));
  return cache.get(configFile);
}

/** Runs one task. Unreadable files (binary, invalid UTF-8, gone) are skipped with a reason. */
export function runTask(task: BatchTask): BatchResult {
  const { options } = task;
  let checker: Checker;
  try {
    checker = checkerFor(task.configFile, options);
  } catch (error) {
    if (error instanceof ConfigError || error instanceof RulePackError) return { fatal: error.message };
    throw error;
  }
  const assessOptions = (format: InputFormat | 'auto') => ({
    config: checker,
    lang: options.lang,
    format,
    ...(options.locale ? { locale: options.locale } : {}),
  });
  if (task.kind === 'input') return { assessment: assess(task.input, assessOptions(task.format)) };
  let text: string;
  try {
    text = readTextFile(task.file);
  } catch (error) {
    if (error instanceof UsageError) return { skipped: error.message };
    return { skipped: `${task.file}: cannot read file (${(error as NodeJS.ErrnoException).code ?? String(error)})` };
  }
  return { assessment: assess(text, assessOptions(formatFromPath(task.file))) };
}

// -------------------------------------------------------------------------------------------------
// Workers

interface Runner {
  run(task: BatchTask): Promise<BatchResult>;
  /** Tasks that may be in flight at once: enough to keep every thread busy, few enough to bound memory. */
  readonly capacity: number;
  close(): Promise<void>;
}

function workerFile(): string {
  const here = path.dirname(fileURLToPath(import.meta.url));
  // Built: dist/batch-worker.js next to the CLI chunks. From source (tests, tsx): a shim that loads
  // src/cli/batch-worker.ts through tsx.
  for (const name of ['batch-worker.js', 'batch-worker-tsx.mjs']) {
    const candidate = path.join(here, name);
    if (fs.existsSync(candidate)) return candidate;
  }
  throw new Error(`batch worker not found next to ${here}`);
}

async function workerRunner(): Promise<Runner> {
  const { Tinypool } = await import('tinypool');
  // This thread reads, parses and writes; the workers assess. Each worker holds its own copy of the
  // library and the compiled rules (~60 MB), so their number is kept small.
  const threads = Math.max(1, Math.min(os.availableParallelism() - 1, 3));
  if (process.env.GENDERLENS_THREADS === '0') return inlineRunner;
  const pool = new Tinypool({
    filename: workerFile(),
    minThreads: threads,
    maxThreads: threads,
    // A small young generation keeps each worker's footprint low; a worker that outgrows the old
    // generation limit fails only its task (that input is skipped), not the batch.
    resourceLimits: { maxOldGenerationSizeMb: 512, maxYoungGenerationSizeMb: 4 },
  });
  return {
    run: (task) =>
      (pool.run(task) as Promise<BatchResult>).catch((error: unknown) => ({
        skipped: `could not be checked (${error instanceof Error ? error.message : String(error)})`,
      })),
    capacity: threads * 4,
    close: () => pool.destroy(),
  };
}

const inlineRunner: Runner = {
  run: async (task) => runTask(task),
  capacity: 1,
  close: async () => {},
};

/**
 * Runs tasks through a runner with at most `capacity` in flight and hands each result to `emit`
 * in input order, so nothing but the in-flight window is held in memory.
 */
async function ordered<T>(
  tasks: AsyncIterable<T> | Iterable<T>,
  toTask: (item: T) => BatchTask | BatchResult,
  runner: Runner,
  emit: (item: T, result: Emitted) => void | Promise<void>,
): Promise<void> {
  const window: { item: T; result: Promise<BatchResult> }[] = [];
  const drainHead = async () => {
    const head = window.shift()!;
    const result = await head.result;
    if ('fatal' in result) throw new ConfigError(result.fatal);
    await emit(head.item, result);
  };
  for await (const item of tasks) {
    const task = toTask(item);
    const result = 'kind' in task ? runner.run(task) : Promise.resolve(task);
    result.catch(() => {}); // awaited in order below; avoid an unhandled rejection meanwhile
    window.push({ item, result });
    while (window.length >= runner.capacity) await drainHead();
  }
  while (window.length) await drainHead();
}

// -------------------------------------------------------------------------------------------------
// Many files

/**
 * Checks files on worker threads; results in the order of `files`. Files that cannot be read are
 * skipped with a message on stderr; returns the results and how many were skipped.
 */
export async function checkFiles(
  files: string[],
  options: BatchOptions,
  configFileFor: ConfigFileFor,
  cwd: string,
): Promise<{ results: FileResult[]; skipped: number }> {
  const results: FileResult[] = [];
  let skipped = 0;
  const runner = files.length > PARALLEL_THRESHOLD ? await workerRunner() : inlineRunner;
  try {
    await ordered(
      files,
      (file) => ({ kind: 'file', file, configFile: configFileFor(file), options }),
      runner,
      (file, result) => {
        if ('skipped' in result) {
          skipped++;
          process.stderr.write(`genderlens: ${result.skipped}\n`);
        } else results.push({ file: path.relative(cwd, file) || file, assessment: result.assessment });
      },
    );
  } finally {
    await runner.close();
  }
  return { results, skipped };
}

// -------------------------------------------------------------------------------------------------
// JSON Lines

interface JsonlRecord {
  id: unknown;
  source: string;
  line: number;
  /** The input to assess, or why the line cannot be checked. */
  input: { value: string | ArticleInput; format: InputFormat | 'auto' } | { error: string };
  configFile: string | null;
}

const ARTICLE_FIELDS = ['title', 'lead', 'body', 'captions'] as const;
const FORMATS = new Set(['text', 'markdown', 'html', 'auto']);

/** A JSONL line to an input: {id, text} or {id, title, lead, body, captions, format}; other keys are ignored. */
export function parseRecord(line: string): JsonlRecord['input'] & { id?: unknown } {
  let data: unknown;
  try {
    data = JSON.parse(line);
  } catch (error) {
    return { error: `not valid JSON: ${(error as Error).message}` };
  }
  if (!data || typeof data !== 'object' || Array.isArray(data)) return { error: 'expected a JSON object' };
  const record = data as Record<string, unknown>;
  const id = Object.hasOwn(record, 'id') ? record.id : undefined;
  const format = record.format;
  if (format !== undefined && (typeof format !== 'string' || !FORMATS.has(format))) return { id, error: 'format: expected text, markdown, html or auto' };
  const fmt = (format ?? 'auto') as InputFormat | 'auto';
  if (typeof record.text === 'string') return { id, value: record.text, format: fmt };
  const article: ArticleInput = {};
  let any = false;
  for (const field of ARTICLE_FIELDS) {
    const value = record[field];
    if (value === undefined) continue;
    if (field === 'captions') {
      if (!Array.isArray(value) || value.some((c) => typeof c !== 'string')) return { id, error: 'captions: expected an array of strings' };
      article.captions = value as string[];
    } else {
      if (typeof value !== 'string') return { id, error: `${field}: expected a string` };
      article[field] = value;
    }
    any = true;
  }
  if (!any) return { id, error: 'expected "text", or at least one of "title", "lead", "body", "captions"' };
  return { id, value: article, format: fmt };
}

async function* jsonlRecords(inputs: string[], configFileFor: ConfigFileFor, cwd: string, stdin: Readable): AsyncGenerator<JsonlRecord> {
  const sources = readsStandardInput(inputs) ? ['-'] : inputs;
  for (const source of sources) {
    const file = source === '-' ? null : path.resolve(cwd, source);
    if (file && !fs.existsSync(file)) throw new UsageError(`no such file: ${source}`);
    const configFile = configFileFor(file);
    const stream = file ? fs.createReadStream(file) : stdin;
    const lines = readline.createInterface({ input: stream, crlfDelay: Infinity });
    let line = 0;
    const label = file ? path.relative(cwd, file) || file : '<stdin>';
    for await (const text of lines) {
      line++;
      if (!text.trim()) continue;
      const parsed = parseRecord(line === 1 ? text.replace(/^\uFEFF/, '') : text);
      const id = parsed.id !== undefined ? parsed.id : `${label}:${line}`;
      yield { id, source: label, line, input: parsed, configFile };
    }
  }
}

/** Buffers the first records of a stream, so small inputs can skip starting workers. */
async function peek<T>(iterable: AsyncIterable<T>, count: number): Promise<{ head: T[]; rest: AsyncIterable<T> | null }> {
  const iterator = iterable[Symbol.asyncIterator]();
  const head: T[] = [];
  while (head.length <= count) {
    const next = await iterator.next();
    if (next.done) return { head, rest: null };
    head.push(next.value);
  }
  return {
    head,
    rest: {
      [Symbol.asyncIterator]: () => iterator,
    },
  };
}

async function* concat<T>(first: T[], rest: AsyncIterable<T> | null): AsyncGenerator<T> {
  yield* first;
  if (rest) yield* rest;
}

/**
 * `check --jsonl`: reads JSON Lines (files or standard input), writes one JSON result per line in
 * input order: {id, ...assessment}, or {id, error} for a line that cannot be checked (also reported
 * on stderr). Returns the exit code: 2 if any line was skipped, 1 if any verdict failed, else 0.
 */
export async function checkJsonl(
  inputs: string[],
  options: BatchOptions,
  configFileFor: ConfigFileFor,
  out: NodeJS.WritableStream = process.stdout,
  stdin: Readable = process.stdin,
): Promise<number> {
  const cwd = process.cwd();
  const { head, rest } = await peek(jsonlRecords(inputs, configFileFor, cwd, stdin), PARALLEL_THRESHOLD);
  const runner = rest ? await workerRunner() : inlineRunner;
  let failed = false;
  let skipped = 0;
  try {
    await ordered(
      concat(head, rest),
      (record): BatchTask | BatchResult => {
        if ('error' in record.input) return { skipped: record.input.error };
        return { kind: 'input', input: record.input.value, format: record.input.format, configFile: record.configFile, options };
      },
      runner,
      async (record, result) => {
        let line: string;
        if ('skipped' in result) {
          skipped++;
          process.stderr.write(`genderlens: ${record.source}:${record.line}: ${result.skipped}, not checked\n`);
          line = JSON.stringify({ id: record.id, error: result.skipped });
        } else {
          if (!result.assessment.verdict.pass) failed = true;
          line = JSON.stringify({ id: record.id, ...result.assessment });
        }
        // Written as soon as it is next in order; wait when the reader is slower than we are.
        if (!out.write(line + '\n')) await new Promise<void>((resolve) => out.once('drain', () => resolve()));
      },
    );
  } finally {
    await runner.close();
  }
  return skipped ? 2 : failed ? 1 : 0;
}
