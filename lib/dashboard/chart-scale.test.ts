import { expect, it } from 'vitest';
import { labelEvery, niceTicks } from './chart-scale';

it('gives round ticks that reach the maximum', () => {
  expect(niceTicks(0)).toEqual([0, 1]);
  expect(niceTicks(1)).toEqual([0, 1]);
  expect(niceTicks(3)).toEqual([0, 1, 2, 3]);
  expect(niceTicks(7)).toEqual([0, 2, 4, 6, 8]);
  expect(niceTicks(10)).toEqual([0, 5, 10]);
  expect(niceTicks(1234)).toEqual([0, 500, 1000, 1500]);
  for (const max of [1, 9, 13, 99, 101, 4999, 100000]) {
    const ticks = niceTicks(max);
    expect(ticks.at(-1)).toBeGreaterThanOrEqual(max);
    expect(ticks.length).toBeLessThanOrEqual(7);
    expect(ticks.every(Number.isInteger)).toBe(true);
  }
});

it('labels every bucket when they fit, fewer when they do not', () => {
  expect(labelEvery(8)).toBe(1);
  expect(labelEvery(14)).toBe(2);
  expect(labelEvery(60)).toBe(8);
});
