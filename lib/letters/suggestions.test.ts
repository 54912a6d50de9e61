import { describe, expect, it } from 'vitest';
import { getCases } from '@/lib/data/index';
import { suggestMissions } from './suggestions';
import { mention, withFacts } from './test-fixtures';

const NOV_2026 = new Date('2026-11-30T10:00:00Z');

describe('suggested missions', () => {
  it('first the States that raised the cases, with the sessions, then this year’s Council members, then the rest', () => {
    const cases = [
      withFacts('viasna', { stateMentions: [mention(['BE', 'NL', 'LU'], 'HRC51', '2022-09-29'), mention(['DE'], 'HRC54', '2023-09'), mention(['BY'], 'HRC60', '2025-09')] }),
    ];
    const s = suggestMissions(cases, NOV_2026);
    expect(s.raised.map((m) => m.iso2)).toEqual(['DE', 'BE', 'NL', 'LU']);
    expect(s.raised[1]!.reasons[0]).toEqual({ kind: 'raised', sessions: ['HRC51'] });
    // The Netherlands sits on the Council in 2026: both reasons are given.
    expect(s.raised.find((m) => m.iso2 === 'NL')!.reasons).toContainEqual({ kind: 'council', termEnd: '2026-12-31' });
    expect(s.council).toHaveLength(47 - 1);
    expect(s.council[0]!.reasons[0]).toMatchObject({ kind: 'council', termEnd: '2026-12-31' });
    expect(s.council.at(-1)!.reasons[0]).toMatchObject({ kind: 'council', termEnd: '2028-12-31' });
    expect(s.rest.length + s.council.length + s.raised.length).toBe(195);
    // A State never counts as having raised its own case.
    expect(s.raised.some((m) => m.iso2 === 'BY')).toBe(false);
    expect(s.councilComplete).toBe(true);
  });

  it('marks the States concerned by the cases and gives every State its region', () => {
    const s = suggestMissions(getCases(), NOV_2026);
    const egypt = [...s.council, ...s.rest].find((m) => m.iso2 === 'EG')!;
    expect(egypt.reasons).toContainEqual({ kind: 'concerned' });
    expect(egypt.region).toBe('africa');
    expect([...s.raised, ...s.council, ...s.rest].every((m) => m.region)).toBe(true);
  });

  it('without mentions in the data, starts with the Council', () => {
    const s = suggestMissions(getCases().map((c) => ({ ...c, stateMentions: [] })), NOV_2026);
    expect(s.raised).toEqual([]);
    expect(s.council).toHaveLength(47);
  });
});
