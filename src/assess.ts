import { z } from 'zod';
import { analyzeDocument, ignoreShoutedCapitals, isShouted } from './analysis/document.js';
import { analyzePeople } from './analysis/people.js';
import { decideVerdict, quotedSeverity } from './assessment/policy.js';
import { classifySources, evaluateRepresentation, type MetricHit } from './assessment/representation.js';
import type { Assessment, Finding } from './assessment/schema.js';
import { scoreFindings } from './assessment/score.js';
import { ConfigError, ConfigSchema, parseConfig, type ConfigInput } from './config/schema.js';
import { parseArticle } from './document/article.js';
import { parseByFormat } from './document/detect.js';
import { LineIndex } from './document/lines.js';
import type { ArticleInput, InputFormat, SourceDocument } from './document/types.js';
import { detectLanguage, type Lang } from './language/detect.js';
import { restrictToChangedLines, type ChangedLines } from './diff/changed-lines.js';
import { compileChecker, type Checker } from './rules/checker.js';
import { applyDirectives } from './rules/directives.js';
import { dropNestedHits } from './rules/overlaps.js';
import { isPlainWords } from './fix.js';
import { evaluateRules, type RuleHit } from './rules/evaluate.js';
import type { Word } from './rules/match.js';

export interface AssessOptions {
  lang?: Lang | 'auto';
  format?: InputFormat | 'auto';
  /** Configuration data (the shape of genderlens.config.json), or a checker from createChecker(). */
  config?: ConfigInput | Checker;
  /** Language of messages; defaults to the configured locale, then the document's language. */
  locale?: Lang;
  /** Refuse inputs larger than this many bytes (UTF-8, all text fields together) with InputTooLargeError. */
  maxInputBytes?: number;
  /**
   * Report only findings on these lines (1-based, inclusive; per field for an article object, `true` for a whole
   * field); the verdict is judged on them, while scores and metrics cover the whole document.
   */
  changedLines?: ChangedLines;
}

const LineRangeSchema = z.tuple([z.number().int().min(1), z.number().int().min(1)]);

const OptionsSchema = z
  .object({
    lang: z.enum(['vi', 'en', 'auto']).optional(),
    format: z.enum(['text', 'markdown', 'html', 'auto']).optional(),
    config: z.unknown().optional(),
    locale: z.enum(['vi', 'en']).optional(),
    maxInputBytes: z.number().int().positive().optional(),
    changedLines: z.union([z.array(LineRangeSchema), z.record(z.string(), z.union([z.array(LineRangeSchema), z.literal(true)]))]).optional(),
  })
  .strict();

/** The input is larger than options.maxInputBytes; nothing was assessed. */
export class InputTooLargeError extends Error {
  override readonly name = 'InputTooLargeError';
  constructor(
    /** At least this many bytes (counting stops past the limit). */
    readonly bytes: number,
    readonly limit: number,
  ) {
    super(`input is larger than maxInputBytes (${limit} bytes)`);
  }
}

/** UTF-8 length of a string, stopping once it passes `limit` (no Buffer: assess runs in browsers too). */
function utf8Bytes(text: string, limit: number): number {
  if (text.length > limit) return text.length;
  if (text.length * 3 <= limit) return text.length;
  let bytes = 0;
  for (let i = 0; i < text.length && bytes <= limit; i++) {
    const c = text.charCodeAt(i);
    if (c < 0x80) bytes += 1;
    else if (c < 0x800) bytes += 2;
    else if (c >= 0xd800 && c <= 0xdbff && i + 1 < text.length && (text.charCodeAt(i + 1) & 0xfc00) === 0xdc00) {
      bytes += 4;
      i++;
    } else bytes += 3;
  }
  return bytes;
}

function inputBytes(input: string | ArticleInput, limit: number): number {
  if (typeof input === 'string') return utf8Bytes(input, limit);
  if (!input || typeof input !== 'object') return 0;
  let bytes = 0;
  const texts = [input.title, input.lead, input.body, ...(Array.isArray(input.captions) ? input.captions : [])];
  for (const text of texts) if (typeof text === 'string') bytes += utf8Bytes(text, limit - bytes);
  return bytes;
}

let defaultChecker: Checker | undefined;
const checkers = new WeakMap<object, Checker>();

/** Compiles configuration once; pass the result as `config` to assess many documents quickly. */
export function createChecker(config: ConfigInput = {}): Checker {
  return compileChecker(parseConfig(config));
}

function isChecker(value: unknown): value is Checker {
  return !!value && typeof value === 'object' && 'languages' in value && 'policy' in value;
}

