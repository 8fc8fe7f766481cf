// A save hook for a Node CMS: compile the checker once, then on every save refuse a draft whose verdict is
// "block" and return the findings as JSON; a "warn" draft may be published with a recorded justification.
//   node examples/cms-save-hook.mjs   (after npm run build) prints what the hook answers for two drafts.
import { assess, createChecker } from '../dist/index.js';

const checker = createChecker({ extends: 'recommended', rules: { violence: 'error' } });

/** Returns an HTTP-style answer for a draft `{ title, lead, body, captions, format }`. */
export function onSaveDraft(draft, { justification } = {}) {
  const result = assess(draft, { config: checker });
  const body = { verdict: result.verdict, scores: result.scores, findings: result.findings };
  if (result.verdict.level === 'block') return { status: 422, body };
  if (result.verdict.level === 'warn' && !justification)
    return { status: 409, body: { ...body, required: 'justification for publishing with findings to review' } };
  return { status: 200, body: { ...body, justification: justification ?? null } };
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const drafts = [
    { title: 'Bệnh viện tổ chức khám sàng lọc miễn phí', body: 'Bác sĩ Lan và bác sĩ Hùng đã khám cho 200 người dân.', format: 'text' },
    { title: 'Nữ bác sĩ xinh đẹp cứu sống sản phụ', body: 'Dù là phụ nữ nhưng chị Lan rất bản lĩnh.', format: 'text' },
  ];
  for (const draft of drafts) {
    const answer = onSaveDraft(draft);
    console.log(answer.status, answer.body.verdict.level, answer.body.findings.map((f) => f.ruleId).join(', ') || '(none)');
  }
}
