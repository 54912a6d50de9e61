import { describe, expect, it } from 'vitest';
import { getCases } from '@/lib/data';
import { STATES } from '@/lib/data/states';
import { findForMarkStates, markLevelOf } from './mark-levels';
import type { FindMatches } from './types';

describe('mark levels', () => {
  it('marks clearly exactly the States responsible for a case or named in a sourced mention of one', () => {
    const cases = getCases();
    const linked = new Set([...cases.map((c) => c.state), ...cases.flatMap((c) => c.stateMentions.flatMap((m) => m.states))]);
    for (const { iso2 } of STATES) expect(markLevelOf(iso2.toLowerCase()), iso2).toBe(linked.has(iso2) ? 'clear' : 'quiet');
    expect(['DE', 'EG', 'BY', 'BE'].map(markLevelOf)).toEqual(['clear', 'clear', 'clear', 'clear']);
    expect(['TD', 'FR', 'BR'].map(markLevelOf)).toEqual(['quiet', 'quiet', 'quiet']);
  });

  it('leaves out the States not linked to the campaign when only those are to be marked', () => {
    const find: FindMatches = () => [
      { start: 0, end: 5, iso2: 'EG' },
      { start: 10, end: 14, iso2: 'TD' },
      { start: 20, end: 27, iso2: 'DE' },
    ];
    expect(findForMarkStates(find, 'all')).toBe(find);
    expect(findForMarkStates(find, 'linked')('any text').map((m) => m.iso2)).toEqual(['EG', 'DE']);
  });
});
