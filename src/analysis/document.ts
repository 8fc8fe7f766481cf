import type { SourceDocument } from '../document/types.js';
import type { Lang } from '../language/detect.js';
import { assignSentences } from '../language/sentences.js';
import { tokenize, type Token } from '../language/tokenize.js';
import type { Word } from '../rules/match.js';

/** A document after tokenisation: what every analysis and the rule engine read. */
export interface AnalyzedDocument {
  source: SourceDocument;
  lang: Lang;
  /** tokens[i]: all tokens (punctuation included) of segment i. */
  tokens: Token[][];
  /** Word and number tokens of the whole document, in reading order. */
  words: Word[];
  sentences: number;
}

export function analyzeDocument(source: SourceDocument, lang: Lang): AnalyzedDocument {
  const tokens: Token[][] = [];
  const words: Word[] = [];
  let sentence = 0;
  const segments = source.segments;
  for (let index = 0; index < segments.length; index++) {
    const list = tokenize(segments[index]!.text);
    sentence = assignSentences(list, sentence);
    // Words are the word and number tokens themselves (no copies), with their segment set.
    for (let k = 0; k < list.length; k++) {
      const token = list[k]!;
      token.segment = index;
      if (token.kind === 'word' || token.kind === 'number') words.push(token);
    }
    tokens.push(list);
  }
  return { source, lang, tokens, words, sentences: sentence };
}

/** Written all in capitals: it has letters, and none of them is lower case. */
export function isShouted(text: string): boolean {
  // Nearly every text has a lower-case ASCII letter early on, which settles it without copying the text twice.
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c >= 0x61 && c <= 0x7a) return false;
  }
  return text.toUpperCase() === text && text.toLowerCase() !== text;
}

/** Headlines are short; longer segments are never upper-cased whole in practice, so they are not examined. */
const SHOUTED_MAX_LENGTH = 400;

/**
 * In an ALL-CAPS segment every word looks like a name to `#CAP` ("HEALTH DEPARTMENT TO NAME SPOKESMAN" would
 * pass as "Chairman John Smith"). For rule matching, which runs after the people analysis has read the
 * capitals, the words of such segments count as not capitalised.
 */
export function ignoreShoutedCapitals(doc: AnalyzedDocument): void {
  const segments = doc.source.segments;
  for (let index = 0; index < segments.length; index++) {
    const text = segments[index]!.text;
    if (text.length > SHOUTED_MAX_LENGTH || !isShouted(text)) continue;
    for (const token of doc.tokens[index]!) token.capitalized = false;
  }
}
