import { describe, expect, it } from 'vitest';
import { assess, ConfigError, createChecker } from '../src/index.js';
import { STORY_ROLES } from '../src/config/schema.js';
import { PERSON_ROLES } from '../src/analysis/people.js';

// An article whose headline stereotypes (a warning and an info) while the body is clean.
const HEADLINE = { title: 'Nữ bác sĩ xinh đẹp cứu sống sản phụ', body: 'Ca mổ kéo dài ba giờ, sản phụ đã qua cơn nguy kịch.' };
// The same words in the body instead.
const IN_BODY = { title: 'Cứu sống sản phụ', body: 'Nữ bác sĩ xinh đẹp Lan cùng ê-kíp mổ ba giờ, sản phụ đã qua cơn nguy kịch.' };
const VIOLENCE = 'Gã đàn ông nhiều lần giở trò đồi bại với bé gái hàng xóm.';

describe('verdict levels under the policy', () => {
  it('pass, warn and block, each cause naming the setting, its value and the rules', () => {
    expect(assess('Bệnh viện khám sàng lọc miễn phí cho 200 người cao tuổi.', { lang: 'vi' }).verdict).toEqual({ pass: true, level: 'pass', reasons: [], causes: [] });

    const warn = assess(HEADLINE, { lang: 'vi', locale: 'en' }).verdict;
    expect(warn).toMatchObject({ pass: true, level: 'warn' });
    expect(warn.causes).toEqual([
      { level: 'warn', kind: 'severity', setting: 'policy.warnOn', threshold: 'warning', ruleIds: ['vi-str-appearance-focus'], count: 1 },
    ]);
    expect(warn.reasons).toEqual(['1 finding(s) to review, at or above "warning" (policy.warnOn): vi-str-appearance-focus']);

    const block = assess(HEADLINE, { lang: 'vi', locale: 'en', config: { policy: { failOn: 'warning' } } }).verdict;
    expect(block).toMatchObject({ pass: false, level: 'block' });
    expect(block.causes[0]).toMatchObject({ level: 'block', setting: 'policy.failOn', threshold: 'warning', ruleIds: ['vi-str-appearance-focus'] });
  });

  it('reasons are written in the language of the messages', () => {
    const vi = assess(HEADLINE, { lang: 'vi' }).verdict.reasons[0];
    expect(vi).toBe('1 vấn đề cần xem lại, ở mức "cảnh báo" trở lên (policy.warnOn): vi-str-appearance-focus');
  });

  it('warnOn decides which findings ask for review; "never" lets warnings pass', () => {
    expect(assess(HEADLINE, { lang: 'vi', config: { policy: { warnOn: 'never' } } }).verdict.level).toBe('pass');
    const info = assess(IN_BODY, { lang: 'vi', config: { policy: { warnOn: 'info' } } }).verdict;
    expect(info.causes[0]!.ruleIds.sort()).toEqual(['vi-str-appearance-focus', 'vi-str-gender-marked-profession']);
  });

  it('per family: the family setting replaces the top-level one, both ways', () => {
    const strictViolence = createChecker({ policy: { families: { violence: { failOn: 'warning' } } } });
    const v = assess(VIOLENCE, { lang: 'vi', config: strictViolence }).verdict;
    expect(v.level).toBe('block');
    expect(v.causes[0]).toMatchObject({ setting: 'policy.families.violence.failOn', threshold: 'warning', family: 'violence' });
    expect(v.causes[0]!.ruleIds).toContain('vi-vio-sensational-label');
    // The same checker leaves stereotyping warnings at warn.
    expect(assess(HEADLINE, { lang: 'vi', config: strictViolence }).verdict.level).toBe('warn');
    // A family can be relaxed below the top level: strict fails on warnings, but not for stereotyping here.
    const relaxed = { extends: 'strict' as const, policy: { families: { stereotyping: { failOn: 'never' as const } } } };
    expect(assess(HEADLINE, { lang: 'vi', config: { extends: 'strict' } }).verdict.level).toBe('block');
    expect(assess(HEADLINE, { lang: 'vi', config: relaxed }).verdict.level).toBe('warn');
  });

  it('per segment: a stricter setting for the title blocks there and only there', () => {
    const config = createChecker({ policy: { segments: { title: { failOn: 'warning' }, lead: { failOn: 'warning' } } } });
    const headline = assess(HEADLINE, { lang: 'vi', locale: 'en', config }).verdict;
    expect(headline.level).toBe('block');
    expect(headline.causes[0]).toMatchObject({ level: 'block', setting: 'policy.segments.title.failOn', threshold: 'warning', segment: 'title', ruleIds: ['vi-str-appearance-focus'] });
    expect(headline.reasons[0]).toBe('1 finding(s) at or above "warning" (policy.segments.title.failOn): vi-str-appearance-focus');
    expect(assess(IN_BODY, { lang: 'vi', config }).verdict.level).toBe('warn');
    // A segment setting cannot relax its family's: the title stays blocked under strict.
    const loose = { extends: 'strict' as const, policy: { segments: { title: { failOn: 'never' as const } } } };
    expect(assess(HEADLINE, { lang: 'vi', config: loose }).verdict.level).toBe('block');
  });

  it('scores: minScore blocks and warnBelowScore warns, overall and per family', () => {
    const a = assess(VIOLENCE, { lang: 'vi', locale: 'en', config: { policy: { warnOn: 'never', families: { violence: { minScore: 95 } } } } });
    expect(a.scores.violence).toBeLessThan(95);
    expect(a.verdict.level).toBe('block');
    expect(a.verdict.causes[0]).toMatchObject({ kind: 'score', setting: 'policy.families.violence.minScore', threshold: 95, score: a.scores.violence, family: 'violence' });
    expect(a.verdict.reasons[0]).toMatch(/^violence score \d+ is below the minimum 95 \(policy\.families\.violence\.minScore\) — rules: /);
    const w = assess(VIOLENCE, { lang: 'vi', config: { policy: { warnOn: 'never', warnBelowScore: 99 } } }).verdict;
    expect(w).toMatchObject({ level: 'warn', causes: [{ kind: 'score', setting: 'policy.warnBelowScore', threshold: 99 }] });
  });

  it('invalid policy values are ConfigErrors naming the path', () => {
    expect(() => createChecker({ policy: { families: { violence: { failOn: 'loud' } } } } as never)).toThrow(/policy\.families\.violence\.failOn/);
    expect(() => createChecker({ policy: { families: { gossip: {} } } } as never)).toThrow(ConfigError);
    expect(() => createChecker({ policy: { segments: { footer: { failOn: 'error' } } } } as never)).toThrow(/policy\.segments/);
    expect(() => createChecker({ policy: { requireJustification: 'yes' } } as never)).toThrow(/policy\.requireJustification/);
    expect(() => createChecker({ thresholds: { balanceAppliesTo: 'everyone' } } as never)).toThrow(/thresholds\.balanceAppliesTo/);
  });
});

