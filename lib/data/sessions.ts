import type { CaseMention } from './schema';

/** When a UN session named in a State mention can have taken place: a year and a span of months. */
export interface SessionPeriod {
  year: number;
  /** First and last month (1–12) the session can run in. */
  months: readonly [number, number];
}

/**
 * The Human Rights Council has held three regular sessions a year since 2008 (its 7th session):
 * February–April, June–July and September–October. The General Assembly's nth session opens in
 * September 1945 + n and its Third Committee meets in October and November.
 */
const COUNCIL_TERMS: ReadonlyArray<readonly [number, number]> = [
  [2, 4],
  [6, 7],
  [9, 10],
];

/** The period of "HRC51" or "GA79-C3", or undefined for a name this calendar does not cover. */
export function sessionPeriod(session: string): SessionPeriod | undefined {
  const council = /^HRC(\d+)$/.exec(session);
  if (council) {
    const n = Number(council[1]);
    if (n < 7) return undefined;
    return { year: 2006 + Math.floor((n - 1) / 3), months: COUNCIL_TERMS[(n - 1) % 3]! };
  }
  const thirdCommittee = /^GA(\d+)-C3$/.exec(session);
  if (thirdCommittee) return { year: 1945 + Number(thirdCommittee[1]), months: [10, 11] };
  return undefined;
}

/** Whether a mention's date ("2023", "2023-09" or "2023-09-29") can fall within its session. */
export function mentionFitsSession(mention: Pick<CaseMention, 'date' | 'session'>): boolean {
  const period = sessionPeriod(mention.session);
  if (!period) return false;
  const [year, month] = mention.date.split('-').map(Number);
  if (year !== period.year) return false;
  return month === undefined || (month >= period.months[0] && month <= period.months[1]);
}
