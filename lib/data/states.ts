import type { DataLanguage, State } from './schema';
import { shortNameForDisplay } from './state-names';
import raw from './states.generated.json';

/**
 * The 193 UN Member States and the two observer States (VA, PS), sorted by ISO code. The file
 * is generated (scripts/generate-states.ts) and checked against the `State` schema when the
 * extension is built (lib/data/page-data-build.ts) and by the tests, so the content script of
 * every UN page need not carry the schema library to check it again.
 */
export const STATES: readonly State[] = Object.freeze(raw as State[]);

const byIso2 = new Map(STATES.map((s) => [s.iso2, s]));

export function stateByIso2(iso2: string): State | undefined {
  return byIso2.get(iso2.toUpperCase());
}

/**
 * A State's UNTERM name. Short names drop their parenthesised article ("Bahamas (the)" →
 * "Bahamas") but keep parentheses that are part of the name ("Venezuela (Bolivarian Republic of)").
 * Code that needs only names, not the data pack, can use untermStateName (state-name-lookup.ts).
 */
export function stateName(state: State, lang: DataLanguage, form: 'short' | 'formal' = 'short'): string {
  const name = state[form][lang];
  return form === 'short' ? shortNameForDisplay(name, lang) : name;
}
