import type { CampaignCalendar, CalendarMoment, CouncilSession, MomentKind } from './calendar-schema';
import type { Source } from './schema';

// Checked against its schema when the extension is built (calendar-build.ts): the popup's first
// view, which shows the next moment, does not carry the schema library.
declare const __ER_CALENDAR__: CampaignCalendar;
const CALENDAR: CampaignCalendar = __ER_CALENDAR__;

export function getCalendar(): CampaignCalendar {
  return CALENDAR;
}

/**
 * A moment ahead of `today`. Sourced moments carry their date and session; a moment of a later
 * year is `expected`: only its year and month are known (from the month it came back in every
 * sourced year), never a date or a session number.
 */
export type UpcomingMoment =
  | { kind: MomentKind | 'council-session'; expected: false; date: string; endDate?: string; session: string; year: number; month: number; sources: Source[] }
  | { kind: MomentKind; expected: true; year: number; month: number; sources: Source[] };

/** "2026-11-30" for a Date, in UTC, so the day does not shift with the user's time zone. */
export function isoDay(day: Date): string {
  return day.toISOString().slice(0, 10);
}

function yearMonth(iso: string): { year: number; month: number } {
  return { year: Number(iso.slice(0, 4)), month: Number(iso.slice(5, 7)) };
}

function sourcesOf(ids: readonly string[], calendar: CampaignCalendar): Source[] {
  return ids.map((id) => calendar.sources.find((s) => s.id === id)).filter((s): s is Source => Boolean(s));
}

function sourced(m: CalendarMoment, calendar: CampaignCalendar): UpcomingMoment {
  return { kind: m.kind, expected: false, date: m.date, ...(m.endDate ? { endDate: m.endDate } : {}), session: m.session, ...yearMonth(m.date), sources: sourcesOf(m.sources, calendar) };
}

function sortKey(m: UpcomingMoment): string {
  return m.expected ? `${m.year}-${String(m.month).padStart(2, '0')}-01` : m.date;
}

/**
 * The next moment of `kind` on or after `today`: the first sourced one not yet over, or else
 * the kind's month in the first year that has no sourced moment and whose month is not over.
 * A month counts as ahead until its last day, so in September without a sourced date the
 * dialogue is still "expected in September".
 */
export function nextMomentOfKind(kind: MomentKind, today: Date, calendar: CampaignCalendar = CALENDAR): UpcomingMoment | null {
  const day = isoDay(today);
  const ofKind = calendar.moments.filter((m) => m.kind === kind).sort((a, b) => a.date.localeCompare(b.date));
  const ahead = ofKind.find((m) => (m.endDate ?? m.date) >= day);
  const recurring = calendar.recurring.find((r) => r.kind === kind);
  let projected: UpcomingMoment | null = null;
  if (recurring) {
    const { year, month } = yearMonth(day);
    for (const y of [year, year + 1, year + 2]) {
      if (y === year && month > recurring.month) continue;
      if (ofKind.some((m) => m.date.startsWith(`${y}-`))) continue;
      // The years this kind is sourced for are the basis of the projection.
      projected = { kind, expected: true, year: y, month: recurring.month, sources: sourcesOf(ofKind.flatMap((m) => m.sources), calendar) };
      break;
    }
  }
  const candidates = [ahead ? sourced(ahead, calendar) : null, projected].filter((m): m is UpcomingMoment => m !== null);
  candidates.sort((a, b) => sortKey(a).localeCompare(sortKey(b)));
  return candidates[0] ?? null;
}

/** The Council session under way on `today`, where a source dates it. */
export function currentSession(today: Date, calendar: CampaignCalendar = CALENDAR): CouncilSession | null {
  const day = isoDay(today);
  return calendar.sessions.find((s) => s.start <= day && day <= s.end) ?? null;
}

/** The next sourced Council session that starts after `today`. */
function nextSession(today: Date, calendar: CampaignCalendar): UpcomingMoment | null {
  const day = isoDay(today);
  const next = calendar.sessions.filter((s) => s.start > day).sort((a, b) => a.start.localeCompare(b.start))[0];
  return next
    ? { kind: 'council-session', expected: false, date: next.start, endDate: next.end, session: next.session, ...yearMonth(next.start), sources: sourcesOf(next.sources, calendar) }
    : null;
}

/** Every kind's next moment (dialogue, Third Committee, sourced Council session), soonest first. */
export function upcomingMoments(today: Date, calendar: CampaignCalendar = CALENDAR): UpcomingMoment[] {
  const list = [
    nextMomentOfKind('reprisals-dialogue', today, calendar),
    nextMomentOfKind('third-committee', today, calendar),
    nextSession(today, calendar),
  ].filter((m): m is UpcomingMoment => m !== null);
  return list.sort((a, b) => sortKey(a).localeCompare(sortKey(b)));
}

/** Whole days from `today` to the moment (to the first day of its month when only the month is known). */
export function daysUntil(moment: UpcomingMoment, today: Date): number {
  const target = Date.parse(`${sortKey(moment)}T00:00:00Z`);
  const start = Date.parse(`${isoDay(today)}T00:00:00Z`);
  return Math.max(0, Math.round((target - start) / 86_400_000));
}

/** A sourced past moment of `session` (e.g. the HRC54 dialogue), for dating a State's mention. */
export function momentOfSession(session: string, calendar: CampaignCalendar = CALENDAR): CalendarMoment | undefined {
  return calendar.moments.find((m) => m.session === session);
}
