export interface Box {
  top: number;
  left: number;
  width: number;
  height: number;
}

export interface Placement {
  top: number;
  left: number;
  side: 'below' | 'above';
}

const GAP = 6;
const MARGIN = 8;

/**
 * Where to put a card of `size` next to `anchor` (viewport coordinates): below it, or above
 * when there is no room below; aligned with the anchor's start edge for the reading direction;
 * always kept inside the viewport.
 */
export function placeCard(
  anchor: Box,
  size: { width: number; height: number },
  viewport: { width: number; height: number },
  dir: 'ltr' | 'rtl',
): Placement {
  const roomBelow = viewport.height - (anchor.top + anchor.height) - GAP - MARGIN;
  const roomAbove = anchor.top - GAP - MARGIN;
  const side = size.height <= roomBelow || roomBelow >= roomAbove ? 'below' : 'above';
  const rawTop = side === 'below' ? anchor.top + anchor.height + GAP : anchor.top - GAP - size.height;
  const rawLeft = dir === 'rtl' ? anchor.left + anchor.width - size.width : anchor.left;
  return {
    side,
    top: clamp(rawTop, MARGIN, viewport.height - size.height - MARGIN),
    left: clamp(rawLeft, MARGIN, viewport.width - size.width - MARGIN),
  };
}

function clamp(value: number, min: number, max: number): number {
  return Math.round(Math.max(min, Math.min(value, Math.max(min, max))));
}
