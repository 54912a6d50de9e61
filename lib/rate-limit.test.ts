import { expect, it } from 'vitest';
import { createRateLimiter } from './rate-limit';

it('allows `limit` events per key in any window and counts keys apart', () => {
  let time = 0;
  const limiter = createRateLimiter({ limit: 3, windowMs: 10_000, now: () => time });
  expect([1, 2, 3, 4].map(() => limiter.allow(7))).toEqual([true, true, true, false]);
  expect(limiter.allow(8)).toBe(true);
  time = 9_999;
  expect(limiter.allow(7)).toBe(false);
  time = 10_000;
  expect(limiter.allow(7)).toBe(true);
  expect(limiter.allow(7)).toBe(true);
  expect(limiter.allow(7)).toBe(true);
  expect(limiter.allow(7)).toBe(false);
});
