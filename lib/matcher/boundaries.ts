import { isWordUnit, SKIP, type FoldTables } from './normalize';

/**
 * Word boundaries for names in spaced scripts. A name must not continue a word ("Niger" in
 * "Nigeria", "Egypt" in "Egyptian", "مصر" in "مصري"). Apostrophes, hyphens, punctuation, spaces
 * and CJK characters all end a word, so "l’Égypte", "Egypt-based", "Chad’s" and "访问Egypt"
 * keep their names. Skipped code units (accents written separately, tatweel, soft hyphens) are
 * looked through. Word characters are judged after folding, exactly as the scanner judges them
 * (so "ʼ", a modifier letter, counts as the apostrophe it folds to).
 */

/** True when nothing word-like follows `end`. */
export function endsWord(t: FoldTables, text: string, end: number): boolean {
  let j = end;
  while (j < text.length && t.fold[text.charCodeAt(j)] === SKIP) j++;
  return j >= text.length || !isWordUnit(t, t.fold[text.charCodeAt(j)]!);
}

/** True when nothing word-like precedes `start`. */
export function startsWord(t: FoldTables, text: string, start: number): boolean {
  let j = start - 1;
  while (j >= 0 && t.fold[text.charCodeAt(j)] === SKIP) j--;
  return j < 0 || !isWordUnit(t, t.fold[text.charCodeAt(j)]!);
}

/**
 * The folded letters between the start of the word and `start` (Arabic clitics), or null when
 * there are more than `max` of them.
 */
export function wordPrefix(t: FoldTables, text: string, start: number, max: number): string | null {
  let prefix = '';
  for (let j = start - 1; j >= 0; j--) {
    const f = t.fold[text.charCodeAt(j)]!;
    if (f === SKIP) continue;
    if (!isWordUnit(t, f)) break;
    if (prefix.length === max) return null;
    prefix = String.fromCharCode(f) + prefix;
  }
  return prefix;
}
