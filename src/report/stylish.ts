import pc from 'picocolors';
import type { Assessment } from '../assessment/schema.js';
import type { Lang } from '../language/detect.js';

export interface FileResult {
  file: string;
  assessment: Assessment;
}

const LABELS: Record<Lang, Record<string, string>> = {
  vi: { error: 'lỗi', warning: 'cảnh báo', info: 'lưu ý', instead: 'thay bằng', document: 'toàn bài', problems: 'vấn đề', verdict: 'kết luận', pass: 'đạt', warn: 'cần xem lại', block: 'chặn', score: 'điểm', clean: 'không có vấn đề', quote: 'trong trích dẫn', lowered: 'hạ từ', people: 'người được nhắc', sources: 'nguồn tin', contributors: 'nguồn được chọn', newsmakers: 'người trong tâm điểm', women: 'nữ', men: 'nam', suppressed: 'đã bỏ qua', noJustification: 'không nêu lý do', voidSuppression: 'chú thích bỏ qua ở dòng {line} không nêu lý do nên không có hiệu lực', outside: '{n} vấn đề ngoài các dòng đã thay đổi không được nêu' },
  en: { error: 'error', warning: 'warning', info: 'info', instead: 'instead', document: 'document', problems: 'problems', verdict: 'verdict', pass: 'pass', warn: 'warn', block: 'block', score: 'score', clean: 'no problems', quote: 'in a quotation', lowered: 'lowered from', people: 'people', sources: 'sources', contributors: 'contributors', newsmakers: 'newsmakers', women: 'women', men: 'men', suppressed: 'suppressed', noJustification: 'no justification', voidSuppression: 'the ignore comment on line {line} gives no justification, so it silences nothing', outside: '{n} finding(s) outside the changed lines not shown' },
};

/** Human-readable report, one block per file, in the chosen locale; colours only when `color`. */
export function formatStylish(results: FileResult[], locale: Lang | null, color: boolean): string {
  const c = pc.createColors(color);
  const summaryLabels = LABELS[locale ?? results[0]?.assessment.lang ?? 'en'];
  const severityColor = { error: c.red, warning: c.yellow, info: c.cyan } as const;
  const out: string[] = [];
  const totals = { error: 0, warning: 0, info: 0 };
  for (const { file, assessment } of results) {
    const { findings, verdict, scores, metrics } = assessment;
    const t = LABELS[locale ?? assessment.lang];
    out.push(c.underline(file));
    if (!findings.length) out.push(`  ${c.green('✓')} ${t.clean}`);
    for (const f of findings) {
      totals[f.severity]++;
      const where = f.scope === 'document' ? t.document! : `${f.line}:${f.column}`;
      const lowered = f.originalSeverity ? `, ${t.lowered} ${t[f.originalSeverity]}` : '';
      const quote = f.inQuote ? c.dim(` (${t.quote}${lowered})`) : '';
      out.push(`  ${c.dim(where.padEnd(8))} ${severityColor[f.severity](t[f.severity]!.padEnd(9))} ${f.message}${quote}  ${c.dim(f.ruleId)}`);
      if (f.text) out.push(`  ${' '.repeat(8)} ${c.dim('"' + f.text.replace(/\s+/g, ' ') + '"')}${f.suggestions.length ? c.dim(` → ${t.instead}: `) + c.green(f.suggestions.slice(0, 3).join(' | ')) : ''}`);
      else if (f.suggestions.length) out.push(`  ${' '.repeat(8)} ${c.dim(`→ ${t.instead}: `)}${c.green(f.suggestions.slice(0, 3).join(' | '))}`);
      if (f.voidSuppression) out.push(`  ${' '.repeat(8)} ${c.yellow(t.voidSuppression!.replace('{line}', String(f.voidSuppression.line)))}`);
    }
    for (const f of assessment.suppressed) {
      const where = f.scope === 'document' ? t.document! : `${f.line}:${f.column}`;
      const why = f.suppression.justification ?? t.noJustification!;
      out.push(`  ${c.dim(where.padEnd(8))} ${c.dim(t.suppressed!.padEnd(9))} ${c.dim(`${f.message}  ${f.ruleId} — "${why}"`)}`);
    }
    if (assessment.changedLinesOnly?.findingsOutside) out.push(`  ${c.dim(t.outside!.replace('{n}', String(assessment.changedLinesOnly.findingsOutside)))}`);
    const level = verdict.level;
    const levelText = level === 'pass' ? c.green(t.pass!) : level === 'warn' ? c.yellow(t.warn!) : c.red(t.block!);
    const count = (label: string, g: { women: number; men: number }) => `${label} ${t.women} ${g.women}/${t.men} ${g.men}`;
    const people = [
      count(t.people!, metrics.people),
      count(t.sources!, metrics.sources),
      count(t.contributors!, metrics.contributors),
      count(t.newsmakers!, metrics.newsmakers),
    ].join(', ');
    out.push(`  ${t.verdict}: ${levelText}  ${c.dim(`${t.score} ${scores.overall}/100 · ${people}`)}`);
    for (const reason of verdict.reasons) out.push(`    ${c.dim('·')} ${reason}`);
    out.push('');
  }
  const count = totals.error + totals.warning + totals.info;
  const t = summaryLabels;
  const summary = `${count} ${t.problems} (${totals.error} ${t.error}, ${totals.warning} ${t.warning}, ${totals.info} ${t.info})`;
  out.push(count ? (totals.error ? c.red(c.bold(`✖ ${summary}`)) : c.yellow(c.bold(`⚠ ${summary}`))) : c.green(`✓ ${summary}`));
  return out.join('\n') + '\n';
}
