import { buildAutomatonSteps, scan, SYM_SKIP, SYM_SPACE, type Automaton } from './aho-corasick';
import { cliticsAllowed, isArabicScript, MAX_CLITICS } from './arabic-clitics';
import { CONTEXT_RULES, type RuleContext } from './false-friends';
import { endsWord, startsWord, wordPrefix } from './boundaries';
import { foldTablesSteps, isUpperUnit, isWordUnit, SKIP, type FoldTables } from './normalize';
import { runSteps, type Steps } from './steps';
import { ARABIC_STARTS, BLOCKER, buildPatternTableSteps, NEED_END, NEED_START, pageLanguageBit, type NameEntry, type PatternTable } from './pattern-table';
import { MATCH_LANGUAGES } from './unterm-names';

export type { NameEntry };

export interface StateMatch {
  /** UTF-16 offset of the first code unit of the name. */
  start: number;
  /** UTF-16 offset just past the name. */
  end: number;
  iso2: string;
}

export interface FindOptions {
  /**
   * The language of the page the text is on, as a BCP-47 tag (the page's `lang`: "en",
   * "en-GB", "zh-Hans"…), or undefined when unknown. On a page in one of the six UN languages,
   * names of another language that mean something else in the page's language are left out
   * ("Argentine" on an English page; see PAGE_LANGUAGE_RULES in false-friends.ts).
   */
  pageLanguage?: string;
}

export interface StateMatcher {
  /** Non-overlapping State names in `text`, in order; the leftmost, then longest, name wins. */
  find(text: string, options?: FindOptions): StateMatch[];
}

/**
 * The PatternTable.foreign bit of a page's language tag: its primary subtag, if it is one of the
 * six UN languages ("en-US" is English, "zh-Hant-TW" Chinese); 0 otherwise.
 */
export function pageBitOf(tag: string | undefined): number {
  if (!tag) return 0;
  const primary = tag.trim().split(/[-_]/, 1)[0]!.toLowerCase();
  const lang = MATCH_LANGUAGES.find((l) => l === primary);
  return lang ? pageLanguageBit(lang) : 0;
}

/** Skipped characters that are not drawn on a letter: they never extend a mark. */
const INVISIBLE = new Set([0x00ad, 0x200b, 0x200c, 0x200d, 0x2060, 0xfeff]);

class CompiledMatcher implements StateMatcher {
  // Scratch state of the scan in progress, so that text without names allocates nothing.
  private text = '';
  private readonly found: number[] = []; // flat (start, end, pattern id) triples
  // The page language of the last call, parsed once: a page passes the same tag for every node.
  private lastTag: string | undefined;
  private lastPageBit = 0;
  private hasBlocker = false;
  private readonly onOccurrence = (id: number, start: number, end: number): void => {
    if (!this.verify(this.text, id, start, end)) return;
    this.found.push(start, end, id);
    if (this.p.iso[id] === BLOCKER) this.hasBlocker = true;
  };

  constructor(
    private readonly automaton: Automaton,
    private readonly p: PatternTable,
    private readonly t: FoldTables,
  ) {}

  find(text: string, options?: FindOptions): StateMatch[] {
    this.text = text;
    scan(this.automaton, text, this.onOccurrence);
    this.text = '';
    if (this.found.length === 0) return [];
    const tag = options?.pageLanguage;
    if (tag !== this.lastTag) {
      this.lastTag = tag;
      this.lastPageBit = pageBitOf(tag);
    }
    // Reset here, not before each scan: most text holds no name, and resetting an empty
    // array's length is not free when it is done for every text node of a page.
    try {
      return this.select(text, this.found, this.lastPageBit);
    } finally {
      this.found.length = 0;
      this.hasBlocker = false;
    }
  }

  /** Capitals, word boundaries and Arabic clitics of one occurrence. */
  private verify(text: string, id: number, start: number, end: number): boolean {
    const { upper, upperStart } = this.p;
    const { cls } = this.automaton;
    const from = upperStart[id]!;
    const length = upperStart[id + 1]! - from;
    // Walk the occurrence's units as the scanner consumed them: SKIP units and the spaces after
    // the first of a run were not part of it.
    let j = start;
    for (let k = 0; k < length; k++) {
      const c = text.charCodeAt(j);
      if (upper[from + k] === 1 && !isUpperUnit(this.t, c)) return false;
      const space = cls[c] === SYM_SPACE;
      j++;
      while (j < end && (cls[text.charCodeAt(j)] === SYM_SKIP || (space && cls[text.charCodeAt(j)] === SYM_SPACE))) j++;
    }
    const boundaries = this.p.boundaries[id]!;
    if (boundaries & NEED_END && !endsWord(this.t, text, end)) return false;
    const arabicStart = this.p.arabicStart[id]!;
    if (arabicStart >= 0) {
      const clitics = wordPrefix(this.t, text, start, MAX_CLITICS);
      return clitics !== null && cliticsAllowed(ARABIC_STARTS[arabicStart]!, clitics);
    }
    return !(boundaries & NEED_START) || startsWord(this.t, text, start);
  }

