import { councilMembers, councilYearComplete } from '@/lib/data/council';
import { regionOf, type M49Region } from '@/lib/data/regions';
import type { Case } from '@/lib/data/schema';
import { STATES } from '@/lib/data/states';
import { statesThatRaised } from '@/lib/data/case-roles';

/** Why a State is suggested as a first letter. */
export type SuggestionReason =
  | { kind: 'raised'; sessions: string[] }
  | { kind: 'council'; termEnd: string }
  | { kind: 'concerned' };

export interface MissionSuggestion {
  iso2: string;
  reasons: SuggestionReason[];
  region: M49Region | undefined;
  council: boolean;
}

export interface SuggestedMissions {
  /** States that raised one of the cases before (most recent first). */
  raised: MissionSuggestion[];
  /** Council members this year, by term end, then the rest in data order. */
  council: MissionSuggestion[];
  /** Every other State (the caller sorts them by name). */
  rest: MissionSuggestion[];
  year: number;
  /** False when the data lacks an election that decides this year's Council. */
  councilComplete: boolean;
}

/**
 * Whom to write to first about `cases`: the States that raised them before (from the cases'
 * sourced mentions, with the sessions), the Council's members this year (with their term end),
 * then every other State. Each carries every reason that applies, and the States concerned by
 * the cases say so (their letter asks them to act, not to raise).
 */
export function suggestMissions(cases: readonly Case[], today: Date): SuggestedMissions {
  const year = today.getUTCFullYear();
  const raisedBy = statesThatRaised(cases);
  const seats = new Map(councilMembers(year).map((s) => [s.iso2, s]));
  const concerned = new Set(cases.map((c) => c.state));

  const suggestion = (iso2: string): MissionSuggestion => {
    const reasons: SuggestionReason[] = [];
    const mentions = raisedBy.get(iso2);
    if (mentions) reasons.push({ kind: 'raised', sessions: [...new Set(mentions.map((m) => m.mention.session))] });
    const seat = seats.get(iso2);
    if (seat) reasons.push({ kind: 'council', termEnd: seat.termEnd });
    if (concerned.has(iso2)) reasons.push({ kind: 'concerned' });
    return { iso2, reasons, region: regionOf(iso2), council: Boolean(seat) };
  };

  const raised = [...raisedBy.keys()].map(suggestion);
  const taken = new Set(raised.map((s) => s.iso2));
  const council = [...seats.values()]
    .filter((s) => !taken.has(s.iso2))
    .sort((a, b) => a.termEnd.localeCompare(b.termEnd))
    .map((s) => suggestion(s.iso2));
  for (const s of council) taken.add(s.iso2);
  const rest = STATES.filter((s) => !taken.has(s.iso2)).map((s) => suggestion(s.iso2));
  return { raised, council, rest, year, councilComplete: councilYearComplete(year) };
}
