import { piecesOf, type PageText } from '@/lib/reader/page-text';
import { findInText, foldQuery, searchable, type SearchableText } from '@/lib/reader/search-text';
import { rangesOfPieces, type RenderedTextLayer, type TextLayerRegistry } from './text-layers';

/**
 * The CSS highlights search results are drawn with (styled in reader.css). Not "endreprisals-…":
 * that prefix names the State marks' highlights, one per ISO2 code.
 */
export const FIND_HIGHLIGHT = 'endreprisals_find';
export const FIND_CURRENT_HIGHLIGHT = 'endreprisals_find_current';

export interface SearchMatch {
  pageNumber: number;
  /** Offsets in the page's text (PageText.text). */
  start: number;
  end: number;
}

export interface SearchState {
  query: string;
  /** 1-based index of the match shown, 0 before one is. */
  current: number;
  total: number;
  /** Every page has been searched. */
  done: boolean;
}

export interface SearchHost {
  readonly textLayers: TextLayerRegistry;
  readonly pagesCount: number;
  readonly currentPage: number;
  pageText(pageNumber: number): Promise<PageText>;
  showPieces(pageNumber: number, pieces: ReturnType<typeof piecesOf>): Promise<unknown>;
}

/** Pages searched between two pauses, so a long document never holds the page up. */
const PAGES_PER_SLICE = 8;

/**
 * Ctrl+F inside the document. Searches every page's text in reading order (pdf.js's own find
 * reads right-to-left text in the order it is drawn, so Arabic set glyph by glyph is never found)
 * and paints matches with the CSS Custom Highlight API, which leaves the text layer's elements as
 * they are (pdf.js's find highlighter rewrites them).
 */
export class DocumentSearch {
  private matches: SearchMatch[] = [];
  private state: SearchState = { query: '', current: 0, total: 0, done: true };
  private run = 0;
  private readonly listeners = new Set<(state: SearchState) => void>();
  private readonly searchable = new Map<number, SearchableText>();
  private readonly all: Highlight | null;
  private readonly current: Highlight | null;
  private readonly stopWatching: Array<() => void>;
  /** The ranges painted in `all`, by page, so a page is painted once and unpainted when it goes. */
  private readonly painted = new Map<number, Range[]>();
  // Paintings finish asynchronously (page text); a newer one makes older ones stale.
  private paintRun = 0;
  private currentRun = 0;

  constructor(private readonly host: SearchHost) {
    const supported = typeof Highlight === 'function' && typeof CSS !== 'undefined' && 'highlights' in CSS;
    this.all = supported ? new Highlight() : null;
    this.current = supported ? new Highlight() : null;
    if (this.all && this.current) {
      // Painted over the State marks, which share the text layer.
      this.all.priority = 1;
      this.current.priority = 2;
      // Our own names only: the registry is the page's, never cleared as a whole.
      CSS.highlights.set(FIND_HIGHLIGHT, this.all);
      CSS.highlights.set(FIND_CURRENT_HIGHLIGHT, this.current);
    }
    this.stopWatching = [
      host.textLayers.on('rendered', (layer) => this.paintPage(layer)),
      host.textLayers.on('destroyed', (layer) => this.unpaint(layer.pageNumber)),
    ];
  }

  getState(): SearchState {
    return this.state;
  }

  subscribe(listener: (state: SearchState) => void): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  /** Searches for `query` from the page in view on, and shows the first match found there or after. */
  async search(query: string): Promise<void> {
    const run = ++this.run;
    const folded = foldQuery(query);
    this.matches = [];
    this.set({ query, current: 0, total: 0, done: folded === '' });
    this.repaint();
    if (!folded) return;
    const from = this.host.currentPage;
    let shown = false;
    for (let n = 1; n <= this.host.pagesCount; n++) {
      if (n % PAGES_PER_SLICE === 0) await new Promise((resolve) => setTimeout(resolve, 0));
      const text = await this.pageSearchable(n);
      if (run !== this.run) return;
      const found = findInText(text, folded).map(([start, end]) => ({ pageNumber: n, start, end }));
      if (found.length === 0) continue;
      this.matches.push(...found);
      const layer = this.host.textLayers.get(n);
      if (layer) this.paintPage(layer);
      if (!shown && n >= from) {
        shown = true;
        this.select(this.matches.length - found.length);
      } else {
        this.set({ ...this.state, total: this.matches.length });
      }
    }
    if (!shown && this.matches.length > 0) this.select(0);
    this.set({ ...this.state, total: this.matches.length, done: true });
  }