  /**
   * The end of a mark: the name's last letter and the vowel marks or accents written on it
   * ("سابقاً", "e\u0301"), which the scanner skipped but which belong to that letter. Invisible
   * characters after it (zero-width spaces, soft hyphens) are not part of the name.
   */
  private markEnd(text: string, end: number): number {
    let e = end;
    for (;;) {
      const c = text.charCodeAt(e);
      if (e >= text.length || this.t.fold[c] !== SKIP || INVISIBLE.has(c)) return e;
      e++;
    }
  }

  /** Leftmost-longest choice among verified occurrences, after blockers, page language and context rules. */
  private select(text: string, found: readonly number[], pageBit: number): StateMatch[] {
    const n = found.length / 3;
    const start = (i: number) => found[i * 3]!;
    const end = (i: number) => found[i * 3 + 1]!;
    const id = (i: number) => found[i * 3 + 2]!;
    // Occurrences arrive ordered by end, so by start they are out of order only where one name
    // contains another: insertion sort (start ascending, longest first) is close to linear.
    const order = new Int32Array(n);
    for (let i = 0; i < n; i++) {
      let j = i;
      while (j > 0 && (start(order[j - 1]!) > start(i) || (start(order[j - 1]!) === start(i) && end(order[j - 1]!) < end(i)))) {
        order[j] = order[j - 1]!;
        j--;
      }
      order[j] = i;
    }

    // A blocker ("New Guinea") drops the names it overlaps unless they cover it ("Papua New Guinea").
    const blocks = this.hasBlocker ? Array.from(order).filter((i) => this.p.iso[id(i)] === BLOCKER) : [];
    const blocked = (i: number) =>
      this.p.iso[id(i)] === BLOCKER ||
      blocks.some((b) => start(i) < end(b) && start(b) < end(i) && !(start(i) <= start(b) && end(b) <= end(i)));
    const startsName = (pos: number): boolean => {
      let lo = 0;
      let hi = n - 1;
      while (lo <= hi) {
        const mid = (lo + hi) >>> 1;
        const s = start(order[mid]!);
        if (s === pos) return true;
        if (s < pos) lo = mid + 1;
        else hi = mid - 1;
      }
      return false;
    };

    const out: StateMatch[] = [];
    let lastEnd = 0;
    for (let k = 0; k < n; k++) {
      const i = order[k]!;
      if (start(i) < lastEnd || blocked(i)) continue;
      if ((this.p.foreign[id(i)]! & pageBit) !== 0) continue;
      const rules = this.p.rules[id(i)]!;
      if (rules !== 0) {
        const ctx: RuleContext = { text, start: start(i), end: end(i), startsName };
        let keep = true;
        for (let r = 0; r < CONTEXT_RULES.length && keep; r++) {
          if (rules & (1 << r)) keep = CONTEXT_RULES[r]!.keep(ctx);
        }
        if (!keep) continue;
      }
      const e = this.markEnd(text, end(i));
      out.push({ start: start(i), end: e, iso2: this.p.isoCodes[this.p.iso[id(i)]!]! });
      lastEnd = e;
    }
    return out;
  }
}

export interface CompileReport {
  matcher: StateMatcher;
  conflicts: PatternTable['conflicts'];
  patternCount: number;
  /** What the matcher is made of, for tests that compare builds. */
  automaton: Automaton;
  patterns: PatternTable;
}

/**
 * Compiles names into one automaton. Blockers and context rules are always included.
 * `midWordShortcut: false` turns off the scanning shortcut inside words (see WordStarts), which
 * must never change results; tests compare both.
 */
export function compileWithReport(names: readonly NameEntry[], options: CompileOptions = {}): CompileReport {
  return runSteps(compileSteps(names, options));
}

export interface CompileOptions {
  midWordShortcut?: boolean;
}

/** compileWithReport, pausing now and then (see steps.ts). */
export function* compileSteps(names: readonly NameEntry[], options: CompileOptions = {}): Steps<CompileReport> {
  const t = yield* foldTablesSteps();
  const table = yield* buildPatternTableSteps(names);
  const wordStarts = {
    isWord: (c: number) => isWordUnit(t, c),
    // Latin, Cyrillic and other spaced scripts; Arabic names may follow clitics inside a word.
    startsOnlyAtWordStart: (c: number) => isWordUnit(t, c) && !isArabicScript(c),
  };
  const automaton = yield* buildAutomatonSteps(table.keys, options.midWordShortcut === false ? undefined : wordStarts);
  const matcher = new CompiledMatcher(automaton, table, t);
  return { matcher, conflicts: table.conflicts, patternCount: table.keys.length, automaton, patterns: table };
}

export function compileMatcher(names: readonly NameEntry[]): StateMatcher {
  return compileWithReport(names).matcher;
}
