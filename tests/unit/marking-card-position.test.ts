import { describe, expect, it } from 'vitest';
import { placeCard } from '@/lib/marking/card-position';

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
