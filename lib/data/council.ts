import councilJson from './council.json';
import { CouncilMembership, type RegionalGroup } from './calendar-schema';
import { parsePack } from './parse-pack';
import type { Source } from './schema';

const COUNCIL = parsePack('council.json', CouncilMembership, councilJson);

/** The Human Rights Council has 47 members (General Assembly resolution 60/251). */
export const COUNCIL_SIZE = 47;

export interface CouncilSeat {
  iso2: string;
  group: RegionalGroup;
  /** Last day of the term, e.g. "2026-12-31". */
  termEnd: string;
  sources: Source[];
}

export function getCouncil(): CouncilMembership {
  return COUNCIL;
}

/**
 * Members whose term covers `year`, by the elections in the data. A State re-elected straight
 * after its term is listed once, with the later term end.
 */
export function councilMembers(year: number, council: CouncilMembership = COUNCIL): CouncilSeat[] {
  const seats = new Map<string, CouncilSeat>();
  for (const election of council.elections) {
    if (Number(election.termStart.slice(0, 4)) > year || Number(election.termEnd.slice(0, 4)) < year) continue;
    const sources = election.sources.map((id) => council.sources.find((s) => s.id === id)!).filter(Boolean);
    for (const { iso2, group } of election.elected) {
      const known = seats.get(iso2);
      if (!known || known.termEnd < election.termEnd) seats.set(iso2, { iso2, group, termEnd: election.termEnd, sources });
    }
  }
  return [...seats.values()];
}

/** True when the data holds all 47 seats of `year` (the elections of the three years before). */
export function councilYearComplete(year: number, council: CouncilMembership = COUNCIL): boolean {
  return councilMembers(year, council).length === COUNCIL_SIZE;
}