describe('findings in direct quotations', () => {
  const QUOTED = 'Bà Lê Thị Lan, một người dân, kể: “Chồng tôi đánh tôi vì ghen, ông ấy là yêu râu xanh.” Công an đang điều tra.';

  it('are marked inQuote and lowered one severity by default, keeping the rule severity on record', () => {
    const label = assess(QUOTED, { lang: 'vi' }).findings.find((f) => f.ruleId === 'vi-vio-sensational-label')!;
    expect(label).toMatchObject({ inQuote: true, severity: 'info', originalSeverity: 'warning' });
    const unquoted = assess(VIOLENCE, { lang: 'vi' }).findings.find((f) => f.ruleId === 'vi-vio-sensational-label')!;
    expect(unquoted.inQuote).toBe(false);
    expect(unquoted.originalSeverity).toBeUndefined();
  });

  it('keep the severity with quotedSpeech "keep", for all families or for one', () => {
    const kept = assess(QUOTED, { lang: 'vi', config: { policy: { quotedSpeech: 'keep' } } }).findings.find((f) => f.ruleId === 'vi-vio-sensational-label')!;
    expect(kept).toMatchObject({ inQuote: true, severity: 'warning' });
    expect(kept.originalSeverity).toBeUndefined();
    const violenceOnly = assess(QUOTED, { lang: 'vi', config: { policy: { families: { violence: { quotedSpeech: 'keep' } } } } });
    expect(violenceOnly.findings.find((f) => f.ruleId === 'vi-vio-sensational-label')!.severity).toBe('warning');
  });
});

describe('configuration lists', () => {
  it('the story roles configuration accepts are the ones the people analysis assigns', () => {
    expect([...STORY_ROLES].sort()).toEqual([...PERSON_ROLES].sort());
  });
});
