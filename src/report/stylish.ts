import pc from 'picocolors';
import type { Assessment } from '../assessment/schema.js';
import type { Lang } from '../language/detect.js';

export interface FileResult {
  file: string;
  assessment: Assessment;
}

const LABELS: Record<Lang, Record<string, string>> = {
  vi: { error: 'lỗi', warning: 'cảnh báo', info: 'lưu ý', instead: 'thay bằng', document: 'toàn bài', problems: 'vấn đề', verdict: 'kết luận', pass: 'đạt', warn: 'cần xem lại', block: 'chặn', score: 'điểm', clean: 'không có vấn đề', quote: 'trong trích dẫn', people: 'người được nhắc', sources: 'nguồn tin', women: 'nữ', men: 'nam' },
  en: { error: 'error', warning: 'warning', info: 'info', instead: 'instead', document: 'document', problems: 'problems', verdict: 'verdict', pass: 'pass', warn: 'warn', block: 'block', score: 'score', clean: 'no problems', quote: 'in a quotation', people: 'people', sources: 'sources', women: 'women', men: 'men' },
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
      const quote = f.inQuote ? c.dim(` (${t.quote})`) : '';
      out.push(`  ${c.dim(where.padEnd(8))} ${severityColor[f.severity](t[f.severity]!.padEnd(9))} ${f.message}${quote}  ${c.dim(f.ruleId)}`);
      if (f.text) out.push(`  ${' '.repeat(8)} ${c.dim('"' + f.text.replace(/\s+/g, ' ') + '"')}${f.suggestions.length ? c.dim(` → ${t.instead}: `) + c.green(f.suggestions.slice(0, 3).join(' | ')) : ''}`);
      else if (f.suggestions.length) out.push(`  ${' '.repeat(8)} ${c.dim(`→ ${t.instead}: `)}${c.green(f.suggestions.slice(0, 3).join(' | '))}`);
    }
    const level = verdict.level;
    const levelText = level === 'pass' ? c.green(t.pass!) : level === 'warn' ? c.yellow(t.warn!) : c.red(t.block!);
    const people = `${t.people} ${t.women} ${metrics.people.women}/${t.men} ${metrics.people.men}, ${t.sources} ${t.women} ${metrics.sources.women}/${t.men} ${metrics.sources.men}`;
    out.push(`  ${t.verdict}: ${levelText}  ${c.dim(`${t.score} ${scores.overall}/100 · ${people}`)}`);
    out.push('');
  }
  const count = totals.error + totals.warning + totals.info;
  const t = summaryLabels;
  const summary = `${count} ${t.problems} (${totals.error} ${t.error}, ${totals.warning} ${t.warning}, ${totals.info} ${t.info})`;
  out.push(count ? (totals.error ? c.red(c.bold(`✖ ${summary}`)) : c.yellow(c.bold(`⚠ ${summary}`))) : c.green(`✓ ${summary}`));
  return out.join('\n') + '\n';
}
