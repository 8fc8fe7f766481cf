// A save hook for a Node CMS: compile the checker once, then on every save
//   - refuse a draft whose verdict is "block" (HTTP 422) with the reasons and findings as JSON;
//   - ask for a justification before publishing a "warn" draft (HTTP 409), and record it with the verdict;
//   - keep every override on record: findings silenced by ignore comments come back in `audit.suppressed` with
//     the writer's justification, and an ignore comment without one does not silence anything (requireJustification).
//   node examples/cms-save-hook.mjs   (after npm run build) prints what the hook answers for three drafts.
import { assess, createChecker } from '../dist/index.js';

// The department's policy: violence-framing findings are errors; a warning in the headline or lead blocks, because
// that is what readers see first; elsewhere warnings ask for an editor's recorded justification.
const checker = createChecker({
  extends: 'recommended',
  rules: { violence: 'error' },
  policy: {
    requireJustification: true,
    segments: { title: { failOn: 'warning' }, lead: { failOn: 'warning' } },
  },
});

/** Returns an HTTP-style answer for a draft `{ title, lead, body, captions, format }`. */
export function onSaveDraft(draft, { justification } = {}) {
  const result = assess(draft, { config: checker });
  const reason = typeof justification === 'string' ? justification.trim() : '';
  const body = {
    verdict: result.verdict,
    scores: result.scores,
    findings: result.findings,
    // Who speaks: the contributors the writer chose, and the newsmakers central to the story.
    sources: { contributors: result.metrics.contributors, newsmakers: result.metrics.newsmakers },
    audit: {
      level: result.verdict.level,
      reasons: result.verdict.reasons,
      justification: reason || null,
      suppressed: result.suppressed.map((f) => ({ ruleId: f.ruleId, field: f.segment.field ?? 'body', line: f.line, justification: f.suppression.justification })),
    },
  };
  if (result.verdict.level === 'block') return { status: 422, body };
  if (result.verdict.level === 'warn' && !reason)
    return { status: 409, body: { ...body, required: 'justification for publishing with findings to review' } };
  return { status: 200, body };
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const drafts = [
    { title: 'Bệnh viện tổ chức khám sàng lọc miễn phí', body: 'Bác sĩ Lan và bác sĩ Hùng đã khám cho 200 người dân.', format: 'text' },
    { title: 'Ê-kíp cứu sống sản phụ', body: 'Nữ bác sĩ xinh đẹp Lan đã mổ ba giờ liền.', format: 'text' },
    { title: 'Nữ bác sĩ xinh đẹp cứu sống sản phụ', body: 'Dù là phụ nữ nhưng chị Lan rất bản lĩnh.', format: 'text' },
  ];
  for (const draft of drafts) {
    const answer = onSaveDraft(draft);
    console.log(answer.status, answer.body.verdict.level, answer.body.verdict.reasons.join(' | ') || '(no reasons)');
  }
}
