import { stateName } from '@/lib/data/index';
import { nameWithoutQualifier } from '@/lib/data/state-names';
import type { DataLanguage, State } from '@/lib/data/schema';

/**
 * A State's short name for a post: the UNTERM short name without a trailing qualifier in
 * parentheses ("Venezuela", not "Venezuela (Bolivarian Republic of)"; in Arabic "فنزويلا", not
 * the list form with its dash), as people write it and so that a name in parentheses never nests.
 */
export function postStateName(state: State, lang: DataLanguage): string {
  return nameWithoutQualifier(stateName(state, lang, 'short'));
}
