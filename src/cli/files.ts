import fs from 'node:fs';
import path from 'node:path';
import { createRequire } from 'node:module';
import { findConfigFile } from '../config/find.js';
import type { InputFormat } from '../document/types.js';

export const CHECKED_EXTENSIONS = ['.md', '.markdown', '.mdx', '.html', '.htm', '.txt', '.text'];

/** More files than this are checked on worker threads (batch.ts). */
export const PARALLEL_THRESHOLD = 20;

/** No inputs, or a lone "-": read standard input. */
export const readsStandardInput = (inputs: string[]) => inputs.length === 0 || (inputs.length === 1 && inputs[0] === '-');

export class UsageError extends Error {
  override readonly name = 'UsageError';
}

/**
 * tinyglobby, loaded on first use: a directory or a glob. Loading it (and picomatch, which its fdir requires at
 * load) took a tenth of a one-file check's start-up, so plain file paths never pay for it. Not bundled (tsup.config.ts).
 */
let tinyglobby: typeof import('tinyglobby') | undefined;
const globSync = (pattern: string, options: import('tinyglobby').GlobOptions): string[] =>
  (tinyglobby ??= createRequire(import.meta.url)('tinyglobby') as typeof import('tinyglobby')).globSync(pattern, options);

/** Expands paths, directories and globs into a sorted, de-duplicated list of files to check. */
export function expandInputs(inputs: string[], cwd: string): string[] {
  const files = new Set<string>();
  for (const input of inputs) {
    const full = path.resolve(cwd, input);
    if (fs.existsSync(full)) {
      if (fs.statSync(full).isDirectory()) {
        const pattern = `**/*{${CHECKED_EXTENSIONS.join(',')}}`;
        for (const f of globSync(pattern, { cwd: full, absolute: true, ignore: ['**/node_modules/**', '**/.git/**'] })) files.add(f);
      } else files.add(full);
      continue;
    }
    const matched = globSync(input, { cwd, absolute: true, ignore: ['**/node_modules/**'] });
    if (!matched.length) throw new UsageError(`no such file or no match: ${input}`);
    for (const f of matched) files.add(f);
  }
  return [...files].sort();
}

export function formatFromPath(file: string): InputFormat | 'auto' {
  const ext = path.extname(file).toLowerCase();
  if (ext === '.md' || ext === '.markdown' || ext === '.mdx') return 'markdown';
  if (ext === '.html' || ext === '.htm') return 'html';
  if (ext === '.txt' || ext === '.text') return 'text';
  return 'auto';
}

/** Reads a file as UTF-8 text; binary or invalidly encoded content is refused with a reason. */
export function readTextFile(file: string): string {
  const bytes = fs.readFileSync(file);
  if (bytes.includes(0)) throw new UsageError(`${file}: binary content, not checked`);
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes).replace(/^\uFEFF/, '');
  } catch {
    throw new UsageError(`${file}: not valid UTF-8, not checked`);
  }
}

/** The config file that applies to `file`: the one given with --config, else the nearest one above it. */
export function configFileFor(file: string | null, explicit: string | undefined, cwd: string): string | null {
  return explicit ? path.resolve(cwd, explicit) : findConfigFile(file ? path.dirname(file) : cwd);
}
