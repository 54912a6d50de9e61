import { z } from 'zod';

export const DAY_MS = 86_400_000;

/** No action can predate the extension's subject: the campaign's first records are from the 2010s. */
export const EARLIEST_ACTION_TIME = Date.UTC(2010, 0, 1);

/** A day of slack for clocks that run ahead and time zones; anything later is not a real action. */
export function latestActionTime(now: number = Date.now()): number {
  return now + DAY_MS;
}

export function isPlausibleActionTime(time: number, now: number = Date.now()): boolean {
  return Number.isSafeInteger(time) && time >= EARLIEST_ACTION_TIME && time <= latestActionTime(now);
}

/** The issue raised for a time outside the window; `params` lets the UI say it in its own words. */
export const TIME_RANGE_REASON = 'action-time-range';

/**
 * Milliseconds since the epoch, within [2010-01-01, now + 1 day]. `Date` cannot represent
 * anything past 8.64e15 at all, and a far-future time would pass for "the latest action".
 */
export const ActionTime = z
  .number()
  .int()
  .superRefine((time, ctx) => {
    const now = Date.now();
    if (isPlausibleActionTime(time, now)) return;
    ctx.addIssue({
      code: 'custom',
      message: `must be a time between ${new Date(EARLIEST_ACTION_TIME).toISOString()} and ${new Date(latestActionTime(now)).toISOString()}`,
      params: { reason: TIME_RANGE_REASON, min: EARLIEST_ACTION_TIME, max: latestActionTime(now) },
    });
  });

/** ISO 8601 text for a stored time, or the number itself when no Date can hold it. */
export function isoTimeOrRaw(time: number): string {
  const date = new Date(time);
  return Number.isNaN(date.getTime()) ? String(time) : date.toISOString();
}
