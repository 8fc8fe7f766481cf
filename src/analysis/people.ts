import type { GenderCount, Person } from '../assessment/schema.js';
import type { SegmentRole } from '../document/types.js';
import type { Lang } from '../language/detect.js';
import type { Token } from '../language/tokenize.js';
import { normalizeWord } from '../language/normalize.js';
import type { AnalyzedDocument } from './document.js';
import { NameIndex } from './name-index.js';
import { englishFirstName, genderOfName, type Gender } from './gender/guess.js';
import {
  foldNorm,
  foldSet,
  indexTokens,
  isEnFirstName,
  isViAnySurnameFolded,
  isViNamePartFolded,
  isViSurnameFolded,
  LETTER_START,
  type Lex,
} from './people-index.js';
import {
  APPOSITION_FILLER,
  EN_NOT_NAMES,
  EN_LONE_NOT_NAMES,
  EN_ORG_AFTER,
  EN_PLACE_AFTER,
  EN_PLACE_BEFORE,
  EN_PLACE_ONLY_BEFORE,
  EN_PLURAL_BEFORE,
  VI_DEMONSTRATIVE,
  VI_GROUP_NEXT,
  VI_NAME_PART_SET,
  VI_NOT_SPEECH_NEXT,
  VI_PLACE_BEFORE,
  VI_PLACES,
  VI_PLURAL_BEFORE,
  VI_SURNAME_SET,
  SPEAKER_GROUPS,
  type Entry,
  type PersonRole,
} from './people-lexicon.js';

export { PERSON_ROLES, type PersonRole } from './people-lexicon.js';

/** A mention: tokens [from, to) of the flattened document; `word*` are word indexes for rule hits. */
export interface MentionInfo {
  person: number;
  from: number;
  to: number;
  wordStart: number;
  wordEnd: number;
  segment: number;
  kind: 'name' | 'pronoun' | 'noun' | 'relation';
  /** The person is named only through a relation to someone else ("vợ ông Hùng", "his wife"). */
  relationTo: number | null;
  /** The owner inside a relation phrase ("ông Hùng" in "vợ ông Hùng"): never the speaker. */
  possessor: boolean;
}

export interface PersonInfo {
  index: number;
  name: string;
  nameWords: string[];
  gender: Gender;
  /** Gender from honorifics, titles or pronouns in the text; outranks the name. */
  cue: number;
  named: boolean;
  role: PersonRole | null;
  roles: Set<PersonRole>;
  quoted: boolean;
  direct: boolean;
  /** Described only as someone's relative ("vợ anh", "wife of"). */
  relation: boolean;
  segments: Set<number>;
  mentions: MentionInfo[];
  merged: number | null;
}

export interface PeopleAnalysis {
  persons: Person[];
  people: GenderCount;
  sources: GenderCount;
  /** Named persons by GMMP function. */
  byRole: Record<string, GenderCount>;
  /** Named persons by the segment roles they appear in (a person counts once per role). */
  bySegment: Record<string, GenderCount>;
  /** Named sources by GMMP function. */
  sourcesByRole: Record<string, GenderCount>;
  /** Internal detail for the representation checks. */
  detail: { persons: PersonInfo[]; mentions: MentionInfo[] };
}

const ROLE_RANK: Record<PersonRole, number> = {
  victim: 7,
  official: 6,
  expert: 5,
  'personal-experience': 4,
  eyewitness: 3,
  'popular-opinion': 2,
  subject: 1,
  other: 0,
};

const norms = (list: string) => new Set(list.split('|').map(normalizeWord));
const COPULA = norms('là|is|was|became');
const ONE = norms('một|a|an');
const OF = norms('của');
const VI_STRONG_MIDDLE = norms('thị|văn|hữu|đức|công|quốc|đình|bá|thế|trọng|ngọc|thu|thúy|minh');
const THEO_FILLER = norms('lời|kể|của|chia|sẻ|ý|kiến|thông|tin|từ|đánh|giá|nhận|định|a|the|statement|statements|from|by|figures|data|comments|remarks');
const VI_ORGANISATION_WORDS = norms('học|hội|sở|bộ|viện|ban|cục|trường|đoàn|công|tổng|ủy|ubnd|tỉnh|huyện|xã|phòng|khoa|trung|quỹ|mặt|liên|đảng|quốc|nhà|tập|tổ');
const GAP_FILLER = norms('cũng|đã|thì|còn|vừa|mới|hiện|đều|vẫn|also|then|later|now|still');
const THEO = normalizeWord('theo');
const AND = norms('và|cùng|với|and|&');
// Middle names after which any given name will do: Thị, Văn, and the H'Mông A (men) and Mí (women).
const THI_VAN = norms('thị|văn|a|mí');
const CLOSING_QUOTES = new Set(['”', '"', '»', '’']);
const ARTICLE = norms('the|a|an');
const SPOUSE = norms('wife|husband|widow|widower|vợ|chồng');
const EN_DETERMINERS = norms('the|a|an|this|that|these|those|his|her|their|our|my|your|its|every|each|no|any|some');
/** Verb forms that follow a lone first name used as a subject ("Mike does the school run", "Emily was"). */
const EN_VERB_AFTER_NAME = norms('is|was|has|had|does|did|will|would|can|could|should|must|might|gets|got|went|came|made|took|gave|began|became|left|kept|lost|won|ran|saw|felt|knew|met|sat|stood|spent|found|still|also|never|always|now|then|had|who');
/** Contests named with an honorific: "Miss World", "Mr Universe". */
const CONTEST = norms('world|universe|earth|international|supranational|grand|teen|olympia|gay');
const AGE_OLD = /^\d+-year-old$/u;
// Also a degree: "luận án tiến sĩ", "bằng thạc sĩ" name the degree, not a doctor.
const PREDICATIVE = norms('làm|thành|thi|học|nghề|án|bằng|as|become|becoming');
// Praise and description between a role noun and the name ("điều dưỡng soái ca Đỗ Minh Tú", "nữ bác sĩ xinh đẹp X"):
// adjectives and descriptive nouns, never verbs, so "bác sĩ khám cho Nguyễn Văn A" keeps the doctor unnamed.
const TITLE_DESCRIPTION = norms('trẻ|già|nghèo|đơn|thân|cao|lớn|tuổi|mới|sinh|soái|ca|điển|trai|xinh|đẹp|tài|năng|giỏi|tận|tâm|nổi|tiếng|lành|nghề|kỳ|cựu|gốc|9x|8x|hot|boy|girl');
/** Segments where "Name: words" is usually a label ("Bác sĩ Lan: Người giữ lửa"), speech only with quotation marks. */
const LABEL_ROLES = new Set<SegmentRole>(['title', 'heading', 'caption', 'alt']);

const stripPossessive = (norm: string) => (norm.endsWith("'s") ? norm.slice(0, -2) : norm);

/**
 * Who appears and who speaks: person mentions (names with honorifics and titles, later references,
 * pronouns, unnamed individuals), merged into persons; quotations and reported speech attributed to them;
 * each person's GMMP function and the segments they appear in. One pass over the tokens plus one over the
 * speech verbs; no parser.
 */
export function analyzePeople(doc: AnalyzedDocument): PeopleAnalysis {
  const t = indexTokens(doc);
  const state = new Scanner(t.toks, t.segOf, t.wordOf, t.lex, t.folded, doc.lang, doc);
  state.scan(t.starts, t.verbs);
  state.attributeSpeech(t.quoteSentences);
  return state.result();
}

class Scanner {
  readonly persons: PersonInfo[] = [];
  readonly mentions: MentionInfo[] = [];
  private readonly speech: Array<{ at: number; end: number; weak: boolean; before: boolean }> = [];
  /** Token of a named person → person, for bare later references ("Hùng cho biết", "Jones said"). */
  private readonly byNameWord = new Map<string, number>();
  private readonly unnamedByHead = new Map<string, number>();

  constructor(
    private readonly toks: Token[],
    private readonly segOf: Int32Array,
    private readonly wordOf: Int32Array,
    /** Per token: what it may start (undefined for most tokens). */
    private readonly lex: Array<Lex | undefined>,
    /** Vietnamese typed without diacritics ("Bac si Hoang Van Tuan cho biet"): every word list is matched folded. */
    readonly folded: boolean,
    private readonly lang: Lang,
    private readonly doc: AnalyzedDocument,
  ) {
    this.names = new NameIndex(lang);
  }

  private in(list: Set<string>, norm: string): boolean {
    return (this.folded ? foldSet(list) : list).has(norm);
  }

  private notSpeechNext(verb: string, next: string): boolean {
    if (!this.folded) return !!VI_NOT_SPEECH_NEXT[verb]?.has(next);
    for (const [key, list] of Object.entries(VI_NOT_SPEECH_NEXT)) if (foldNorm(key) === verb && foldSet(list).has(next)) return true;
    return false;
  }

  /** A place or unit word right before token `from` ("phường", "xã", "khoa", "TP."): a capitalised run there is its name. */
  private placeBefore(from: number): boolean {
    let k = from - 1;
    if (this.toks[k]?.norm === '.') k--;
    const w = this.word(k);
    return !!w && this.sameSentence(k, from) && (this.in(VI_PLACE_BEFORE, w.norm) || this.in(VI_ORGANISATION_WORDS, w.norm));
  }

