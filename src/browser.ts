/** The browser build: the pure core with the rule packs bundled, no Node built-ins. */
export { assess, createChecker, type AssessOptions } from './assess.js';
export { guessGender } from './analysis/gender/guess.js';
export type { Assessment, Finding } from './assessment/schema.js';
export type { ConfigInput } from './config/schema.js';
