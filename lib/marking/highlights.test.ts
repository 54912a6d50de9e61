import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createHighlightLayer, QUIET_HIGHLIGHT, STYLED_HIGHLIGHT, type MarkLevel } from './highlights';

/** The Custom Highlight API as the browser has it: a registry of named sets of ranges. */
class FakeHighlight extends Set<Range> {
  constructor(...ranges: Range[]) {
    super(ranges);
  }
}
const g = globalThis as unknown as { CSS?: unknown; Highlight?: unknown };
let registry: Map<string, FakeHighlight>;
let saved: { CSS: unknown; Highlight: unknown };

beforeEach(() => {
  saved = { CSS: g.CSS, Highlight: g.Highlight };
  registry = new Map();
  g.CSS = { highlights: registry };
  g.Highlight = FakeHighlight;
});
afterEach(() => {
  g.CSS = saved.CSS;
  g.Highlight = saved.Highlight;
});

function range(): Range {
  const text = document.createTextNode('Egypt and Chad');
  const r = document.createRange();
  r.setStart(text, 0);
  r.setEnd(text, 5);
  return r;
}

describe('the two mark levels', () => {
  const linked = new Set(['EG', 'DE']);
  const levelOf = (iso2: string): MarkLevel => (linked.has(iso2) ? 'clear' : 'quiet');

  it('puts each range in its State’s highlight and in exactly one styled highlight, by level', () => {
    const layer = createHighlightLayer(levelOf);
    const [eg1, eg2, td, de] = [range(), range(), range(), range()];
    layer.add('EG', eg1);
    layer.add('TD', td);
    layer.add('DE', de);
    layer.commit();
    layer.add('EG', eg2);
    layer.commit();
    expect([...registry.get('endreprisals-eg')!]).toEqual([eg1, eg2]);
    expect([...registry.get('endreprisals-td')!]).toEqual([td]);
    expect([...registry.get(STYLED_HIGHLIGHT)!]).toEqual([eg1, de, eg2]);
    expect([...registry.get(QUIET_HIGHLIGHT)!]).toEqual([td]);
    expect(layer.registered).toBe(4);

    layer.delete('EG', eg1);
    layer.delete('TD', td);
    layer.commit();
    expect([...registry.get(STYLED_HIGHLIGHT)!]).toEqual([de, eg2]);
    expect(registry.get(QUIET_HIGHLIGHT)!.size).toBe(0);
    expect(layer.registered).toBe(2);

    layer.clear();
    expect([...registry.keys()]).toEqual([]);
  });

  it('registers no quiet highlight when only linked States are shown, and leaves the page’s own names alone', () => {
    const pageOwn = new FakeHighlight();
    registry.set(QUIET_HIGHLIGHT, pageOwn);
    const layer = createHighlightLayer(levelOf);
    const td = range();
    layer.add('EG', range());
    layer.add('TD', td);
    layer.commit();
    // The State is still known by its own name; the page's highlight is not ours to fill or delete.
    expect(registry.get(QUIET_HIGHLIGHT)).toBe(pageOwn);
    expect(pageOwn.size).toBe(0);
    layer.clear();
    expect([...registry.keys()]).toEqual([QUIET_HIGHLIGHT]);

    registry.clear();
    const onlyLinked = createHighlightLayer(levelOf);
    onlyLinked.add('DE', range());
    onlyLinked.commit();
    expect([...registry.keys()].sort()).toEqual([STYLED_HIGHLIGHT, 'endreprisals-de']);
  });
});
