import { unified } from 'unified';
import remarkParse from 'remark-parse';
import { VFile } from 'vfile';
import { reporter } from 'vfile-reporter';
import { describe, expect, it } from 'vitest';
import remarkGenderlens from '../src/unified.js';

describe('genderlens/unified', () => {
  it('adds vfile messages that vfile-reporter prints', async () => {
    const file = new VFile({ path: 'tin.md', value: '# Tin\n\nNữ bác sĩ xinh đẹp đã mổ thành công.\n' });
    const processor = unified().use(remarkParse).use(remarkGenderlens, { locale: 'en' });
    await processor.run(processor.parse(file), file);
    const [first] = file.messages;
    expect(file.messages.map((m) => m.ruleId)).toEqual(['vi-str-gender-marked-profession', 'vi-str-appearance-focus']);
    expect(first).toMatchObject({ source: 'genderlens', line: 3, column: 1, actual: 'Nữ bác sĩ' });
    expect(first!.place).toMatchObject({ start: { line: 3, column: 1, offset: 7 }, end: { line: 3, column: 10, offset: 16 } });
    expect(file.messages[1]!.expected!.length).toBeGreaterThan(0);
    expect(reporter(file)).toMatch(/tin\.md[\s\S]*3:11-3:19\s+warning\s+Describes the person's looks[\s\S]*vi-str-appearance-focus/);
  });
});
