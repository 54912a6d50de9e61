import { describe, expect, it } from 'vitest';
import { anchorBox, placeCard } from '@/lib/marking/card-position';

const viewport = { width: 1000, height: 800 };
const size = { width: 320, height: 200 };

describe('placeCard', () => {
  it('goes below the mention, aligned with its start edge', () => {
    expect(placeCard({ top: 100, left: 50, width: 60, height: 20 }, size, viewport, 'ltr')).toEqual({ side: 'below', top: 126, left: 50 });
  });

  it('flips above near the bottom of the viewport', () => {
    const p = placeCard({ top: 700, left: 50, width: 60, height: 20 }, size, viewport, 'ltr');
    expect(p.side).toBe('above');
    expect(p.top).toBe(700 - 6 - 200);
  });

  it('aligns with the right edge in right-to-left', () => {
    const p = placeCard({ top: 100, left: 600, width: 60, height: 20 }, size, viewport, 'rtl');
    expect(p.left).toBe(660 - 320);
  });

  it('stays inside the viewport at the edges', () => {
    expect(placeCard({ top: 100, left: 950, width: 40, height: 20 }, size, viewport, 'ltr').left).toBe(1000 - 320 - 8);
    expect(placeCard({ top: 100, left: 2, width: 40, height: 20 }, size, viewport, 'rtl').left).toBe(8);
  });

  it('takes the side with more room when neither fits, and shrinks rather than cover the mention', () => {
    const tall = { width: 320, height: 700 };
    const below = placeCard({ top: 300, left: 10, width: 40, height: 20 }, tall, viewport, 'ltr');
    expect(below).toEqual({ side: 'below', top: 326, left: 10, maxHeight: 800 - 320 - 6 - 8 });
    const above = placeCard({ top: 500, left: 10, width: 40, height: 20 }, tall, viewport, 'ltr');
    expect(above).toEqual({ side: 'above', top: 8, left: 10, maxHeight: 500 - 6 - 8 });
    expect(above.top + above.maxHeight!).toBeLessThanOrEqual(500);
  });
});

describe('placeCard on a very small viewport', () => {
  it('keeps a usable card, inside the viewport, even if it must cover the mention', () => {
    const p = placeCard({ top: 100, left: 10, width: 40, height: 20 }, { width: 320, height: 400 }, { width: 400, height: 260 }, 'ltr');
    expect(p.top).toBe(8);
    expect(p.maxHeight).toBe(260 - 16);
  });
});

describe('placeCard beside the open panel', () => {
  it('keeps clear of the room the panel takes on either side', () => {
    const anchor = { top: 100, left: 900, width: 60, height: 20 };
    expect(placeCard(anchor, size, viewport, 'ltr', { left: 0, right: 360 }).left).toBe(1000 - 360 - 320 - 8);
    expect(placeCard({ ...anchor, left: 10 }, size, viewport, 'rtl', { left: 360, right: 0 }).left).toBe(360 + 8);
  });
});

describe('anchorBox', () => {
  const line1 = { top: 100, left: 700, width: 80, height: 20 };
  const line2 = { top: 124, left: 40, width: 50, height: 20 };
  it('takes the box under the pointer of a name that wraps, else the first', () => {
    expect(anchorBox([line1, line2], { x: 60, y: 130 })).toEqual(line2);
    expect(anchorBox([line1, line2])).toEqual(line1);
    expect(anchorBox([])).toBeNull();
  });
});

describe('placeCard never covers the mention while a side has room', () => {
  const overlaps = (a: { top: number; left: number; width: number; height: number }, b: typeof a) =>
    a.left < b.left + b.width && b.left < a.left + a.width && a.top < b.top + b.height && b.top < a.top + a.height;

  it('on short, wide viewports goes beside the mention, after it in the reading direction', () => {
    const short = { width: 1200, height: 300 };
    const anchor = { top: 140, left: 500, width: 60, height: 20 };
    const ltr = placeCard(anchor, { width: 340, height: 420 }, short, 'ltr');
    expect(ltr.side).toBe('after');
    expect(ltr.left).toBe(566);
    const rtl = placeCard(anchor, { width: 340, height: 420 }, short, 'rtl');
    expect(rtl.side).toBe('after');
    expect(rtl.left).toBe(500 - 6 - 340);
    // No room after the name at the right edge: before it.
    expect(placeCard({ ...anchor, left: 1000 }, { width: 340, height: 420 }, short, 'ltr').side).toBe('before');
  });

  it('for any mention on any viewport (a sweep of positions, sizes, both directions and the panel)', () => {
    let checked = 0;
    for (const vw of [360, 800, 1280]) {
      for (const vh of [240, 420, 800]) {
        for (const h of [180, 420, 700]) {
          for (let top = 0; top < vh - 20; top += 37) {
            for (let left = 0; left < vw - 40; left += 53) {
              for (const dir of ['ltr', 'rtl'] as const) {
                for (const inset of [{ left: 0, right: 0 }, dir === 'rtl' ? { left: 384, right: 0 } : { left: 0, right: 384 }]) {
                  const anchor = { top, left, width: 40, height: 18 };
                  const size = { width: Math.min(340, vw - 16), height: h };
                  const p = placeCard(anchor, size, { width: vw, height: vh }, dir, inset);
                  const card = { top: p.top, left: p.left, width: size.width, height: p.maxHeight ?? size.height };
                  // Always inside the viewport, vertically; inside horizontally unless the panel leaves no room.
                  expect(card.top).toBeGreaterThanOrEqual(8);
                  expect(card.top + card.height).toBeLessThanOrEqual(vh - 8);
                  if (p.side !== 'over') {
                    expect(overlaps(card, anchor), JSON.stringify({ vw, vh, h, anchor, dir, inset, p })).toBe(false);
                    checked++;
                  } else {
                    // Only when the card fits on no side.
                    expect(anchor.top - 14).toBeLessThan(Math.min(160, h));
                    expect(vh - anchor.top - anchor.height - 14).toBeLessThan(Math.min(160, h));
                  }
                }
              }
            }
          }
        }
      }
    }
    expect(checked).toBeGreaterThan(1000);
  });
});
