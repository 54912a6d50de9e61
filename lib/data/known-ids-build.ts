// Runs at build time (wxt.config.ts) and in tests, never in the extension: relative imports
// only, as the build loads it before aliases exist.
import { getCases } from './index';
import { STATES } from './states';
import type { KnownIds } from './known-ids';

/** Case ids and State codes from the data pack, which lib/data checks against its schemas as it loads. */
export function buildKnownIds(): KnownIds {
  return { cases: getCases().map((c) => c.id), states: STATES.map((s) => s.iso2) };
}

/** The `define` that puts the known ids into a bundle. */
export function knownIdsDefine(): Record<string, string> {
  return { __ER_KNOWN_IDS__: JSON.stringify(buildKnownIds()) };
}
