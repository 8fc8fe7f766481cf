import type { SegmentRole } from '../document/types.js';
import type { Lang } from '../language/detect.js';
import { PRESET_CONFIGS, DEFAULT_THRESHOLDS } from '../config/presets.js';
import { ConfigError, parseConfig, type Config, type Policy, type RuleSetting, type Thresholds } from '../config/schema.js';
import { builtinAutomata } from './builtin-automata.generated.js';
import { BUILTIN_PACKS } from './builtin.js';
import { PatternIndex, type PackedAutomata } from './match.js';
import { compilePattern, parsePattern, PatternError, sentenceStartAnchored, wordNorms, type PatternNode, type Spellings } from './pattern.js';
import { FAMILIES, type Rule, type RuleContext, type RulePack, type Severity } from './schema.js';

interface Nearby {
  set: number;
  within: number;
}

/** The conditions of a context (a rule's, or a pattern group's), as pattern sets of the index. */
export interface CompiledConditions {
  sentenceRequires: number | null;
  sentenceForbids: number | null;
  documentRequires: number | null;
  documentMinMatches: number;
  documentForbids: number | null;
  near: Nearby | null;
  notNear: Nearby | null;
  precededBy: Nearby | null;
  notPrecededBy: Nearby | null;
  followedBy: Nearby | null;
  notFollowedBy: Nearby | null;
  notOverlapping: number | null;
  roles: ReadonlySet<SegmentRole> | null;
  notRoles: ReadonlySet<SegmentRole> | null;
}

/** Patterns of a rule that share conditions: its plain patterns, or one pattern group with a context of its own. */
export interface PatternVariant {
  set: number | null;
  /** The patterns written with "^": they count only where they begin a sentence. */
  sentenceStartSet: number | null;
  /** The group's own conditions, on top of the rule's; null for the rule's plain patterns. */
  conditions: CompiledConditions | null;
}

/** A rule ready to run: its severity under the configuration and the pattern sets of its conditions. */
export interface CompiledRule {
  rule: Rule;
  severity: Severity;
  conditions: CompiledConditions;
  variants: PatternVariant[];
  /** Safe fixes keyed by the normalised matched words. */
  fixes: ReadonlyMap<string, string> | null;
}

export interface LanguageRules {
  lang: Lang;
  index: PatternIndex;
  rules: CompiledRule[];
  /**
   * Matches of the packs' MENTION_CUE class ("cụm từ", "the term", "such as"): a quoted phrase after one of these
   * is talked about, not used, so span rules leave it alone.
   */
  mentionCue: number | null;
  /** By set: the JSON of its pattern list (what ready-made automata are keyed by). */
  setKeys: string[];
}

/** Configuration compiled once and reused for every document (what `createChecker` returns). */
export interface Checker {
  readonly lang: Lang | 'auto';
  readonly locale: Lang | null;
  readonly policy: Policy;
  readonly thresholds: Thresholds;
  readonly languages: Record<Lang, LanguageRules>;
}

const LANGS: Lang[] = ['vi', 'en'];