function resolveChecker(config: unknown): Checker {
  if (config === undefined) return (defaultChecker ??= compileChecker(ConfigSchema.parse({})));
  if (isChecker(config)) return config;
  if (typeof config !== 'object' || config === null) throw new ConfigError('options.config: expected an object', undefined, 'config');
  let checker = checkers.get(config);
  if (!checker) {
    checker = createChecker(config as ConfigInput);
    checkers.set(config, checker);
  }
  return checker;
}

/**
 * Assesses an article: a string (plain text, Markdown or HTML) or an article object.
 * Pure and synchronous; throws only ConfigError for invalid options, never because of the input
 * (except InputTooLargeError when options.maxInputBytes is set and exceeded).
 */
export function assess(input: string | ArticleInput, options: AssessOptions = {}): Assessment {
  const parsed = OptionsSchema.safeParse(options ?? {});
  if (!parsed.success) {
    const issue = parsed.error.issues[0]!;
    throw new ConfigError(`options.${issue.path.join('.') || '(root)'}: ${issue.message}`, undefined, issue.path.join('.'));
  }
  const checker = resolveChecker(options.config);
  const limit = options.maxInputBytes;
  if (limit !== undefined) {
    const bytes = inputBytes(input, limit);
    if (bytes > limit) throw new InputTooLargeError(bytes, limit);
  }
  try {
    return run(input, options, checker);
  } catch (error) {
    // A defect of ours must not take the caller's save down; the verdict says what happened.
    return failedAssessment(error);
  }
}

function run(input: string | ArticleInput, options: AssessOptions, checker: Checker): Assessment {
  let source: SourceDocument;
  let originals: Record<string, string>;
  if (typeof input === 'string') {
    source = parseByFormat(input, options.format ?? 'auto');
    originals = { '': input };
  } else if (input && typeof input === 'object') {
    const article = parseArticle(options.format ? { ...input, format: options.format } : input);
    source = article.document;
    originals = article.fields;
  } else {
    source = parseByFormat('', 'text');
    originals = { '': '' };
  }
  const wanted = options.lang ?? checker.lang;
  const lang: Lang = wanted === 'auto' ? detectLanguage(source.segments.map((s) => s.text)) : wanted;
  const doc = analyzeDocument(source, lang);
  const people = analyzePeople(doc);
  // Mentions carry offsets into the original input (or the article field); their text is read from there.
  for (const person of people.persons) for (const m of person.mentions) m.text = (originals[m.field ?? ''] ?? '').slice(m.start, m.end);
  const balance = classifySources(people.persons, checker.thresholds);
  ignoreShoutedCapitals(doc);
  const hits: MetricHit[] = dropNestedHits(evaluateRules(checker.languages[lang], doc.words, source.segments));
  hits.push(...evaluateRepresentation(checker.languages[lang], people, checker.thresholds, source.segments, balance));
  const locale = options.locale ?? checker.locale ?? lang;
  // Ignore comments silence findings but keep them on record with their justification.
  const { findings, suppressed } = applyDirectives(toFindings(hits, doc.words, source, originals, locale, checker), originals, {
    requireJustification: checker.policy.requireJustification ?? false,
  });
  const scores = scoreFindings(findings);
  const segmentCounts: Record<string, number> = {};
  for (const segment of source.segments) segmentCounts[segment.role] = (segmentCounts[segment.role] ?? 0) + 1;
  const assessment: Assessment = {
    lang,
    format: source.format,
    findings,
    suppressed,
    metrics: {
      people: people.people,
      sources: people.sources,
      contributors: balance.contributors,
      newsmakers: balance.newsmakers,
      persons: balance.persons,
      byRole: people.byRole,
      sourcesByRole: people.sourcesByRole,
      bySegment: people.bySegment,
      words: doc.words.length,
      sentences: doc.sentences,
      segments: segmentCounts,
    },
    scores,
    verdict: decideVerdict(findings, scores, checker.policy, locale),
    meta: source.meta,
  };
  return options.changedLines ? restrictToChangedLines(assessment, options.changedLines, checker.policy, locale) : assessment;
}

