/**
 * Batch checking for the CLI: many files spread over worker threads, and JSON Lines streamed in and
 * out in input order. Loaded only when needed (dynamic import), so a one-file check starts fast. This
 * thread only reads, orders and writes (it never loads the checker for JSON Lines); batch-task.ts,
 * in the workers, assesses.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { StringDecoder } from 'node:string_decoder';
import v8 from 'node:v8';
import vm from 'node:vm';
import { fileURLToPath } from 'node:url';
import type { Readable } from 'node:stream';
import type { Assessment } from '../assessment/schema.js';
import type { Lang } from '../language/detect.js';
import type { FileResult } from '../report/stylish.js';
import { parseRecord } from './batch-record.js';
import { PARALLEL_THRESHOLD, readsStandardInput, UsageError } from './files.js';

export { parseRecord } from './batch-record.js';

export interface BatchOptions {
  lang: Lang | 'auto';
  locale?: Lang;
  failOn?: 'error' | 'warning' | 'info' | 'never';
  /** --config, resolved; otherwise each input uses its nearest config file. */
  configFile?: string;
}

/**
 * What a worker is asked to do: check one file, or one JSON Lines record (the line as read: the worker
 * parses it and returns the output line, so the main thread handles strings only and stays small).
 */
export type BatchTask =
  | { kind: 'file'; file: string; configFile: string | null; options: BatchOptions }
  | { kind: 'record'; line: string; defaultId: string; configFile: string | null; options: BatchOptions };

/**
 * A result; `fatal`: the configuration is invalid, so the whole batch stops (exit 2). A record's result
 * is its output line: the assessment, or `skipped` with the error line.
 */
export type BatchResult =
  | { assessment: Assessment }
  | { skipped: string; output?: Uint8Array }
  | { output: Uint8Array; pass: boolean }
  | { fatal: string };
type Emitted = Exclude<BatchResult, { fatal: string }>;

/** Resolves the config file of an input: --config, else the nearest one (as the main thread does). */
export type ConfigFileFor = (file: string | null) => string | null;

// -------------------------------------------------------------------------------------------------
// Memory: a batch streams through far more data than it keeps, and V8 lets its heap grow with garbage
// long before it collects (each thread its own). A full collection every half second keeps each thread
// near what it really holds (about 1% of the time). Only memory depends on it, never a result.

const COLLECT_EVERY_MS = 500;
let collectGarbage: (() => void) | null | undefined;
let lastCollection = Date.now();

export function collectNow(): void {
  if (collectGarbage === undefined) {
    try {
      v8.setFlagsFromString('--expose-gc');
      collectGarbage = vm.runInNewContext('gc') as () => void;
    } catch {
      collectGarbage = null;
    }
  }
  collectGarbage?.();
}

/** Collects garbage when the last collection was long enough ago. */
export function collectNowAndThen(): void {
  const now = Date.now();
  if (now - lastCollection < COLLECT_EVERY_MS) return;
  lastCollection = now;
  collectNow();
}

/** A configuration error reported by a worker; main.ts reports it like a ConfigError (exit 2). */
export class BatchConfigError extends Error {
  override readonly name = 'ConfigError';
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
    resourceLimits: { maxOldGenerationSizeMb: 256, maxYoungGenerationSizeMb: 4 },
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
  run: async (task) => (await import('./batch-task.js')).runTask(task),
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
    if ('fatal' in result) throw new BatchConfigError(result.fatal);
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
        } else if ('assessment' in result) results.push({ file: path.relative(cwd, file) || file, assessment: result.assessment });
      },
    );
  } finally {
    await runner.close();
  }
  return { results, skipped };
}

// -------------------------------------------------------------------------------------------------
// JSON Lines

/** A line of a JSON Lines input, not parsed yet. */
interface JsonlLine {
  text: string;
  source: string;
  line: number;
  configFile: string | null;
}

/**
 * The lines of a stream, read a chunk at a time as they are asked for (readline's iterator reads up to a
 * thousand lines ahead, which on large records is tens of megabytes). Line ends as readline has them:
 * "\n", "\r\n" or a lone "\r".
 */
export async function* readLines(stream: Readable): AsyncGenerator<string> {
  // The decoder readline uses, so invalid bytes become the same replacement characters.
  const decoder = new StringDecoder('utf8');
  let pending = '';
  for await (const chunk of stream) {
    pending += typeof chunk === 'string' ? chunk : decoder.write(chunk as Buffer);
    let from = 0;
    for (;;) {
      const lf = pending.indexOf('\n', from);
      const cr = pending.indexOf('\r', from);
      let end: number;
      let next: number;
      if (cr >= 0 && (lf < 0 || cr < lf)) {
        // A "\r" at the end of the chunk may be the first half of "\r\n": wait for the next one.
        if (cr === pending.length - 1) break;
        end = cr;
        next = pending.charCodeAt(cr + 1) === 10 ? cr + 2 : cr + 1;
      } else if (lf >= 0) {
        end = lf;
        next = lf + 1;
      } else break;
      yield pending.slice(from, end);
      from = next;
    }
    pending = pending.slice(from);
  }
  pending += decoder.end();
  if (pending.endsWith('\r')) yield pending.slice(0, -1);
  else if (pending) yield pending;
}

async function* jsonlLines(inputs: string[], configFileFor: ConfigFileFor, cwd: string, stdin: Readable): AsyncGenerator<JsonlLine> {
  const sources = readsStandardInput(inputs) ? ['-'] : inputs;
  for (const source of sources) {
    const file = source === '-' ? null : path.resolve(cwd, source);
    if (file && !fs.existsSync(file)) throw new UsageError(`no such file: ${source}`);
    const configFile = configFileFor(file);
    const stream = file ? fs.createReadStream(file) : stdin;
    let line = 0;
    const label = file ? path.relative(cwd, file) || file : '<stdin>';
    for await (const text of readLines(stream)) {
      line++;
      if (!text.trim()) continue;
      yield { text: line === 1 ? text.replace(/^\uFEFF/, '') : text, source: label, line, configFile };
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
  const { head, rest } = await peek(jsonlLines(inputs, configFileFor, cwd, stdin), PARALLEL_THRESHOLD);
  const runner = rest ? await workerRunner() : inlineRunner;
  let failed = false;
  let skipped = 0;
  try {
    await ordered(
      concat(head, rest),
      (record): BatchTask => ({ kind: 'record', line: record.text, defaultId: `${record.source}:${record.line}`, configFile: record.configFile, options }),
      runner,
      async (record, result) => {
        if ('skipped' in result) {
          skipped++;
          process.stderr.write(`genderlens: ${record.source}:${record.line}: ${result.skipped}, not checked\n`);
        } else if ('pass' in result && !result.pass) failed = true;
        let line: Uint8Array | string;
        if ('output' in result && result.output !== undefined) line = result.output;
        else {
          // The worker failed on this record (it ran out of memory, say): name it by its id if it has one.
          const { id } = parseRecord(record.text);
          line = JSON.stringify({ id: id !== undefined ? id : `${record.source}:${record.line}`, error: 'skipped' in result ? result.skipped : 'not checked' }) + '\n';
        }
        collectNowAndThen();
        // Written as soon as it is next in order; wait when the reader is slower than we are.
        if (!out.write(line)) await new Promise<void>((resolve) => out.once('drain', () => resolve()));
      },
    );
  } finally {
    await runner.close();
  }
  return skipped ? 2 : failed ? 1 : 0;
}
