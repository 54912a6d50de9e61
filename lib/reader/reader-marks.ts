import { createHighlightLayer, type HighlightLayer } from '@/lib/marking/highlights';
import { hitTest, type Hit } from '@/lib/marking/hit-test';
import { DocumentMentions, type DocumentMention } from '@/lib/reader/document-mentions';
import { findPageMentions, type FindStates, type PageMention } from '@/lib/reader/page-mentions';
import type { PageText, TextPiece } from '@/lib/reader/page-text';
import { rangesOfPieces, type RenderedTextLayer, type TextLayerRegistry } from './text-layers';

/** User Timing marks, followed by the page number: the page's marks were registered (the benchmark reads them). */
export const PAGE_MARKED_MARK = 'endreprisals:reader-page-marked:';
/** User Timing measures of marking's own work on the main thread, one per piece (the benchmark reads the longest). */
export const MARKING_MEASURE = 'endreprisals:reader-marking';

/** What marking needs of the reader (ReaderController). */
export interface MarksHost {
  readonly textLayers: TextLayerRegistry;
  pageText(pageNumber: number): Promise<PageText>;
  /** Scrolls pieces of a page into view, drawing the page first if needed; their ranges. */
  showPieces(pageNumber: number, pieces: readonly TextPiece[]): Promise<Range[]>;
  /** pdf.js starts drawing a page: its text is asked for at once, alongside the drawing. */
  onPageDrawing?(listener: (pageNumber: number) => void): () => void;
  /** Resolves when pdf.js draws no page (or soon): reading the rest of the document waits for it. */
  whenNotDrawing?(): Promise<void>;
}

export interface ReaderMarksOptions {
  host: MarksHost;
  pagesCount: number;
  /** The State finder, once the matcher is compiled (see loadStateMatcher). */
  finder: () => Promise<FindStates>;
  /** Called (at most every CHANGE_EVERY_MS) when the document's mentions grew. */
  onChange?: () => void;
  layer?: HighlightLayer;
  /** Runs `work` when the page is idle (the rest of the document is read then). */
  whenIdle?: (work: () => void) => void;
}

/** A mention brought into view, with the page text around it. */
export interface RevealedMention extends DocumentMention {
  range: Range;
  pageText: string;
}

interface DrawnPage {
  layer: RenderedTextLayer;
  marks: Array<{ iso2: string; ranges: Range[] }>;
}

const CHANGE_EVERY_MS = 250;

function defaultWhenIdle(work: () => void): void {
  if (typeof requestIdleCallback === 'function') requestIdleCallback(() => work(), { timeout: 1000 });
  else setTimeout(work, 20);
}

/**
 * State marks in the reader: the matcher runs on each page's text (in reading order, see
 * lib/reader/page-text.ts) and the names are drawn on pdf.js's text layer as the same CSS
 * highlights as on web pages. A page's ranges are registered when its text layer is drawn and
 * dropped when pdf.js lets it go; changes are applied in one batch per task. Once a page has
 * been marked, the rest of the document is read while the reader is idle, page by page, for the
 * States panel (every State of the document, with its pages).
 */
export class ReaderMarks {
  readonly mentions: DocumentMentions;
  private readonly host: MarksHost;
  private readonly layer: HighlightLayer;
  private readonly whenIdle: (work: () => void) => void;
  private readonly drawn = new Map<number, DrawnPage>();
  private readonly reading = new Map<number, Promise<readonly PageMention[]>>();
  private stopWatching: Array<() => void> = [];
  private running = false;
  private scanning = false;
  private commitQueued = false;
  private marked: number[] = [];
  private changeTimer: ReturnType<typeof setTimeout> | undefined;

  constructor(private readonly options: ReaderMarksOptions) {
    this.host = options.host;
    this.mentions = new DocumentMentions(options.pagesCount);
    this.layer = options.layer ?? createHighlightLayer();
    this.whenIdle = options.whenIdle ?? defaultWhenIdle;
  }

  get isRunning(): boolean {
    return this.running;
  }

  /** Marks the pages drawn now and those drawn later. */
  start(): void {
    if (this.running) return;
    this.running = true;
    const layers = this.host.textLayers;
    this.stopWatching = [layers.on('rendered', (layer) => void this.mark(layer)), layers.on('destroyed', (layer) => this.unmark(layer))];
    if (this.host.onPageDrawing) this.stopWatching.push(this.host.onPageDrawing((page) => this.prefetch(page)));
    for (const layer of layers.all()) void this.mark(layer);
  }

  /** Reads a page now (e.g. the one in view while it is being drawn), so its marks are ready with its text layer. */
  prefetch(pageNumber: number): void {
    if (pageNumber >= 1 && pageNumber <= this.mentions.pagesCount) this.pageMentions(pageNumber).catch(() => undefined);
  }

  /** Removes every mark (the PDF's text layer itself is never changed). What was read is kept. */
  stop(): void {
    if (!this.running) return;
    this.running = false;
    for (const stop of this.stopWatching) stop();
    this.stopWatching = [];
    this.drawn.clear();
    this.marked = [];
    this.layer.clear();
    clearTimeout(this.changeTimer);
  }

  /** Our mark under a viewport point, if any (see lib/marking/hit-test.ts). */
  hitTest(x: number, y: number, doc: Document = document): Hit | null {
    if (!this.running) return null;
    return hitTest(doc, x, y, {
      iso2Of: (highlight) => this.layer.iso2Of(highlight),
      mentionAt: (node, offset) => {
        const page = Number((node.parentElement?.closest('.page') as HTMLElement | null)?.dataset.pageNumber);
        for (const mark of this.drawn.get(page)?.marks ?? []) {
          for (const range of mark.ranges) {
            if (range.startContainer.getRootNode() === node.getRootNode() && range.isPointInRange(node, offset)) return { iso2: mark.iso2, range };
          }
        }
        return undefined;
      },
    });
  }

