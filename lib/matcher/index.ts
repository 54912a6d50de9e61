/**
 * Finds the names of States in page text, in the six UN languages, in one pass.
 *
 * What is matched: every UNTERM short and formal name of the 195 States, with and without its
 * article ("the Bahamas", "la Chine", "l’Égypte"), a short list of common names (variants.ts),
 * every Russian case form, Arabic names behind و ف ب ك ل clitics, and French names after
 * d’/du/des/au/aux. Latin and Cyrillic names must keep their capitals ("turkey" is not Türkiye;
 * "EGYPT" is Egypt); accents, ё/е, Arabic hamza forms, tatweel and harakat, dashes and
 * apostrophes are folded. Names are whole words except in Chinese, where the longest name wins.
 * What is not: demonyms and adjectives, names inside longer place names ("New Guinea", "印度洋"),
 * and the contexts in false-friends.ts (first names, the US state of Georgia, 发展中国家…).
 */
import { STATES } from '@/lib/data/states';
import { compileMatcher, type NameEntry, type StateMatch, type StateMatcher } from './matcher';
import { stateNames } from './name-table';

export { compileMatcher, type NameEntry, type StateMatch, type StateMatcher };

let cachedNames: NameEntry[] | undefined;
let cachedMatcher: StateMatcher | undefined;

/** Every name the State matcher searches for (before case forms and clitics are added). */
export function allStateNames(): NameEntry[] {
  cachedNames ??= stateNames(STATES);
  return cachedNames.map((n) => ({ ...n }));
}

/** The matcher for all States, compiled on first use and shared afterwards. */
export function getStateMatcher(): StateMatcher {
  cachedMatcher ??= compileMatcher(allStateNames());
  return cachedMatcher;
}
