import type { Segment } from '../document/types.js';
import type { CompiledConditions, CompiledRule, LanguageRules } from './checker.js';
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
    if (compiled.rule.scope === 'document') {
      if (facts.documentAllows(compiled.conditions)) hits.push({ compiled, start: -1, end: -1 });
      continue;
    }
    for (const variant of compiled.variants) {
      const plain = variant.set === null ? NO_MATCHES : matches.all(variant.set);
      const anchored = variant.sentenceStartSet === null ? NO_MATCHES : matches.all(variant.sentenceStartSet);
      // A span rule without matches needs no document conditions (they are matched only when asked for).
      if (plain.length + anchored.length === 0) continue;
      if (!facts.documentAllows(compiled.conditions) || (variant.conditions && !facts.documentAllows(variant.conditions))) continue;
      // The same words found by two patterns of the rule are one finding: dropNestedHits keeps one.
      const allows = (match: Match) =>
        !(rules.mentionCue !== null && facts.isMention(rules.mentionCue, match)) &&
        facts.spanAllows(compiled.conditions, match, segments) &&
        (variant.conditions === null || facts.spanAllows(variant.conditions, match, segments));
      for (const match of plain) if (allows(match)) hits.push({ compiled, start: match.start, end: match.end });
      for (const match of anchored) if (facts.startsSentence(match) && allows(match)) hits.push({ compiled, start: match.start, end: match.end });
    }
  }
  return hits;
}

const NO_MATCHES: readonly Match[] = [];

/** Answers condition questions from the scan's matches. */
class MatchFacts {
  constructor(
    private readonly matches: DocumentMatches,
    private readonly words: Word[],
  ) {}

  documentAllows(conditions: CompiledConditions): boolean {
    if (conditions.documentRequires !== null && this.matches.all(conditions.documentRequires).length < conditions.documentMinMatches)
      return false;
    if (conditions.documentForbids !== null && this.matches.all(conditions.documentForbids).length > 0) return false;
    return true;
  }

  /** The span conditions of a rule: segment roles, its sentence, the words around and within the match. */
  spanAllows(compiled: CompiledConditions, match: Match, segments: Segment[]): boolean {
    const role = segments[this.words[match.start]!.segment]!.role;
    if (compiled.roles && !compiled.roles.has(role)) return false;
    if (compiled.notRoles?.has(role)) return false;
    if (compiled.sentenceRequires !== null && !this.inSentence(compiled.sentenceRequires, match)) return false;
    if (compiled.sentenceForbids !== null && this.inSentence(compiled.sentenceForbids, match)) return false;
    const { near, notNear, precededBy, notPrecededBy, followedBy, notFollowedBy } = compiled;
    if (near && !this.near(near.set, match, near.within)) return false;
    if (notNear && this.near(notNear.set, match, notNear.within)) return false;
    if (precededBy && !this.precededBy(precededBy.set, match, precededBy.within)) return false;
    if (notPrecededBy && this.precededBy(notPrecededBy.set, match, notPrecededBy.within)) return false;
    if (followedBy && !this.followedBy(followedBy.set, match, followedBy.within)) return false;
    if (notFollowedBy && this.followedBy(notFollowedBy.set, match, notFollowedBy.within)) return false;
    if (compiled.notOverlapping !== null && this.overlaps(compiled.notOverlapping, match)) return false;
    return true;
  }

  /** The match's first word is the first word of its sentence. */
  startsSentence(match: Match): boolean {
    return match.start === 0 || this.words[match.start - 1]!.sentence !== this.words[match.start]!.sentence;
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

  /** Another match of `set` ends at most `within` words before the match starts (it may not reach into it). */
  private precededBy(set: number, match: Match, within: number): boolean {
    return this.sentenceMatches(set, this.words[match.start]!.sentence).some(
      (other) => other.end <= match.start && match.start - other.end <= within,
    );
  }

  /** Another match of `set` starts at most `within` words after the match ends. */
  private followedBy(set: number, match: Match, within: number): boolean {
    return this.sentenceMatches(set, this.words[match.start]!.sentence).some(
      (other) => other.start >= match.end && other.start - match.end <= within,
    );
  }

  /** Another match of `set` shares a word with the match. */
  private overlaps(set: number, match: Match): boolean {
    return this.sentenceMatches(set, this.words[match.start]!.sentence).some(
      (other) => other.start < match.end && other.end > match.start,
    );
  }
}
