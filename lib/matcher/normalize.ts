/**
 * One folding table for the whole matcher: every UTF-16 code unit maps to exactly one folded
 * code unit (or to SKIP), so offsets in the folded stream map back to the page text one to one
 * and nothing is allocated per character while scanning.
 *
 * What folds, and why it is safe:
 * - Latin: lower case, diacritics removed ("Égypte" ~ "egypte", "Cote" ~ "Côte"). Capitals are
 *   checked again on each occurrence against the original text (matcher.ts), so folding case
 *   here does not make "turkey" match "Turkey".
 * - Cyrillic: lower case and ё → е only; й stays й (it is a different letter, not an accent).
 * - Arabic: hamza forms of alef (أ إ آ ٱ) → ا, hamza on waw/yeh → و/ي (via NFKD), ى → ي, ة → ه,
 *   Persian ی/ک → ي/ك. Diacritics (harakat) and tatweel are skipped: writers add or drop
 *   them freely and they never distinguish one State's name from another's.
 * - Typography: every dash → "-", every apostrophe-like mark → "'", every space → " ";
 *   fullwidth forms → ASCII; soft hyphens and zero-width characters are skipped.
 */

import { runSteps, type Steps } from './steps';

/** Folded value meaning "ignore this code unit" (it is neither matched nor breaks a match). */
export const SKIP = 0;

const SPACE = 0x20;
const HYPHEN = 0x2d;
const APOSTROPHE = 0x27;

const FLAG_WORD = 1;
const FLAG_UPPER = 2;

export interface FoldTables {
  /** Folded code unit for every code unit; SKIP for ignorable ones. */
  readonly fold: Uint16Array;
  /** Bit flags per code unit: FLAG_WORD (letter/digit of a spaced script), FLAG_UPPER. */
  readonly flags: Uint8Array;
}

const DASHES = [0x2010, 0x2011, 0x2012, 0x2013, 0x2014, 0x2015, 0x2212, 0xfe58, 0xfe63, 0xff0d];
const APOSTROPHES = [0x2018, 0x2019, 0x201b, 0x02bc, 0x02bb, 0x2032, 0xff07, 0x00b4];
const IGNORABLE = [0x00ad, 0x200b, 0x200c, 0x200d, 0x2060, 0xfeff, 0x0640];
const ARABIC_EXTRA: Record<number, number> = {
  0x0649: 0x064a, // ى alef maksura, written for final ي in Egypt and elsewhere
  0x0629: 0x0647, // ة taa marbuta, often written ه
  0x06cc: 0x064a, // Persian yeh
  0x06a9: 0x0643, // Persian kaf
  0x0671: 0x0627, // alef wasla
};

let tables: FoldTables | undefined;

function isCjk(c: number): boolean {
  return (
    (c >= 0x2e80 && c <= 0x9fff) || // CJK radicals, kana, CJK ideographs
    (c >= 0xf900 && c <= 0xfaff) || // CJK compatibility ideographs
    (c >= 0xff66 && c <= 0xff9f) // halfwidth katakana
  );
}

function foldOne(c: number, ch: string): number {
  if (IGNORABLE.includes(c)) return SKIP;
  if (/\p{M}/u.test(ch)) return SKIP;
  if (/\s/u.test(ch)) return SPACE;
  if (DASHES.includes(c)) return HYPHEN;
  if (APOSTROPHES.includes(c)) return APOSTROPHE;
  const extra = ARABIC_EXTRA[c];
  if (extra !== undefined) return extra;
  if (c >= 0x0400 && c <= 0x04ff) {
    const lower = ch.toLowerCase();
    return lower === 'ё' ? 'е'.charCodeAt(0) : lower.charCodeAt(0);
  }
  if (isCjk(c)) return c;
  // NFKD splits base letters from accents and maps fullwidth and Arabic presentation forms
  // to their plain letters; the first remaining base character is the folded value.
  const decomposed = ch.normalize('NFKD').replace(/\p{M}/gu, '').toLowerCase();
  if (decomposed.length === 0) return SKIP;
  const first = decomposed.charCodeAt(0);
  if (first === c) return c;
  return foldOne(first, String.fromCharCode(first));
}

/**
 * Ranges whose characters may fold to something else (accents, case, Arabic letter forms,
 * typography, fullwidth and presentation forms, combining marks). Everything outside them is
 * its own folded value; only these are run through Unicode normalisation, which keeps the
 * one-time build short.
 */
