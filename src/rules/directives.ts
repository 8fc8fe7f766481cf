import type { DIRECTIVE_KINDS, Finding, SuppressedFinding } from '../assessment/schema.js';

/**
 * Ignore comments, as ESLint has them, written as HTML comments so they work in Markdown and HTML:
 *   <!-- genderlens-disable vi-vio-graphic-detail -- lời khai nguyên văn tại tòa -->
 *   <!-- genderlens-enable vi-vio-graphic-detail -->
 *   <!-- genderlens-disable-next-line stereotyping -- trích dẫn nguyên văn lời nhân chứng -->
 *   <!-- genderlens-disable-line -->
 * Rules are named by id or family (none: all); the text after " -- " is the justification that stays on record.
 */
export type DirectiveKind = (typeof DIRECTIVE_KINDS)[number];

export interface Directive {
  kind: DirectiveKind;
  /** Rule ids or family names; empty means every rule. */
  rules: string[];
  justification: string | null;
  offset: number;
  line: number;
  endLine: number;
}


const DIRECTIVE = /<!--\s*genderlens-(disable-next-line|disable-line|disable|enable)\b([\s\S]*?)-->/g;

export function parseDirectives(source: string): Directive[] {
  if (!source.includes('genderlens-')) return [];
  const directives: Directive[] = [];
  for (const m of source.matchAll(DIRECTIVE)) {
    const body = m[2] ?? '';
    const split = body.indexOf(' -- ');
    const list = split >= 0 ? body.slice(0, split) : body;
    const justification = split >= 0 ? body.slice(split + 4).trim() || null : null;
    directives.push({
      kind: m[1] as DirectiveKind,
      rules: list.split(/[\s,]+/).filter(Boolean),
      justification,
      offset: m.index,
      line: lineAt(source, m.index),
      endLine: lineAt(source, m.index + m[0].length),
    });
  }
  return directives;
}

function lineAt(source: string, offset: number): number {
  let line = 1;
  for (let i = source.indexOf('\n'); i >= 0 && i < offset; i = source.indexOf('\n', i + 1)) line++;
  return line;
}

const covers = (d: Directive, f: Finding) => d.rules.length === 0 || d.rules.includes(f.ruleId) || d.rules.includes(f.family);

/** The directive that silences `finding`, if any. Document findings are judged at the end of the text. */
export function findSuppression(finding: Finding, directives: Directive[], sourceLength: number): Directive | null {
  const at = finding.scope === 'document' ? sourceLength : finding.start;
  let active: Directive | null = null;
  for (const d of directives) {
    if (d.kind === 'disable-next-line' || d.kind === 'disable-line') {
      const target = d.kind === 'disable-line' ? d.line : d.endLine + 1;
      if (finding.scope === 'span' && finding.line === target && covers(d, finding)) return d;
      continue;
    }
    if (d.offset > at || !covers(d, finding)) continue;
    active = d.kind === 'disable' ? d : null;
  }
  return active;
}

export interface DirectiveOptions {
  /**
   * policy.requireJustification: an ignore comment without a justification is void. The finding stands, marked
   * with `voidSuppression` so the writer sees which comment failed, and the verdict names it.
   */
  requireJustification?: boolean;
}

/** Splits findings into those that stand and those an ignore comment silenced (kept on record with the reason). */
export function applyDirectives(
  findings: Finding[],
  sources: Record<string, string>,
  options: DirectiveOptions = {},
): { findings: Finding[]; suppressed: SuppressedFinding[] } {
  const byField = new Map<string, Directive[]>();
  for (const [field, text] of Object.entries(sources)) {
    const directives = parseDirectives(text);
    if (directives.length) byField.set(field, directives);
  }
  if (!byField.size) return { findings, suppressed: [] };
  const kept: Finding[] = [];
  const suppressed: SuppressedFinding[] = [];
  for (const finding of findings) {
    const field = finding.segment.field ?? '';
    const directives = finding.scope === 'document' ? [...byField.values()].flat() : byField.get(field) ?? [];
    const source = sources[field] ?? '';
    const d = directives.length ? findSuppression(finding, directives, source.length) : null;
    if (!d) kept.push(finding);
    else if (options.requireJustification && !d.justification) kept.push({ ...finding, voidSuppression: { kind: d.kind, line: d.line } });
    else suppressed.push({ ...finding, suppression: { kind: d.kind, justification: d.justification, line: d.line } });
  }
  return { findings: kept, suppressed };
}
