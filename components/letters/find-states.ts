import type { State } from '@/lib/data/schema';
import { searchMissions } from '@/lib/letters/missions';
import { searchStates } from '@/lib/state-search';

/**
 * States matching `query`, ranked, with ties in the order of `sorted` (the UI language's
 * alphabet); States found only by a former name ("Swaziland", "Turkey") follow.
 */
export function findStates(sorted: readonly State[], query: string): State[] {
  const ranked = searchStates(sorted, query);
  const seen = new Set(ranked.map((s) => s.iso2));
  return [...ranked, ...searchMissions(query).filter((s) => !seen.has(s.iso2))];
}