export function compileChecker(config: Config, basePacks: readonly RulePack[] = BUILTIN_PACKS): Checker {
  const presets = config.extends === undefined ? ['recommended'] : Array.isArray(config.extends) ? config.extends : [config.extends];
  const enabledTags = new Set<string>();
  let policy: Policy = { failOn: 'error', quotedSpeech: 'lower' };
  for (const name of presets) {
    const preset = PRESET_CONFIGS[name]!;
    for (const tag of preset.enableTags ?? []) enabledTags.add(tag);
    policy = { ...policy, ...preset.policy };
  }
  policy = { ...policy, ...config.policy };
  const thresholds: Thresholds = { ...DEFAULT_THRESHOLDS, ...config.thresholds };

  const packs: RulePack[] = [...basePacks];
  for (const pack of config.packs ?? []) {
    if (typeof pack === 'string')
      throw new ConfigError(`packs: "${pack}" is a file path; load it with loadConfig() or pass the parsed pack`, undefined, 'packs');
    packs.push(pack);
  }
  const settings = config.rules ?? {};
  checkRuleKeys(settings, packs);

  // The built-in packs, with no extra packs or classes, come with their automata built ahead of time.
  const eager = (config.packs?.length ?? 0) > 0 || Object.keys(config.classes ?? {}).length > 0 || basePacks !== BUILTIN_PACKS;
  const compileLanguage = (lang: Lang): LanguageRules => {
    const langPacks = packs.filter((p) => p.lang === lang);
    const spellings = spellingVariants(langPacks);
    const resolveClass = classResolver(langPacks, config.classes ?? {}, spellings);
    const index = new PatternIndex(eager ? null : (builtinAutomata(lang) ?? null));
    const rules: CompiledRule[] = [];
    const sharedSets = new Map<string, number>();
    const seen = new Set<string>();
    for (const pack of langPacks) {
      for (const rule of pack.rules) {
        if (seen.has(rule.id)) throw new ConfigError(`packs: rule id "${rule.id}" is defined twice`, undefined, 'packs');
        seen.add(rule.id);
        const severity = effectiveSeverity(rule, settings[rule.id] ?? settings[rule.family], enabledTags);
        if (!severity) continue;
        const compiled = compileRule(rule, severity, index, resolveClass, spellings, sharedSets);
        // The sets nearly every document needs are matched in one pass; conditions when first asked for.
        if (rule.scope === 'document') {
          if (compiled.conditions.documentRequires !== null) index.markEager(compiled.conditions.documentRequires);
          if (compiled.conditions.documentForbids !== null) index.markEager(compiled.conditions.documentForbids);
        } else {
          for (const variant of compiled.variants) {
            if (variant.set !== null) index.markEager(variant.set);
            if (variant.sentenceStartSet !== null) index.markEager(variant.sentenceStartSet);
          }
        }
        rules.push(compiled);
      }
    }
    let mentionCue: number | null = null;
    if (resolveClass('MENTION_CUE')) {
      const key = JSON.stringify(['@MENTION_CUE']);
      mentionCue = index.newSet();
      sharedSets.set(key, mentionCue);
      if (!index.addPacked(mentionCue, key)) index.add(compilePattern('@MENTION_CUE', resolveClass), mentionCue);
    }
    const setKeys: string[] = [];
    for (const [key, set] of sharedSets) setKeys[set] = key;
    return { lang, index, rules, mentionCue, setKeys };
  };
  // The built-in packs are validated and compiled at build time, so a language is compiled when first needed
  // (a CLI run on Vietnamese files never pays for English). Extra packs or classes are compiled at once, so
  // their errors surface here, at configuration time, not in the middle of an assessment.
  const languages = {} as Record<Lang, LanguageRules>;
  for (const lang of LANGS) {
    if (eager) {
      languages[lang] = compileLanguage(lang);
      continue;
    }
    let compiled: LanguageRules | undefined;
    Object.defineProperty(languages, lang, { enumerable: true, get: () => (compiled ??= compileLanguage(lang)) });
  }
  return { lang: config.lang ?? 'auto', locale: config.locale ?? null, policy, thresholds, languages };
}

/**
 * The automata of every built-in rule (all enabled) in their compact form, by language: what
 * scripts/build-automata.ts writes to builtin-automata.generated.ts.
 */
export function packBuiltinAutomata(): Record<Lang, PackedAutomata> {
  const rules: Record<string, RuleSetting> = {};
  for (const pack of BUILTIN_PACKS) for (const rule of pack.rules) rules[rule.id] = rule.severity;
  // A copy of the packs: compiled here from the patterns, not from the automata being replaced.
  const checker = compileChecker(parseConfig({ rules }), [...BUILTIN_PACKS]);
  const packed = {} as Record<Lang, PackedAutomata>;
  for (const lang of LANGS) {
    const { index, setKeys } = checker.languages[lang];
    packed[lang] = index.pack(setKeys);
  }
  return packed;
}

function effectiveSeverity(rule: Rule, setting: RuleSetting | undefined, enabledTags: Set<string>): Severity | null {
  const byTag = rule.tags.some((t) => enabledTags.has(t));
  if (setting === 'off') return null;
  if (typeof setting === 'string') return setting;
  if (setting && setting.enabled === false) return null;
  const enabled = rule.enabled || byTag || setting?.enabled === true || setting?.severity !== undefined;
  if (!enabled) return null;
  return setting?.severity ?? rule.severity;
}

function checkRuleKeys(settings: Record<string, RuleSetting>, packs: RulePack[]): void {
  const known = new Set<string>(FAMILIES);
  for (const pack of packs) for (const rule of pack.rules) known.add(rule.id);
  for (const key of Object.keys(settings))
    if (!known.has(key)) throw new ConfigError(`rules.${key}: unknown rule id or family`, undefined, `rules.${key}`);
}

/** The spelling variants declared by the packs of one language, keyed by the normalised word. */
function spellingVariants(packs: RulePack[]): Spellings {
  const variants = new Map<string, string[]>();
  for (const pack of packs)
    for (const [word, list] of Object.entries(pack.spellings ?? {})) {
      const norm = wordNorms(word)[0];
      if (norm === undefined) continue;
      const known = variants.get(norm) ?? [];
      for (const variant of list) for (const v of wordNorms(variant)) if (v !== norm && !known.includes(v)) known.push(v);
      variants.set(norm, known);
    }
  return variants;
}

