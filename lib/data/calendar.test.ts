import { describe, expect, it } from 'vitest';
import { currentSession, daysUntil, getCalendar, nextMomentOfKind, upcomingMoments } from './calendar';
import { CampaignCalendar } from './calendar-schema';

const at = (iso: string) => new Date(`${iso}T12:00:00Z`);

describe('the next interactive dialogue on reprisals', () => {
  it('is the sourced date while it is ahead, including its own day', () => {
    expect(nextMomentOfKind('reprisals-dialogue', at('2025-09-01'))).toMatchObject({ expected: false, date: '2025-09-24', session: 'HRC60' });
    expect(nextMomentOfKind('reprisals-dialogue', at('2025-09-24'))).toMatchObject({ expected: false, date: '2025-09-24' });
  });

  it('a two-day dialogue is ahead until its last day', () => {
    expect(nextMomentOfKind('reprisals-dialogue', at('2023-09-29'))).toMatchObject({ expected: false, session: 'HRC54' });
  });

  it('the day after a sourced dialogue, the next one is the next September, expected, with no date or session', () => {
    const next = nextMomentOfKind('reprisals-dialogue', at('2025-09-25'));
    expect(next).toMatchObject({ expected: true, year: 2026, month: 9 });
    expect(next).not.toHaveProperty('date');
    expect(next).not.toHaveProperty('session');
  });

  it('in a year with no sourced date, September is expected until the month is over', () => {
    expect(nextMomentOfKind('reprisals-dialogue', at('2026-08-31'))).toMatchObject({ expected: true, year: 2026, month: 9 });
    expect(nextMomentOfKind('reprisals-dialogue', at('2026-09-30'))).toMatchObject({ expected: true, year: 2026, month: 9 });
    expect(nextMomentOfKind('reprisals-dialogue', at('2026-10-01'))).toMatchObject({ expected: true, year: 2027, month: 9 });
    expect(nextMomentOfKind('reprisals-dialogue', at('2026-11-30'))).toMatchObject({ expected: true, year: 2027, month: 9 });
  });

  it('never offers a past session as the next one', () => {
    for (const day of ['2022-10-01', '2023-12-01', '2024-09-28', '2025-10-30', '2026-11-30']) {
      const next = nextMomentOfKind('reprisals-dialogue', at(day))!;
      const when = next.expected ? `${next.year}-${String(next.month).padStart(2, '0')}-31` : (next.endDate ?? next.date);
      expect(when >= day, `${day}: ${JSON.stringify(next)}`).toBe(true);
    }
  });
});

describe('the Third Committee and the Council sessions', () => {
  it('after the September dialogue, the Third Committee in October comes first', () => {
    const [first] = upcomingMoments(at('2025-09-30'));
    expect(first).toMatchObject({ kind: 'third-committee', date: '2025-10-16', session: 'GA80-C3' });
    expect(upcomingMoments(at('2026-09-30'))[0]).toMatchObject({ kind: 'reprisals-dialogue', expected: true, year: 2026 });
    expect(upcomingMoments(at('2026-10-02'))[0]).toMatchObject({ kind: 'third-committee', expected: true, year: 2026, month: 10 });
  });

  it('a sourced Council session is a moment before it starts and the current session while it runs', () => {
    expect(upcomingMoments(at('2026-01-10'))[0]).toMatchObject({ kind: 'council-session', session: 'HRC61', date: '2026-02-23' });
    expect(currentSession(at('2026-03-01'))?.session).toBe('HRC61');
    expect(currentSession(at('2026-04-01'))).toBeNull();
  });

  it('counts days to the date, or to the first day of the expected month', () => {
    expect(daysUntil(nextMomentOfKind('reprisals-dialogue', at('2025-09-14'))!, at('2025-09-14'))).toBe(10);
    expect(daysUntil(nextMomentOfKind('reprisals-dialogue', at('2027-08-01'))!, at('2027-08-01'))).toBe(31);
  });
});

describe('calendar data', () => {
  it('every moment and session has a source that exists, and https addresses', () => {
    const calendar = getCalendar();
    for (const source of calendar.sources) expect(source.url.startsWith('https://'), source.id).toBe(true);
    expect(calendar.moments.filter((m) => m.kind === 'reprisals-dialogue').map((m) => m.date)).toEqual(['2022-09-29', '2023-09-28', '2024-09-27', '2025-09-24']);
  });

  it('rejects a moment whose source id is unknown, naming the field', () => {
    const broken = structuredClone(getCalendar());
    broken.moments[0]!.sources = ['nowhere'];
    const result = CampaignCalendar.safeParse(broken);
    expect(result.success).toBe(false);
    expect(result.error!.issues[0]!.path).toEqual(['moments', 0, 'sources']);
  });
});