function toFindings(
  hits: MetricHit[],
  words: Word[],
  source: SourceDocument,
  originals: Record<string, string>,
  locale: Lang,
  checker: Checker,
): Finding[] {
  const lineIndexes = new Map<string, LineIndex>();
  const lines = (field: string) => {
    let index = lineIndexes.get(field);
    if (!index) {
      index = new LineIndex(originals[field] ?? '');
      lineIndexes.set(field, index);
    }
    return index;
  };
  const findings: Finding[] = [];
  for (const { compiled, start, end, evidence } of hits) {
    const { rule } = compiled;
    if (start < 0) {
      findings.push({
        ...ruleFields(rule, locale),
        severity: compiled.severity,
        start: 0,
        end: 0,
        line: 0,
        column: 0,
        endLine: 0,
        endColumn: 0,
        text: '',
        scope: 'document',
        segment: { role: null, index: -1 },
        inQuote: false,
        ...(evidence ? { evidence } : {}),
      });
      continue;
    }
    const first = words[start]!;
    const last = words[end - 1]!;
    const segment = source.segments[first.segment]!;
    const field = segment.field ?? '';
    const original = originals[field] ?? '';
    const from = segment.map.toOriginalStart(first.start);
    const to = Math.max(from, segment.map.toOriginalEnd(last.end));
    // A block quotation quotes as a whole; elsewhere the words must sit inside quotation marks. (Tokens of a block
    // quotation are not marked, so the people analysis can still read its attribution: "…,” bác sĩ Lan cho biết.)
    const inQuote = segment.role === 'quote' || allInQuote(words, start, end);
    const { severity, lowered } = quotedSeverity(compiled.severity, rule.family, inQuote, checker.policy);
    const a = lines(field).position(from);
    const b = lines(field).position(to);
    const segmentRef = segment.field ? { role: segment.role, index: first.segment, field: segment.field } : { role: segment.role, index: first.segment };
    const finding: Finding = {
      ...ruleFields(rule, locale),
      severity,
      start: from,
      end: to,
      line: a.line,
      column: a.column,
      endLine: b.line,
      endColumn: b.column,
      text: original.slice(from, to),
      scope: 'span',
      segment: segmentRef,
      inQuote,
    };
    if (lowered) finding.originalSeverity = compiled.severity;
    const fix = safeFix(compiled, words, start, end, from, to, original);
    if (fix) finding.fix = fix;
    findings.push(finding);
  }
  return findings.sort((x, y) => (x.segment.field ?? '').localeCompare(y.segment.field ?? '') || x.start - y.start || x.end - y.end || x.ruleId.localeCompare(y.ruleId));
}

/** What a finding says about its rule, in the documented key order; only rules that cite a source carry `url`. */
function ruleFields(rule: RuleHit['compiled']['rule'], locale: Lang) {
  return {
    ruleId: rule.id,
    family: rule.family,
    indicators: rule.indicators,
    message: rule.message[locale],
    explanation: rule.explanation[locale],
    suggestions: rule.suggestions,
    ...(rule.url ? { url: rule.url } : undefined),
  };
}

/** Every word of [start, end) is inside quotation marks. */
function allInQuote(words: Word[], start: number, end: number): boolean {
  for (let k = start; k < end; k++) if (!words[k]!.inQuote) return false;
  return true;
}

/** The rule's safe fix for these words, if it has one; a capitalised match keeps its capital. */
function safeFix(compiled: RuleHit['compiled'], words: Word[], start: number, end: number, from: number, to: number, original: string): Finding['fix'] {
  const replacement = compiled.fixes?.get(words.slice(start, end).map((w) => w.norm).join(' '));
  if (replacement === undefined) return undefined;
  const matched = original.slice(from, to);
  // Words split by markup ("*chair*man", "<b>chair</b>man") cannot be replaced without breaking it: reported, not fixed.
  if (!isPlainWords(matched)) return undefined;
  // An ALL-CAPS headline keeps its capitals ("SPOKESMAN" -> "SPOKESPERSON"); a capitalised word keeps its capital.
  const text = matched.length > 1 && isShouted(matched) ? replacement.toUpperCase() : /^\p{Lu}/u.test(matched) ? replacement.charAt(0).toUpperCase() + replacement.slice(1) : replacement;
  return { start: from, end: to, text };
}

function failedAssessment(error: unknown): Assessment {
  const zero = { women: 0, men: 0, unknown: 0 };
  return {
    lang: 'en',
    format: 'text',
    findings: [],
    suppressed: [],
    metrics: { people: zero, sources: zero, contributors: zero, newsmakers: zero, persons: [], byRole: {}, sourcesByRole: {}, bySegment: {}, words: 0, sentences: 0, segments: {} },
    scores: { overall: 0, stereotyping: 0, representation: 0, violence: 0 },
    verdict: {
      pass: false,
      level: 'block',
      reasons: [`internal error: ${error instanceof Error ? error.message : String(error)}`],
      causes: [],
    },
    meta: {},
  };
}
