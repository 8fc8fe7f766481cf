import { describe, expect, it } from 'vitest';
// The documented save-hook example runs against the built package (npm test builds first).
import { onSaveDraft } from '../examples/cms-save-hook.mjs';

describe('CMS save hook example', () => {
  it('accepts a clean draft', () => {
    const answer = onSaveDraft({ title: 'Bệnh viện khám sàng lọc miễn phí', body: 'Bác sĩ Lan và bác sĩ Hùng đã khám cho 200 người dân.', format: 'text' });
    expect(answer.status).toBe(200);
    expect(answer.body.findings).toEqual([]);
    expect(answer.body.audit).toEqual({ level: 'pass', reasons: [], justification: null, suppressed: [] });
  });

  it('asks for a justification before publishing a draft with findings to review, and records it with the reasons', () => {
    const draft = { title: 'Ê-kíp cứu sống sản phụ', body: 'Nữ bác sĩ xinh đẹp Lan đã mổ ba giờ liền.', format: 'text' };
    const asked = onSaveDraft(draft);
    expect(asked.status).toBe(409);
    expect(asked.body.verdict.causes).toEqual([
      { level: 'warn', kind: 'severity', setting: 'policy.warnOn', threshold: 'warning', ruleIds: ['vi-str-appearance-focus'], count: 1 },
    ]);
    expect(onSaveDraft(draft, { justification: '   ' }).status).toBe(409);
    const published = onSaveDraft(draft, { justification: 'Trích nguyên văn thư cảm ơn của gia đình sản phụ' });
    expect(published.status).toBe(200);
    expect(published.body.audit).toMatchObject({ level: 'warn', justification: 'Trích nguyên văn thư cảm ơn của gia đình sản phụ' });
    expect(published.body.audit.reasons[0]).toMatch(/policy\.warnOn.*vi-str-appearance-focus/);
  });

  it('refuses a headline warning: the title is held to a stricter policy than the body', () => {
    const answer = onSaveDraft({ title: 'Nữ bác sĩ xinh đẹp cứu sống sản phụ', body: 'Ca mổ kéo dài ba giờ.', format: 'text' }, { justification: 'x' });
    expect(answer.status).toBe(422);
    expect(answer.body.verdict.causes[0]).toMatchObject({ level: 'block', setting: 'policy.segments.title.failOn', segment: 'title', ruleIds: ['vi-str-appearance-focus'] });
  });

  it('refuses a draft the policy blocks, with the findings as JSON', () => {
    // The hook's policy makes every violence-framing finding an error.
    const answer = onSaveDraft({ title: 'Yêu râu xanh sa lưới', body: 'Gã đàn ông nhiều lần giở trò đồi bại với bé gái hàng xóm.', format: 'text' }, { justification: 'x' });
    expect(answer.status).toBe(422);
    const findings = JSON.parse(JSON.stringify(answer.body)).findings as Array<{ family: string; severity: string }>;
    expect(findings.some((f) => f.family === 'violence' && f.severity === 'error')).toBe(true);
  });

  it('records overrides with their justification; an ignore comment without one silences nothing', () => {
    const justified = {
      title: 'Khen thưởng đội cấp cứu 115',
      body: '<!-- genderlens-disable-next-line vi-str-gender-marked-profession -- tên danh hiệu trong quyết định khen thưởng -->\nNữ tài xế Lê Thị Hoa được khen thưởng.',
      format: 'markdown',
    };
    const ok = onSaveDraft(justified);
    expect(ok.status).toBe(200);
    expect(ok.body.findings).toEqual([]);
    expect(ok.body.audit.suppressed).toEqual([{ ruleId: 'vi-str-gender-marked-profession', field: 'body', line: 2, justification: 'tên danh hiệu trong quyết định khen thưởng' }]);

    const bare = { ...justified, body: justified.body.replace(' -- tên danh hiệu trong quyết định khen thưởng', '') };
    const asked = onSaveDraft(bare);
    expect(asked.status).toBe(409);
    expect(asked.body.audit.suppressed).toEqual([]);
    expect(asked.body.findings).toMatchObject([{ ruleId: 'vi-str-gender-marked-profession', voidSuppression: { kind: 'disable-next-line', line: 1 } }]);
    expect(asked.body.verdict.causes).toMatchObject([{ kind: 'unjustified-suppression', setting: 'policy.requireJustification' }]);
  });

  it('reports the contributors the writer chose apart from the newsmakers', () => {
    const answer = onSaveDraft({
      title: 'Tỉnh mở thêm 20 trạm y tế',
      body: 'Bà Nguyễn Thị Mai, Giám đốc Sở Y tế, cho biết tỉnh sẽ mở thêm 20 trạm y tế. PGS.TS Trần Văn Bình nhận định chương trình hiệu quả.',
      format: 'text',
    });
    expect(answer.body.sources).toEqual({ contributors: { women: 0, men: 1, unknown: 0 }, newsmakers: { women: 1, men: 0, unknown: 0 } });
  });
});