  /**
   * Brings mention `n` (0-based, in reading order) of a State into view, drawing its page first
   * if needed. Null when the document has no such mention or its page could not be drawn.
   */
  async reveal(iso2: string, n: number): Promise<RevealedMention | null> {
    const item = this.mentions.mentionsOf(iso2)[n];
    if (!item) return null;
    const ranges = await this.host.showPieces(item.page, item.mention.pieces);
    if (ranges.length === 0) return null;
    const page = await this.host.pageText(item.page);
    return { ...item, range: ranges[0]!, pageText: page.text };
  }

  /** The mentions of a page, read once (concurrent asks share the reading). */
  private pageMentions(pageNumber: number): Promise<readonly PageMention[]> {
    const known = this.mentions.get(pageNumber);
    if (known) return Promise.resolve(known);
    let reading = this.reading.get(pageNumber);
    if (!reading) {
      reading = Promise.all([this.options.finder(), this.host.pageText(pageNumber)]).then(([find, text]) => this.read(pageNumber, text, find));
      this.reading.set(pageNumber, reading);
      const forget = () => this.reading.delete(pageNumber);
      reading.then(forget, forget);
    }
    return reading;
  }

  private read(pageNumber: number, text: PageText, find: FindStates): readonly PageMention[] {
    const known = this.mentions.get(pageNumber);
    if (known) return known;
    const start = performance.now();
    const found = findPageMentions(text, find);
    this.mentions.set(pageNumber, found);
    performance.measure(MARKING_MEASURE, { start, end: performance.now(), detail: { page: pageNumber, step: 'read' } });
    this.changed();
    return found;
  }

  private async mark(layer: RenderedTextLayer): Promise<void> {
    const pageNumber = layer.pageNumber;
    let found: readonly PageMention[];
    try {
      found = await this.pageMentions(pageNumber);
    } catch {
      return; // the page's text could not be read (document closed): nothing to mark
    }
    if (!this.running || this.host.textLayers.get(pageNumber) !== layer || this.drawn.get(pageNumber)?.layer === layer) return;
    const start = performance.now();
    this.dropPage(pageNumber);
    const marks = found.map((mention) => ({ iso2: mention.iso2, ranges: rangesOfPieces(layer, mention.pieces) }));
    for (const mark of marks) for (const range of mark.ranges) this.layer.add(mark.iso2, range);
    this.drawn.set(pageNumber, { layer, marks });
    this.marked.push(pageNumber);
    performance.measure(MARKING_MEASURE, { start, end: performance.now(), detail: { page: pageNumber, step: 'ranges' } });
    this.queueCommit();
    this.scanRest();
  }

  private unmark(layer: RenderedTextLayer): void {
    if (this.drawn.get(layer.pageNumber)?.layer !== layer) return;
    this.dropPage(layer.pageNumber);
    this.queueCommit();
  }

  private dropPage(pageNumber: number): void {
    const page = this.drawn.get(pageNumber);
    if (!page) return;
    for (const mark of page.marks) for (const range of mark.ranges) this.layer.delete(mark.iso2, range);
    this.drawn.delete(pageNumber);
  }

  /**
   * Registers what changed in one batch at the end of the current task: the browser checks
   * every registered range again after each change to a highlight, so the pages pdf.js drew or
   * let go in one task make one change, and a page's marks are shown in the same frame as its
   * text layer (waiting for the next frame cost the first page 100–180 ms on a busy machine).
   */
  private queueCommit(): void {
    if (this.commitQueued) return;
    this.commitQueued = true;
    queueMicrotask(() => {
      this.commitQueued = false;
      if (!this.running) return;
      const start = performance.now();
      this.layer.commit();
      performance.measure(MARKING_MEASURE, { start, end: performance.now(), detail: { step: 'commit' } });
      for (const page of this.marked) performance.mark(`${PAGE_MARKED_MARK}${page}`);
      this.marked = [];
    });
  }

  /**
   * Reads every page not read yet, one page per idle moment: pdf.js extracts the text in its
   * worker, and only the matching runs here, in pieces of a few milliseconds. Starts after the
   * first page is marked, off the way to the first page shown.
   */
  private scanRest(): void {
    if (this.scanning || this.mentions.complete) return;
    this.scanning = true;
    void (async () => {
      try {
        const find = await this.options.finder();
        let page = this.mentions.nextUnread();
        let text = page === undefined ? null : this.host.pageText(page);
        while (this.running && page !== undefined && text) {
          const current = page;
          const pageText = await text;
          // The next page's text is asked for now, so the worker extracts it while this one is matched.
          page = this.mentions.nextUnread(current + 1);
          if (page === current) page = undefined;
          text = page === undefined ? null : this.host.pageText(page);
          await this.host.whenNotDrawing?.();
          await new Promise<void>((resolve) => this.whenIdle(resolve));
          if (!this.running) break;
          this.read(current, pageText, find);
          if (page !== undefined && this.mentions.has(page)) {
            page = this.mentions.nextUnread(page);
            text = page === undefined ? null : this.host.pageText(page);
          }
        }
      } catch {
        // The document was closed, or a page could not be read: the panel lists what was read.
      } finally {
        this.scanning = false;
        this.changed(true);
      }
    })();
  }

  private changed(now = false): void {
    if (!this.options.onChange) return;
    if (now) {
      clearTimeout(this.changeTimer);
      this.changeTimer = undefined;
      this.options.onChange();
      return;
    }
    if (this.changeTimer !== undefined) return;
    this.changeTimer = setTimeout(() => {
      this.changeTimer = undefined;
      this.options.onChange?.();
    }, CHANGE_EVERY_MS);
  }
}
