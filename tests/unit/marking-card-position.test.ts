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

  it('takes the side with more room when neither fits', () => {
    const tall = { width: 320, height: 700 };
    const p = placeCard({ top: 300, left: 10, width: 40, height: 20 }, tall, viewport, 'ltr');
    expect(p.side).toBe('below');
    expect(p.top).toBeGreaterThanOrEqual(8);
    expect(p.top + 700).toBeLessThanOrEqual(800 - 8 + 1);
  });
});
