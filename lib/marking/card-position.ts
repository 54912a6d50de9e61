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
  /** Room the card must leave free at the viewport's left and right (e.g. for the open panel). */
  inset: { left: number; right: number } = { left: 0, right: 0 },
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
    left: clamp(rawLeft, MARGIN + inset.left, viewport.width - inset.right - size.width - MARGIN),
    ...(height < size.height ? { maxHeight: Math.floor(height) } : {}),
  };
}

function clamp(value: number, min: number, max: number): number {
  return Math.round(Math.max(min, Math.min(value, Math.max(min, max))));
}

/**
 * The box of a mention to place the card next to: of the mention's boxes (a name can wrap onto
 * two lines), the one under the pointer, else the first one in reading order.
 */
export function anchorBox(rects: ArrayLike<Box & { right?: number; bottom?: number }>, point?: { x: number; y: number }): Box | null {
  if (rects.length === 0) return null;
  if (point) {
    for (let i = 0; i < rects.length; i++) {
      const r = rects[i]!;
      if (point.x >= r.left && point.x <= r.left + r.width && point.y >= r.top && point.y <= r.top + r.height) return pick(r);
    }
  }
  return pick(rects[0]!);
}

function pick(r: Box): Box {
  return { top: r.top, left: r.left, width: r.width, height: r.height };
}
