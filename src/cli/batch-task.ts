/** One batch task, run in a worker thread (or in the main thread for small batches): see batch.ts. */
import { CheckerCache } from './checkers.js';
import { assess } from '../assess.js';
import { ConfigError } from '../config/schema.js';
import type { InputFormat } from '../document/types.js';
import { RulePackError } from '../rules/schema.js';
import type { Checker } from '../rules/checker.js';
import type { BatchOptions, BatchResult, BatchTask } from './batch.js';
import { parseRecord } from './batch-record.js';
import { formatFromPath, readTextFile, UsageError } from './files.js';

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
  if (task.kind === 'record') {
    const parsed = parseRecord(task.line);
    const id = parsed.id !== undefined ? parsed.id : task.defaultId;
    if ('error' in parsed) return { skipped: parsed.error, output: Buffer.from(JSON.stringify({ id, error: parsed.error }) + '\n') };
    const assessment = assess(parsed.value, assessOptions(parsed.format));
    // Bytes, not a string: the main thread writes them out without making a string of its own.
    return { output: Buffer.from(JSON.stringify({ id, ...assessment }) + '\n'), pass: assessment.verdict.pass };
  }
  let text: string;
  try {
    text = readTextFile(task.file);
  } catch (error) {
    if (error instanceof UsageError) return { skipped: error.message };
    return { skipped: `${task.file}: cannot read file (${(error as NodeJS.ErrnoException).code ?? String(error)})` };
  }
  return { assessment: assess(text, assessOptions(formatFromPath(task.file))) };
}
