/** A point's text position, as the browser's caret hit-testing reports it. */
export interface CaretPoint {
  node: Node;
  offset: number;
}

/** The text position under a point: caretPositionFromPoint (standard), else caretRangeFromPoint (older Chrome). */
export function caretAt(doc: Document, x: number, y: number): CaretPoint | null {
  const d = doc as Document & {
    caretPositionFromPoint?: (x: number, y: number) => { offsetNode: Node; offset: number } | null;
    caretRangeFromPoint?: (x: number, y: number) => Range | null;
  };
  if (typeof d.caretPositionFromPoint === 'function') {
    const p = d.caretPositionFromPoint(x, y);
    return p ? { node: p.offsetNode, offset: p.offset } : null;
  }
  if (typeof d.caretRangeFromPoint === 'function') {
    const r = d.caretRangeFromPoint(x, y);
    return r ? { node: r.startContainer, offset: r.startOffset } : null;
  }
  return null;
}

export function pointInRects(rects: ArrayLike<DOMRectReadOnly>, x: number, y: number, slop = 0): boolean {
  for (let i = 0; i < rects.length; i++) {
    const r = rects[i]!;
    if (x >= r.left - slop && x <= r.right + slop && y >= r.top - slop && y <= r.bottom + slop) return true;
  }
  return false;
}

/** One of our mentions under the pointer: its State and a live range over it. */
export interface Hit {
  iso2: string;
  range: Range;
}

export interface HitTestDeps {
  /** The State of one of our highlights; undefined for the page's own. */
  iso2Of(highlight: unknown): string | undefined;
  /** Our mention covering a text position, with a live range over it. */
  mentionAt(node: Node, offset: number): Hit | undefined;
}

type HighlightHit = { highlight?: unknown; ranges?: ArrayLike<AbstractRange> };

/**
 * The mention under a point. Highlights get no events of their own, so the point is tested:
 * with `CSS.highlights.highlightsFromPoint` where the browser has it (Chrome 140, Firefox 150),
 * else with the caret position under the point and our index of mentions. Either way the
 * mention's own boxes must contain the point: a caret position is the nearest one, and the
 * pointer may be beside the text rather than on it.
 */
export function hitTest(doc: Document, x: number, y: number, deps: HitTestDeps): Hit | null {
  const registry = (globalThis as { CSS?: { highlights?: { highlightsFromPoint?: (x: number, y: number) => ArrayLike<unknown> } } }).CSS
    ?.highlights;
  if (typeof registry?.highlightsFromPoint === 'function') {
    let results: ArrayLike<unknown> = [];
    try {
      results = registry.highlightsFromPoint(x, y);
    } catch {
      results = [];
    }
    let sawOurs = false;
    for (let i = 0; i < results.length; i++) {
      const item = results[i] as HighlightHit;
      // The first shipped form returned the highlights themselves; the current one, records
      // of a highlight and its ranges under the point.
      const highlight = item && typeof item === 'object' && 'highlight' in item ? item.highlight : item;
      const iso2 = deps.iso2Of(highlight);
      if (!iso2) continue;
      sawOurs = true;
      const ranges = item.ranges;
      if (ranges) {
        for (let j = 0; j < ranges.length; j++) {
          const range = ranges[j];
          if (range && typeof (range as Range).getClientRects === 'function' && pointInRects((range as Range).getClientRects(), x, y, 1)) {
            return { iso2, range: range as Range };
          }
        }
      }
    }
    // The browser found none of ours here: no need to ask again by caret.
    if (!sawOurs) return null;
  }
  const caret = caretAt(doc, x, y);
  if (!caret || caret.node.nodeType !== 3) return null;
  const hit = deps.mentionAt(caret.node, caret.offset);
  if (!hit) return null;
  return pointInRects(hit.range.getClientRects(), x, y, 1) ? hit : null;
}
