import { FAMILIES, type Family, type Severity } from '../rules/schema.js';
import type { Finding, Scores } from './schema.js';

/** Points a finding takes off its family's score of 100. */
const PENALTY: Record<Severity, number> = { error: 25, warning: 10, info: 3 };

export function scoreFindings(findings: Finding[]): Scores {
  const family = {} as Record<Family, number>;
  for (const name of FAMILIES) family[name] = 100;
  for (const f of findings) family[f.family] = Math.max(0, family[f.family] - PENALTY[f.severity]);
  const overall = Math.round(FAMILIES.reduce((sum, name) => sum + family[name], 0) / FAMILIES.length);
  return { overall, ...family };
}
