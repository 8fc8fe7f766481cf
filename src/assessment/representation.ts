import type { PeopleAnalysis } from '../analysis/people.js';
import type { Thresholds } from '../config/schema.js';
import type { Segment } from '../document/types.js';
import type { LanguageRules } from '../rules/checker.js';
import type { RuleHit } from '../rules/evaluate.js';
import type { Check } from '../rules/schema.js';

const EXPERT_ROLES = new Set(['expert', 'official']);
const VICTIM_ROLES = new Set(['victim', 'personal-experience']);

/**
 * Evaluates the representation rules that name a built-in metric check (`check:` in a rule pack) over the
 * people analysis. Document checks give a hit with start -1; span checks point at the mention's words.
 * Findings then go through the same path as pattern rules (severity from configuration, messages, verdict).
 */
export function evaluateRepresentation(rules: LanguageRules, people: PeopleAnalysis, thresholds: Thresholds, segments: Segment[]): RuleHit[] {
  const hits: RuleHit[] = [];
  for (const compiled of rules.rules) {
    const check = compiled.rule.check;
    if (!check) continue;
    if (check === 'women-relationship-only') {
      for (const m of relationOnlyMentions(people)) hits.push({ compiled, start: m.start, end: m.end });
      continue;
    }
    if (fires(check, people, thresholds, segments)) hits.push({ compiled, start: -1, end: -1 });
  }
  return hits;
}

function fires(check: Exclude<Check, 'women-relationship-only'>, people: PeopleAnalysis, t: Thresholds, segments: Segment[]): boolean {
  const { women, men } = people.sources;
  const total = women + men;
  switch (check) {
    case 'sources-one-gender':
      return total >= t.minSourcesForBalance && (women === 0 || men === 0);
    case 'women-source-share':
      // Zero women is the one-gender check's finding; this one is about a token presence.
      return total >= t.minSourcesForShare && women > 0 && women / total < t.minWomenSourceShare;
    case 'women-victims-men-experts': {
      const named = people.detail.persons.filter((p) => p.merged === null && p.named && p.mentions.length > 0);
      const women = named.filter((p) => p.gender === 'female');
      const menExperts = named.filter((p) => p.gender === 'male' && EXPERT_ROLES.has(p.role ?? '')).length;
      return (
        menExperts >= t.minMenExpertsForRoleGap &&
        women.length > 0 &&
        women.some((p) => VICTIM_ROLES.has(p.role ?? '')) &&
        !women.some((p) => EXPERT_ROLES.has(p.role ?? ''))
      );
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
      return headlineMen >= t.minHeadlineMen && headlineWomen === 0 && storyWomen > 0;
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
