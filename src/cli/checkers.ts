import path from 'node:path';
import { createChecker } from '../assess.js';
import { loadConfigFile } from '../config/load.js';
import { ConfigError, type Policy } from '../config/schema.js';
import type { Checker } from '../rules/checker.js';

// Where it used to live; files.ts has it now, so the CLI can find config files without loading the checker.
export { configFileFor } from './files.js';

/** Compiled checkers, one per config file; --fail-on overrides the policy of every one. */
export class CheckerCache {
  private readonly checkers = new Map<string, Checker>();

  constructor(
    private readonly failOn: Policy['failOn'] | undefined,
    private readonly cwd = process.cwd(),
  ) {}

  get(configFile: string | null): Checker {
    const key = configFile ?? '';
    let checker = this.checkers.get(key);
    if (!checker) {
      const loaded = configFile ? loadConfigFile(configFile) : {};
      const config = this.failOn ? { ...loaded, policy: { ...loaded.policy, failOn: this.failOn } } : loaded;
      try {
        checker = createChecker(config);
      } catch (error) {
        // Errors found while compiling (unknown rule ids, bad patterns) still name the file.
        if (error instanceof ConfigError && configFile && !error.file) {
          const label = path.relative(this.cwd, configFile) || configFile;
          throw new ConfigError(`${label}: ${error.message}`, label, error.path);
        }
        throw error;
      }
      this.checkers.set(key, checker);
    }
    return checker;
  }
}
