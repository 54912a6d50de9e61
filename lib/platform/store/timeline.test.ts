import { beforeEach, expect, it } from 'vitest';
import { deleteAll, mergeActions, recordAction } from './actions';
import { actionsOverTime, timeBuckets } from './timeline';
import { freshDatabase, post } from './test-helpers';

beforeEach(freshDatabase);

const day = 86_400_000;
const now = new Date(2026, 10, 29, 15, 30).getTime();

it('shows at least two weeks of days ending today', () => {
  const buckets = timeBuckets(now, now, now);
  expect(buckets.unit).toBe('day');
  expect(buckets).toHaveLength(14);
  expect(buckets.at(-1)!.start).toBe(new Date(2026, 10, 29).getTime());
  expect(buckets.at(-1)!.end).toBe(new Date(2026, 10, 30).getTime());
});

it('uses weeks, months then years for longer spans, never more than 60 buckets', () => {
  expect(timeBuckets(now - 200 * day, now, now).unit).toBe('week');
  expect(timeBuckets(now - 3 * 365 * day, now, now).unit).toBe('month');
  const years = timeBuckets(now - 20 * 365 * day, now, now);
  expect(years.unit).toBe('year');
  expect(years.length).toBeLessThanOrEqual(60);
  for (const unit of [timeBuckets(now - 200 * day, now, now), years]) {
    unit.forEach((b, i) => i && expect(b.start).toBe(unit[i - 1]!.end));
  }
});

it('counts actions per local calendar day, with no gap or overlap', async () => {
  const today = new Date(2026, 10, 29).getTime();
  await recordAction(post(['viasna'], { createdAt: today }));
  await recordAction(post(['viasna'], { createdAt: today + 10 }));
  await recordAction(post(['viasna'], { createdAt: today - 1 }));
  await recordAction(post(['viasna'], { createdAt: today - 5 * day }));
  const timeline = await actionsOverTime(now);
  expect(timeline.unit).toBe('day');
  expect(timeline.buckets.map((b) => b.count).slice(-6)).toEqual([1, 0, 0, 0, 1, 2]);
  expect(timeline.buckets.reduce((sum, b) => sum + b.count, 0)).toBe(4);
});

it('puts actions on the right local day, also where the UTC offset is not whole hours', async () => {
  const zone = process.env.TZ;
  try {
    for (const tz of ['UTC', 'Asia/Kolkata', 'Asia/Kathmandu', 'America/St_Johns', 'America/New_York', 'Pacific/Kiritimati', 'Pacific/Pago_Pago']) {
      process.env.TZ = tz;
      await deleteAll();
      const midnight = new Date(2026, 10, 29).getTime();
      for (const offset of [-1, 0, 1, 29 * 60_000, 31 * 60_000, 59 * 60_000, 23 * 3_600_000]) {
        await recordAction(post(['viasna'], { createdAt: midnight + offset }));
      }
      const counts = (await actionsOverTime(new Date(2026, 10, 29, 15).getTime())).buckets.map((b) => b.count).slice(-2);
      expect(counts, tz).toEqual([1, 6]);
    }
  } finally {
    process.env.TZ = zone;
  }
});

it('counts a year of actions in weeks with none lost at the edges', async () => {
  const start = new Date(2025, 10, 29).getTime();
  const year = [];
  for (let t = start; t < now; t += 7 * 3_600_000 + 123_457) year.push({ ...post(['viasna'], { createdAt: t }), id: crypto.randomUUID(), createdAt: t });
  // One write for the ~1,250 actions: this is about counting them, not about recording.
  await mergeActions(year);
  const expected = year.length;
  const timeline = await actionsOverTime(now);
  expect(timeline.unit).toBe('week');
  expect(timeline.buckets.reduce((sum, b) => sum + b.count, 0)).toBe(expected);
  expect(timeline.buckets.every((b) => b.count >= 0)).toBe(true);
  const firstWeek = timeline.buckets[0]!;
  const inFirstWeek = Math.ceil((firstWeek.end - start) / (7 * 3_600_000 + 123_457));
  expect(firstWeek.count).toBe(inFirstWeek);
});