  /** Moves to the next (or previous) match, round the document. */
  step(previous: boolean): void {
    if (this.matches.length === 0) return;
    const index = this.state.current - 1;
    const next = previous ? (index - 1 + this.matches.length) % this.matches.length : (index + 1) % this.matches.length;
    this.select(next);
  }

  clear(): void {
    this.run++;
    this.matches = [];
    this.set({ query: '', current: 0, total: 0, done: true });
    this.repaint();
  }

  destroy(): void {
    this.clear();
    for (const stop of this.stopWatching) stop();
    if (CSS.highlights?.get(FIND_HIGHLIGHT) === this.all) CSS.highlights.delete(FIND_HIGHLIGHT);
    if (CSS.highlights?.get(FIND_CURRENT_HIGHLIGHT) === this.current) CSS.highlights.delete(FIND_CURRENT_HIGHLIGHT);
    this.listeners.clear();
  }

  private async pageSearchable(pageNumber: number): Promise<SearchableText> {
    let text = this.searchable.get(pageNumber);
    if (!text) {
      text = searchable((await this.host.pageText(pageNumber)).text);
      this.searchable.set(pageNumber, text);
    }
    return text;
  }

  private select(index: number): void {
    this.set({ ...this.state, current: index + 1, total: this.matches.length });
    const match = this.matches[index]!;
    void this.host.pageText(match.pageNumber).then(async (page) => {
      await this.host.showPieces(match.pageNumber, piecesOf(page, match.start, match.end));
      this.repaintCurrent();
    });
    this.repaintCurrent();
  }

  /** Paints one drawn page's matches (pages are drawn and dropped as the reader scrolls). */
  private paintPage(layer: RenderedTextLayer): void {
    if (!this.all) return;
    const run = this.paintRun;
    void this.host.pageText(layer.pageNumber).then((page) => {
      if (run !== this.paintRun || this.host.textLayers.get(layer.pageNumber) !== layer) return;
      this.unpaint(layer.pageNumber);
      const ranges = this.matches
        .filter((match) => match.pageNumber === layer.pageNumber)
        .flatMap((match) => rangesOfPieces(layer, piecesOf(page, match.start, match.end)));
      for (const range of ranges) this.all!.add(range);
      this.painted.set(layer.pageNumber, ranges);
      this.repaintCurrent();
    });
  }

  private unpaint(pageNumber: number): void {
    for (const range of this.painted.get(pageNumber) ?? []) this.all?.delete(range);
    this.painted.delete(pageNumber);
  }

  /** Starts the painting over, for the drawn pages. */
  private repaint(): void {
    this.paintRun++;
    this.all?.clear();
    this.painted.clear();
    for (const layer of this.host.textLayers.all()) this.paintPage(layer);
    this.repaintCurrent();
  }

  private repaintCurrent(): void {
    if (!this.current) return;
    const run = ++this.currentRun;
    const match = this.matches[this.state.current - 1];
    const layer = match && this.host.textLayers.get(match.pageNumber);
    if (!match || !layer) {
      this.current.clear();
      return;
    }
    void this.host.pageText(match.pageNumber).then((page) => {
      if (run !== this.currentRun) return;
      this.current!.clear();
      for (const range of rangesOfPieces(layer, piecesOf(page, match.start, match.end))) this.current!.add(range);
    });
  }

  private set(state: SearchState): void {
    this.state = state;
    for (const listener of this.listeners) listener(state);
  }
}
