import type { Policy } from '../config/schema.js';
import type { Severity } from '../rules/schema.js';
import type { Finding, Scores, Verdict } from './schema.js';

const RANK: Record<Severity, number> = { error: 3, warning: 2, info: 1 };

/** The verdict under the policy, with reasons that name the rules and thresholds responsible. */
export function decideVerdict(findings: Finding[], scores: Scores, policy: Policy): Verdict {
  const reasons: string[] = [];
  const threshold = policy.failOn === 'never' ? Infinity : RANK[policy.failOn];
  const failing = findings.filter((f) => RANK[f.severity] >= threshold);
  if (failing.length) {
    const ids = [...new Set(failing.map((f) => f.ruleId))].join(', ');
    reasons.push(`${failing.length} finding(s) at or above "${policy.failOn}": ${ids}`);
  }
  if (policy.minScore !== undefined && scores.overall < policy.minScore)
    reasons.push(`overall score ${scores.overall} is below the minimum ${policy.minScore}`);
  const pass = reasons.length === 0;
  const warnings = findings.filter((f) => f.severity !== 'info');
  if (pass && warnings.length) {
    const ids = [...new Set(warnings.map((f) => f.ruleId))].join(', ');
    reasons.push(`${warnings.length} finding(s) to review: ${ids}`);
  }
  const level = !pass ? 'block' : warnings.length ? 'warn' : 'pass';
  return { pass, level, reasons };
}
