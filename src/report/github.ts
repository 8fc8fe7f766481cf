import type { FileResult } from './stylish.js';

const COMMAND = { error: 'error', warning: 'warning', info: 'notice' } as const;

const escapeData = (s: string) => s.replace(/%/g, '%25').replace(/\r/g, '%0D').replace(/\n/g, '%0A');
const escapeProperty = (s: string) => escapeData(s).replace(/:/g, '%3A').replace(/,/g, '%2C');

/** GitHub Actions workflow commands: one annotation per finding, shown on the pull request. */
export function formatGithub(results: FileResult[]): string {
  const lines: string[] = [];
  for (const { file, assessment } of results)
    for (const f of assessment.findings) {
      const place = f.scope === 'span' ? `,line=${f.line},col=${f.column},endLine=${f.endLine},endColumn=${f.endColumn}` : '';
      const instead = f.suggestions.length ? ` → ${f.suggestions.slice(0, 3).join('; ')}` : '';
      // A void ignore comment is the writer's to fix: say which one, so the annotation explains why it still shows.
      const voided = f.voidSuppression ? ` (the ignore comment on line ${f.voidSuppression.line} gives no justification, so it silences nothing)` : '';
      lines.push(`::${COMMAND[f.severity]} file=${escapeProperty(file)}${place},title=${escapeProperty(`${f.ruleId} (${f.indicators.join(' ')})`)}::${escapeData(f.message + instead + voided)}`);
    }
  return lines.length ? lines.join('\n') + '\n' : '';
}
