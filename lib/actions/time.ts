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
    // No message here: the parse's error map words it (see timeRangeOf), in the reader's language.
    ctx.addIssue({ code: 'custom', input: time, params: { reason: TIME_RANGE_REASON, min: EARLIEST_ACTION_TIME, max: latestActionTime(now) } });
  });

/** The window an out-of-range time issue reports, or null for any other issue. */
export function timeRangeOf(issue: { code?: string; params?: unknown }): { min: number; max: number } | null {
  const params = issue.params as { reason?: unknown; min?: unknown; max?: unknown } | undefined;
  if (issue.code !== 'custom' || params?.reason !== TIME_RANGE_REASON) return null;
  return typeof params.min === 'number' && typeof params.max === 'number' ? { min: params.min, max: params.max } : null;
}

/** ISO 8601 text for a stored time, or the number itself when no Date can hold it. */
export function isoTimeOrRaw(time: number): string {
  const date = new Date(time);
  return Number.isNaN(date.getTime()) ? String(time) : date.toISOString();
}
