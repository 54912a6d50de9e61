import { isArabicScript, type ArabicStart } from './arabic-clitics';
import type { DataLanguage } from '@/lib/data/schema';
import { BLOCKERS, CONTEXT_RULES, PAGE_LANGUAGE_RULES } from './false-friends';
import { surfaceForms } from './name-table';
import { foldName, foldTablesSteps, isWordUnit } from './normalize';
import type { Steps } from './steps';
import { MATCH_LANGUAGES, type StateName } from './unterm-names';

/** A name to search for: the State it names and the language it is written in. */
export type NameEntry = StateName;

export const ARABIC_STARTS: readonly ArabicStart[] = ['bare', 'article', 'article-after-lam'];
export const BLOCKER = -1;
export const NEED_START = 1;
export const NEED_END = 2;

/**
 * What the matcher knows about each searched string, in typed arrays indexed by pattern id
 * (the automaton's output), so thousands of patterns cost a few flat arrays.
 */
export interface PatternTable {
  readonly keys: readonly string[];
  /** Index into `isoCodes`, or BLOCKER. */
  readonly iso: Int16Array;
  readonly isoCodes: readonly string[];
  /** NEED_START / NEED_END: the name begins / ends with a letter, so a word boundary is needed. */
  readonly boundaries: Uint8Array;
  /** Index into ARABIC_STARTS for Arabic names, else -1. */
  readonly arabicStart: Int8Array;
  /** Bit set over CONTEXT_RULES. */
  readonly rules: Uint32Array;
  /** Bit set over MATCH_LANGUAGES (pageLanguageBit): page languages on which the name is not a State. */
  readonly foreign: Uint8Array;
  /** Capitals the text must repeat: `upper[upperStart[id] + k]` for folded position k. */
  readonly upper: Uint8Array;
  readonly upperStart: Int32Array;
  /** Searched strings (after folding) claimed by two different States; the first one keeps it. */
  readonly conflicts: ReadonlyArray<{ key: string; kept: string; dropped: string }>;
}

interface Draft {
  iso: number;
  upper: Uint8Array;
  arabicStart: number;
  boundaries: number;
  rules: number;
  foreign: number;
}

/** The bit of a page language in PatternTable.foreign (0 for languages no rule is about). */
export function pageLanguageBit(lang: DataLanguage): number {
  const i = MATCH_LANGUAGES.indexOf(lang);
  return i < 0 ? 0 : 1 << i;
}

function foreignBits(name: string, lang: DataLanguage): number {
  let bits = 0;
  for (const rule of PAGE_LANGUAGE_RULES) {
    if (rule.lang === lang && rule.names.includes(name)) for (const page of rule.pages) bits |= pageLanguageBit(page);
  }
  return bits;
}

/**
 * Expands names into their searched forms (case forms, clitic forms, dash variants) and folds
 * them, pausing now and then (see steps.ts).
 */
export function* buildPatternTableSteps(names: readonly NameEntry[]): Steps<PatternTable> {
  if (CONTEXT_RULES.length > 32) throw new Error('rule bit set holds 32 rules');
  const t = yield* foldTablesSteps();
  const isoCodes: string[] = [];
  const isoIndex = new Map<string, number>();
  const byKey = new Map<string, number>();
  const keys: string[] = [];
  const drafts: Draft[] = [];
  const conflicts: Array<{ key: string; kept: string; dropped: string }> = [];

  const add = (entry: NameEntry, iso: number) => {
    let rules = 0;
    CONTEXT_RULES.forEach((r, idx) => {
      if (r.appliesTo(entry.name, entry.lang)) rules |= 1 << idx;
    });
    const foreign = iso === BLOCKER ? 0 : foreignBits(entry.name, entry.lang);
    for (const sf of surfaceForms(entry.name, entry.lang)) {
      const { key, upper } = foldName(sf.form);
      if (!key) continue;
      const first = key.charCodeAt(0);
      const last = key.charCodeAt(key.length - 1);
      const draft: Draft = {
        iso,
        upper,
        arabicStart: sf.arabicStart && isArabicScript(first) ? ARABIC_STARTS.indexOf(sf.arabicStart) : -1,
        boundaries: (isWordUnit(t, first) ? NEED_START : 0) | (isWordUnit(t, last) ? NEED_END : 0),
        rules,
        foreign,
      };
      const existing = byKey.get(key);
      if (existing === undefined) {
        byKey.set(key, drafts.length);
        keys.push(key);
        drafts.push(draft);
        continue;
      }
      const old = drafts[existing]!;
      if (old.iso === BLOCKER && iso !== BLOCKER) {
        drafts[existing] = draft; // a State's own name is never blocked
      } else if (old.iso !== iso) {
        if (iso !== BLOCKER) conflicts.push({ key, kept: isoCodes[old.iso] ?? 'blocker', dropped: isoCodes[iso]! });
      } else {
        // The same string from two sources: require only the capitals both agree on, and drop
        // it on a page only where neither source is a name in the page's language.
        for (let k = 0; k < old.upper.length; k++) old.upper[k] = old.upper[k]! & draft.upper[k]!;
        old.rules |= draft.rules;
        old.foreign &= draft.foreign;
      }
    }
  };

  for (const [i, entry] of names.entries()) {
    if (i % 16 === 15) yield;
    let iso = isoIndex.get(entry.iso2);
    if (iso === undefined) {
      iso = isoCodes.length;
      isoCodes.push(entry.iso2);
      isoIndex.set(entry.iso2, iso);
    }
    add(entry, iso);
  }
  yield;
  for (const b of BLOCKERS) add({ ...b, iso2: '' }, BLOCKER);
  yield;

  const upperStart = new Int32Array(drafts.length + 1);
  drafts.forEach((d, i) => (upperStart[i + 1] = upperStart[i]! + d.upper.length));
  const upper = new Uint8Array(upperStart[drafts.length]!);
  drafts.forEach((d, i) => upper.set(d.upper, upperStart[i]!));
  return {
    keys,
    iso: Int16Array.from(drafts, (d) => d.iso),
    isoCodes,
    boundaries: Uint8Array.from(drafts, (d) => d.boundaries),
    arabicStart: Int8Array.from(drafts, (d) => d.arabicStart),
    rules: Uint32Array.from(drafts, (d) => d.rules >>> 0),
    foreign: Uint8Array.from(drafts, (d) => d.foreign),
    upper,
    upperStart,
    conflicts,
  };
}
