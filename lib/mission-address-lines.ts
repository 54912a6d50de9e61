import type { State } from '@/lib/data/schema';
import { stateName } from '@/lib/data/states';
import { isPlausibleEmail } from '@/lib/email-address';
import { foldForSearch } from '@/lib/state-search';

const NAME_LANGS = ['en', 'fr', 'es', 'ru', 'zh', 'ar'] as const;

export interface ParsedAddressLines {
  /** ISO2 → address, for every line understood (a later line for the same State wins). */
  addresses: Record<string, string>;
  /** Numbers (from 1) of the non-blank lines that named no known State or no address. */
  notUnderstood: number[];
}

/**
 * Reads pasted lines "<State> <address>": the State as its two-letter code or any of its UN
 * names in the six languages, the address as the last word with an "@", separated by spaces,
 * tabs, commas or semicolons (so a two-column spreadsheet paste works too).
 */
export function parseMissionAddressLines(text: string, states: readonly State[]): ParsedAddressLines {
  const byCode = new Map(states.map((state) => [state.iso2, state.iso2]));
  const byName = new Map<string, string>();
  for (const state of states) {
    for (const lang of NAME_LANGS) {
      for (const name of [stateName(state, lang), stateName(state, lang, 'formal').replace(/^(the|le|la|les|l['’]|el|los|las)\s*/i, '')]) {
        byName.set(foldForSearch(name), state.iso2);
      }
    }
  }
  const addresses: Record<string, string> = {};
  const notUnderstood: number[] = [];
  text.split(/\r\n|\r|\n/).forEach((line, index) => {
    if (line.trim() === '') return;
    const match = /^(.*?)[\s,;"']+<?([^\s,;<>"']+@[^\s,;<>"']+?)>?[\s,;"']*$/u.exec(line.trim());
    const place = match?.[1]?.replace(/^["'\s]+|["'\s]+$/g, '') ?? '';
    const email = match?.[2] ?? '';
    const iso2 = /^[A-Za-z]{2}$/.test(place) ? byCode.get(place.toUpperCase()) : byName.get(foldForSearch(place));
    if (iso2 && isPlausibleEmail(email)) addresses[iso2] = email;
    else notUnderstood.push(index + 1);
  });
  return { addresses, notUnderstood };
}
