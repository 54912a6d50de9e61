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
