import type { PeopleAnalysis } from '../analysis/people.js';
import type { Thresholds } from '../config/schema.js';
import type { Segment } from '../document/types.js';
import type { LanguageRules } from '../rules/checker.js';
import type { RuleHit } from '../rules/evaluate.js';
import type { Check } from '../rules/schema.js';
import type { Finding, GenderCount, Person } from './schema.js';

const EXPERT_ROLES = new Set(['expert', 'official']);
const VICTIM_ROLES = new Set(['victim', 'personal-experience']);

/** A metric check's hit, with the counts and thresholds that made it fire (copied to `finding.evidence`). */
export type MetricHit = RuleHit & { evidence?: Finding['evidence'] };

/** The named sources split into the contributors the writer chose and the newsmakers central to the story. */
export interface SourceBalance {
  contributors: GenderCount;
  newsmakers: GenderCount;
  /** The persons, each marked `newsmaker` and `contributor`. */
  persons: Person[];
}

const genderKey = (p: Person) => (p.gender === 'female' ? 'women' : p.gender === 'male' ? 'men' : 'unknown');

/**
 * BBC 50:50 counts the contributors a writer chose, not the newsmakers the story is about: an official making the
 * announcement, the subject, the victim (thresholds.newsmakerRoles), and whoever the headline names
 * (thresholds.newsmakerSegments). Only named people are counted, as for `metrics.sources`, so
 * contributors + newsmakers = sources.
 */
export function classifySources(persons: Person[], thresholds: Thresholds): SourceBalance {
  const roles = new Set<string>(thresholds.newsmakerRoles);
  const segments = new Set<string>(thresholds.newsmakerSegments);
  const contributors: GenderCount = { women: 0, men: 0, unknown: 0 };
  const newsmakers: GenderCount = { women: 0, men: 0, unknown: 0 };
  const marked = persons.map((p): Person => {
    const newsmaker = p.named && (roles.has(p.role ?? '') || p.segments.some((s) => segments.has(s)));
    const contributor = p.named && p.quoted && !newsmaker;
    if (contributor) contributors[genderKey(p)]++;
    else if (newsmaker && p.quoted) newsmakers[genderKey(p)]++;
    // Object.assign, not { ...p, newsmaker, contributor }: a spread followed by more keys takes a slow path in V8.
    return Object.assign({}, p, { newsmaker, contributor });
  });
  return { contributors, newsmakers, persons: marked };
}

/**
 * Evaluates the representation rules that name a built-in metric check (`check:` in a rule pack) over the
 * people analysis. Document checks give a hit with start -1; span checks point at the mention's words.
 * Findings then go through the same path as pattern rules (severity from configuration, messages, verdict).
 * The balance checks count `balance` (contributors, or all sources under thresholds.balanceAppliesTo).
 */
export function evaluateRepresentation(rules: LanguageRules, people: PeopleAnalysis, thresholds: Thresholds, segments: Segment[], balance?: SourceBalance): MetricHit[] {
  const hits: MetricHit[] = [];
  const counted = thresholds.balanceAppliesTo === 'all-sources' || !balance ? { kind: 'all-sources' as const, count: people.sources } : { kind: 'contributors' as const, count: balance.contributors };
  for (const compiled of rules.rules) {
    const check = compiled.rule.check;
    if (!check) continue;
    if (check === 'women-relationship-only') {
      for (const m of relationOnlyMentions(people)) hits.push({ compiled, start: m.start, end: m.end });
      continue;
    }
    const evidence = fires(check, people, counted, thresholds, segments);
    if (evidence) hits.push({ compiled, start: -1, end: -1, evidence });
  }
  return hits;
}

type Counted = { kind: 'contributors' | 'all-sources'; count: GenderCount };

/** The evidence when the check fires, else null. */
function fires(check: Exclude<Check, 'women-relationship-only'>, people: PeopleAnalysis, counted: Counted, t: Thresholds, segments: Segment[]): Finding['evidence'] | null {
  const { women, men } = counted.count;
  const total = women + men;
  const sourceEvidence = (thresholds: Record<string, number | string>) => ({ counted: counted.kind, ...counted.count, thresholds: { ...thresholds, balanceAppliesTo: counted.kind } });
  switch (check) {
    case 'sources-one-gender':
      return total >= t.minSourcesForBalance && (women === 0 || men === 0) ? sourceEvidence({ minSourcesForBalance: t.minSourcesForBalance }) : null;
    case 'women-source-share':
      // Zero women is the one-gender check's finding; this one is about a token presence.
      return total >= t.minSourcesForShare && women > 0 && women / total < t.minWomenSourceShare
        ? sourceEvidence({ minSourcesForShare: t.minSourcesForShare, minWomenSourceShare: t.minWomenSourceShare })
        : null;
    case 'women-victims-men-experts': {
      const named = people.detail.persons.filter((p) => p.merged === null && p.named && p.mentions.length > 0);
      const women = named.filter((p) => p.gender === 'female');
      const menExperts = named.filter((p) => p.gender === 'male' && EXPERT_ROLES.has(p.role ?? '')).length;
      const gap =
        menExperts >= t.minMenExpertsForRoleGap &&
        women.length > 0 &&
        women.some((p) => VICTIM_ROLES.has(p.role ?? '')) &&
        !women.some((p) => EXPERT_ROLES.has(p.role ?? ''));
      return gap ? { counted: 'people', women: women.length, men: menExperts, unknown: 0, thresholds: { minMenExpertsForRoleGap: t.minMenExpertsForRoleGap } } : null;
    }
    case 'headline-men-only': {
      let headlineMen = 0;
      let headlineWomen = 0;
      let storyWomen = 0;
      for (const p of people.detail.persons) {
        if (p.merged !== null || !p.named || p.mentions.length === 0) continue;
        const inHeadline = [...p.segments].some((s) => {
          const role = segments[s]?.role;
          return role === 'title' || role === 'caption' || role === 'alt';
        });
        if (p.gender === 'female') {
          storyWomen++;
          if (inHeadline) headlineWomen++;
        } else if (p.gender === 'male' && inHeadline) headlineMen++;
      }
      return headlineMen >= t.minHeadlineMen && headlineWomen === 0 && storyWomen > 0
        ? { counted: 'people', women: headlineWomen, men: headlineMen, unknown: 0, thresholds: { minHeadlineMen: t.minHeadlineMen } }
        : null;
    }
  }
}

/** First mention of each woman who is described only as someone's relative ("vợ ông Hùng", "his wife"). */
function relationOnlyMentions(people: PeopleAnalysis): Array<{ start: number; end: number }> {
  const out: Array<{ start: number; end: number }> = [];
  for (const p of people.detail.persons) {
    if (p.merged !== null || p.named || !p.relation || p.gender === 'male' || p.cue !== 1) continue;
    const m = p.mentions.find((x) => x.kind === 'relation' && x.relationTo !== null && x.wordStart >= 0);
    if (!m) continue;
    let owner = people.detail.persons[m.relationTo!];
    while (owner && owner.merged !== null) owner = people.detail.persons[owner.merged];
    if (!owner || !owner.named) continue;
    out.push({ start: m.wordStart, end: m.wordEnd });
  }
  return out;
}
