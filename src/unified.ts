import type { VFile } from 'vfile';
import { assess, createChecker } from './assess.js';
import type { ConfigInput } from './config/schema.js';
import type { Lang } from './language/detect.js';

export interface RemarkGenderlensOptions {
  config?: ConfigInput;
  lang?: Lang | 'auto';
  locale?: Lang;
}

/**
 * A unified (remark) plugin: checks the Markdown file it runs on and adds vfile messages with rule id, source,
 * place, reason, a note (the explanation), `expected` (what to write instead) and url, so genderlens runs inside
 * remark pipelines and prints with vfile-reporter. Errors are fatal messages, warnings not, infos unset, as vfile
 * conventions have it.
 */
export default function remarkGenderlens(options: RemarkGenderlensOptions = {}) {
  const checker = createChecker(options.config ?? {});
  return (_tree: unknown, file: VFile): void => {
    const text = String(file.value ?? '');
    const assessment = assess(text, {
      format: 'markdown',
      config: checker,
      ...(options.lang ? { lang: options.lang } : {}),
      ...(options.locale ? { locale: options.locale } : {}),
    });
    for (const f of assessment.findings) {
      const place =
        f.scope === 'span'
          ? { start: { line: f.line, column: f.column, offset: f.start }, end: { line: f.endLine, column: f.endColumn, offset: f.end } }
          : undefined;
      const message = file.message(f.message, { ...(place ? { place } : {}), ruleId: f.ruleId, source: 'genderlens' });
      message.note = f.explanation;
      message.expected = f.suggestions;
      message.actual = f.text || undefined;
      if (f.url) message.url = f.url;
      message.fatal = f.severity === 'error' ? true : f.severity === 'warning' ? false : undefined;
    }
  };
}
