import { actionsDb } from './db';
import { HOUR } from './tallies';

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
 * Actions per bucket, from the hourly tallies. Where the UTC offset is not a whole number of hours
 * (India, Nepal, parts of Australia…), a bucket edge cuts an hour in two; the part after the edge
 * is counted exactly on the createdAt index, which reads at most an hour of actions per edge.
 */
export async function actionsOverTime(now: number = Date.now()): Promise<Timeline> {
  const db = actionsDb();
  return db.transaction('r', db.actions, db.activity, async () => {
    const rows = await db.activity.toArray();
    const hours = new Map(rows.map((row) => [row.hour, row.n]));
    const first = rows.length ? rows[0]!.hour * HOUR : now;
    const last = rows.length ? rows[rows.length - 1]!.hour * HOUR : now;
    const buckets = timeBuckets(first, last, now);
    const counts = new Array<number>(buckets.length).fill(0);
    const bucketOf = (time: number) => {
      let lo = 0;
      let hi = buckets.length - 1;
      while (lo < hi) {
        const mid = (lo + hi + 1) >> 1;
        if (buckets[mid]!.start <= time) lo = mid;
        else hi = mid - 1;
      }
      return time >= buckets[lo]!.start && time < buckets[lo]!.end ? lo : -1;
    };
    for (const { hour, n } of rows) {
      const i = bucketOf(hour * HOUR);
      if (i >= 0) counts[i]! += n;
    }
    await Promise.all(
      buckets.map(async (bucket, i) => {
        const hour = Math.floor(bucket.start / HOUR);
        if (bucket.start % HOUR === 0 || !hours.has(hour)) return;
        const moved = await db.actions.where('createdAt').between(bucket.start, (hour + 1) * HOUR, true, false).count();
        counts[i]! += moved;
        if (i > 0) counts[i - 1]! -= moved;
      }),
    );
    return { unit: buckets.unit, buckets: buckets.map((b, i) => ({ ...b, count: counts[i]! })) };
  });
}
