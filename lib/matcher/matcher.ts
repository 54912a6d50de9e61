import type { DataLanguage } from '@/lib/data/schema';
import { buildAutomaton, scan, type Automaton } from './aho-corasick';
import { cliticsAllowed, isArabicScript, MAX_CLITICS, type ArabicStart } from './arabic-clitics';
import { BLOCKERS, CONTEXT_RULES, type RuleContext } from './false-friends';
import { surfaceForms } from './name-table';
import { foldName, foldTables, isUpperUnit, isWordUnit, SKIP, type FoldTables } from './normalize';

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

export interface NameEntry {
  name: string;
  iso2: string;
  lang: DataLanguage;
}

const ARABIC_STARTS: readonly ArabicStart[] = ['bare', 'article', 'article-after-lam'];
const BLOCKER = -1;

interface Pattern {
  iso: number; // index into isoCodes, or BLOCKER
  upper: Uint8Array;
  arabicStart: number; // index into ARABIC_STARTS, or -1
  needStart: boolean;
  needEnd: boolean;
  rules: number; // bit set over CONTEXT_RULES
}

class CompiledMatcher implements StateMatcher {
  constructor(
    private readonly automaton: Automaton,
    private readonly patterns: readonly Pattern[],
    private readonly isoCodes: readonly string[],
    private readonly t: FoldTables,
  ) {}

  find(text: string): StateMatch[] {
    const found: number[] = []; // flat (start, end, pattern id) triples
    scan(this.automaton, this.t.fold, text, (id, start, end) => {
      if (this.verify(text, this.patterns[id]!, start, end)) found.push(start, end, id);
    });
    if (found.length === 0) return [];
    return this.select(text, found);
  }

  /** Capitals, word boundaries and Arabic clitics of one occurrence. */
  private verify(text: string, p: Pattern, start: number, end: number): boolean {
    const { fold } = this.t;
    let k = 0;
    let lastSpace = false;
    for (let i = start; i < end; i++) {
      const c = text.charCodeAt(i);
      const f = fold[c]!;
      if (f === SKIP) continue;
      if (f === 0x20) {
        if (lastSpace) continue;
        lastSpace = true;
      } else lastSpace = false;
      if (p.upper[k] === 1 && !isUpperUnit(this.t, c)) return false;
      k++;
    }
    if (p.needEnd) {
      let j = end;
      while (j < text.length && fold[text.charCodeAt(j)] === SKIP) j++;
      if (j < text.length && isWordUnit(this.t, text.charCodeAt(j))) return false;
    }
    if (p.arabicStart >= 0) {
      // Collect the letters between the start of the word and the name: the clitics.
      let prefix = '';
      let j = start - 1;
      while (j >= 0) {
        const c = text.charCodeAt(j);
        if (fold[c] !== SKIP) {
          if (!isWordUnit(this.t, c)) break;
          if (prefix.length === MAX_CLITICS) return false;
          prefix = String.fromCharCode(fold[c]!) + prefix;
        }
        j--;
      }
      return cliticsAllowed(ARABIC_STARTS[p.arabicStart]!, prefix);
    }
    if (p.needStart) {
      let j = start - 1;
      while (j >= 0 && fold[text.charCodeAt(j)] === SKIP) j--;
      if (j >= 0 && isWordUnit(this.t, text.charCodeAt(j))) return false;
    }
    return true;
  }

