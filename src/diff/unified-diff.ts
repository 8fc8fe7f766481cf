/**
 * Reads a unified diff (`git diff`, `diff -u`) into the lines each file gained: the line numbers on the new side
 * of every `+` line. Context and removed lines are not changes to the new text; a file that was deleted has none.
 * Pure: the CLI reads the diff and runs git.
 */
import type { LineRange } from './changed-lines.js';

export interface ChangedFile {
  /** The path on the new side, as the diff names it, without the `b/` prefix. */
  path: string;
  /** Changed lines of the new file, 1-based inclusive ranges in order. */
  lines: LineRange[];
}

const HUNK = /^@@ -\d+(?:,\d+)? \+(\d+)(?:,(\d+))? @@/;

export function parseUnifiedDiff(diff: string): ChangedFile[] {
  const files: ChangedFile[] = [];
  let current: ChangedFile | null = null;
  // Git writes a/ and b/ prefixes unless told otherwise (--no-prefix); plain diff -u writes none.
  let prefixed = false;
  let line = 0;
  let remaining = 0; // new-side lines left in the current hunk
  for (const raw of diff.split('\n')) {
    const text = raw.endsWith('\r') ? raw.slice(0, -1) : raw;
    if (remaining > 0 && current) {
      if (text.startsWith('+')) {
        addLine(current, line++);
        remaining--;
      } else if (text.startsWith(' ') || text === '') {
        line++;
        remaining--;
      } else if (!text.startsWith('-') && !text.startsWith('\\')) remaining = 0; // a malformed hunk ends here
      continue;
    }
    if (text.startsWith('diff --git ')) {
      prefixed = / a\//.test(text) || text.startsWith('diff --git a/');
      current = null;
    } else if (text.startsWith('+++ ')) {
      const name = unquote(text.slice(4).replace(/\t.*$/, '').trim());
      current = name === '/dev/null' ? null : { path: prefixed || name.startsWith('b/') ? name.replace(/^b\//, '') : name, lines: [] };
      if (current) files.push(current);
    } else if (current) {
      const hunk = HUNK.exec(text);
      if (hunk) {
        line = Number(hunk[1]);
        remaining = hunk[2] === undefined ? 1 : Number(hunk[2]);
      }
    }
  }
  return files;
}

function addLine(file: ChangedFile, n: number): void {
  const last = file.lines[file.lines.length - 1];
  if (last && last[1] === n - 1) file.lines[file.lines.length - 1] = [last[0], n];
  else file.lines.push([n, n]);
}

const utf8 = new TextEncoder();

/** Git quotes unusual paths ("b/b\303\240i.md"): C escapes, octal bytes of UTF-8. */
function unquote(name: string): string {
  if (!name.startsWith('"') || !name.endsWith('"')) return name;
  const bytes: number[] = [];
  const body = name.slice(1, -1);
  const simple: Record<string, number> = { n: 10, t: 9, r: 13, '"': 34, '\\': 92, a: 7, b: 8, f: 12, v: 11 };
  for (let i = 0; i < body.length; i++) {
    const c = body[i]!;
    if (c !== '\\') {
      bytes.push(...utf8.encode(c));
      continue;
    }
    const next = body[i + 1] ?? '';
    const octal = /^[0-7]{3}/.exec(body.slice(i + 1));
    if (octal) {
      bytes.push(parseInt(octal[0], 8));
      i += 3;
    } else {
      bytes.push(simple[next] ?? next.charCodeAt(0));
      i += 1;
    }
  }
  return new TextDecoder().decode(new Uint8Array(bytes));
}
