export interface Box {
  top: number;
  left: number;
  width: number;
  height: number;
}

export interface Placement {
  top: number;
  left: number;
  /**
   * Where the card sits: below or above the mention's line; beside it (`after` it in the reading
   * direction, or `before`) when a short viewport leaves too little room above and below; `over`
   * only when no side has room, on a very small viewport.
   */
  side: 'below' | 'above' | 'after' | 'before' | 'over';
  /** Set when the card must shrink (and scroll inside) to fit beside the anchor. */
  maxHeight?: number;
}

const GAP = 6;
const MARGIN = 8;
/** Below this, a shrunk card is too small to use; it then goes beside the mention, or over it. */
const MIN_HEIGHT = 160;

/**
 * Where to put a card of `size` next to `anchor` (viewport coordinates), never over the marked
 * line while any side has room: below it, or above when there is more room there (flip), then
 * shifted along the line to stay inside the viewport; aligned with the anchor's start edge for
 * the reading direction (right edge in right-to-left). A card taller than the room shrinks to
 * fit; where neither above nor below leaves a usable card, it goes beside the mention, first
 * after it in the reading direction. `inset` is room to leave free at the viewport's left and
 * right (the open panel's).
 */
export function placeCard(
  anchor: Box,
  size: { width: number; height: number },
  viewport: { width: number; height: number },
  dir: 'ltr' | 'rtl',
  inset: { left: number; right: number } = { left: 0, right: 0 },
): Placement {
  const roomBelow = viewport.height - (anchor.top + anchor.height) - GAP - MARGIN;
  const roomAbove = anchor.top - GAP - MARGIN;
  const vertical = size.height <= roomBelow || roomBelow >= roomAbove ? 'below' : 'above';
  const room = Math.max(vertical === 'below' ? roomBelow : roomAbove, 0);
  const fullHeight = Math.min(size.height, viewport.height - 2 * MARGIN);
  const minLeft = MARGIN + inset.left;
  const maxLeft = viewport.width - inset.right - size.width - MARGIN;
  const shrunk = (height: number) => (height < size.height ? { maxHeight: Math.floor(height) } : {});

  if (room >= Math.min(MIN_HEIGHT, size.height)) {
    const height = Math.min(size.height, room);
    const rawTop = vertical === 'below' ? anchor.top + anchor.height + GAP : anchor.top - GAP - height;
    const rawLeft = dir === 'rtl' ? anchor.left + anchor.width - size.width : anchor.left;
    return {
      side: vertical,
      top: clamp(rawTop, MARGIN, viewport.height - height - MARGIN),
      left: clamp(rawLeft, minLeft, maxLeft),
      ...shrunk(height),
    };
  }

  // Beside the mention, centred on its line: after it in the reading direction, else before it.
  const top = clamp(anchor.top + anchor.height / 2 - fullHeight / 2, MARGIN, viewport.height - fullHeight - MARGIN);
  const rightOf = anchor.left + anchor.width + GAP;
  const leftOf = anchor.left - GAP - size.width;
  const fitsRight = rightOf <= maxLeft;
  const fitsLeft = leftOf >= minLeft;
  const [after, before] = dir === 'rtl' ? [fitsLeft && leftOf, fitsRight && rightOf] : [fitsRight && rightOf, fitsLeft && leftOf];
  if (after !== false) return { side: 'after', top, left: Math.round(after), ...shrunk(fullHeight) };
  if (before !== false) return { side: 'before', top, left: Math.round(before), ...shrunk(fullHeight) };

  return {
    side: 'over',
    top: clamp(vertical === 'below' ? anchor.top + anchor.height + GAP : anchor.top - GAP - fullHeight, MARGIN, viewport.height - fullHeight - MARGIN),
    left: clamp(dir === 'rtl' ? anchor.left + anchor.width - size.width : anchor.left, minLeft, maxLeft),
    ...shrunk(fullHeight),
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
