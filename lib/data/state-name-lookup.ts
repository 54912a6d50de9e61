import type { DataLanguage } from './schema';
import { decodeStateNames, shortNameForDisplay, type StateNameRow, type StateNamesTable } from './state-names';
import table from './state-names.generated.json';

/**
 * The compact State name table (state-names.generated.json), for code that only needs names:
 * the matcher on UN pages, and a card that shows a State's name. No zod, no data pack.
 */
let rows: StateNameRow[] | undefined;
let current: Map<string, StateNameRow[]> | undefined;

/** Every row of the table: current names of the 195 States, then former UN names. */
export function stateNameRows(): StateNameRow[] {
  return (rows ??= decodeStateNames(table as StateNamesTable));
}

/**
 * A State's UNTERM name in `lang`, as `stateName` in states.ts gives it ("Bahamas", not
 * "Bahamas (the)"), or undefined for an unknown code. Former names are never returned.
 */
export function untermStateName(iso2: string, lang: DataLanguage, form: 'short' | 'formal' = 'short'): string | undefined {
  current ??= stateNameRows().reduce((byIso2, row) => {
    if (!row.former) byIso2.set(row.iso2, [...(byIso2.get(row.iso2) ?? []), row]);
    return byIso2;
  }, new Map<string, StateNameRow[]>());
  const row = current.get(iso2.toUpperCase())?.find((r) => r.lang === lang && r.kind === form);
  if (!row) return undefined;
  return form === 'short' ? shortNameForDisplay(row.name, lang) : row.name;
}
