import type { Finding } from './assessment/schema.js';

/** Letters, digits, marks, spaces, hyphens and apostrophes only: no markup or entity inside the words to replace. */
export function isPlainWords(text: string): boolean {
  return /^[\p{L}\p{M}\p{N}\s'’-]*$/u.test(text);
}

/**
 * Applies the safe fixes of span findings to the text they were found in. Overlapping fixes keep the first;
 * replacements no longer match their rule, so running it again changes nothing.
 */
export function applyFixes(input: string, findings: readonly Finding[]): { output: string; applied: number } {
  const fixes = findings
    .filter((f) => f.fix && f.scope === 'span' && !f.segment.field)
    .map((f) => f.fix!)
    .sort((a, b) => a.start - b.start || b.end - a.end);
  const parts: string[] = [];
  let at = 0;
  let applied = 0;
  for (const fix of fixes) {
    if (fix.start < at) continue;
    parts.push(input.slice(at, fix.start), fix.text);
    at = fix.end;
    applied++;
  }
  parts.push(input.slice(at));
  return { output: parts.join(''), applied };
}
