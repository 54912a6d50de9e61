import { buildAutomaton, scan, textOffset, type Automaton } from './aho-corasick';
import { cliticsAllowed, MAX_CLITICS } from './arabic-clitics';
import { CONTEXT_RULES, type RuleContext } from './false-friends';
import { foldTables, isUpperUnit, isWordUnit, SKIP, type FoldTables } from './normalize';
import { ARABIC_STARTS, BLOCKER, buildPatternTable, NEED_END, NEED_START, type NameEntry, type PatternTable } from './pattern-table';

export type { NameEntry };

export interface StateMatch {
  /** UTF-16 offset of the first code unit of the name. */
  start: number;
  /** UTF-16 offset just past the name. */
  end: number;
  iso2: string;
}

export interface StateMatcher {
  /** Non-overlapping State names in `text`, in order; the leftmost, then longest, name wins. */
  find(text: string): StateMatch[];
}

class CompiledMatcher implements StateMatcher {
  constructor(
    private readonly automaton: Automaton,
    private readonly p: PatternTable,
    private readonly t: FoldTables,
  ) {}

  find(text: string): StateMatch[] {
    const found: number[] = []; // flat (start, end, pattern id) triples, only for occurrences
    scan(this.automaton, this.t.fold, text, (id, start, end, last) => {
      if (this.verify(text, id, start, end, last)) found.push(start, end, id);
    });
    return found.length === 0 ? [] : this.select(text, found);
  }

  /** Capitals, word boundaries and Arabic clitics of one occurrence. */
  private verify(text: string, id: number, start: number, end: number, last: number): boolean {
    const { fold } = this.t;
    const { upper, upperStart } = this.p;
    const from = upperStart[id]!;
    const length = upperStart[id + 1]! - from;
    for (let k = 0; k < length; k++) {
      if (upper[from + k] === 1 && !isUpperUnit(this.t, text.charCodeAt(textOffset(this.automaton, last, length, k)))) return false;
    }
    const boundaries = this.p.boundaries[id]!;
    if (boundaries & NEED_END) {
      let j = end;
      while (j < text.length && fold[text.charCodeAt(j)] === SKIP) j++;
      if (j < text.length && isWordUnit(this.t, text.charCodeAt(j))) return false;
    }
    const arabicStart = this.p.arabicStart[id]!;
    if (arabicStart >= 0) {
      // The letters between the start of the word and the name are clitics, or no match.
      let prefix = '';
      for (let j = start - 1; j >= 0; j--) {
        const c = text.charCodeAt(j);
        if (fold[c] === SKIP) continue;
        if (!isWordUnit(this.t, c)) break;
        if (prefix.length === MAX_CLITICS) return false;
        prefix = String.fromCharCode(fold[c]!) + prefix;
      }
      return cliticsAllowed(ARABIC_STARTS[arabicStart]!, prefix);
    }
    if (boundaries & NEED_START) {
      let j = start - 1;
      while (j >= 0 && fold[text.charCodeAt(j)] === SKIP) j--;
      if (j >= 0 && isWordUnit(this.t, text.charCodeAt(j))) return false;
    }
    return true;
  }

  /** Leftmost-longest choice among verified occurrences, after blockers and context rules. */
  private select(text: string, found: number[]): StateMatch[] {
    const n = found.length / 3;
    const start = (i: number) => found[i * 3]!;
    const end = (i: number) => found[i * 3 + 1]!;
    const id = (i: number) => found[i * 3 + 2]!;
    const order = Array.from({ length: n }, (_, i) => i).sort((a, b) => start(a) - start(b) || end(b) - end(a));

    // A blocker ("New Guinea") drops the names it overlaps unless they cover it ("Papua New Guinea").
    const blocks = order.filter((i) => this.p.iso[id(i)] === BLOCKER);
    const blocked = (i: number) => blocks.some((b) => start(i) < end(b) && start(b) < end(i) && !(start(i) <= start(b) && end(b) <= end(i)));
    const names = order.filter((i) => this.p.iso[id(i)] !== BLOCKER && !blocked(i));

    const starts = names.map(start);
    const startsName = (pos: number): boolean => {
      let lo = 0;
      let hi = starts.length - 1;
      while (lo <= hi) {
        const mid = (lo + hi) >>> 1;
        if (starts[mid] === pos) return true;
        if (starts[mid]! < pos) lo = mid + 1;
        else hi = mid - 1;
      }
      return false;
    };

    const out: StateMatch[] = [];
    let lastEnd = 0;
    for (const i of names) {
      if (start(i) < lastEnd) continue;
      const rules = this.p.rules[id(i)]!;
      if (rules !== 0) {
        const ctx: RuleContext = { text, start: start(i), end: end(i), startsName };
        let keep = true;
        for (let r = 0; r < CONTEXT_RULES.length && keep; r++) {
          if (rules & (1 << r)) keep = CONTEXT_RULES[r]!.keep(ctx);
        }
        if (!keep) continue;
      }
      out.push({ start: start(i), end: end(i), iso2: this.p.isoCodes[this.p.iso[id(i)]!]! });
      lastEnd = end(i);
    }
    return out;
  }
}

export interface CompileReport {
  matcher: StateMatcher;
  conflicts: PatternTable['conflicts'];
  patternCount: number;
}

/** Compiles names into one automaton. Blockers and context rules are always included. */
export function compileWithReport(names: readonly NameEntry[]): CompileReport {
  const table = buildPatternTable(names);
  const matcher = new CompiledMatcher(buildAutomaton(table.keys), table, foldTables());
  return { matcher, conflicts: table.conflicts, patternCount: table.keys.length };
}

export function compileMatcher(names: readonly NameEntry[]): StateMatcher {
  return compileWithReport(names).matcher;
}
