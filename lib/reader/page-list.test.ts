import { describe, expect, it } from 'vitest';
import { pageList } from './page-list';

describe('pageList', () => {
  it('lists single pages and pairs one by one, runs of three or more as a range', () => {
    expect(pageList([])).toBe('');
    expect(pageList([4])).toBe('4');
    expect(pageList([1, 2])).toBe('1, 2');
    expect(pageList([1, 2, 3, 7, 9, 10])).toBe('1–3, 7, 9, 10');
    expect(pageList([2, 3, 4, 5, 8, 9, 10, 40])).toBe('2–5, 8–10, 40');
  });
});
