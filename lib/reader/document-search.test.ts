import { beforeAll, describe, expect, it } from 'vitest';
import { buildPageText, type PageText } from '@/lib/reader/page-text';
import { DocumentSearch, FIND_CURRENT_HIGHLIGHT, FIND_HIGHLIGHT, type SearchHost } from './document-search';
import { TextLayerRegistry, type PageViewLike } from './text-layers';

beforeAll(() => {
  // happy-dom has no CSS Custom Highlight API: a Highlight is a set of ranges in a registry.
  const g = globalThis as unknown as { Highlight?: unknown };
  g.Highlight ??= class extends Set<Range> {};
  Object.defineProperty(globalThis, 'CSS', { value: { highlights: new Map<string, Set<Range>>() }, configurable: true, writable: true });
});

const PAGES = [['Visits to ', 'Burundi', ' and Chad.'], ['No names here.'], ['Burundi again, and ', 'burundi.']];

function host(current = 1): { host: SearchHost; registry: TextLayerRegistry; draw: (n: number) => PageViewLike; shown: number[] } {
  const registry = new TextLayerRegistry();
  const texts = PAGES.map((items) => buildPageText(items.map((str) => ({ str }))));
  const shown: number[] = [];
  const draw = (n: number) => {
    const div = document.createElement('div');
    const root = document.createElement('div');
    const textDivs = PAGES[n - 1]!.map((str) => Object.assign(document.createElement('span'), { textContent: str }));
    root.append(...textDivs);
    div.append(root);
    document.body.append(div);
    const view: PageViewLike = { id: n, div, textLayer: { div: root }, _textHighlighter: { textDivs, textContentItemsStr: [...PAGES[n - 1]!] } };
    registry.pageRendered(view);
    return view;
  };
  return {
    registry,
    draw,
    shown,
    host: {
      textLayers: registry,
      pagesCount: PAGES.length,
      currentPage: current,
      pageText: async (n): Promise<PageText> => texts[n - 1]!,
      // As the reader does: a page not drawn yet is drawn first.
      showPieces: async (n) => {
        shown.push(n);
        if (!registry.get(n)) draw(n);
        return [];
      },
    },
  };
}

const settle = () => new Promise((resolve) => setTimeout(resolve, 10));
const painted = (name: string) => [...((CSS as unknown as { highlights: Map<string, Set<Range>> }).highlights.get(name) ?? [])].map((r) => r.toString());

describe('DocumentSearch', () => {
  it('finds matches on every page, ignoring case, and shows the first from the page in view', async () => {
    const { host: h, shown } = host(2);
    const search = new DocumentSearch(h);
    await search.search('BURUNDI');
    expect(search.getState()).toEqual({ query: 'BURUNDI', current: 2, total: 3, done: true });
    await settle();
    expect(shown).toEqual([3]);
    search.step(false);
    expect(search.getState().current).toBe(3);
    search.step(false);
    expect(search.getState().current).toBe(1);
    search.step(true);
    expect(search.getState().current).toBe(3);
    search.destroy();
  });

  it('paints the matches of drawn pages once each, and drops them when a page goes', async () => {
    const { host: h, draw, registry } = host();
    document.body.replaceChildren();
    const first = draw(1);
    const search = new DocumentSearch(h);
    await search.search('burundi');
    await settle();
    expect(painted(FIND_HIGHLIGHT)).toEqual(['Burundi']);
    expect(painted(FIND_CURRENT_HIGHLIGHT)).toEqual(['Burundi']);
    // Drawn again, and a search run again: still one range per match.
    registry.pageRendered({ ...first });
    draw(3);
    await search.search('burundi');
    await settle();
    expect(painted(FIND_HIGHLIGHT).sort()).toEqual(['Burundi', 'Burundi', 'burundi']);
    expect(painted(FIND_CURRENT_HIGHLIGHT)).toEqual(['Burundi']);
    first.textLayer!.div.remove();
    await settle();
    expect(painted(FIND_HIGHLIGHT).sort()).toEqual(['Burundi', 'burundi']);
    search.clear();
    await settle();
    expect(painted(FIND_HIGHLIGHT)).toEqual([]);
    expect(painted(FIND_CURRENT_HIGHLIGHT)).toEqual([]);
    search.destroy();
    expect((CSS as unknown as { highlights: Map<string, unknown> }).highlights.has(FIND_HIGHLIGHT)).toBe(false);
  });

  it('paints one current match however fast the query is typed, on a page drawn to show it', async () => {
    const { host: h, draw } = host(3);
    document.body.replaceChildren();
    draw(1);
    const search = new DocumentSearch(h);
    const typed = ['b', 'bu', 'bur', 'buru', 'burun', 'burund', 'burundi'].map((q) => search.search(q));
    await Promise.all(typed);
    await settle();
    expect(search.getState().current).toBe(2);
    expect(painted(FIND_CURRENT_HIGHLIGHT)).toEqual(['Burundi']);
    expect(painted(FIND_HIGHLIGHT).sort()).toEqual(['Burundi', 'Burundi', 'burundi']);
    search.destroy();
  });

  it('says when nothing is found and keeps an empty query quiet', async () => {
    const { host: h } = host();
    const search = new DocumentSearch(h);
    await search.search('Atlantis');
    expect(search.getState()).toEqual({ query: 'Atlantis', current: 0, total: 0, done: true });
    await search.search('   ');
    expect(search.getState()).toEqual({ query: '   ', current: 0, total: 0, done: true });
    search.destroy();
  });
});
