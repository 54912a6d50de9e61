// @vitest-environment node
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { buildRegions, regionsCsvPath, REGIONS_OUTPUT, renderRegions } from '@/scripts/generate-regions';
import { REGIONAL_GROUPS } from './calendar-schema';
import { COUNCIL_SIZE, councilMembers, councilYearComplete } from './council';
import { regionOf } from './regions';
import { stateByIso2, STATES } from './states';

/** Seats per regional group (General Assembly resolution 60/251, as the election sources repeat). */
const SEATS = { african: 13, 'asia-pacific': 13, 'eastern-european': 6, 'latin-american-caribbean': 8, 'western-european-other': 7 };

describe('Human Rights Council membership', () => {
  it.each([2025, 2026])('%i: 47 members, seats per regional group as allotted', (year) => {
    const members = councilMembers(year);
    expect(members).toHaveLength(COUNCIL_SIZE);
    expect(councilYearComplete(year)).toBe(true);
    for (const group of REGIONAL_GROUPS) expect(members.filter((m) => m.group === group), group).toHaveLength(SEATS[group]);
    for (const m of members) expect(stateByIso2(m.iso2), m.iso2).toBeDefined();
  });

  it('gives each member its term end', () => {
    const members = councilMembers(2026);
    expect(members.find((m) => m.iso2 === 'NL')?.termEnd).toBe('2026-12-31');
    expect(members.find((m) => m.iso2 === 'CZ')?.termEnd).toBe('2027-12-31');
    expect(members.find((m) => m.iso2 === 'EG')?.termEnd).toBe('2028-12-31');
    expect(members.find((m) => m.iso2 === 'BE')).toBeUndefined();
    expect(councilMembers(2025).find((m) => m.iso2 === 'BE')?.termEnd).toBe('2025-12-31');
  });

  it('a year whose election is not in the data is not complete', () => {
    expect(councilYearComplete(2027)).toBe(false);
    expect(councilMembers(2027)).toHaveLength(32);
  });
});

describe('M49 regions', () => {
  it('every State has one, and the committed file is the generator output', () => {
    for (const s of STATES) expect(regionOf(s.iso2), s.iso2).toBeDefined();
    expect(regionOf('BE')).toBe('europe');
    expect(regionOf('EG')).toBe('africa');
    expect(readFileSync(REGIONS_OUTPUT, 'utf8')).toBe(renderRegions(buildRegions(readFileSync(regionsCsvPath(), 'utf8'))));
  });
});
