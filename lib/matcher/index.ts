/**
 * Finds the names of States in page text, in the six UN languages, in one pass.
 * See README "Matching State names" for what is matched and what deliberately is not.
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
  cachedMatcher ??= compileMatcher(stateNames(STATES));
  return cachedMatcher;
}
