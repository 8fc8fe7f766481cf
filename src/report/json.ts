import type { FileResult } from './stylish.js';

/** Machine-readable report: one entry per file with its whole assessment. */
export function formatJson(results: FileResult[]): string {
  return JSON.stringify(results.map(({ file, assessment }) => ({ file, ...assessment })), null, 2) + '\n';
}
