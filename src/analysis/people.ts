import type { GenderCount, Person } from '../assessment/schema.js';
import type { AnalyzedDocument } from './document.js';

export interface PeopleAnalysis {
  persons: Person[];
  people: GenderCount;
  sources: GenderCount;
}

/**
 * Who appears and who speaks. The representation analysis (names, honorifics, quotes and their
 * speakers) plugs in here; until it lands nobody is counted, which the metrics report honestly as zero.
 */
export function analyzePeople(_doc: AnalyzedDocument): PeopleAnalysis {
  return { persons: [], people: { women: 0, men: 0, unknown: 0 }, sources: { women: 0, men: 0, unknown: 0 } };
}
