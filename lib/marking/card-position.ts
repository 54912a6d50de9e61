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
  /** Set when the card must shrink (and scroll inside) to fit beside the anchor. */
  maxHeight?: number;
}

const GAP = 6;
const MARGIN = 8;
/** Below this, a shrunk card is too small to use; it may then cover the mention instead. */
const MIN_HEIGHT = 160;

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
  // Never over the mention itself: a card taller than the room on its side shrinks to fit.
  const room = Math.max(side === 'below' ? roomBelow : roomAbove, 0);
  const height = room >= MIN_HEIGHT ? Math.min(size.height, room) : Math.min(size.height, viewport.height - 2 * MARGIN);
  const rawTop = side === 'below' ? anchor.top + anchor.height + GAP : anchor.top - GAP - height;
  const rawLeft = dir === 'rtl' ? anchor.left + anchor.width - size.width : anchor.left;
  return {
    side,
    top: clamp(rawTop, MARGIN, viewport.height - height - MARGIN),
    left: clamp(rawLeft, MARGIN, viewport.width - size.width - MARGIN),
    ...(height < size.height ? { maxHeight: Math.floor(height) } : {}),
  };
}

function clamp(value: number, min: number, max: number): number {
  return Math.round(Math.max(min, Math.min(value, Math.max(min, max))));
}
