// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { mentionFitsSession, sessionPeriod } from './sessions';

describe('sessionPeriod', () => {
  it.each([
    // Sessions whose dates the campaign's sources state.
    ['HRC51', 2022, [9, 10]], // interactive dialogue on 29 September 2022
    ['HRC52', 2023, [2, 4]], // BENELUX statement on 23 March 2023
    ['HRC54', 2023, [9, 10]], // dialogue on 28–29 September 2023
    ['HRC55', 2024, [2, 4]],
    ['HRC57', 2024, [9, 10]], // 9 September – 11 October 2024
    ['HRC60', 2025, [9, 10]], // dialogue on 24 September 2025
    ['HRC45', 2020, [9, 10]], // 14 September – 2 October 2020
    ['GA79-C3', 2024, [10, 11]], // Third Committee, 3 October – 22 November 2024
    ['GA80-C3', 2025, [10, 11]],
  ] as const)('%s runs in %i, months %j', (session, year, months) => {
    expect(sessionPeriod(session)).toEqual({ year, months });
  });

  it('does not guess for early Council sessions or other names', () => {
    expect(sessionPeriod('HRC3')).toBeUndefined();
    expect(sessionPeriod('CAT58')).toBeUndefined();
  });
});

describe('mentionFitsSession', () => {
  it('accepts a date in the session, at any precision', () => {
    expect(mentionFitsSession({ session: 'HRC54', date: '2023-09-29' })).toBe(true);
    expect(mentionFitsSession({ session: 'HRC54', date: '2023-09' })).toBe(true);
    expect(mentionFitsSession({ session: 'GA79-C3', date: '2024' })).toBe(true);
  });

  it('rejects a date in another year or month', () => {
    expect(mentionFitsSession({ session: 'HRC54', date: '2022-09-29' })).toBe(false);
    expect(mentionFitsSession({ session: 'HRC52', date: '2023-09' })).toBe(false);
    expect(mentionFitsSession({ session: 'GA80-C3', date: '2025-09-24' })).toBe(false);
  });
});