  /** Leftmost-longest choice among verified occurrences, after blockers and context rules. */
  private select(text: string, found: number[]): StateMatch[] {
    const n = found.length / 3;
    const order = Array.from({ length: n }, (_, i) => i);
    order.sort((a, b) => found[a * 3]! - found[b * 3]! || found[b * 3 + 1]! - found[a * 3 + 1]!);
    const start = (i: number) => found[i * 3]!;
    const end = (i: number) => found[i * 3 + 1]!;
    const pattern = (i: number) => this.patterns[found[i * 3 + 2]!]!;

    const blocks: Array<[number, number]> = [];
    for (const i of order) if (pattern(i).iso === BLOCKER) blocks.push([start(i), end(i)]);
    const blocked = (i: number) =>
      blocks.some(([bs, be]) => start(i) < be && bs < end(i) && !(start(i) <= bs && be <= end(i)));

    const names = order.filter((i) => pattern(i).iso !== BLOCKER && !blocked(i));
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
      const s = start(i);
      if (s < lastEnd) continue;
      const p = pattern(i);
      if (p.rules !== 0) {
        const ctx: RuleContext = { text, start: s, end: end(i), startsName };
        let keep = true;
        for (let r = 0; r < CONTEXT_RULES.length && keep; r++) {
          if (p.rules & (1 << r)) keep = CONTEXT_RULES[r]!.keep(ctx);
        }
        if (!keep) continue;
      }
      out.push({ start: s, end: end(i), iso2: this.isoCodes[p.iso]! });
      lastEnd = end(i);
    }
    return out;
  }
}

export interface CompileReport {
  matcher: StateMatcher;
  /** Searched strings (after folding) claimed by two different States; the first one keeps it. */
  conflicts: Array<{ key: string; kept: string; dropped: string }>;
  patternCount: number;
}

/** Compiles names into one automaton. Blockers and context rules are always included. */
export function compileWithReport(names: readonly NameEntry[]): CompileReport {
  const t = foldTables();
  const isoCodes: string[] = [];
  const isoIndex = new Map<string, number>();
  const byKey = new Map<string, number>();
  const keys: string[] = [];
  const patterns: Pattern[] = [];
  const conflicts: CompileReport['conflicts'] = [];

  const add = (entry: NameEntry, iso: number) => {
    let rules = 0;
    CONTEXT_RULES.forEach((r, idx) => {
      if (r.appliesTo(entry.name, entry.lang)) rules |= 1 << idx;
    });
    for (const sf of surfaceForms(entry.name, entry.lang)) {
      const { key, upper } = foldName(sf.form);
      if (!key) continue;
      const first = sf.form.trimStart().charCodeAt(0);
      const last = sf.form.trimEnd().charCodeAt(sf.form.trimEnd().length - 1);
      const pattern: Pattern = {
        iso,
        upper,
        arabicStart: sf.arabicStart && isArabicScript(first) ? ARABIC_STARTS.indexOf(sf.arabicStart) : -1,
        needStart: isWordUnit(t, first),
        needEnd: isWordUnit(t, last),
        rules,
      };
      const existing = byKey.get(key);
      if (existing === undefined) {
        byKey.set(key, patterns.length);
        keys.push(key);
        patterns.push(pattern);
        continue;
      }
      const old = patterns[existing]!;
      if (old.iso === BLOCKER && iso !== BLOCKER) {
        patterns[existing] = pattern; // a State's own name is never blocked
      } else if (old.iso !== iso) {
        if (iso !== BLOCKER) conflicts.push({ key, kept: isoCodes[old.iso] ?? 'blocker', dropped: isoCodes[iso]! });
      } else {
        // Same name from two sources: require only the capitals both agree on.
        for (let k = 0; k < old.upper.length; k++) old.upper[k] = old.upper[k]! & pattern.upper[k]!;
        old.rules |= pattern.rules;
      }
    }
  };

  for (const entry of names) {
    let iso = isoIndex.get(entry.iso2);
    if (iso === undefined) {
      iso = isoCodes.length;
      isoCodes.push(entry.iso2);
      isoIndex.set(entry.iso2, iso);
    }
    add(entry, iso);
  }
  for (const b of BLOCKERS) add({ ...b, iso2: '' }, BLOCKER);

  const automaton = buildAutomaton(keys);
  return { matcher: new CompiledMatcher(automaton, patterns, isoCodes, t), conflicts, patternCount: keys.length };
}

export function compileMatcher(names: readonly NameEntry[]): StateMatcher {
  return compileWithReport(names).matcher;
}
