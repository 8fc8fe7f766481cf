import type { Finding, SuppressedFinding } from '../assessment/schema.js';
import type { FileResult } from './stylish.js';

const LEVEL = { error: 'error', warning: 'warning', info: 'note' } as const;
const TOOL_URI = 'https://www.npmjs.com/package/genderlens';

/** SARIF 2.1.0, as code-scanning tools accept it: one run, rule metadata with help text and indicator codes. */
export function formatSarif(results: FileResult[], version: string): string {
  const rules = new Map<string, Finding>();
  for (const { assessment } of results)
    for (const f of [...assessment.findings, ...assessment.suppressed]) if (!rules.has(f.ruleId)) rules.set(f.ruleId, f);
  const ruleIds = [...rules.keys()].sort();
  const sarif = {
    $schema: 'https://json.schemastore.org/sarif-2.1.0.json',
    version: '2.1.0',
    runs: [
      {
        tool: {
          driver: {
            name: 'genderlens',
            version,
            informationUri: TOOL_URI,
            rules: ruleIds.map((id) => {
              const f = rules.get(id)!;
              return {
                id,
                name: id,
                shortDescription: { text: f.message },
                fullDescription: { text: f.explanation },
                help: {
                  text: `${f.explanation}${f.suggestions.length ? `\nInstead: ${f.suggestions.join('; ')}` : ''}\nIndicators: ${f.indicators.join(', ')}`,
                  markdown: `${f.explanation}${f.suggestions.length ? `\n\n**Instead:** ${f.suggestions.join('; ')}` : ''}\n\n**Indicators:** ${f.indicators.join(', ')}`,
                },
                ...(f.url ? { helpUri: f.url } : {}),
                defaultConfiguration: { level: LEVEL[f.severity] },
                properties: { tags: [f.family, ...f.indicators], family: f.family, indicators: f.indicators },
              };
            }),
          },
        },
        results: results.flatMap(({ file, assessment }) =>
          // Findings an ignore comment silenced are reported as suppressed in source, with the justification.
          [...assessment.findings, ...assessment.suppressed].map((f) => ({
            ruleId: f.ruleId,
            ruleIndex: ruleIds.indexOf(f.ruleId),
            level: LEVEL[f.severity],
            message: { text: f.suggestions.length ? `${f.message} (${f.suggestions.slice(0, 3).join('; ')})` : f.message },
            locations: [
              {
                physicalLocation: {
                  artifactLocation: { uri: file.split('\\').join('/') },
                  ...(f.scope === 'span'
                    ? {
                        region: {
                          startLine: f.line,
                          startColumn: f.column,
                          endLine: f.endLine,
                          endColumn: f.endColumn,
                          charOffset: f.start,
                          charLength: f.end - f.start,
                          snippet: { text: f.text },
                        },
                      }
                    : { region: { startLine: 1 } }),
                },
              },
            ],
            properties: {
              family: f.family,
              indicators: f.indicators,
              inQuote: f.inQuote,
              scope: f.scope,
              ...(f.originalSeverity ? { originalSeverity: f.originalSeverity } : {}),
              // An ignore comment without the justification the policy requires: it silenced nothing.
              ...(f.voidSuppression ? { voidSuppression: f.voidSuppression } : {}),
            },
            ...suppressionsOf(f),
          })),
        ),
      },
    ],
  };
  return JSON.stringify(sarif, null, 2) + '\n';
}

function suppressionsOf(f: Finding | SuppressedFinding) {
  if (!('suppression' in f)) return {};
  const { justification } = f.suppression;
  return { suppressions: [{ kind: 'inSource', status: 'accepted', ...(justification ? { justification } : {}) }] };
}
