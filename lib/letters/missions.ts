import { stateNameRows } from '@/lib/data/state-name-lookup';
import { STATES, stateByIso2 } from '@/lib/data/states';
import { DATA_LANGUAGES, type State } from '@/lib/data/schema';
import { isPlausibleEmail } from '@/lib/email-address';
import { formalNameForms, shortNameForms } from '@/lib/matcher/unterm-names';
import { foldForSearch, searchStates } from '@/lib/state-search';

/**
 * UN Geneva's "Blue Book" (Missions permanentes auprès des Nations Unies à Genève), the public
 * directory of Permanent Missions compiled by the UNOG Protocol and Liaison Service. We ship no
 * mission e-mail addresses: none has a source we could cite, and missions change them; users
 * look the address up there and paste it. The address is the one UNOG gives for it; unog.ch
 * now redirects to ungeneva.org.
 */
export const BLUE_BOOK_URL = 'https://www.unog.ch/bluebook';

/**
 * UN Geneva's page on the Permanent Missions, which lists them and links each mission's contact
 * page; the Blue Book above is the full directory (a PDF, in French only).
 */
export const MISSIONS_PAGE_URL = 'https://www.ungeneva.org/en/practical-information/permanent-missions';

/**
 * Names the UN used before a renaming (Turkey, Swaziland, the former Yugoslav Republic of
 * Macedonia, Czech Republic, Cape Verde…), which people still type: the sourced list in
 * lib/data/former-state-names.json, read from the generated name table, in every form a name
 * takes with or without its article ("Turquie", "la Turquie"; "Cap-Vert", "le Cap-Vert").
 */
let foldedFormer: ReadonlyArray<readonly [string, string]> | undefined;
function formerNames(): ReadonlyArray<readonly [string, string]> {
  foldedFormer ??= [
    ...new Map(
      stateNameRows()
        .filter((row) => row.former)
        .flatMap((row) => shortNameForms(row.name, row.lang).flatMap((form) => formalNameForms(form, row.lang)).map((name) => [row.iso2, foldForSearch(name)] as const))
        .map((entry) => [entry.join('\t'), entry]),
    ).values(),
  ];
  return foldedFormer;
}

/**
 * States (all 193 Members and the two observer States) whose short or formal name in any of the
 * six UN languages, or a former name, matches `query`, accent- and case-insensitive: exact
 * names first, then names starting with the query, then words starting with it, then any
 * substring (ranking by lib/state-search). A former name matched exactly ranks with exact names;
 * otherwise it comes after the current names' matches. Ties keep the order of `states` (the UI
 * passes them sorted in its language's alphabet).
 */
export function searchMissions(query: string, states: readonly State[] = STATES): State[] {
  const found = searchStates(states, query);
  const q = foldForSearch(query);
  if (!q) return found;
  const searched = new Set(states.map((s) => s.iso2));
  const exact: State[] = [];
  const partial: State[] = [];
  for (const [iso2, name] of formerNames()) {
    if (!name.includes(q) || !searched.has(iso2)) continue;
    const state = stateByIso2(iso2);
    if (state) (name === q ? exact : partial).push(state);
  }
  const exactNames = found.filter((s) => isExactName(s, q));
  const ordered = new Map<string, State>();
  for (const state of [...exactNames, ...exact, ...found, ...partial]) {
    if (!ordered.has(state.iso2)) ordered.set(state.iso2, state);
  }
  return [...ordered.values()];
}

function isExactName(state: State, folded: string): boolean {
  return DATA_LANGUAGES.some(
    (lang) => foldForSearch(state.short[lang]) === folded || foldForSearch(state.formal[lang]) === folded,
  );
}

/**
 * A light check of a mission address the user pastes (one "@", a dotted domain, no spaces or
 * list separators): it catches pasting the wrong thing; the mail provider does the real check.
 */
export function isValidEmail(input: string): boolean {
  return isPlausibleEmail(input);
}
