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
