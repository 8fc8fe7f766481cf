import LEXICON from './inflections.generated.json';

/**
 * English inflected forms of a word, generated when a pattern is compiled (`~kill` matches kill, kills,
 * killed, killing). Over-generation is harmless: forms that are not words never occur in text.
 * LEXICON holds compromise's forms for the bundled packs' words, computed at build (scripts/build-inflections.ts);
 * the suffix rules below cover every word, including those of a host's own packs.
 */
const LEXICAL = LEXICON as Record<string, string[] | undefined>;
const IRREGULAR: Record<string, string[]> = {
  man: ['men', "man's", "men's"],
  woman: ['women', "woman's", "women's"],
  child: ['children', "children's"],
  wife: ['wives'],
  housewife: ['housewives'],
  person: ['people'],
  beat: ['beats', 'beating', 'beaten'],
  hit: ['hits', 'hitting'],
  fight: ['fought'],
  strike: ['struck', 'stricken'],
  stab: ['stabbed', 'stabbing', 'stabs'],
  shoot: ['shot'],
  slay: ['slain', 'slew'],
  take: ['took', 'taken'],
  lose: ['lost'],
  snap: ['snapped', 'snapping'],
  find: ['found'],
  drink: ['drank', 'drunk'],
  wear: ['wore', 'worn'],
  be: ['is', 'are', 'was', 'were', 'been', 'being', 'am'],
  have: ['has', 'had', 'having'],
  leave: ['left'],
  catch: ['caught'],
  bring: ['brought'],
  hold: ['held'],
  do: ['did', 'done', 'does'],
  go: ['went', 'gone', 'goes'],
  cry: ['cries', 'cried', 'crying'],
};
const VOWEL = /[aeiou]/;

export function inflections(word: string): string[] {
  const w = word.toLowerCase();
  const forms = new Set<string>([w, ...(IRREGULAR[w] ?? []), ...(Object.hasOwn(LEXICAL, w) ? LEXICAL[w]! : [])]);
  if (w.endsWith('man')) forms.add(w.slice(0, -3) + 'men');
  if (/(s|x|z|ch|sh)$/.test(w)) forms.add(w + 'es');
  else if (/[^aeiou]y$/.test(w)) forms.add(w.slice(0, -1) + 'ies');
  else forms.add(w + 's');
  forms.add(w + "'s");
  if (w.endsWith('e')) {
    forms.add(w + 'd');
    forms.add(w.slice(0, -1) + 'ing');
  } else if (/[^aeiou]y$/.test(w)) {
    forms.add(w.slice(0, -1) + 'ied');
    forms.add(w + 'ing');
  } else {
    forms.add(w + 'ed');
    forms.add(w + 'ing');
    // stop -> stopped: one vowel before a final consonant.
    const last = w[w.length - 1] ?? '';
    if (w.length >= 3 && /[bdgklmnprt]/.test(last) && VOWEL.test(w[w.length - 2] ?? '') && !VOWEL.test(w[w.length - 3] ?? '')) {
      forms.add(w + last + 'ed');
      forms.add(w + last + 'ing');
    }
  }
  return [...forms];
}
