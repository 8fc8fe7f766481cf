import type { Segment } from '../document/types.js';
import type { CompiledRule, LanguageRules } from './checker.js';
import type { DocumentMatches, Match, Word } from './match.js';

/** A rule that fired: over words [start, end), or over the whole document when `start` is -1. */
export interface RuleHit {
  compiled: CompiledRule;
  start: number;
  end: number;
}

/** Runs every compiled rule over the document's words in one scan, then checks each match's conditions. */
export function evaluateRules(rules: LanguageRules, words: Word[], segments: Segment[]): RuleHit[] {
  const matches = rules.index.scan(words);
  const facts = new MatchFacts(matches, words);
  const hits: RuleHit[] = [];
  for (const compiled of rules.rules) {
    // Metric checks (representation) run in assessment/representation.ts, not over patterns.
    if (compiled.rule.check) continue;
    // A span rule without matches needs no document conditions (they are matched only when asked for).
    if (compiled.rule.scope !== 'document' && (compiled.set === null || matches.all(compiled.set).length === 0)) continue;
    if (!facts.documentAllows(compiled)) continue;
    if (compiled.rule.scope === 'document') {
      hits.push({ compiled, start: -1, end: -1 });
      continue;
    }
    if (compiled.set === null) continue;
    for (const match of matches.all(compiled.set)) {
      if (rules.mentionCue !== null && facts.isMention(rules.mentionCue, match)) continue;
      const role = segments[words[match.start]!.segment]!.role;
      if (compiled.roles && !compiled.roles.has(role)) continue;
      if (compiled.notRoles?.has(role)) continue;
      if (compiled.sentenceRequires !== null && !facts.inSentence(compiled.sentenceRequires, match)) continue;
      if (compiled.sentenceForbids !== null && facts.inSentence(compiled.sentenceForbids, match)) continue;
      if (compiled.near && !facts.near(compiled.near.set, match, compiled.near.within)) continue;
      if (compiled.notNear && facts.near(compiled.notNear.set, match, compiled.notNear.within)) continue;
      hits.push({ compiled, start: match.start, end: match.end });
    }
  }
  return hits;
}

/** Answers condition questions from the scan's matches. */
class MatchFacts {
  constructor(
    private readonly matches: DocumentMatches,
    private readonly words: Word[],
  ) {}

  documentAllows(compiled: CompiledRule): boolean {
    if (compiled.documentRequires !== null && this.matches.all(compiled.documentRequires).length < compiled.documentMinMatches)
      return false;
    if (compiled.documentForbids !== null && this.matches.all(compiled.documentForbids).length > 0) return false;
    return true;
  }

  private sentenceMatches(set: number, sentence: number): Match[] {
    return this.matches.inSentence(set, sentence);
  }

  /** The match is wholly inside quotation marks and a mention cue comes before it in the sentence. */
  isMention(cueSet: number, match: Match): boolean {
    for (let i = match.start; i < match.end; i++) if (!this.words[i]!.inQuote) return false;
    return this.sentenceMatches(cueSet, this.words[match.start]!.sentence).some((cue) => cue.end <= match.start);
  }

  inSentence(set: number, match: Match): boolean {
    return this.sentenceMatches(set, this.words[match.start]!.sentence).length > 0;
  }

  /** Another match of `set` in the same sentence with at most `within` words between the two. */
  near(set: number, match: Match, within: number): boolean {
    return this.sentenceMatches(set, this.words[match.start]!.sentence).some((other) => {
      if (other.end <= match.start) return match.start - other.end <= within;
      if (other.start >= match.end) return other.start - match.end <= within;
      return true;
    });
  }
}