/** Classes of all packs of one language share a namespace; a pack's own definition comes first. */
function classResolver(packs: RulePack[], extra: Record<string, string[]>, spellings: Spellings) {
  const entries = new Map<string, string[]>();
  for (const pack of packs)
    for (const [name, list] of Object.entries(pack.classes)) entries.set(name, [...(entries.get(name) ?? []), ...list]);
  for (const [name, list] of Object.entries(extra)) entries.set(name, [...(entries.get(name) ?? []), ...list]);
  const parsed = new Map<string, PatternNode[]>();
  return (name: string): PatternNode[] | undefined => {
    let nodes = parsed.get(name);
    if (!nodes) {
      const list = entries.get(name);
      if (!list) return undefined;
      nodes = list.map((entry) => parsePattern(entry, spellings));
      parsed.set(name, nodes);
    }
    return nodes;
  };
}

function compileRule(
  rule: Rule,
  severity: Severity,
  index: PatternIndex,
  resolveClass: (name: string) => PatternNode[] | undefined,
  spellings: Spellings,
  sharedSets: Map<string, number>,
): CompiledRule {
  // A set's matches depend only on its patterns, so rules that list the same patterns (a shared topic gate, say)
  // share one set and the scan runs it once.
  const compileSet = (patterns: string[] | undefined, field: string): number | null => {
    if (!patterns?.length) return null;
    const key = JSON.stringify(patterns);
    const known = sharedSets.get(key);
    if (known !== undefined) return known;
    const set = index.newSet();
    sharedSets.set(key, set);
    if (index.addPacked(set, key)) return set;
    for (const source of patterns) {
      try {
        index.add(compilePattern(source, resolveClass, spellings), set);
      } catch (error) {
        if (error instanceof PatternError) throw new ConfigError(`rule ${rule.id}, field ${field}: ${error.message}`, undefined, field);
        throw error;
      }
    }
    return set;
  };
  const nearby = (near: { patterns: string[]; within: number } | undefined, field: string): Nearby | null =>
    near ? { set: compileSet(near.patterns, `${field}.patterns`)!, within: near.within } : null;
  const conditions = (ctx: RuleContext, field: string): CompiledConditions => ({
    sentenceRequires: compileSet(ctx.sentence?.requires, `${field}.sentence.requires`),
    sentenceForbids: compileSet(ctx.sentence?.forbids, `${field}.sentence.forbids`),
    documentRequires: compileSet(ctx.document?.requires, `${field}.document.requires`),
    documentMinMatches: ctx.document?.minMatches ?? 1,
    documentForbids: compileSet(ctx.document?.forbids, `${field}.document.forbids`),
    near: nearby(ctx.near, `${field}.near`),
    notNear: nearby(ctx.notNear, `${field}.notNear`),
    precededBy: nearby(ctx.precededBy, `${field}.precededBy`),
    notPrecededBy: nearby(ctx.notPrecededBy, `${field}.notPrecededBy`),
    followedBy: nearby(ctx.followedBy, `${field}.followedBy`),
    notFollowedBy: nearby(ctx.notFollowedBy, `${field}.notFollowedBy`),
    notOverlapping: compileSet(ctx.notOverlapping, `${field}.notOverlapping`),
    roles: ctx.roles ? new Set(ctx.roles) : null,
    notRoles: ctx.notRoles ? new Set(ctx.notRoles) : null,
  });
  // Patterns with "^" go to a set of their own, checked against the start of the sentence.
  const variant = (patterns: string[], field: string, own: CompiledConditions | null): PatternVariant => {
    const anchored = patterns.map(sentenceStartAnchored);
    return {
      set: compileSet(patterns.filter((_, i) => anchored[i] === null), field),
      sentenceStartSet: compileSet(anchored.filter((p): p is string => p !== null), field),
      conditions: own,
    };
  };
  const entries = rule.patterns ?? [];
  const plain = entries.filter((entry): entry is string => typeof entry === 'string');
  const variants: PatternVariant[] = plain.length ? [variant(plain, 'patterns', null)] : [];
  entries.forEach((entry, i) => {
    if (typeof entry !== 'string') variants.push(variant(entry.patterns, `patterns.${i}.patterns`, conditions(entry.context, `patterns.${i}.context`)));
  });
  return {
    rule,
    severity,
    conditions: conditions(rule.context ?? {}, 'context'),
    variants,
    fixes: rule.fixes ? new Map(Object.entries(rule.fixes).map(([words, replacement]) => [wordNorms(words).join(' '), replacement])) : null,
  };
}
