/**
 * Arabic writes short words onto the next word: و "and", ف "so", ب "in/with", ك "like",
 * ل "for", and the article ال. "بمصر", "ومصر", "والصين", "بالصين", "للصين" all contain a
 * State's name. The matcher finds the name inside the word and accepts it when the letters in
 * front of it, up to the start of the word, are a valid clitic combination for that name.
 *
 * The mark covers the name as the State's name is written, without the clitics: in "بمصر"
 * it covers "مصر"; in "والصين" it covers "الصين". When ل meets a name that starts with ال the
 * alef drops ("ل" + "الصين" = "للصين"); the mark then covers "لصين", the name's own article
 * without its alef, and not the ل "for".
 *
 * The article is never accepted in front of a name that does not have it: "المالي" ("the
 * financial") is not Mali.
 */

/** How a name pattern begins, which decides the clitics it accepts. */
export type ArabicStart = 'bare' | 'article' | 'article-after-lam';

const CONJ = ['', 'و', 'ف'];
const PREP_BARE = ['', 'ب', 'ك', 'ل'];
const PREP_ARTICLE = ['', 'ب', 'ك']; // ل + ال is written لل: see 'article-after-lam'

function combos(preps: string[]): Set<string> {
  const s = new Set<string>();
  for (const c of CONJ) for (const p of preps) s.add(c + p);
  return s;
}

const ALLOWED: Record<ArabicStart, Set<string>> = {
  bare: combos(PREP_BARE),
  article: combos(PREP_ARTICLE),
  'article-after-lam': new Set(['ل', 'ول', 'فل']),
};

/** Longest clitic run the matcher needs to look at (e.g. "وب", "ول"). */
export const MAX_CLITICS = 2;

/** Whether `prefix` (folded letters from the start of the word to the name) is acceptable. */
export function cliticsAllowed(start: ArabicStart, prefix: string): boolean {
  return ALLOWED[start].has(prefix);
}

const ARTICLE = 'ال';

/**
 * The forms a name is searched in: as written, and for names starting with the article also
 * without its alef, for the ل "for" contraction.
 */
export function arabicNameForms(name: string): Array<{ form: string; start: ArabicStart }> {
  if (name.startsWith(ARTICLE) && name.length > 2) {
    return [
      { form: name, start: 'article' },
      { form: name.slice(1), start: 'article-after-lam' },
    ];
  }
  return [{ form: name, start: 'bare' }];
}

export function isArabicScript(c: number): boolean {
  return (c >= 0x0600 && c <= 0x06ff) || (c >= 0x0750 && c <= 0x077f) || (c >= 0xfb50 && c <= 0xfeff);
}
