import generated from './builtin-packs.generated.json';
import type { RulePack } from './schema.js';

/** The rule packs under rules/, validated and compiled into the library by `npm run packs`. */
export const BUILTIN_PACKS: readonly RulePack[] = generated as unknown as RulePack[];
