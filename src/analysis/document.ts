import type { Segment, SourceDocument } from '../document/types.js';
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
  const cache = new Map<string, string>();
  const tokens: Token[][] = [];
  const words: Word[] = [];
  let sentence = 0;
  source.segments.forEach((segment: Segment, index) => {
    const list = tokenize(segment.text, cache);
    sentence = assignSentences(list, sentence);
    for (const token of list) {
      if (token.kind === 'word' || token.kind === 'number')
        // Spelled out, not spread: a spread plus an extra key gives slow dictionary-mode objects.
        words.push({
          start: token.start,
          end: token.end,
          kind: token.kind,
          norm: token.norm,
          capitalized: token.capitalized,
          inQuote: token.inQuote,
          sentence: token.sentence,
          segment: index,
        });
    }
    tokens.push(list);
  });
  return { source, lang, tokens, words, sentences: sentence };
}
