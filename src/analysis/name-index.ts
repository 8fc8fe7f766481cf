/**
 * Which earlier named person a name may refer to, found without scanning everyone who shares a word of it.
 *
 * The people analysis (analysis/people.ts) matches a name against persons indexed by the first and the last word
 * of their names. Scanning that whole set for every name made a document with many people quadratic: every
 * "Nguyễn ..." was compared with every earlier Nguyễn. This index answers the same question from narrower lists:
 *
 *   Vietnamese: names refer to each other when one is a suffix of the other ("Lan" ~ "Nguyễn Thị Lan"), so a
 *     name is looked up by its whole form among the suffixes of known names, and its proper suffixes among the
 *     whole known names.
 *   English: equal names, a one-word name against the first or last word of a longer one, or two names with the
 *     same first and last words; so one-word names are looked up by the word, longer names by their first and last
 *     words together and each of those words as a whole one-word name.
 *
 * Lists hold person indexes in increasing order, so the most recent match is found from the end. A person merged
 * into another (people.ts: an unnamed "chị H." turns out to be someone named) answers for the person it was
 * merged into, which may be older or newer: such entries are kept apart and all of them are examined.
 */
import type { Lang } from '../language/detect.js';

const SEP = '\u0001';
const key = (words: readonly string[]) => words.join(SEP);

export class NameIndex {
  /** Persons by the first and by the last word of the names they were indexed with. */
  private readonly byEdge = new Map<string, number[]>();
  /** Vietnamese: "s" + every suffix, "f" + whole name. English: "f" + a one-word name, "p" + first and last word. */
  private readonly byForm = new Map<string, number[]>();
  /** Merged persons, by the edges they were indexed under. */
  private readonly mergedByEdge = new Map<string, number[]>();

  constructor(private readonly lang: Lang) {}

  /** Indexes a person under a name (a new person, or a longer form of a known one's name). */
  add(person: number, words: readonly string[]): void {
    if (words.length === 0) return;
    const last = words.length - 1;
    insert(this.byEdge, words[0]!, person);
    insert(this.byEdge, words[last]!, person);
    if (this.lang === 'vi') {
      for (let k = 0; k <= last; k++) insert(this.byForm, 's' + key(words.slice(k)), person);
      insert(this.byForm, 'f' + key(words), person);
    } else if (words.length === 1) insert(this.byForm, 'f' + words[0]!, person);
    else insert(this.byForm, 'p' + words[0]! + SEP + words[last]!, person);
  }

  /** A person indexed under `words` was merged into another. */
  noteMerged(person: number, words: readonly string[]): void {
    if (words.length === 0) return;
    insert(this.mergedByEdge, words[0]!, person);
    insert(this.mergedByEdge, words[words.length - 1]!, person);
  }

  /**
   * The highest-ranked person indexed under the first or last word of `words` that passes `test`, or null; the
   * same answer as examining every such person. `rank` maps a merged person to the index that competes.
   */
  latestByEdges(words: readonly string[], test: (person: number) => boolean, isMerged: (person: number) => boolean, rank: (person: number) => number): number | null {
    const first = words[0]!;
    const last = words[words.length - 1]!;
    const lists: (number[] | undefined)[] = [];
    if (this.lang === 'vi') {
      lists.push(this.byForm.get('s' + key(words)));
      for (let k = 1; k < words.length; k++) lists.push(this.byForm.get('f' + key(words.slice(k))));
    } else if (words.length === 1) lists.push(this.byEdge.get(first));
    else lists.push(this.byForm.get('f' + first), this.byForm.get('f' + last), this.byForm.get('p' + first + SEP + last));
    return latest(lists, [this.mergedByEdge.get(first), this.mergedByEdge.get(last)], test, isMerged, rank);
  }

  /** The same over the persons indexed under the last word of `words` whose names end with `words` (and are longer). */
  latestByTail(words: readonly string[], test: (person: number) => boolean, isMerged: (person: number) => boolean, rank: (person: number) => number): number | null {
    const first = words[0]!;
    const last = words[words.length - 1]!;
    let list: number[] | undefined;
    if (this.lang === 'vi') list = this.byForm.get('s' + key(words));
    else if (words.length === 1) list = this.byEdge.get(last);
    else list = this.byForm.get('p' + first + SEP + last);
    return latest([list], [this.mergedByEdge.get(last)], test, isMerged, rank);
  }
}

/** Adds a person to a sorted list once (a person indexed again under a longer name may be older than the tail). */
function insert(map: Map<string, number[]>, at: string, person: number): void {
  const list = map.get(at);
  if (!list) {
    map.set(at, [person]);
    return;
  }
  const tail = list[list.length - 1]!;
  if (person > tail) list.push(person);
  else if (person !== tail && !list.includes(person)) {
    let k = list.length;
    while (k > 0 && list[k - 1]! > person) k--;
    list.splice(k, 0, person);
  }
}

function latest(
  lists: (number[] | undefined)[],
  mergedLists: (number[] | undefined)[],
  test: (person: number) => boolean,
  isMerged: (person: number) => boolean,
  rank: (person: number) => number,
): number | null {
  let best = -1;
  // Persons not merged rank as themselves: the first that passes from the end of a list is that list's best.
  for (const list of lists) {
    if (!list) continue;
    for (let k = list.length - 1; k >= 0; k--) {
      const person = list[k]!;
      if (person <= best) break;
      if (isMerged(person) || !test(person)) continue;
      best = person;
      break;
    }
  }
  for (const list of mergedLists) {
    if (!list) continue;
    for (const person of list) {
      const r = rank(person);
      if (r > best && test(person)) best = r;
    }
  }
  return best < 0 ? null : best;
}