  private word(i: number): Token | undefined {
    const t = this.toks[i];
    return t && t.kind === 'word' ? t : undefined;
  }

  private sameSentence(a: number, b: number): boolean {
    const x = this.toks[a];
    const y = this.toks[b];
    return !!x && !!y && x.sentence === y.sentence && this.segOf[a] === this.segOf[b];
  }

  /** The longest lexicon entry starting at token i (words only, same sentence). */
  private entryAt(i: number): { entry: Entry; end: number } | null {
    const list = this.lex[i]?.entries;
    if (!list) return null;
    for (const entry of list) {
      let ok = true;
      for (let k = 1; k < entry.words.length; k++) {
        const w = this.word(i + k);
        if (!w || w.norm !== entry.words[k] || !this.sameSentence(i, i + k)) {
          ok = false;
          break;
        }
      }
      if (ok) return { entry, end: i + entry.words.length };
    }
    return null;
  }

  /** Capitalised words from i on, in one sentence, at most `max`. */
  private capitalRun(i: number, max: number, anchor = i): number {
    // A name continues the prefix before it only within its sentence ("... trẻ em\n\nCơ quan ...").
    if (anchor !== i && !this.sameSentence(anchor, i)) return i;
    let j = i;
    while (j - i < max) {
      const w = this.word(j);
      if (!w || !w.capitalized || (j > i && !this.sameSentence(i, j))) break;
      // A capitalised function word ends an English name, unless it sits inside one ("Dr. Ton That Minh").
      // "Minister Nguyen Van An": after Van or Thi in the middle, "An" is the given name, not the article.
      const prevNorm = j > i ? foldNorm(this.word(j - 1)?.norm ?? '') : '';
      const inside =
        (j > i && this.word(j + 1)?.capitalized === true && this.sameSentence(j, j + 1) && isViAnySurnameFolded(this.word(j - 1)?.norm ?? '')) ||
        (j - i >= 2 && (prevNorm === 'van' || prevNorm === 'thi') && isViAnySurnameFolded(foldNorm(this.word(j - 2)?.norm ?? '')));
      if (this.lang === 'en' && ((EN_NOT_NAMES.has(w.norm) && !inside) || (j > i && this.entryAt(j)?.entry.kind === 'hon'))) break;
      j++;
      // "John F. Kennedy": an initial and its full stop inside an English name.
      if (this.lang === 'en' && j - i >= 2 && w.end - w.start === 1 && this.toks[j]?.norm === '.' && this.word(j + 1)?.capitalized && this.sameSentence(i, j + 1)) j++;
    }
    return j;
  }

  private pluralBefore(i: number): boolean {
    const prev = this.toks[i - 1];
    if (!prev || !this.sameSentence(i - 1, i)) return false;
    if (prev.kind === 'number') return true;
    if (prev.kind !== 'word') return false;
    return this.in(this.lang === 'vi' ? VI_PLURAL_BEFORE : EN_PLURAL_BEFORE, prev.norm);
  }

  /**
   * Mentions, left to right, from the words that may start one (a lower-case word that starts no lexicon entry
   * starts no mention either); then the speech verbs.
   */
  scan(starts: number[], verbs: number[]): void {
    let next = 0;
    for (const i of starts) {
      if (i < next) continue;
      next = Math.max(i + 1, this.lang === 'vi' ? this.scanVi(i) : this.scanEn(i));
    }
    for (const k of verbs) this.noteSpeech(k);
  }

  private noteSpeech(i: number): void {
    const w = this.word(i);
    if (!w || w.inQuote) return;
    const verbs = this.lex[i]?.verbs;
    if (!verbs) return;
    for (const verb of verbs) {
      let ok = true;
      for (let k = 1; k < verb.words.length; k++) {
        const x = this.word(i + k);
        if (!x || x.norm !== verb.words[k]) {
          ok = false;
          break;
        }
      }
      if (!ok) continue;
      const end = i + verb.words.length;
      if (this.lang === 'vi' && verb.words.length === 1) {
        const after = this.word(end);
        if (after && this.notSpeechNext(w.norm, after.norm)) return;
      }
      if (this.lang === 'en' && w.norm === 'said' && this.word(i - 1)?.norm === 'the') return;
      if (verb.needsQuote && !this.quoteInSentence(i)) continue;
      this.speech.push({ at: i, end, weak: verb.weak, before: verb.before });
      return;
    }
  }

  /** A quoted word in the sentence of token i, before or after it. */
  private quoteInSentence(i: number): boolean {
    for (let k = i - 1; k >= 0 && this.sameSentence(k, i); k--) if (this.toks[k]!.inQuote) return true;
    for (let k = i + 1; k < this.toks.length && this.sameSentence(k, i); k++) if (this.toks[k]!.inQuote) return true;
    return false;
  }

  /* --------------------------------------------------------------------------------------- */
  /* Vietnamese                                                                               */
  /* --------------------------------------------------------------------------------------- */

  private scanVi(i: number): number {
    const w = this.word(i)!;
    // Prefix chain: honorifics, "nữ"/"nam", titles ("bà", "PGS.TS", "nữ bác sĩ", "bác sĩ", "Giám đốc").
    let j = i;
    let cue = 0;
    let strong = false;
    let anaphoric: Entry | null = null;
    let role: PersonRole | null = null;
    let head: Entry | null = null;
    let lastHon: string | null = null;
    for (let guard = 0; guard < 4; guard++) {
      const hit = this.entryAt(j);
      if (!hit) break;
      const { entry } = hit;
      if (entry.kind === 'group') return j === i ? hit.end : j;
      if (entry.kind === 'mod') {
        const after = this.entryAt(hit.end);
        if (!after || after.entry.kind !== 'title') break;
        // "một trong số ít nam hộ sinh", "những nữ bác sĩ": the plural reaches through "nam"/"nữ" to the title.
        if (j === i && this.pluralBefore(j)) return after.end;
        cue = cue || entry.gender;
        j = hit.end;
        continue;
      }
      if (entry.kind === 'rel') {
        if (j === i) return this.relationVi(i, hit.end, entry);
        break;
      }
      if (entry.kind === 'hon') {
        const nextWord = this.word(hit.end);
        // "ông bà", "bà con", "anh chị em", "chị em": a group or a kinship compound, with the noun it qualifies
        // ("chị em công nhân", "bà con nông dân").
        if (nextWord && !nextWord.capitalized && this.in(VI_GROUP_NEXT, nextWord.norm) && this.sameSentence(j, hit.end)) {
          const noun = this.entryAt(hit.end + 1);
          return noun && noun.entry.kind === 'title' ? noun.end : hit.end + 1;
        }
        if (this.pluralBefore(j)) return hit.end;
        // The first kinship term of a chain is the one a later reference repeats ("Cháu bé X ... mẹ cháu").
        lastHon ??= entry.phrase;
      }
      if (entry.kind === 'title' && j === i && this.pluralBefore(j)) return hit.end;
      cue = cue || entry.gender;
      strong = strong || entry.strong;
      if (entry.anaphoric) anaphoric = entry;
      role = role && ROLE_RANK[role] >= ROLE_RANK[entry.role ?? 'other'] ? role : entry.role;
      head = entry;
      j = hit.end;
      // "BS." "TS.": the abbreviation's full stop.
      const dot = this.toks[j];
      if (dot && dot.kind === 'punct' && dot.norm === '.' && entry.strong && entry.words.length === 1 && this.sameSentence(i, j + 1) && this.word(j + 1)?.capitalized) j++;
      // "Thạc sĩ, bác sĩ Trần Thị Thu Hà", "PGS.TS, BS. Lê Văn A": a comma inside a chain of titles.
      if (entry.kind === 'title' && this.toks[j]?.norm === ',' && this.sameSentence(j, j + 1) && this.entryAt(j + 1)?.entry.kind === 'title') j++;
    }
    // "người mẹ trẻ Lê Minh Anh", "bà mẹ đơn thân Nguyễn Thị Hoa": a short description between a role noun and the name.
    if (head && head.kind === 'title' && head.person && !this.word(j)?.capitalized) {
      let k = j;
      while (k < j + 3 && this.word(k) && !this.word(k)!.capitalized && this.in(TITLE_DESCRIPTION, this.word(k)!.norm)) k++;
      if (k > j && this.word(k)?.capitalized && this.sameSentence(i, k)) j = k;
    }
    const runEnd = this.capitalRun(j, 5, i);
    const run = runEnd - j;
    if (j > i) {
      if (run > 0 && (strong || this.looksLikeFullNameVi(j, runEnd, false, j) || this.looksLikeGivenNameVi(j, runEnd))) {
        this.addNamed(i, j, runEnd, cue, role, lastHon);
        return runEnd;
      }
      if (head && head.kind === 'title' && head.role !== null && !anaphoric) {
        // "Giám đốc Sở Y tế Thanh Hóa Trịnh Hữu Hùng": the title, its organisation, then the full name; a speech
        // verb ends the search ("Bệnh nhân được bác sĩ cho biết ...").
        for (let k = j; k < j + 8 && k < this.toks.length; k++) {
          const t = this.toks[k]!;
          if (t.kind !== 'word' || !this.sameSentence(i, k) || this.lex[k]?.verbs) break;
          if (!t.capitalized) continue;
          const end = this.capitalRun(k, 5);
          for (let start = k; start < end - 1; start++)
            if (this.looksLikeFullNameVi(start, end, true, j)) {
              this.addNamed(i, start, end, cue, role, lastHon);
              return end;
            }
          k = end - 1;
        }
      }
      if (this.folded) return j; // without diacritics "co", "chi", "ba" are as often "có", "chỉ", "ba": names only.
      if (run === 0 || !strong) {
        // No name: an anaphoric honorific ("ông cho biết"), a title with a demonstrative, or an unnamed person.
        if (anaphoric && j - i === anaphoric.words.length) {
          const after = this.word(j);
          const end = after && this.in(VI_DEMONSTRATIVE, after.norm) ? j + 1 : j;
          if (!w.inQuote) this.addAnaphora(i, end, cue, lastHon);
          return end;
        }
        if (head && head.person) return this.addNoun(i, j, head, cue, role);
        return j;
      }
      return j;
    }
    if (run === 0) return i + 1;
    // "phường Đông Vệ", "xã Hoàng Văn Thụ", "TP. Vinh": the whole run names the place.
    if (this.placeBefore(i)) return runEnd;
    if (this.looksLikeFullNameVi(i, runEnd)) {
      this.addNamed(i, i, runEnd, 0, null, null);
      return runEnd;
    }
    if (run === 1) {
      const person = this.byNameWord.get(w.norm);
      if (person !== undefined) this.addMention(person, i, i + 1, 'name', null);
    } else {
      // "Lan Anh chia sẻ" after "Nguyễn Thị Lan Anh": a later reference by the last syllables of a name.
      for (let end = runEnd; end >= i + 2; end--) {
        const person = this.namedByTail(i, end);
        if (person !== null) {
          this.addMention(person, i, end, 'name', null);
          return end;
        }
      }
    }
    // The run is not a name from here; a name or title may still start inside it ("Theo BS. Lan").
    return i + 1;
  }

