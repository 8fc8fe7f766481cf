import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { assess, ConfigError, createChecker, parseConfig } from '../src/index.js';
import { findConfigFile, loadConfigFile, readRulePackFile } from '../src/config/load.js';
import { RulePackError } from '../src/rules/schema.js';

function tempDir(files: Record<string, string>): string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'genderlens-'));
  for (const [name, text] of Object.entries(files)) {
    fs.mkdirSync(path.dirname(path.join(dir, name)), { recursive: true });
    fs.writeFileSync(path.join(dir, name), text);
  }
  return dir;
}

describe('configuration', () => {
  it('switches rules off and re-grades them by id or family', () => {
    const text = 'Nữ bác sĩ xinh đẹp vừa mổ thành công.';
    expect(assess(text, { config: { rules: { stereotyping: 'off' } } }).findings).toEqual([]);
    const regraded = assess(text, { config: { rules: { 'vi-str-appearance-focus': 'error' } } });
    expect(regraded.findings.find((f) => f.ruleId === 'vi-str-appearance-focus')?.severity).toBe('error');
    expect(regraded.verdict).toMatchObject({ pass: false, level: 'block' });
  });

  it('policy: strict fails on warnings, failOn never passes everything', () => {
    const text = 'Dù là phụ nữ nhưng chị Hà lái xe rất vững.';
    expect(assess(text).verdict.pass).toBe(true);
    expect(assess(text, { config: { extends: 'strict' } }).verdict.pass).toBe(false);
    expect(assess(text, { locale: 'en', config: { policy: { failOn: 'never', minScore: 99 } } }).verdict.reasons.join()).toMatch(/below the minimum 99 \(policy.minScore\)/);
  });

  it('extra classes extend built-in word classes', () => {
    const text = 'Nữ hộ lý trưởng được khen thưởng.';
    const config = { classes: { PROFESSION: ['hộ lý trưởng'] } };
    expect(assess(text, { config }).findings.some((f) => f.text === 'Nữ hộ lý trưởng')).toBe(true);
  });

  it.each([
    [{ rules: { 'vi-str-nope': 'off' } }, /rules\.vi-str-nope: unknown rule id or family/],
    [{ rules: { stereotyping: 'loud' } }, /rules\.stereotyping/],
    [{ colour: true }, /colour|Unrecognized/i],
    [{ policy: { failOn: 'sometimes' } }, /policy\.failOn/],
    [{ extends: 'lenient' }, /extends/],
    [JSON.parse('{"__proto__": {"polluted": true}}'), /__proto__/],
    [{ rules: JSON.parse('{"constructor": "off"}') }, /constructor/],
  ])('rejects invalid config %j', (config, message) => {
    expect(() => createChecker(config as never)).toThrow(ConfigError);
    expect(() => createChecker(config as never)).toThrow(message);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });

  it('invalid options throw a typed error; the input never does', () => {
    expect(() => assess('x', { lang: 'fr' as never })).toThrow(ConfigError);
    expect(() => assess('x', { format: 'pdf' as never })).toThrow(/options\.format/);
    expect(assess(undefined as never).findings).toEqual([]);
  });
});

describe('config files', () => {
  it('are discovered upward from the checked file and name the file in errors', () => {
    const dir = tempDir({ 'genderlens.config.json': '{"rules": {"stereotyping": "sometimes"}}', 'a/b/post.md': 'x' });
    const found = findConfigFile(path.join(dir, 'a/b'));
    expect(found).toBe(path.join(dir, 'genderlens.config.json'));
    expect(() => loadConfigFile(found!)).toThrow(/genderlens\.config\.json: rules\.stereotyping/);
  });

  it('YAML config with an extra rule pack', () => {
    const dir = tempDir({
      'genderlens.config.yaml': 'extends: strict\npacks: [./house.yml]\n',
      'house.yml': [
        'lang: vi',
        'family: stereotyping',
        'rules:',
        '  - id: house-no-anh-em',
        '    family: stereotyping',
        '    indicators: [B2.3]',
        '    severity: info',
        '    patterns: [toàn thể anh em]',
        '    message: { vi: Gọi chung là anh em, en: Generic masculine }',
        '    explanation: { vi: Dùng cán bộ nhân viên, en: Use staff }',
        '    suggestions: [toàn thể cán bộ, nhân viên]',
        '    examples: { match: [toàn thể anh em], noMatch: [toàn thể cán bộ] }',
      ].join('\n'),
    });
    const config = loadConfigFile(path.join(dir, 'genderlens.config.yaml'));
    const a = assess('Xin cảm ơn toàn thể anh em.', { config });
    expect(a.findings.map((f) => f.ruleId)).toContain('house-no-anh-em');
  });

  it('rule pack errors name the file, the rule id and the field', () => {
    const dir = tempDir({ 'bad.yml': 'lang: vi\nfamily: violence\nrules:\n  - id: vi-bad\n    family: violence\n    indicators: [X9]\n' });
    expect(() => readRulePackFile(path.join(dir, 'bad.yml'), 'bad.yml')).toThrow(RulePackError);
    expect(() => readRulePackFile(path.join(dir, 'bad.yml'), 'bad.yml')).toThrow(/bad\.yml: rule vi-bad, field indicators\.0/);
  });

  it('parseConfig names the file and path', () => {
    expect(() => parseConfig({ thresholds: { minWomenSourceShare: 2 } }, 'site.json')).toThrow(/site\.json: thresholds\.minWomenSourceShare/);
  });
});