const FOLDING_RANGES: ReadonlyArray<readonly [number, number]> = [
  [0x0080, 0x052f], // Latin-1, Latin Extended, IPA, combining marks, Greek, Cyrillic
  [0x0600, 0x06ff], // Arabic
  [0x0750, 0x077f], // Arabic Supplement
  [0x1680, 0x1680], // Ogham space
  [0x1ab0, 0x1eff], // combining marks, Latin Extended Additional
  [0x1f00, 0x1fff], // Greek Extended
  [0x2000, 0x20ff], // punctuation, spaces, combining marks for symbols
  [0x3000, 0x3000], // ideographic space
  [0xfb50, 0xfdff], // Arabic presentation forms A
  [0xfe20, 0xfe2f], // combining half marks
  [0xfe50, 0xfeff], // small forms, Arabic presentation forms B, BOM
  [0xff00, 0xffef], // fullwidth and halfwidth forms
];

/** Builds the tables once, on first use. */
export function foldTables(): FoldTables {
  return tables ?? runSteps(foldTablesSteps());
}

/** foldTables, pausing now and then (see steps.ts); shares the tables once they are built. */
export function* foldTablesSteps(): Steps<FoldTables> {
  if (tables) return tables;
  const fold = new Uint16Array(0x10000);
  const flags = new Uint8Array(0x10000);
  for (let c = 0; c < 0x10000; c++) fold[c] = c;
  for (let c = 0x41; c <= 0x5a; c++) {
    fold[c] = c + 0x20;
    flags[c] = FLAG_WORD | FLAG_UPPER;
  }
  for (let c = 0x61; c <= 0x7a; c++) flags[c] = FLAG_WORD;
  for (let c = 0x30; c <= 0x39; c++) flags[c] = FLAG_WORD;
  for (const c of [0x09, 0x0a, 0x0b, 0x0c, 0x0d, 0x00]) fold[c] = SPACE;
  for (const [from, to] of FOLDING_RANGES) {
    for (let c = from; c <= to; c++) {
      if ((c & 0x7f) === 0) yield;
      const ch = String.fromCharCode(c);
      fold[c] = foldOne(c, ch);
      if (ch !== ch.toLowerCase() && ch === ch.toUpperCase()) flags[c] = flags[c]! | FLAG_UPPER;
    }
  }
  // Word characters, for boundaries. CJK text has no spaces, so CJK characters never count as
  // word characters; lone surrogate halves (emoji) do not either.
  const word = /[\p{L}\p{N}\p{M}]/u;
  for (let c = 0x80; c < 0x10000; c++) {
    if ((c & 0x7ff) === 0) yield;
    if ((c >= 0xd800 && c <= 0xdfff) || isCjk(c) || (c >= 0xe000 && c <= 0xf8ff)) continue;
    if (c >= 0xac00 && c <= 0xd7a3) {
      flags[c] = FLAG_WORD; // Hangul syllables
      continue;
    }
    if (word.test(String.fromCharCode(c))) flags[c] = flags[c]! | FLAG_WORD;
  }
  // A synchronous build may have finished while this one was paused: keep one set of tables.
  tables ??= { fold, flags };
  return tables;
}

export function isWordUnit(t: FoldTables, c: number): boolean {
  return (t.flags[c]! & FLAG_WORD) !== 0;
}

export function isUpperUnit(t: FoldTables, c: number): boolean {
  return (t.flags[c]! & FLAG_UPPER) !== 0;
}

export interface FoldedName {
  /** The name as the automaton sees it. */
  key: string;
  /** For each code unit of `key`: 1 where the name has a capital letter the text must repeat. */
  upper: Uint8Array;
}

/**
 * Folds a name exactly as the scanner folds text (same SKIP and space-collapsing rules), so a
 * name matches wherever the text folds to the same key.
 */
export function foldName(name: string): FoldedName {
  const t = foldTables();
  const out: number[] = [];
  const upper: number[] = [];
  let lastSpace = true; // drops leading spaces
  for (let i = 0; i < name.length; i++) {
    const c = name.charCodeAt(i);
    const f = t.fold[c]!;
    if (f === SKIP) continue;
    if (f === SPACE) {
      if (lastSpace) continue;
      lastSpace = true;
    } else lastSpace = false;
    out.push(f);
    upper.push(isUpperUnit(t, c) ? 1 : 0);
  }
  while (out.length > 0 && out[out.length - 1] === SPACE) {
    out.pop();
    upper.pop();
  }
  return { key: String.fromCharCode(...out), upper: Uint8Array.from(upper) };
}
