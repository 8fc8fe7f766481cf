import type { Severity } from './schema.js';
import type { RuleHit } from './evaluate.js';

const RANK: Record<Severity, number> = { error: 3, warning: 2, info: 1 };

/**
 * One phrase, one message per family: when two rules of a family flag the same words, or one flags a stretch
 * inside the other's ("chân dài" as a beauty label and as appearance focus), the editor reads the stronger one.
 * Partial overlaps stay: they point at different words. Document-scope hits are untouched.
 */
export function dropNestedHits<T extends RuleHit>(hits: T[]): T[] {
  const spans = hits.filter((h) => h.start >= 0);
  if (spans.length < 2) return hits;
  const stronger = (a: T, b: T) =>
    RANK[a.compiled.severity] - RANK[b.compiled.severity] ||
    a.end - a.start - (b.end - b.start) ||
    (a.compiled.rule.id < b.compiled.rule.id ? 1 : a.compiled.rule.id > b.compiled.rule.id ? -1 : 0);
  const dropped = new Set<T>();
  const ordered = [...spans].sort((a, b) => a.start - b.start || b.end - a.end);
  for (let i = 0; i < ordered.length; i++) {
    const a = ordered[i]!;
    // Sorted by start, so only later hits that begin before a ends can nest with it.
    for (let j = i + 1; j < ordered.length && ordered[j]!.start < a.end; j++) {
      const b = ordered[j]!;
      if (a.compiled.rule.family !== b.compiled.rule.family) continue;
      const nested = (b.start >= a.start && b.end <= a.end) || (a.start >= b.start && a.end <= b.end);
      if (!nested || dropped.has(a) || dropped.has(b)) continue;
      dropped.add(stronger(a, b) >= 0 ? b : a);
    }
  }
  return dropped.size ? hits.filter((h) => !dropped.has(h)) : hits;
}
