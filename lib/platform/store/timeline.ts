import { EARLIEST_ACTION_TIME, latestActionTime } from '@/lib/actions/time';
import { actionsDb } from './db';
import { DAY } from './tallies';

export type TimeUnit = 'day' | 'week' | 'month' | 'year';

export interface TimeBucket {
  /** Local time, inclusive. */
  start: number;
  /** Local time, exclusive. */
  end: number;
  count: number;
}

export interface Timeline {
  unit: TimeUnit;
  buckets: TimeBucket[];
}

const MAX_BUCKETS = 60;
/** The chart always shows at least this many days so a first action does not fill the chart alone. */
const MIN_DAYS = 14;

function startOf(unit: TimeUnit, time: number): Date {
  const d = new Date(time);
  d.setHours(0, 0, 0, 0);
  if (unit === 'week') d.setDate(d.getDate() - ((d.getDay() + 6) % 7)); // ISO weeks start on Monday
  if (unit === 'month' || unit === 'year') d.setDate(1);
  if (unit === 'year') d.setMonth(0);
  return d;
}

function next(unit: TimeUnit, d: Date): Date {
  const n = new Date(d);
  if (unit === 'day') n.setDate(n.getDate() + 1);
  else if (unit === 'week') n.setDate(n.getDate() + 7);
  else if (unit === 'month') n.setMonth(n.getMonth() + 1);
  else n.setFullYear(n.getFullYear() + 1);
  return n;
}

function boundaries(unit: TimeUnit, from: number, to: number): number[] {
  const edges: number[] = [];
  for (let d = startOf(unit, from); d.getTime() <= to; d = next(unit, d)) {
    edges.push(d.getTime());
    if (edges.length > (unit === 'year' ? 400 : MAX_BUCKETS)) break;
  }
  return edges;
}

/**
 * Buckets in local time (calendar days, Monday weeks, months, years), the finest unit that covers
 * `first`..`last` in at most 60 buckets. Days are computed with Date so daylight-saving changes
 * give 23- and 25-hour days rather than shifted midnights.
 */
export function timeBuckets(first: number, last: number, now: number): Array<{ start: number; end: number }> & { unit: TimeUnit } {
  const to = Math.max(last, now);
  const from = Math.min(first, startOf('day', to).getTime() - (MIN_DAYS - 1) * 86_400_000);
  for (const unit of ['day', 'week', 'month', 'year'] as const) {
    const edges = boundaries(unit, from, to);
    if (edges.length <= MAX_BUCKETS || unit === 'year') {
      const buckets = edges.map((start) => ({ start, end: next(unit, new Date(start)).getTime() }));
      return Object.assign(buckets, { unit });
    }
  }
  throw new Error('unreachable');
}

/**
 * Actions per bucket, from the daily tallies (a few hundred rows for a year, however many actions).
 * Local days do not start at UTC midnight, so a bucket edge usually cuts a UTC day in two; the
 * part after the edge is counted exactly on the createdAt index, which reads at most a day of
 * actions per edge.
 */
export async function actionsOverTime(now: number = Date.now()): Promise<Timeline> {
  const db = actionsDb();
  return db.transaction('r', db.actions, db.activity, async () => {
    // Only times a Date can hold and a person can have acted at set the span: a record imported
    // before dates were checked may hold 9e15, which would leave no bucket at all.
    const plausible = () => db.actions.where('createdAt').between(EARLIEST_ACTION_TIME, latestActionTime(now), true, true);
    const [rows, first, last] = await Promise.all([
      db.activity.toArray(),
      plausible().first() as Promise<{ createdAt: number } | undefined>,
      plausible().last() as Promise<{ createdAt: number } | undefined>,
    ]);
    const days = new Set(rows.map((row) => row.day));
    const buckets = timeBuckets(first?.createdAt ?? now, last?.createdAt ?? now, now);
    const counts = new Array<number>(buckets.length).fill(0);
    const bucketOf = (time: number) => {
      let lo = 0;
      let hi = buckets.length - 1;
      while (lo < hi) {
        const mid = (lo + hi + 1) >> 1;
        if (buckets[mid]!.start <= time) lo = mid;
        else hi = mid - 1;
      }
      return lo;
    };
    // Each UTC day goes first to the bucket its start falls in (or the first bucket)…
    for (const { day, n } of rows) counts[bucketOf(Math.max(day * DAY, buckets[0]!.start))]! += n;
    // …then what lies after each bucket edge inside that day moves to the next bucket.
    await Promise.all(
      buckets.map(async (bucket, i) => {
        const day = Math.floor(bucket.start / DAY);
        if (i === 0 || bucket.start % DAY === 0 || !days.has(day)) return;
        const moved = await db.actions.where('createdAt').between(bucket.start, (day + 1) * DAY, true, false).count();
        counts[i]! += moved;
        counts[i - 1]! -= moved;
      }),
    );
    return { unit: buckets.unit, buckets: buckets.map((b, i) => ({ ...b, count: counts[i]! })) };
  });
}
