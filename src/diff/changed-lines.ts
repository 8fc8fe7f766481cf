import { decideVerdict } from '../assessment/policy.js';
import type { Assessment, Finding } from '../assessment/schema.js';
import type { Policy } from '../config/schema.js';
import type { Lang } from '../language/detect.js';

/** Lines `from` to `to`, 1-based and inclusive. */
export type LineRange = readonly [from: number, to: number];

/**
 * The lines that changed: for a string input a list of ranges; for an article object, ranges per field
 * ("title", "lead", "body", "captions[0]"), or `true` for a field that changed as a whole. Fields not named did not change.
 */
export type ChangedLines = readonly LineRange[] | Readonly<Record<string, readonly LineRange[] | true>>;

function rangesOf(changed: ChangedLines, field: string): readonly LineRange[] | true {
  if (Array.isArray(changed)) return field === '' ? (changed as readonly LineRange[]) : [];
  return (changed as Record<string, readonly LineRange[] | true>)[field] ?? [];
}

/**
 * A finding is in changed text when one of its lines changed. Document-scope findings (a violence story without
 * help-line information, one-gender sources) describe the whole document the change belongs to, so they stay.
 */
export function inChangedText(finding: Finding, changed: ChangedLines): boolean {
  if (finding.scope === 'document') return true;
  const ranges = rangesOf(changed, finding.segment.field ?? '');
  if (ranges === true) return true;
  return ranges.some(([from, to]) => finding.line <= to && finding.endLine >= from);
}

/**
 * Keeps only findings (and silenced findings) in changed text and judges the verdict on them, for CI on a pull
 * request: a writer answers for what they changed. Scores and metrics still describe the whole document.
 */
export function restrictToChangedLines(assessment: Assessment, changed: ChangedLines, policy: Policy, locale: Lang = 'en'): Assessment {
  const findings = assessment.findings.filter((f) => inChangedText(f, changed));
  const suppressed = assessment.suppressed.filter((f) => inChangedText(f, changed));
  return {
    ...assessment,
    findings,
    suppressed,
    verdict: decideVerdict(findings, assessment.scores, policy, locale),
    changedLinesOnly: {
      findingsOutside: assessment.findings.length - findings.length,
      suppressedOutside: assessment.suppressed.length - suppressed.length,
    },
  };
}
