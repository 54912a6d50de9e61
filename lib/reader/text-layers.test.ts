import { beforeEach, describe, expect, it } from 'vitest';
import { buildPageText, spanOf } from '@/lib/reader/page-text';
import { rangeOfSpan, TextLayerRegistry, type PageViewLike, type RenderedTextLayer } from './text-layers';

/** A page element with a text layer the way pdf.js builds it: one span per item, <br> after line ends. */
function pageView(id: number, items: Array<{ str: string; hasEOL?: boolean }>): PageViewLike {
  const div = document.createElement('div');
  div.className = 'page';
  const root = document.createElement('div');
  root.className = 'textLayer';
  const textDivs = items.map((item) => {
    const span = document.createElement('span');
    span.textContent = item.str;
    if (item.str) root.append(span);
    if (item.hasEOL) root.append(document.createElement('br'));
    return span;
  });
  div.append(root);
  document.body.append(div);
  return { id, div, textLayer: { div: root }, _textHighlighter: { textDivs, textContentItemsStr: items.map((i) => i.str) } };
}

const flush = () => new Promise((resolve) => setTimeout(resolve, 0));

describe('TextLayerRegistry', () => {
  let registry: TextLayerRegistry;
  let events: string[];
  beforeEach(() => {
    document.body.replaceChildren();
    registry = new TextLayerRegistry();
    events = [];
    registry.on('rendered', (l) => events.push(`rendered ${l.pageNumber}`));
    registry.on('destroyed', (l) => events.push(`destroyed ${l.pageNumber}`));
  });

  it('announces a drawn layer once, with its elements and texts', () => {
    const view = pageView(3, [{ str: 'Egypt' }, { str: ' and China' }]);
    registry.pageRendered(view);
    registry.pageRendered(view); // drawn again at another zoom: same elements
    expect(events).toEqual(['rendered 3']);
    const layer = registry.get(3)!;
    expect(layer.root).toBe(view.textLayer!.div);
    expect(layer.items).toEqual(['Egypt', ' and China']);
    expect(layer.textDivs.map((d) => d.textContent)).toEqual(layer.items);
  });

  it('announces the end of a layer when pdf.js removes it from its page', async () => {
    const view = pageView(1, [{ str: 'Chad' }]);
    registry.pageRendered(view);
    view.textLayer!.div.remove();
    await flush();
    expect(events).toEqual(['rendered 1', 'destroyed 1']);
    expect(registry.get(1)).toBeUndefined();
  });

  it('replaces a page’s old layer when a new one is drawn, and clears all at the end', () => {
    registry.pageRendered(pageView(2, [{ str: 'Mali' }]));
    registry.pageRendered(pageView(2, [{ str: 'Mali' }]));
    registry.pageRendered(pageView(5, [{ str: 'Peru' }]));
    expect(events).toEqual(['rendered 2', 'destroyed 2', 'rendered 2', 'rendered 5']);
    expect(registry.all().map((l) => l.pageNumber)).toEqual([2, 5]);
    registry.clear();
    expect(registry.all()).toEqual([]);
    expect(events.slice(-2)).toEqual(['destroyed 2', 'destroyed 5']);
  });

  it('keeps going when a listener throws', () => {
    registry.on('rendered', () => {
      throw new Error('listener bug');
    });
    const originalError = console.error;
    console.error = () => undefined;
    try {
      registry.pageRendered(pageView(4, [{ str: 'Togo' }]));
    } finally {
      console.error = originalError;
    }
    expect(registry.get(4)).toBeDefined();
  });
});

describe('rangeOfSpan', () => {
  it('covers a name across two text elements and a line end', () => {
    const items = [{ str: 'the Islamic Republic of', hasEOL: true }, { str: 'Iran was named.' }];
    const registry = new TextLayerRegistry();
    registry.pageRendered(pageView(1, items));
    const layer = registry.get(1) as RenderedTextLayer;
    const page = buildPageText(items);
    const start = page.text.indexOf('Islamic');
    const span = spanOf(page, start, page.text.indexOf(' was'))!;
    expect(rangeOfSpan(layer, span)!.toString()).toBe('Islamic Republic ofIran');
  });

  it('counts offsets over all text nodes when the find highlighter has split an element', () => {
    const registry = new TextLayerRegistry();
    const view = pageView(1, [{ str: 'Visits to Burundi and Chad' }]);
    registry.pageRendered(view);
    const div = registry.get(1)!.textDivs[0]!;
    // What pdf.js's TextHighlighter does around a match.
    div.replaceChildren(document.createTextNode('Visits to '), Object.assign(document.createElement('span'), { textContent: 'Burundi' }), document.createTextNode(' and Chad'));
    const range = rangeOfSpan(registry.get(1)!, { begin: { divIndex: 0, offset: 22 }, end: { divIndex: 0, offset: 26 } });
    expect(range!.toString()).toBe('Chad');
  });

  it('is null for an element that is gone', () => {
    const registry = new TextLayerRegistry();
    const view = pageView(1, [{ str: 'Chad' }]);
    registry.pageRendered(view);
    const layer = registry.get(1)!;
    view.div.remove();
    expect(rangeOfSpan(layer, { begin: { divIndex: 0, offset: 0 }, end: { divIndex: 0, offset: 4 } })).toBeNull();
  });
});
