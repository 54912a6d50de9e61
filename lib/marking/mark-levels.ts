import { campaignLinkOf } from '@/lib/data/campaign-states';
import type { MarkLevel } from './highlights';
import type { FindMatches } from './types';

/** Which States are marked on UN pages (the `markStates` setting). */
export type MarkStates = 'all' | 'linked';

/** States linked to the campaign (responsible for a case, or raised one) are marked clearly, the others quietly. */
export function markLevelOf(iso2: string): MarkLevel {
  return campaignLinkOf(iso2) ? 'clear' : 'quiet';
}

/** `find`, keeping only the States `markStates` shows: with 'linked', the others are not marked at all. */
export function findForMarkStates(find: FindMatches, markStates: MarkStates): FindMatches {
  if (markStates === 'all') return find;
  return (text, context) => find(text, context).filter((m) => campaignLinkOf(m.iso2) !== undefined);
}
