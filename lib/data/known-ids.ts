/**
 * The ids of the campaign's cases and the ISO2 codes of the States, and nothing else: what the
 * background needs to check that a page a content script asks for names things we have. Built
 * from the checked data pack when the extension is built (known-ids-build.ts), so the background
 * carries neither the case texts nor the States table.
 */
export interface KnownIds {
  cases: string[];
  states: string[];
}

declare const __ER_KNOWN_IDS__: KnownIds;

const cases = new Set(__ER_KNOWN_IDS__.cases);
const states = new Set(__ER_KNOWN_IDS__.states);

export function isKnownCase(id: string): boolean {
  return cases.has(id);
}

/** Whether `iso2` (any case) is a UN Member State or observer State. */
export function isKnownState(iso2: string): boolean {
  return states.has(iso2.toUpperCase());
}
