/** `--changed-lines <diff>` and `--diff <git-ref>`: which lines of which files changed. The I/O lives here. */
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import type { LineRange } from '../diff/changed-lines.js';
import { parseUnifiedDiff } from '../diff/unified-diff.js';
import { UsageError } from './files.js';

/** Changed lines by absolute file path. */
export type ChangedFiles = Map<string, LineRange[]>;

/** Reads a unified diff from a file or standard input ("-"); paths in it are relative to `cwd`. */
export async function changedLinesFromDiffFile(file: string, cwd: string, readStdin: () => Promise<string>): Promise<ChangedFiles> {
  let diff: string;
  if (file === '-') diff = await readStdin();
  else {
    try {
      diff = fs.readFileSync(path.resolve(cwd, file), 'utf8');
    } catch (error) {
      throw new UsageError(`--changed-lines ${file}: cannot read file (${(error as NodeJS.ErrnoException).code ?? String(error)})`);
    }
  }
  if (diff.trim() && !/^(@@ |\+\+\+ )/m.test(diff)) throw new UsageError(`--changed-lines ${file}: not a unified diff (no "+++" or "@@" lines)`);
  return byAbsolutePath(diff, cwd);
}

/** Runs `git diff <ref>` in `cwd` (paths relative to it) and reads the lines it adds. */
export function changedLinesFromGit(ref: string, cwd: string): ChangedFiles {
  // A ref that starts with "-" would be read by git as an option.
  if (!ref || ref.startsWith('-')) throw new UsageError(`--diff: "${ref}" is not a git revision`);
  let diff: string;
  try {
    diff = execFileSync('git', ['-c', 'core.quotePath=false', 'diff', '--no-color', '--no-ext-diff', '--unified=0', '--relative', ref, '--'], {
      cwd,
      encoding: 'utf8',
      maxBuffer: 256 * 1024 * 1024,
      stdio: ['ignore', 'pipe', 'pipe'],
    });
  } catch (error) {
    const e = error as NodeJS.ErrnoException & { stderr?: string };
    const reason = e.code === 'ENOENT' ? 'git is not installed' : (e.stderr ?? '').trim().split('\n')[0] || e.message;
    throw new UsageError(`--diff ${ref}: git diff failed: ${reason}`);
  }
  return byAbsolutePath(diff, cwd);
}

function byAbsolutePath(diff: string, cwd: string): ChangedFiles {
  const files: ChangedFiles = new Map();
  for (const file of parseUnifiedDiff(diff)) if (file.lines.length) files.set(path.resolve(cwd, file.path), file.lines);
  return files;
}
