/**
 * Finding the config file of an input. Kept apart from load.ts (YAML, zod schemas) so the CLI thread that only
 * reads and writes JSON Lines, and every start-up, can find config files without loading the validators.
 */
import fs from 'node:fs';
import path from 'node:path';

export const CONFIG_FILES = ['genderlens.config.json', 'genderlens.config.yaml', 'genderlens.config.yml', '.genderlensrc.json'];

/** The nearest config file at or above `dir`, or null. */
export function findConfigFile(dir: string): string | null {
  let current = path.resolve(dir);
  for (;;) {
    for (const name of CONFIG_FILES) {
      const candidate = path.join(current, name);
      if (fs.existsSync(candidate)) return candidate;
    }
    const parent = path.dirname(current);
    if (parent === current) return null;
    current = parent;
  }
}