  /** "bác sĩ Hương", "điều dưỡng Mai Anh": a given name after a title (or someone already named). */
  private looksLikeGivenNameVi(from: number, to: number): boolean {
    if (to - from !== 1) return false;
    const w = this.word(from)!.norm;
    if (this.byNameWord.has(w)) return true;
    // "Trưởng khoa Hồi sức", "Trưởng phòng Kiểm soát", "người dân phường Đông Vệ": after a word that names a unit
    // or a place, a capitalised word starts that unit's or place's name, not a given name.
    if (this.placeBefore(from)) return false;
    return this.in(VI_NAME_PART_SET, w) && !this.in(VI_PLACE_BEFORE, w) && !this.in(VI_ORGANISATION_WORDS, w);
  }

  /** `prefixEnd`: where an honorific/title chain ends; a place word inside that chain ("Trưởng khoa") does not make a place. */
  private looksLikeFullNameVi(from: number, to: number, afterOrganisation = false, prefixEnd = -1): boolean {
    const len = to - from;
    if (len < 2) return false;
    const first = this.word(from)!;
    if (!this.in(VI_SURNAME_SET, first.norm)) return false;
    if (from !== prefixEnd && this.placeBefore(from)) return false;
    // Inside an organisation's name only a clear full name counts: "... Thanh Hóa Trịnh Hữu Hùng".
    if (afterOrganisation && len < 3) return false;
    const words: string[] = [];
    for (let k = from; k < to; k++) words.push(this.word(k)!.norm);
    // "Đường Lê Lợi", "Hồ Tây": a surname that is also a place word starts a place name, unless "Thị"/"Văn" follows.
    if (this.in(VI_PLACE_BEFORE, first.norm) && !this.in(VI_STRONG_MIDDLE, words[1]!)) return false;
    if (this.in(VI_PLACES, words.join(' ')) || this.in(VI_PLACES, words.slice(0, 2).join(' '))) return false;
    if (len === 2) return this.in(VI_NAME_PART_SET, words[1]!);
    // "Trần Văn Thuấn", "Sùng Thị Chư": with Thị or Văn in the middle any given name will do.
    if (this.in(THI_VAN, words[1]!)) return true;
    return words.slice(1).every((x) => this.in(VI_NAME_PART_SET, x) || this.in(VI_SURNAME_SET, x));
  }

  /** "vợ anh", "chồng chị Lan", "con gái ông Hùng": a relative, described through someone else. */
  private relationVi(i: number, end: number, entry: Entry): number {
    if (this.pluralBefore(i)) return end;
    // "Mẹ Lựu" after "Mẹ Việt Nam anh hùng Nguyễn Thị Lựu": the kinship word is her title, not "Lựu's mother".
    const next = this.word(end);
    if (next?.capitalized && this.sameSentence(i, end)) {
      const named = this.byNameWord.get(next.norm);
      if (named !== undefined && sameHonorific(this.honorifics.get(this.find(named)), entry.phrase)) {
        this.addMention(named, i, end + 1, 'name', null);
        return end + 1;
      }
    }
    let described = this.appositionTarget(i, entry.gender) ?? this.predicateTarget(i, entry.gender);
    let j = end;
    if (this.in(OF, this.word(j)?.norm ?? '')) j++;
    // "con gái một bệnh nhân", "mẹ của một bệnh nhi"
    if (this.in(ONE, this.word(j)?.norm ?? '')) j++;
    const owner = this.entryAt(j);
    let ownerPerson: number | null = null;
    let stop = end;
    if (owner && owner.entry.kind === 'hon' && owner.entry.strong) {
      const runEnd = this.capitalRun(owner.end, 5, j);
      if (runEnd > owner.end) {
        ownerPerson = this.addNamed(j, owner.end, runEnd, owner.entry.gender, null, owner.entry.phrase);
        stop = runEnd;
      } else if (owner.entry.anaphoric) {
        stop = owner.end;
        const after = this.word(stop);
        if (after && this.in(VI_DEMONSTRATIVE, after.norm)) stop++;
        // "Chồng chị": the honorific refers back to the owner and says her gender, even when her name does not.
        ownerPerson = this.addAnaphora(j, stop, owner.entry.gender, owner.entry.phrase);
      }
    } else if (owner && owner.entry.kind === 'title' && owner.entry.person && !owner.entry.strong) {
      // "Chồng sản phụ", "mẹ bệnh nhi": the relative of an unnamed person.
      const before = this.mentions.length;
      stop = this.addNoun(j, owner.end, owner.entry, owner.entry.gender, owner.entry.role);
      ownerPerson = this.mentions[before]?.person ?? null;
    } else {
      const runEnd = this.capitalRun(j, 5, i);
      if (runEnd > j && this.looksLikeFullNameVi(j, runEnd)) {
        ownerPerson = this.addNamed(j, j, runEnd, 0, null, null);
        stop = runEnd;
      }
    }
    if (ownerPerson !== null) this.spouseGender(entry, ownerPerson);
    if (described !== null && ownerPerson !== null && this.find(ownerPerson) === this.find(described)) described = null;
    // "Mẹ của bé, Lê Minh Anh, cho biết": a name in apposition will say who the relative is.
    const namedNext = this.toks[stop]?.norm === ',' && this.sameSentence(stop, stop + 1) && (this.word(stop + 1)?.capitalized || this.entryAt(stop + 1)?.entry.kind === 'hon');
    if (ownerPerson === null && described === null && !namedNext) return stop;
    this.addNoun(i, end, entry, entry.gender, entry.role, ownerPerson, ownerPerson === null && !namedNext ? end : stop, described);
    return stop;
  }

  /* --------------------------------------------------------------------------------------- */
  /* English                                                                                  */
  /* --------------------------------------------------------------------------------------- */

