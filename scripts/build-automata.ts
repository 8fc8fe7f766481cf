/**
 * Builds the automata of the built-in rule packs ahead of time (src/rules/builtin-automata.generated.ts),
 * so a run loads them instead of compiling hundreds of patterns before its first check (most of the CLI's
 * start-up time otherwise). Run by `npm run packs`, after scripts/build-packs.ts. A set whose patterns are
 * not found there (stale file) is compiled at run time, so the file only ever changes speed;
 * test/automata.test.ts checks that it matches what the compiler builds.
 */
import fs from 'node:fs';
import path from 'node:path';
import { AUTOMATA_HEADER as header, ensureGeneratedStubs, GENERATED, root } from './generated-stubs.js';

const out = GENERATED.automata;
// The checker imports this file, so it must exist (empty: everything compiled at run time) before it is built.
ensureGeneratedStubs();

const { packBuiltinAutomata } = await import('../src/rules/checker.js');
const packed = packBuiltinAutomata();
// One JSON string per language, parsed when the language is first used (JSON.parse of a string literal
// loads faster than an object literal). Non-ASCII characters are escaped, so the strings are one-byte.
const ascii = (json: string) => json.replace(/[\u0080-\uffff]/g, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`);
const entries = Object.entries(packed).map(([lang, automata]) => [lang, ascii(JSON.stringify(automata))] as const);
const body = entries.map(([lang, json]) => `  ${lang}: ${JSON.stringify(json)},`).join('\n');
fs.writeFileSync(
  out,
  `${header}const packed: Record<string, string> = {\n${body}\n};\nconst parsed: Partial<Record<'vi' | 'en', PackedAutomata>> = {};\n\n` +
    `/** The ready-made automata of a language's built-in packs (undefined: none, compile them). */\n` +
    `export function builtinAutomata(lang: 'vi' | 'en'): PackedAutomata | undefined {\n` +
    `  return (parsed[lang] ??= packed[lang] === undefined ? undefined : (JSON.parse(packed[lang]) as PackedAutomata));\n}\n`,
);
const sets = Object.values(packed).reduce((n, p) => n + Object.keys(p.sets).length, 0);
const bytes = entries.reduce((n, [, json]) => n + json.length, 0);
console.log(`automata: ${sets} pattern sets, ${(bytes / 1024).toFixed(0)} KB -> ${path.relative(root, out)}`);
