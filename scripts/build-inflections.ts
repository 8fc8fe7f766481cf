/**
 * Irregular and regular English forms for every `~word` (and every entry of a `~@CLASS`) in the bundled packs,
 * conjugated and pluralised by compromise at build time. The table ships with the library, so matching gets
 * compromise's lexicon (beaten, slain, fought, wives, children) without loading compromise at run time; words a
 * host's own pack adds fall back to the rule-based forms in src/rules/inflect.ts.
 */
import fs from 'node:fs';
import path from 'node:path';
import compromise from 'compromise';
import YAML from 'yaml';
import { GENERATED, root } from './generated-stubs.js';

const out = GENERATED.inflections;
const WORD = /^[a-z][a-z'-]*$/;
// The parts of compromise's API used here (its bundled typings only describe the base View).
interface Doc {
  tag(tag: string): Doc;
  verbs(): { conjugate(): Record<string, string>[] };
  nouns(): { toPlural(): { text(): string } };
}
const nlp = compromise as unknown as (text: string) => Doc;

const words = new Set<string>();
const dir = path.join(root, 'rules/en');
for (const file of fs.readdirSync(dir).filter((f) => /\.ya?ml$/.test(f)).sort()) {
  const pack = YAML.parse(fs.readFileSync(path.join(dir, file), 'utf8')) as { classes?: Record<string, string[]>; rules?: unknown[] };
  const strings: string[] = [];
  const collect = (value: unknown): void => {
    if (typeof value === 'string') strings.push(value);
    else if (Array.isArray(value)) value.forEach(collect);
    else if (value && typeof value === 'object') Object.values(value).forEach(collect);
  };
  collect(pack.rules);
  collect(pack.classes);
  const lexemes = (text: string) => text.toLowerCase().split(/[\s()|?]+/).filter(Boolean);
  for (const text of strings) {
    for (const [, word] of text.matchAll(/~([a-z][a-z'-]*)/gi)) words.add(word!.toLowerCase());
    // "~(phone|desk)": over-generating for every word of the group is harmless.
    for (const [, group] of text.matchAll(/~\(([^)]*)\)/g)) for (const w of lexemes(group!)) if (WORD.test(w)) words.add(w);
    for (const [, name] of text.matchAll(/~@([A-Z_]+)/g))
      for (const entry of pack.classes?.[name!] ?? []) for (const w of lexemes(String(entry))) if (WORD.test(w)) words.add(w);
  }
}

const table: Record<string, string[]> = {};
for (const word of [...words].sort()) {
  const forms = new Set<string>();
  const verb = (nlp(word).tag('Verb').verbs().conjugate()[0] ?? {}) as Record<string, string>;
  for (const [tense, form] of Object.entries(verb)) if (tense !== 'FutureTense' && typeof form === 'string') forms.add(form.toLowerCase());
  forms.add(nlp(word).tag('Singular').nouns().toPlural().text().toLowerCase());
  forms.delete(word);
  const usable = [...forms].filter((f) => WORD.test(f)).sort();
  if (usable.length) table[word] = usable;
}
fs.writeFileSync(out, JSON.stringify(table) + '\n');
console.log(`inflections: ${Object.keys(table).length} words from the English packs`);
