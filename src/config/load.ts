/** Configuration and rule-pack files: the only part of the library that reads the file system. */
import fs from 'node:fs';
import path from 'node:path';
import { parse as parseYaml } from 'yaml';
import { parseRulePack, RulePackError, type RulePack } from '../rules/schema.js';
import { ConfigError, parseConfig, rejectPrototypeKeys, type Config } from './schema.js';

export { CONFIG_FILES, findConfigFile } from './find.js';
const MAX_FILE_BYTES = 1_000_000;

function readData(file: string, label: string): unknown {
  let text: string;
  try {
    const size = fs.statSync(file).size;
    if (size > MAX_FILE_BYTES) throw new ConfigError(`${label}: file is ${size} bytes; the limit is ${MAX_FILE_BYTES}`, label);
    text = fs.readFileSync(file, 'utf8');
  } catch (error) {
    if (error instanceof ConfigError) throw error;
    throw new ConfigError(`${label}: cannot read file (${(error as NodeJS.ErrnoException).code ?? String(error)})`, label);
  }
  try {
    return /\.ya?ml$/i.test(file) ? parseYaml(text, { maxAliasCount: 100 }) : JSON.parse(text);
  } catch (error) {
    throw new ConfigError(`${label}: not valid ${/\.ya?ml$/i.test(file) ? 'YAML' : 'JSON'}: ${(error as Error).message.split('\n')[0]}`, label);
  }
}

/** Reads and validates a YAML or JSON rule pack; errors name the file, the rule id and the field. */
export function readRulePackFile(file: string, label = file): RulePack {
  let data: unknown;
  try {
    data = readData(file, label);
    rejectPrototypeKeys(data, label);
  } catch (error) {
    if (error instanceof ConfigError) throw new RulePackError(error.message, label);
    throw error;
  }
  return parseRulePack(data, label);
}

/** Reads a config file, validates it and loads the rule packs it names (paths relative to the file). */
export function loadConfigFile(file: string): Config {
  const label = path.relative(process.cwd(), file) || file;
  const config = parseConfig(readData(file, label), label);
  if (!config.packs) return config;
  const packs = config.packs.map((pack, i) => {
    if (typeof pack !== 'string') return pack;
    try {
      return readRulePackFile(path.resolve(path.dirname(file), pack), pack);
    } catch (error) {
      if (error instanceof RulePackError) throw new ConfigError(`${label}: packs.${i}: ${error.message}`, label, `packs.${i}`);
      throw error;
    }
  });
  return { ...config, packs };
}
