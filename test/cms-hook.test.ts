import { describe, expect, it } from 'vitest';
// The documented save-hook example runs against the built package (npm test builds first).
import { onSaveDraft } from '../examples/cms-save-hook.mjs';

describe('CMS save hook example', () => {
  it('accepts a clean draft', () => {
    const answer = onSaveDraft({ title: 'Bệnh viện khám sàng lọc miễn phí', body: 'Bác sĩ Lan và bác sĩ Hùng đã khám cho 200 người dân.', format: 'text' });
    expect(answer.status).toBe(200);
    expect(answer.body.findings).toEqual([]);
  });

  it('asks for a justification before publishing a draft with findings to review', () => {
    const draft = { title: 'Nữ bác sĩ xinh đẹp cứu sống sản phụ', body: 'Ca mổ kéo dài ba giờ.', format: 'text' };
    expect(onSaveDraft(draft).status).toBe(409);
    const published = onSaveDraft(draft, { justification: 'Tiêu đề đã được tổng biên tập duyệt' });
    expect(published.status).toBe(200);
    expect(published.body.findings.map((f: { ruleId: string }) => f.ruleId)).toContain('vi-str-appearance-focus');
  });

  it('refuses a draft the policy blocks, with the findings as JSON', () => {
    // The hook's policy makes every violence-framing finding an error.
    const answer = onSaveDraft({ title: 'Yêu râu xanh sa lưới', body: 'Gã đàn ông nhiều lần giở trò đồi bại với bé gái hàng xóm.', format: 'text' }, { justification: 'x' });
    expect(answer.status).toBe(422);
    const findings = JSON.parse(JSON.stringify(answer.body)).findings as Array<{ family: string; severity: string }>;
    expect(findings.some((f) => f.family === 'violence' && f.severity === 'error')).toBe(true);
  });
});