  private scanEn(i: number): number {
    const w = this.word(i)!;
    // "the 63-year-old said": an age standing for someone just named.
    if (AGE_OLD.test(w.norm) && this.word(i - 1)?.norm === 'the' && this.sameSentence(i - 1, i) && !w.inQuote && !this.word(i + 1)?.capitalized) {
      const back = this.resolveByRole(null, 0, i);
      if (back !== null && this.entryAt(i + 1) === null) {
        this.addMention(back, i - 1, i + 1, 'noun', null);
        return i + 1;
      }
    }
    const lex = this.lex[i];
    const pronoun = lex?.pronoun ?? 0;
    if (pronoun !== 0) {
      if (!w.inQuote) this.addAnaphora(i, i + 1, pronoun, null);
      return i + 1;
    }
    const possessive = lex?.possessive ?? 0;
    if (possessive !== 0) {
      if (w.inQuote) return i + 1;
      // "Jordan Lee said her husband ...": like he/she, his/her says the gender of the person it refers to.
      const owner = this.resolve(possessive, null, i);
      if (owner !== null) {
        const p = this.persons[owner]!;
        if (p.cue === 0 && p.gender === 'unknown') p.cue = possessive;
      }
      const rel = this.sameSentence(i, i + 1) ? this.entryAt(i + 1) : null;
      if (rel && rel.entry.kind === 'rel') {
        this.addNoun(i, rel.end, rel.entry, rel.entry.gender, rel.entry.role, owner);
        return rel.end;
      }
      return i + 1;
    }
    let j = i;
    let cue = 0;
    let strong = false;
    let role: PersonRole | null = null;
    let head: Entry | null = null;
    for (let guard = 0; guard < 3; guard++) {
      const hit = this.entryAt(j);
      if (hit?.entry.kind === 'group' && j === i) return hit.end;
      if (!hit || hit.entry.kind === 'mod' || hit.entry.kind === 'group') break;
      if (hit.entry.kind === 'rel') {
        if (j === i) return this.relationEn(i, hit.end, hit.entry);
        break;
      }
      if (j === i && this.pluralBefore(j)) return hit.end;
      // "the Miss World final", "a Mr Big": after an article an honorific names a contest or a nickname, not a person.
      if (j === i && hit.entry.kind === 'hon' && ARTICLE.has(this.word(i - 1)?.norm ?? '') && this.sameSentence(i - 1, i)) return hit.end;
      // "Mr. and Mrs. Harold Price": the name is his; she is not named.
      const couple = j === i && hit.entry.phrase === 'mrs' && this.word(i - 1)?.norm === 'and' && (this.word(i - 2)?.norm === 'mr' || (this.toks[i - 2]?.norm === '.' && this.word(i - 3)?.norm === 'mr'));
      cue = cue || (couple ? -1 : hit.entry.gender);
      strong = strong || (hit.entry.strong && (hit.entry.kind === 'hon' || this.word(j)!.capitalized || this.word(hit.end)?.capitalized === true));
      role = role && ROLE_RANK[role] >= ROLE_RANK[hit.entry.role ?? 'other'] ? role : hit.entry.role;
      head = hit.entry;
      j = hit.end;
      const dot = this.toks[j];
      if (dot && dot.kind === 'punct' && dot.norm === '.' && this.sameSentence(i, j + 1) && this.word(j + 1)?.capitalized) j++;
    }
    const runEnd = this.capitalRun(j, 4, i);
    const run = runEnd - j;
    if (j > i) {
      if (head?.kind === 'hon' && run > 0) {
        // "Miss Wales Sophie Evans", "Mr Universe Tom Hale": a place or contest after the honorific is part of the
        // title and the name follows it; "Miss World" on its own is the contest.
        const from = this.nameAfterContest(j, runEnd);
        if (from === runEnd) return runEnd;
        if (from > j) {
          const person = this.addNamed(i, from, runEnd, cue, role, null);
          return this.possessedRelation(person, runEnd) ?? runEnd;
        }
      }
      // In an ALL-CAPS headline every word is capitalised: after a title ("GRAN-OF-FIVE JUDGE JAILS CITY FRAUDSTER")
      // only what looks like a name is one.
      if (run > 0 && ((strong && !this.shouted(j)) || this.looksLikeFullNameEn(j, runEnd))) {
        const person = this.addNamed(i, j, runEnd, cue, role, null);
        return this.possessedRelation(person, runEnd) ?? runEnd;
      }
      if (head?.person && run === 0) return this.addNoun(i, j, head, cue, role);
      return j;
    }
    if (run === 0) return i + 1;
    // "Lovesick Darren Pike, 38,", "Brave Sarah Jones": a describing word that opens the sentence is not the name's.
    if (run >= 3 && this.describingWordBeforeName(i, runEnd)) return i + 1;
    if (this.looksLikeFullNameEn(i, runEnd)) {
      const person = this.addNamed(i, i, runEnd, 0, null, null);
      return this.possessedRelation(person, runEnd) ?? runEnd;
    }
    // A later reference by one name ("Hall said", "Jones's wife"); otherwise a name or title may start
    // further on ("Yesterday John Smith", "Prime Minister Boris Johnson").
    const person = this.byNameWord.get(stripPossessive(w.norm));
    if (person !== undefined) {
      this.addMention(person, i, i + 1, 'name', null);
      return this.possessedRelation(person, i + 1) ?? i + 1;
    }
    // "Sandra runs the firm while Mike does the school run", "Emily, 7, was ...": a first name on its own.
    if (runEnd === i + 1 && this.loneFirstName(i)) {
      this.addNamed(i, i, i + 1, 0, null, null);
      return i + 1;
    }
    return i + 1;
  }

  /** Token `i` is in a sentence written in capitals (a shouted headline): capitals there say nothing about names. */
  private shouted(i: number): boolean {
    const sentence = this.toks[i]?.sentence;
    if (sentence === undefined) return false;
    let known = this.shoutedSentences.get(sentence);
    if (known === undefined) {
      let letters = 0;
      known = true;
      for (let k = i; k >= 0 && this.sameSentence(k, i) && known; k--) if (this.toks[k]!.kind === 'word') [known, letters] = this.capsWord(k, letters);
      for (let k = i + 1; k < this.toks.length && this.sameSentence(k, i) && known; k++) if (this.toks[k]!.kind === 'word') [known, letters] = this.capsWord(k, letters);
      known = known && letters >= 3;
      this.shoutedSentences.set(sentence, known);
    }
    return known;
  }

  private readonly shoutedSentences = new Map<number, boolean>();

  /** Whether word `k` has no lower-case letter, and the count of words with letters so far. */
  private capsWord(k: number, letters: number): [boolean, number] {
    const text = this.text(k, k + 1);
    if (!/\p{L}/u.test(text)) return [true, letters];
    return [text === text.toUpperCase(), letters + 1];
  }

  /** The sentence-initial word at `i` is no name (nor a Vietnamese family name) and a full name starts right after it. */
  private describingWordBeforeName(i: number, runEnd: number): boolean {
    const prev = this.toks[i - 1];
    if (prev && this.sameSentence(i - 1, i)) return false;
    const w = this.word(i)!;
    if (isEnFirstName(w.norm, false) || isViAnySurnameFolded(foldNorm(w.norm)) || isViNamePartFolded(foldNorm(w.norm))) return false;
    return isEnFirstName(this.word(i + 1)!.norm, true) && this.looksLikeFullNameEn(i + 1, runEnd);
  }

  /**
   * "Jones's wife", "Jordan Lee's husband": the relative of the named person ending at `nameEnd`, who owns them (and,
   * for a spouse, may learn their gender from it). Returns where the relation noun ends, or null.
   */
  private possessedRelation(person: number, nameEnd: number): number | null {
    const last = this.word(nameEnd - 1);
    if (!last || !last.norm.endsWith("'s") || !this.sameSentence(nameEnd - 1, nameEnd)) return null;
    const rel = this.entryAt(nameEnd);
    if (!rel || rel.entry.kind !== 'rel') return null;
    this.spouseGender(rel.entry, person);
    this.addNoun(nameEnd - 1, rel.end, rel.entry, rel.entry.gender, rel.entry.role, person);
    return rel.end;
  }

