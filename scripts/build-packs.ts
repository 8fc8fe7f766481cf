/**
 * Validates every rule pack under rules/<lang>/<family>.yml with the zod schema, compiles each pattern
 * (so a bad pattern fails the build, not a user's save), and writes the packs the library bundles,
 * plus the JSON Schemas shipped in schema/.
 */
import fs from 'node:fs';
import path from 'node:path';
import { z } from 'zod';

import { ensureGeneratedStubs, GENERATED, root } from './generated-stubs.js';

const generated = GENERATED.packs;
ensureGeneratedStubs();

const { readRulePackFile } = await import('../src/config/load.js');
const { compileChecker } = await import('../src/rules/checker.js');
const { ConfigSchema } = await import('../src/config/schema.js');
const { AssessmentSchema, FindingSchema } = await import('../src/assessment/schema.js');
const { RulePackSchema } = await import('../src/rules/schema.js');

const files = fs
  .readdirSync(path.join(root, 'rules'), { recursive: true, encoding: 'utf8' })
  .filter((f) => /\.ya?ml$/.test(f))
  .sort();
try {
  const packs = files.map((f) => {
    const file = path.join('rules', f);
    const pack = readRulePackFile(path.join(root, file), file);
    const [lang, family] = f.replace(/\.ya?ml$/, '').split(path.sep);
    if (pack.lang !== lang || pack.family !== family)
      throw new Error(`${file}: declares lang ${pack.lang} / family ${pack.family}, but its path says ${lang} / ${family}`);
    for (const rule of pack.rules)
      if (rule.family !== pack.family) throw new Error(`${file}: rule ${rule.id}, field family: "${rule.family}" in a ${pack.family} pack`);
    return pack;
  });
  compileChecker(ConfigSchema.parse({ packs }), []);
  fs.writeFileSync(generated, JSON.stringify(packs) + '\n');
  const schemaDir = path.join(root, 'schema');
  fs.mkdirSync(schemaDir, { recursive: true });
  const write = (name: string, schema: z.ZodType) =>
    fs.writeFileSync(path.join(schemaDir, name), JSON.stringify(z.toJSONSchema(schema, { io: 'input', unrepresentable: 'any' }), null, 2) + '\n');
  write('config.schema.json', ConfigSchema);
  write('rule-pack.schema.json', RulePackSchema);
  write('assessment.schema.json', AssessmentSchema);
  write('finding.schema.json', FindingSchema);
  const count = packs.reduce((n, p) => n + p.rules.length, 0);
  console.log(`packs: ${packs.length} packs, ${count} rules validated and compiled`);
} catch (error) {
  console.error(`packs: ${error instanceof Error ? error.message : String(error)}`);
  process.exit(1);
}
