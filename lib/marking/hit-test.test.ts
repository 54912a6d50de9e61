import { afterEach, describe, expect, it } from 'vitest';
import { hitTest, pointInRects, type Hit } from './hit-test';

const rect = (left: number, top: number, width: number, height: number) =>
  ({ left, top, width, height, right: left + width, bottom: top + height }) as DOMRectReadOnly;

/** A range whose boxes are given: happy-dom lays nothing out. */
function rangeWithRects(rects: DOMRectReadOnly[]): Range {
  const range = document.createRange();
  range.getClientRects = () => rects as unknown as DOMRectList;
  return range;
}

const css = globalThis as unknown as { CSS?: { highlights?: unknown } };
const saved = css.CSS;
const doc = document as unknown as { caretPositionFromPoint?: unknown };
afterEach(() => {
  css.CSS = saved;
  delete doc.caretPositionFromPoint;
});

describe('hitTest', () => {
  const ours = { name: 'ours' };
  const pages = { name: 'the page’s own' };
  const ourRange = rangeWithRects([rect(10, 10, 50, 20)]);

  it('uses highlightsFromPoint, ignores the page’s own highlights and checks the range’s boxes', () => {
    css.CSS = {
      highlights: {
        highlightsFromPoint: () => [{ highlight: pages, ranges: [rangeWithRects([rect(0, 0, 500, 500)])] }, { highlight: ours, ranges: [ourRange] }],
      },
    };
    const deps = { iso2Of: (h: unknown) => (h === ours ? 'EG' : undefined), mentionAt: () => undefined };
    expect(hitTest(document, 20, 15, deps)).toEqual({ iso2: 'EG', range: ourRange });
    expect(hitTest(document, 200, 200, deps)).toBeNull();
  });

  it('falls back to the caret position and our index where the browser has no highlightsFromPoint', () => {
    css.CSS = { highlights: {} };
    const text = document.createTextNode('Egypt');
    doc.caretPositionFromPoint = () => ({ offsetNode: text, offset: 2 });
    const hit: Hit = { iso2: 'EG', range: ourRange };
    const asked: Array<[Node, number]> = [];
    const deps = {
      iso2Of: () => undefined,
      mentionAt: (node: Node, offset: number) => {
        asked.push([node, offset]);
        return hit;
      },
    };
    expect(hitTest(document, 30, 20, deps)).toBe(hit);
    expect(asked).toEqual([[text, 2]]);
    // The nearest caret position may be beside the text, not under the pointer.
    expect(hitTest(document, 300, 20, deps)).toBeNull();
  });

  it('takes the first shipped form of highlightsFromPoint (highlights without ranges)', () => {
    const text = document.createTextNode('Egypt');
    css.CSS = { highlights: { highlightsFromPoint: () => [ours] } };
    doc.caretPositionFromPoint = () => ({ offsetNode: text, offset: 1 });
    const deps = { iso2Of: (h: unknown) => (h === ours ? 'EG' : undefined), mentionAt: () => ({ iso2: 'EG', range: ourRange }) };
    expect(hitTest(document, 20, 15, deps)?.iso2).toBe('EG');
  });

  it('finds nothing when the browser reports none of our highlights there', () => {
    css.CSS = { highlights: { highlightsFromPoint: () => [pages] } };
    doc.caretPositionFromPoint = () => {
      throw new Error('not needed');
    };
    expect(hitTest(document, 20, 15, { iso2Of: () => undefined, mentionAt: () => undefined })).toBeNull();
  });
});

describe('pointInRects', () => {
  it('is true inside any of the boxes, with a little slop', () => {
    const rects = [rect(0, 0, 10, 10), rect(0, 20, 10, 10)];
    expect(pointInRects(rects, 5, 25)).toBe(true);
    expect(pointInRects(rects, 5, 15)).toBe(false);
    expect(pointInRects(rects, 10.5, 5, 1)).toBe(true);
  });
});