  /**
   * A capitalised word alone that is someone's first name: a common, clearly gendered first name (SSA) that is not
   * also a common word, place or brand ("Grace", "Georgia", "Chelsea"), not after an article or preposition ("in
   * May", "the Bill"), and followed by what a person does: a speech verb, a verb form ("runs", "was", "returned")
   * or an age (", 7,"). At the start of a sentence, where every word is capitalised, only a speech verb or an age.
   */
  private loneFirstName(i: number): boolean {
    const w = this.word(i)!;
    if (w.inQuote || EN_NOT_NAMES.has(w.norm) || EN_LONE_NOT_NAMES.has(w.norm)) return false;
    const entry = englishFirstName(w.norm);
    // Less common names (many non-English ones in the US table: "Priya", "Kwame") with the strong contexts only.
    if (!entry || entry.births < 3000 || (entry.pFemale > 0.05 && entry.pFemale < 0.95)) return false;
    const common = entry.births >= 10000;
    const prev = this.toks[i - 1];
    const start = !prev || !this.sameSentence(i - 1, i);
    if (!start && prev!.kind === 'word' && (prev!.capitalized || EN_PLACE_BEFORE.has(prev!.norm) || EN_DETERMINERS.has(prev!.norm))) return false;
    const next = this.toks[i + 1];
    if (!next || !this.sameSentence(i, i + 1)) return false;
    if (next.norm === ',' && this.toks[i + 2]?.kind === 'number' && this.toks[i + 3]?.norm === ',') return true;
    // "“I finally felt believed,” said Mai, a survivor ...": the name a quotation is attributed to.
    if (!start && (next.norm === ',' || next.norm === '.') && this.lex[i - 1]?.verbs?.some((v) => !v.needsQuote)) return true;
    if (next.kind !== 'word' || next.capitalized) return false;
    if (this.lex[i + 1]?.verbs?.some((v) => !v.before && !v.needsQuote)) return true;
    if (start || !common) return false;
    return EN_VERB_AFTER_NAME.has(next.norm) || (next.norm.length >= 4 && /^[a-z]+(?:[^s']s|ed)$/u.test(next.norm));
  }

  /**
   * After an honorific, the words [from, to): where the person's name starts when a place or a contest comes first
   * ("Miss Wales Sophie Evans" → "Sophie"); `from` when the run is the name; `to` when it is a contest alone
   * ("Miss World"). A first word that could be a name (English first name, Vietnamese family name) is the name.
   */
  private nameAfterContest(from: number, to: number): number {
    let k = from;
    while (k < to && CONTEST.has(this.word(k)!.norm)) k++;
    if (k > from) return k;
    const first = this.word(from)!.norm;
    // A common first name starts the name ("Mrs Mary Ann Jones"); a rare one may be a place ("Miss England").
    if (to - from < 3 || isEnFirstName(first, true) || isViAnySurnameFolded(foldNorm(first)) || isViNamePartFolded(foldNorm(first))) return from;
    for (let s = from + 1; s <= to - 2; s++) if (isEnFirstName(this.word(s)!.norm, false) && this.looksLikeFullNameEn(s, to)) return s;
    return from;
  }

  private looksLikeFullNameEn(from: number, to: number): boolean {
    if (to - from < 2) return false;
    const first = this.word(from);
    const last = this.word(to - 1);
    if (!first || !last || EN_ORG_AFTER.has(stripPossessive(last.norm))) return false;
    // "has opened her third pharmacy in Sam Son": without a title, a run after "in" is a place ("in John Smith's
    // view" keeps the person).
    const before = this.word(from - 1);
    if (before && EN_PLACE_ONLY_BEFORE.has(before.norm) && this.sameSentence(from - 1, from) && !last.norm.endsWith("'s")) return false;
    // "Sam Son city", "Quang Phu health station", "the Binh Yen shelter": a lower-case place or organisation noun
    // right after the run makes it that place's name.
    const next = this.word(to);
    if (next && !next.capitalized && this.sameSentence(from, to) && (EN_ORG_AFTER.has(next.norm) || EN_PLACE_AFTER.has(next.norm))) return false;
    if (isEnFirstName(first.norm, from === 0 || this.toks[from - 1]?.sentence !== first.sentence)) return true;
    // Vietnamese names keep their diacritics in some English text ("Nguyễn Thị Hạnh"): the name tests read them folded.
    const folded = (k: number) => foldNorm(stripPossessive(this.word(k)?.norm ?? ''));
    // "Linh Nguyen", "Thu Trang Pham": a Vietnamese name in English order, or any name given an age ("Kwame Osei, 54,").
    if (to - from <= 3 && isViSurnameFolded(folded(to - 1)) && isViNamePartFolded(folded(from))) return true;
    // "Nguyen Van Duc", "Giang Thi Mua": Vietnamese order, as English-language Vietnamese news writes it; Thi/Van in
    // the middle, or a common family name first, with name words after it.
    if (isViSurnameFolded(folded(from)) || (to - from >= 3 && isViAnySurnameFolded(folded(from)) && (folded(from + 1) === 'thi' || folded(from + 1) === 'van'))) {
      let parts = 0;
      for (let k = from + 1; k < to; k++) if (isViNamePartFolded(folded(k))) parts++;
      if (parts >= to - from - 1 - (to - from >= 3 ? 1 : 0) && !EN_PLACE_BEFORE.has(this.word(from - 1)?.norm ?? '')) return true;
    }
    return this.toks[to]?.norm === ',' && this.toks[to + 1]?.kind === 'number' && this.toks[to + 2]?.norm === ',' && !EN_NOT_NAMES.has(first.norm);
  }

  /** "wife of John Smith", "John's wife" (handled at the name), "his wife" (at the pronoun). */
  private relationEn(i: number, end: number, entry: Entry): number {
    if (this.pluralBefore(i)) return end;
    let described = this.appositionTarget(i, entry.gender) ?? this.predicateTarget(i, entry.gender);
    let owner: number | null = null;
    let stop = end;
    if (this.word(end)?.norm === 'of' && this.sameSentence(i, end + 1)) {
      const from = end + 1;
      const hit = this.entryAt(from);
      const nameFrom = hit && hit.entry.kind === 'hon' ? hit.end + (this.toks[hit.end]?.norm === '.' ? 1 : 0) : from;
      const runEnd = this.capitalRun(nameFrom, 4, i);
      if (runEnd > nameFrom) {
        owner = this.addNamed(from, nameFrom, runEnd, hit?.entry.gender ?? 0, null, null);
        stop = runEnd;
      }
    }
    const det = this.word(i - 1);
    if (owner !== null) this.spouseGender(entry, owner);
    if (described !== null && owner !== null && this.find(owner) === this.find(described)) described = null;
    if (owner === null && !(det && (det.norm === 'the' || det.norm === 'a')) && described === null) return stop;
    this.addNoun(i, end, entry, entry.gender, entry.role, owner, owner === null ? end : stop, described);
    return stop;
  }

  /* --------------------------------------------------------------------------------------- */
  /* Persons and mentions                                                                     */
  /* --------------------------------------------------------------------------------------- */

  private newPerson(named: boolean, name: string, nameWords: string[], cue: number): number {
    const index = this.persons.length;
    this.persons.push({
      index,
      name,
      nameWords,
      gender: 'unknown',
      cue,
      named,
      role: null,
      roles: new Set(),
      quoted: false,
      direct: false,
      relation: false,
      segments: new Set(),
      mentions: [],
      merged: null,
    });
    return index;
  }

  private find(p: number): number {
    let x = p;
    while (this.persons[x]!.merged !== null) x = this.persons[x]!.merged!;
    return x;
  }

  private text(from: number, to: number): string {
    return this.doc.source.segments[this.segOf[from]!]!.text.slice(this.toks[from]!.start, this.toks[to - 1]!.end);
  }

  private addMention(person: number, from: number, to: number, kind: MentionInfo['kind'], relationTo: number | null): MentionInfo {
    // A mention never leaves its segment: its offsets map into one piece of the caller's text.
    while (to - 1 > from && this.segOf[to - 1] !== this.segOf[from]) to--;
    let wordStart = -1;
    let wordEnd = -1;
    for (let k = from; k < to; k++) {
      const word = this.wordOf[k]!;
      if (word < 0) continue;
      if (wordStart < 0) wordStart = word;
      wordEnd = word + 1;
    }
    const mention: MentionInfo = { person: this.find(person), from, to, wordStart, wordEnd, segment: this.segOf[from]!, kind, relationTo, possessor: false };
    this.mentions.push(mention);
    return mention;
  }

  /** A name with its prefix: tokens [from, nameFrom) are the honorific/title, [nameFrom, to) the name. */
  private addNamed(from: number, nameFrom: number, to: number, cue: number, role: PersonRole | null, hon: string | null): number {
    const words: string[] = [];
    for (let k = nameFrom; k < to; k++) {
      const w = this.word(k);
      if (w) words.push(stripPossessive(w.norm));
    }
    // The name as written; read from the text only when it is needed (a new person, a longer name).
    const display = () => this.text(nameFrom, to).replace(/['’]s$/u, '');
    let dotted = false;
    for (let k = nameFrom; k < to; k++) if (this.toks[k]!.norm.includes('.')) dotted = true;
    // "chị H.T.N.", "anh T.": initials protect identity; the person is not named.
    const initials = words.every(isInitial) || (dotted && INITIALS.test(display()));
    let person = initials ? null : this.matchNamed(words, cue);
    // A new name, or a longer form of a known one, is indexed by its first and last word.
    let index = true;
    // "chị H." mentioned three times is one (unnamed) person.
    const initialsKey = initials ? `initials|${words.join(' ')}|${cue}` : '';
    if (person === null && initials) person = this.unnamedByHead.get(initialsKey) ?? null;
    if (person === null) {
      const name = display();
      person = this.newPerson(!initials, name, words, cue);
      this.persons[person]!.gender = genderOfName(name, this.lang);
      if (initials) this.unnamedByHead.set(initialsKey, person);
    } else if (initials) {
      index = false;
    } else {
      const p = this.persons[person]!;
      index = words.length > p.nameWords.length;
      if (index) {
        p.nameWords = words;
        p.name = display();
        if (p.gender === 'unknown') p.gender = genderOfName(p.name, this.lang);
      }
    }
    const p = this.persons[person]!;
    if (cue !== 0 && p.cue === 0) p.cue = cue;
    if (role) p.roles.add(role);
    if (hon) this.honorifics.set(person, hon);
    if (index) this.indexNamed(person, words);
    // English refers back by the first or the last name ("Mary", "Jones"; "Le", "Chau"), never a middle one.
    if (this.lang === 'en') {
      for (const word of [words[0]!, words[words.length - 1]!]) if (!this.byNameWord.has(word)) this.byNameWord.set(word, person);
    }
    if (this.lang === 'vi') {
      // Vietnamese refers back by the given name (the last syllable) only.
      for (const word of words.slice(0, -1)) if (this.byNameWord.get(word) === person) this.byNameWord.delete(word);
      this.byNameWord.set(words[words.length - 1]!, person);
    }
    const mention = this.addMention(person, from, to, 'name', null);
    this.apposition(mention);
    return person;
  }

  private readonly honorifics = new Map<number, string>();

  /** Named persons by the words of their names (name-index.ts), so a lookup examines only names that can match. */
  private readonly names: NameIndex;

  private indexNamed(person: number, words: string[]): void {
    this.names.add(person, words);
  }

  private readonly isMerged = (person: number): boolean => this.persons[person]!.merged !== null;

  /** The most recently introduced named person this name refers to, if any. */
  private matchNamed(words: string[], cue: number): number | null {
    const refersTo = (c: number) => {
      const p = this.persons[this.find(c)]!;
      if (!p.named || !compatible(genderOf(p), cue)) return false;
      const a = p.nameWords;
      return a.length === words.length ? a.every((x, k) => x === words[k]) : this.nameContains(a.length > words.length ? a : words, a.length > words.length ? words : a);
    };
    const best = this.names.latestByEdges(words, refersTo, this.isMerged, (c) => c);
    return best === null ? null : this.persons[this.find(best)]!.index;
  }

  /** The most recent named person whose name ends with the words [from, to) and is longer. */
  private namedByTail(from: number, to: number): number | null {
    const words: string[] = [];
    for (let k = from; k < to; k++) words.push(this.word(k)!.norm);
    const endsWith = (c: number) => {
      const p = this.persons[this.find(c)]!;
      return p.named && p.nameWords.length > words.length && this.nameContains(p.nameWords, words);
    };
    return this.names.latestByTail(words, endsWith, this.isMerged, (c) => this.find(c));
  }

  private nameContains(long: string[], short: string[]): boolean {
    if (this.lang === 'vi') return short.every((w, k) => long[long.length - short.length + k] === w);
    // English: "Hall" ~ "Peter Hall", "Mary" ~ "Mary Jones", "Mary Jones" ~ "Dr Mary Ann Jones" (first and last).
    if (short.length === 1) return long[long.length - 1] === short[0] || long[0] === short[0];
    return long[0] === short[0] && long[long.length - 1] === short[short.length - 1];
  }

  /** Someone mentioned before: most recent person of a compatible gender (same honorific first), a few sentences back. */
  /**
   * Someone mentioned before: most recent person with the same honorific, else of a compatible gender, a few
   * sentences back. When the pronoun speaks ("he said", "bà cho biết") a named person outranks a more recent
   * unnamed one ("the suspect, a 31-year-old man"): news reports speech from named sources.
   */
  private resolve(cue: number, hon: string | null, at: number, preferNamed = false): number | null {
    const sentence = this.toks[at]!.sentence;
    let fallback: number | null = null;
    let unnamedMatch: number | null = null;
    let neutralUnnamed: number | null = null;
    // A named person of unknown gender in the pronoun's own sentence ("Linh Nguyen, 28, said she ..."): the
    // pronoun's gender is news about them, and they outrank a match from an earlier sentence.
    let local: number | null = null;
    const seen = new Set<number>();
    for (let m = this.mentions.length - 1; m >= 0 && seen.size < 8; m--) {
      const mention = this.mentions[m]!;
      if (mention.from >= at) continue;
      if (sentence - this.toks[mention.from]!.sentence > 4) break;
      const p = this.persons[this.find(mention.person)]!;
      if (seen.has(p.index)) continue;
      seen.add(p.index);
      if (mention.kind === 'relation' && mention.relationTo === null && !p.named) continue;
      const g = genderOf(p);
      if (hon !== null && sameHonorific(this.honorifics.get(p.index), hon)) return p.index;
      // A gender-neutral term ("cụ", "em", "bé") refers back only through the same term.
      if (cue === 0 && hon !== null) continue;
      const here = this.toks[mention.from]!.sentence === sentence;
      if (cue !== 0 && g === cue) {
        if (local !== null && !here) return local;
        if (preferNamed && !p.named) {
          unnamedMatch ??= p.index;
          continue;
        }
        if (hon === null) return p.index;
        fallback ??= p.index;
      } else if (g === 0 && fallback === null) {
        // An unnamed person who says nothing of their gender ("luận án tiến sĩ", "the patient") only when no one
        // of the right gender is found: "ThS.BS Lê Ngọc Ánh ... tiến sĩ ... Chị cho biết" is Ánh.
        if (!p.named && cue !== 0) {
          neutralUnnamed ??= p.index;
          continue;
        }
        fallback = p.index;
        if (p.named && here) local = p.index;
      }
    }
    return fallback ?? neutralUnnamed ?? unnamedMatch;
  }

  private addAnaphora(from: number, to: number, cue: number, hon: string | null): number | null {
    const person = this.resolve(cue, hon, from, this.speechFollows(to));
    if (person === null) return null;
    const p = this.persons[person]!;
    if (p.cue === 0 && cue !== 0 && p.gender === 'unknown') p.cue = cue;
    this.addMention(person, from, to, 'pronoun', null);
    return person;
  }

  /** A speech verb right after token `at` (one filler allowed): "he said", "bà cho biết", "she also told". */
  private speechFollows(at: number): boolean {
    for (let k = at; k < at + 2; k++) {
      const w = this.word(k);
      if (!w) return false;
      if (this.lex[k]?.verbs?.some((v) => !v.before)) return true;
      if (!this.in(GAP_FILLER, w.norm)) return false;
    }
    return false;
  }

  /** An unnamed individual ("sản phụ", "the victim", "vị bác sĩ này"), unless it describes someone named. */
  private addNoun(from: number, to: number, entry: Entry, cue: number, role: PersonRole | null, relationTo: number | null = null, spanEnd = to, described?: number | null): number {
    const isRel = entry.kind === 'rel';
    const after = this.word(to);
    let end = spanEnd;
    const demonstrative = !isRel && after && this.in(VI_DEMONSTRATIVE, after.norm) && this.lang === 'vi';
    if (demonstrative) end++;
    // Apposition: "ông Hùng, Giám đốc Sở" / "Anh Minh, chồng chị" / "John Smith, the hospital director".
    const target = described !== undefined ? described : this.appositionTarget(from, cue) ?? this.predicateTarget(from, cue);
    if (target !== null) {
      const p = this.persons[target]!;
      if (role) p.roles.add(role);
      if (cue !== 0 && p.cue === 0) p.cue = cue;
      this.addMention(target, from, end, isRel ? 'relation' : 'noun', null);
      if (relationTo !== null) this.markPossessors(from, end);
      return end;
    }
    if (demonstrative || (this.lang === 'en' && this.word(from - 1)?.norm === 'the' && !isRel)) {
      const back = this.resolveByRole(role, cue, from);
      if (back !== null) {
        this.addMention(back, from, end, 'noun', null);
        return end;
      }
    }
    // Inside a quotation a role noun is the speaker's generic word ("phục vụ người bệnh"), not someone in the story;
    // after "làm", "trở thành", "as" it names a job ("làm hộ sinh", "trở thành bác sĩ", "worked as a nurse").
    if (!entry.person || this.toks[from]!.inQuote) return end;
    let before = from - 1;
    if (this.word(before) && this.in(ONE, this.toks[before]!.norm)) before--;
    if (!isRel && this.word(before) && this.sameSentence(before, from) && this.in(PREDICATIVE, this.toks[before]!.norm)) return end;
    const key = `${entry.phrase}|${relationTo ?? ''}|${cue}`;
    let person = this.unnamedByHead.get(key);
    if (person === undefined) {
      person = this.newPerson(false, this.text(from, to), [], cue);
      this.unnamedByHead.set(key, person);
    }
    const p = this.persons[person]!;
    if (role) p.roles.add(role);
    if (isRel) p.relation = true;
    this.addMention(person, from, end, isRel ? 'relation' : 'noun', relationTo);
    if (relationTo !== null) this.markPossessors(from, end);
    return end;
  }

  /**
   * "the wife of Councillor Bryn Hughes", "vợ của Nguyễn Thanh Bình": when nothing else in the text says the owner's
   * gender (a unisex or unknown name, no honorific, no pronoun), the spouse noun does, as a pronoun would.
   */
  private spouseGender(entry: Entry, owner: number): void {
    if (!SPOUSE.has(entry.phrase) || entry.gender === 0) return;
    const p = this.persons[this.find(owner)]!;
    if (p.named && p.cue === 0 && p.gender === 'unknown') p.cue = -entry.gender;
  }

  private markPossessors(from: number, end: number): void {
    for (let m = this.mentions.length - 1; m >= 0; m--) {
      const mention = this.mentions[m]!;
      if (mention.from < from) break;
      if (mention.from > from && mention.to <= end) mention.possessor = true;
    }
  }

  private resolveByRole(role: PersonRole | null, cue: number, at: number): number | null {
    const sentence = this.toks[at]!.sentence;
    for (let m = this.mentions.length - 1; m >= 0; m--) {
      const mention = this.mentions[m]!;
      if (sentence - this.toks[mention.from]!.sentence > 4) break;
      const p = this.persons[this.find(mention.person)]!;
      if (!p.named || !compatible(genderOf(p), cue)) continue;
      if (role === null || p.roles.has(role)) return p.index;
    }
    return null;
  }

  /**
   * "Ông Hùng là nông dân", "Lan is a nurse": the subject named earlier in the sentence. A noun of the other
   * gender names someone else ("sau thành công của BS Nguyễn Văn Thắng là người vợ tảo tần").
   */
  private predicateTarget(from: number, cue = 0): number | null {
    let k = from - 1;
    const det = this.word(k);
    if (det && this.in(ONE, det.norm)) k--;
    const copula = this.word(k);
    if (!copula || !this.sameSentence(k, from) || !this.in(COPULA, copula.norm)) return null;
    // The subject stands right before the copula ("Ông Hùng là nông dân", "Lan is also a nurse"); farther
    // back the copula has a subject of its own ("Theo bà Hương, nguyên nhân là người dân ...").
    const last = this.mentions[this.mentions.length - 1];
    if (!last || !this.sameSentence(last.from, from) || last.to > k) return null;
    for (let x = last.to; x < k; x++) if (!this.in(GAP_FILLER, this.toks[x]!.norm)) return null;
    const p = this.persons[this.find(last.person)]!;
    return p.named && compatible(genderOf(p), cue) ? p.index : null;
  }

  /** The named person this noun phrase stands in apposition to: "<name> , [filler] <noun>". */
  private appositionTarget(from: number, cue = 0, owner: number | null = null): number | null {
    let k = from - 1;
    let filler = 0;
    const lastNoun = this.mentions[this.mentions.length - 1];
    while (k >= 0 && filler < 3) {
      const f = this.toks[k]!;
      if (f.kind === 'punct') break;
      // "X, the chief financial officer": the head noun continues a title phrase already tied to the named X.
      if (lastNoun && lastNoun.kind === 'noun' && lastNoun.to === k + 1 && this.sameSentence(lastNoun.from, from)) {
        const q = this.persons[this.find(lastNoun.person)]!;
        if (q.named && compatible(genderOf(q), cue) && (owner === null || this.find(owner) !== q.index)) {
          return q.index;
        }
      }
      if (!this.in(APPOSITION_FILLER, f.norm) && !(this.lang === 'en' && filler < 2 && !this.entryAt(k))) return null;
      filler++;
      k--;
    }
    const comma = this.toks[k];
    if (!comma || (comma.norm !== ',' && comma.norm !== '(' && comma.norm !== '–' && comma.norm !== '-') || !this.sameSentence(k, from)) return null;
    const last = this.mentions[this.mentions.length - 1];
    if (!last) return null;
    // "Cụ Trần Văn Tư, 82 tuổi, ông nội của em", "Kevin Osei, 54, a farmer": one short aside between.
    if (last.to !== k && this.toks[last.to]?.norm === ',' && k - last.to <= 6 && this.sameSentence(last.to, k)) {
      let aside = true;
      for (let x = last.to + 1; x < k; x++) if (this.toks[x]!.kind === 'punct') aside = false;
      if (aside) k = last.to;
    }
    // After "Theo bà Hà," a noun starts the sentence ("sản phụ mất ..."), unless a comma closes it as an aside
    // ("Theo bà Hoa, Trưởng trạm Y tế xã, tỷ lệ ...").
    if (last.to !== k || (this.afterTheo(last.from) && !this.closedAside(from))) return null;
    const p = this.persons[this.find(last.person)]!;
    if (!p.named || !compatible(genderOf(p), cue) || (owner !== null && this.find(owner) === p.index)) return null;
    return p.index;
  }

  /**
   * The mention at `from` is the object of "theo" / "according to" ("Theo bà Hà, sản phụ ..."): the comma after
   * it closes that phrase, so what follows is the sentence's subject, not an apposition.
   */
  private afterTheo(from: number): boolean {
    let k = from - 1;
    for (let filler = 0; filler < 4 && k >= 0 && this.in(THEO_FILLER, this.toks[k]!.norm); filler++) k--;
    const w = this.word(k);
    if (!w || !this.sameSentence(k, from)) return false;
    if (this.lang === 'vi') return w.norm === THEO;
    return w.norm === 'to' && this.word(k - 1)?.norm === 'according';
  }

  /** A comma or closing bracket a few words after `from`, in the same sentence: the phrase at `from` is an aside. */
  private closedAside(from: number): boolean {
    for (let k = from + 1; k < from + 12 && this.sameSentence(from, k); k++) {
      const norm = this.toks[k]!.norm;
      if (norm === ',' || norm === ')' || norm === '–' || norm === '-') return true;
    }
    return false;
  }

  /** A name right after "<unnamed noun> ,": "His deputy, Peter Hall" — the noun was this person. */
  private apposition(mention: MentionInfo): void {
    const prev = this.mentions[this.mentions.length - 2];
    const comma = this.toks[mention.from - 1];
    if (!prev || !comma) return;
    // "chồng chị là Nguyễn Văn Tùng", "nạn nhân là chị Lan": the noun right before the copula is this person.
    const copula = comma.kind === 'word' && this.in(COPULA, comma.norm) && prev.to === mention.from - 1 && !prev.possessor;
    if (!copula && (comma.norm !== ',' || prev.to > mention.from - 1 || mention.from - 1 - prev.to > 3)) return;
    if (!this.sameSentence(prev.from, mention.from)) return;
    for (let k = prev.to; k < mention.from - 1; k++) if (this.toks[k]!.kind !== 'word') return;
    const other = this.persons[this.find(prev.person)]!;
    const self = this.persons[this.find(mention.person)]!;
    if (other.named || other.index === self.index || prev.kind === 'pronoun') return;
    // Merge the unnamed person into the named one.
    for (const r of other.roles) self.roles.add(r);
    if (self.cue === 0) self.cue = other.cue;
    other.merged = self.index;
    this.names.noteMerged(other.index, other.nameWords);
    prev.person = self.index;
    for (const [key, value] of this.unnamedByHead) if (value === other.index) this.unnamedByHead.delete(key);
  }

  /* --------------------------------------------------------------------------------------- */
  /* Sources                                                                                  */
  /* --------------------------------------------------------------------------------------- */

  attributeSpeech(quoteSentences: Set<number>): void {
    // Mentions by sentence, in order.
    const bySentence = new Map<number, MentionInfo[]>();
    for (const m of this.mentions) {
      const s = this.toks[m.from]!.sentence;
      const list = bySentence.get(s);
      if (list) list.push(m);
      else bySentence.set(s, [m]);
    }
    const attributed = new Set<number>();
    for (const event of this.speech) {
      const sentence = this.toks[event.at]!.sentence;
      const all = (bySentence.get(sentence) ?? []).filter((m) => !this.toks[m.from]!.inQuote);
      const list = all.filter((m) => !this.isPossessor(m));
      let speaker: MentionInfo | undefined;
      if (event.before) {
        // "Theo BS. X", "theo lời kể của chị Lan", "according to Dr. X".
        speaker = all.filter((m) => !m.possessor).find((m) => m.from >= event.end && (m.from <= event.end + 1 || this.onlyFillers(event.end, m.from)));
      } else {
        const before = list.filter((m) => m.to <= event.at && !this.quoteBetween(m.to, event.at));
        const last = before[before.length - 1];
        // "Amy Hart ... was strangled, police said", "Ms Varga rarely smiles, insiders say": a collective subject
        // right before the verb speaks; the person named earlier is only what they speak about.
        if (this.groupSubject(last?.to ?? 0, event.at)) continue;
        // A weak verb needs its speaker close by; an aside between them does not count ("X, Bệnh viện Y, khuyên").
        if (last && (!event.weak || this.gapWords(Math.max(this.skipAside(last.to, event.at), this.afterLastComma(last.to, event.at)), event.at) <= 2)) speaker = last;
        // Inverted: "“…,” said Dr. Jones", "Phát biểu tại hội nghị, ông X ..." — only after a quote, a comma or at the start.
        const prev = this.toks[event.at - 1];
        const opens = !prev || prev.sentence !== sentence || prev.kind === 'punct';
        if (!speaker && !event.weak && opens) {
          // The first named person just after the verb; a title or role noun on its own only when no name follows
          // ("said Professor of Oncology Robert Miles", "said a spokesperson").
          const after = list.filter((m) => m.from >= event.end && this.gapWords(event.end, m.from) <= 5);
          speaker = after.find((m) => this.persons[this.find(m.person)]!.named) ?? after[0];
        }
      }
      if (!speaker) continue;
      for (const m of this.coordinated(speaker, list)) {
        const p = this.persons[this.find(m.person)]!;
        p.quoted = true;
        if (quoteSentences.has(sentence)) p.direct = true;
      }
      attributed.add(sentence);
    }
    // Interview style: "BS Nguyễn Thị Thu Hương: Trẻ thường thu mình ..." — a sentence that opens with a named
    // person and a colon gives their words, quoted or not (a headline, heading or caption only with a quotation).
    for (const [sentence, mentions] of bySentence) {
      const first = mentions[0]!;
      const before = this.toks[first.from - 1];
      if (before && before.sentence === sentence && this.segOf[first.from - 1] === this.segOf[first.from]) continue;
      const p = this.persons[this.find(first.person)]!;
      if (!p.named || this.toks[first.from]!.inQuote) continue;
      let colon = -1;
      for (let k = first.to; k < first.to + 12 && this.sameSentence(first.from, k); k++) {
        if (this.toks[k]!.inQuote || (this.lex[k]?.verbs && !this.lex[k]!.verbs!.every((v) => v.before))) break;
        if (this.toks[k]!.norm === ':') {
          colon = k;
          break;
        }
      }
      const after = this.toks[colon + 1];
      if (colon < 0 || !after || !this.sameSentence(colon, colon + 1)) continue;
      if (LABEL_ROLES.has(this.doc.source.segments[this.segOf[first.from]!]!.role) && !after.inQuote) continue;
      // "Điều dưỡng Phan Thị Lan: cô gái của khoa Nội tiết, ...": a lower-case word after the colon continues a
      // description of the person (a list of names with what they did); an answer opens a sentence of its own.
      if (!after.inQuote && after.kind === 'word' && !after.capitalized && LETTER_START.test(after.norm)) continue;
      p.quoted = true;
      p.direct = true;
      attributed.add(sentence);
    }
    // "“…” — Dr. Maria Santos", "“…” - bà Lan": a quotation signed with a dash.
    for (const m of this.mentions) {
      const dash = this.toks[m.from - 1]?.norm;
      if (m.kind !== 'name' || (dash !== '—' && dash !== '–' && dash !== '-')) continue;
      const close = this.toks[m.from - 2];
      if (!close || close.inQuote || !CLOSING_QUOTES.has(close.norm) || !this.toks[m.from - 3]?.inQuote) continue;
      const p = this.persons[this.find(m.person)]!;
      p.quoted = true;
      p.direct = true;
    }
    // "Bà X: “...”" — a colon before a quotation, no verb.
    for (const sentence of quoteSentences) {
      if (attributed.has(sentence)) continue;
      const list = (bySentence.get(sentence) ?? []).filter((m) => !this.toks[m.from]!.inQuote && !this.isPossessor(m));
      // The colon that opens the first quotation of the sentence, and the last mention before it.
      let colon = -1;
      for (let k = list[0]?.to ?? this.toks.length; k < this.toks.length && this.toks[k]!.sentence === sentence; k++) {
        const f = this.toks[k]!;
        if (f.inQuote) break;
        if (f.norm === ':' && this.toks[k + 1]?.inQuote) {
          colon = k;
          break;
        }
      }
      if (colon < 0) continue;
      const before = list.filter((m) => m.to <= colon);
      const speaker = before[before.length - 1];
      // Asides between the speaker and the colon do not count ("Ông X, 58 tuổi, mỗi tuần chạy thận ba lần, xúc động:").
      if (!speaker || this.gapWords(this.afterLastComma(speaker.to, colon), colon) > 4) continue;
      const p = this.persons[this.find(speaker.person)]!;
      p.quoted = true;
      p.direct = true;
    }
  }

  /**
   * The speaker and everyone joined to them ("PGS.TS Phạm Thị Hải Yến và TS. Đinh Thị Hoa đều nhấn mạnh",
   * "Ms. Lee and Mr. Park said"): named mentions linked by "và", "cùng", "and" or a comma, right before.
   */
  private coordinated(speaker: MentionInfo, list: MentionInfo[]): MentionInfo[] {
    const out = [speaker];
    let right = speaker;
    for (let x = list.indexOf(speaker) - 1; x >= 0; x--) {
      const left = list[x]!;
      if (left.to > right.from) continue; // a mention inside the speaker's own span
      const gap = right.from - left.to;
      const joiner = gap === 1 ? this.toks[left.to]!.norm : '';
      const personLeft = this.persons[this.find(left.person)]!;
      if (!personLeft.named || !(AND.has(joiner) || joiner === ',') || left.kind !== 'name') break;
      out.push(left);
      right = left;
    }
    return out;
  }

  /**
   * A collective or institutional subject ("police", "insiders", "công an") opening the clause of the speech verb
   * at `at`: the words back to a punctuation mark, with no mention among them (`from`: where the last one ends),
   * "..., police said", "..., insiders say". A clause that runs into the person ("Lan's colleagues said", "ông Hùng
   * đại diện gia đình cho biết") is left alone.
   */
  private groupSubject(from: number, at: number): boolean {
    const words: string[] = [];
    let k = at - 1;
    for (; k >= from && k > at - 8 && this.sameSentence(k, at); k--) {
      const t = this.toks[k]!;
      if (t.kind === 'punct') break;
      if (t.kind === 'word') words.unshift(t.norm);
    }
    if (words.length === 0 || k < from || this.toks[k]?.kind !== 'punct' || !this.sameSentence(k, at)) return false;
    const clause = ` ${words.join(' ')} `;
    const groups = this.folded ? SPEAKER_GROUPS.vi.map((g) => g.split(' ').map(foldNorm).join(' ')) : SPEAKER_GROUPS[this.lang];
    return groups.some((g) => clause.includes(` ${g} `));
  }

  /** Just after the last comma in [from, to), or `from` when there is none. */
  private afterLastComma(from: number, to: number): number {
    for (let k = to - 1; k >= from; k--) if (this.toks[k]!.norm === ',') return k + 1;
    return from;
  }

  /** After a mention: past an aside that opens at `from` (", Bệnh viện Chợ Rẫy," "(Trưởng trạm)"), if any. */
  private skipAside(from: number, to: number): number {
    const open = this.toks[from]?.norm;
    if (open !== ',' && open !== '(' && open !== '-' && open !== '–') return from;
    const close = open === '(' ? ')' : open;
    for (let k = from + 1; k < to; k++) if (this.toks[k]!.norm === close) return k + 1;
    return from;
  }

  private isPossessor(m: MentionInfo): boolean {
    // "chồng chị", "vợ ông Hùng": the honorific after a relation noun is its owner, not the subject.
    if (m.possessor) return true;
    const prev = this.word(m.from - 1);
    if (prev && this.lang === 'vi' && this.entryAt(m.from - 1)?.entry.kind === 'rel') return true;
    // "hàng xóm của nạn nhân", "mẹ của một bệnh nhi", "the wife of John Smith": the owner never speaks here.
    let k = m.from - 1;
    if (this.word(k) && this.in(ONE, this.toks[k]!.norm)) k--;
    const of = this.word(k);
    return !!of && (this.lang === 'vi' ? this.in(OF, of.norm) : of.norm === 'of');
  }

  /** "theo lời kể của", "according to a statement from", "according to the hospital's": only filler words between. */
  private onlyFillers(from: number, to: number): boolean {
    if (to - from > 4) return false;
    for (let k = from; k < to; k++) {
      const norm = this.toks[k]!.norm;
      if (!this.in(THEO_FILLER, norm) && !(this.lang === 'en' && norm.endsWith("'s"))) return false;
    }
    return true;
  }

  private quoteBetween(from: number, to: number): boolean {
    for (let k = from; k < to; k++) if (this.toks[k]!.inQuote) return true;
    return false;
  }

  private gapWords(from: number, to: number): number {
    let n = 0;
    for (let k = from; k < to; k++) {
      const f = this.toks[k]!;
      if (f.kind === 'word' && !this.in(GAP_FILLER, f.norm)) n++;
    }
    return n;
  }

  /* --------------------------------------------------------------------------------------- */
  /* Output                                                                                   */
  /* --------------------------------------------------------------------------------------- */

  result(): PeopleAnalysis {
    const people = zero();
    const sources = zero();
    const byRole: Record<string, GenderCount> = {};
    const bySegment: Record<string, GenderCount> = {};
    const sourcesByRole: Record<string, GenderCount> = {};
    const persons: Person[] = [];
    const segments = this.doc.source.segments;
    for (const m of this.mentions) {
      m.person = this.find(m.person);
      this.persons[m.person]!.mentions.push(m);
      this.persons[m.person]!.segments.add(m.segment);
    }
    for (const p of this.persons) {
      if (p.merged !== null || p.mentions.length === 0) continue;
      const cue = p.cue;
      p.gender = cue > 0 ? 'female' : cue < 0 ? 'male' : p.gender;
      const roles = new Set<SegmentRole>();
      for (const s of p.segments) roles.add(segments[s]!.role);
      let role: PersonRole | null = null;
      for (const r of p.roles) if (!role || ROLE_RANK[r] > ROLE_RANK[role]) role = r;
      if (!role) role = roles.has('title') || roles.has('lead') ? 'subject' : 'other';
      p.role = role;
      persons.push({
        name: p.name,
        gender: p.gender,
        named: p.named,
        role,
        quoted: p.quoted,
        directQuote: p.direct,
        relationOnly: !p.named && p.relation,
        segments: [...roles],
        mentions: p.mentions.map((m) => this.mentionOut(m)),
      });
      if (!p.named) continue;
      const key = p.gender === 'female' ? 'women' : p.gender === 'male' ? 'men' : 'unknown';
      people[key]++;
      (byRole[role] ??= zero())[key]++;
      for (const r of roles) (bySegment[r] ??= zero())[key]++;
      if (p.quoted) {
        sources[key]++;
        (sourcesByRole[role] ??= zero())[key]++;
      }
    }
    return { persons, people, sources, byRole, bySegment, sourcesByRole, detail: { persons: this.persons, mentions: this.mentions } };
  }

  private mentionOut(m: MentionInfo): Person['mentions'][number] {
    const a = this.toks[m.from]!;
    const b = this.toks[m.to - 1]!;
    const segment = this.doc.source.segments[this.segOf[m.from]!]!;
    const start = segment.map.toOriginalStart(a.start);
    const end = Math.max(start, segment.map.toOriginalEnd(b.end));
    const out: Person['mentions'][number] = { start, end, text: segment.text.slice(a.start, b.end) };
    if (segment.field) out.field = segment.field;
    return out;
  }
}

/** "cụ" refers back to "cụ bà", "em" to "em gái", "bà" to "bà cụ": the same leading kinship word. */
function sameHonorific(introduced: string | undefined, hon: string): boolean {
  if (introduced === undefined) return false;
  if (introduced === hon) return true;
  const head = (x: string) => x.split(' ', 1)[0];
  return head(introduced) === head(hon);
}

/** One letter, perhaps with its full stop: "T", "t." */
function isInitial(word: string): boolean {
  const letters = word.endsWith('.') ? word.slice(0, -1) : word;
  return letters.length === 1 && LETTER_START.test(letters);
}
const INITIALS = /^(?:\p{Lu}\.)+\p{Lu}?$/u;

function zero(): GenderCount {
  return { women: 0, men: 0, unknown: 0 };
}

function genderOf(p: PersonInfo): number {
  if (p.cue !== 0) return p.cue;
  return p.gender === 'female' ? 1 : p.gender === 'male' ? -1 : 0;
}

function compatible(a: number, b: number): boolean {
  return a === 0 || b === 0 || a === b;
}
