import type { PDFDocumentProxy } from 'pdfjs-dist';
import type { EventBus, PDFLinkService, PDFViewer } from 'pdfjs-dist/web/pdf_viewer.mjs';
import type { Translate } from '@/lib/i18n';
import { hasText } from '@/lib/reader/load-problem';
import { buildPageText, type PageText, type TextPiece, type TextSpan } from '@/lib/reader/page-text';
import { DocumentSearch } from '@/lib/reader/document-search';
import { documentOptions, loadPdfjs } from './pdfjs';
import { rangeOfSpan, rangesOfPieces, TextLayerRegistry, type PageViewLike, type RenderedTextLayer } from '@/lib/reader/text-layers';

export interface OutlineItem {
  title: string;
  /** A destination inside the document, or null for a link out. */
  dest: string | unknown[] | null;
  url: string | null;
  items: OutlineItem[];
}

export interface ReaderState {
  pageNumber: number;
  pagesCount: number;
  /** pdf.js's scale value: "auto", "page-width", "page-fit" or a number as a string. */
  scaleValue: string;
  /** The scale in effect (1 = 100 %). */
  scale: number;
  outline: OutlineItem[];
  /** False once the first pages turn out to have no text (a scanned document). */
  textFound: boolean | null;
}

/** User Timing marks, followed by the page number. */
export const PAGE_DRAWN_MARK = 'endreprisals:reader-page-drawn:';
export const TEXT_LAYER_MARK = 'endreprisals:reader-text-layer:';

/** Pages looked at to tell a scanned document (no text on any of them) from one with text. */
const TEXT_PROBE_PAGES = 5;
/** How long showSpan waits for pdf.js to draw a page it scrolled to. */
const PAGE_RENDER_WAIT_MS = 10_000;

type PasswordPrompt = (retry: boolean) => Promise<string | null>;

/**
 * pdf.js's viewer, wired for the reader: lazy page rendering (pdf.js keeps only the pages near
 * the view drawn), text layers, links, search, zoom and page numbers, with a small state the
 * Preact toolbar follows. `textLayers` and `pageText` are what marking builds on.
 */
export class ReaderController {
  readonly textLayers = new TextLayerRegistry();
  private state: ReaderState = { pageNumber: 1, pagesCount: 0, scaleValue: 'auto', scale: 1, outline: [], textFound: null };
  private readonly listeners = new Set<(state: ReaderState) => void>();
  private readonly pageTexts = new Map<number, Promise<PageText>>();
  private eventBus: EventBus | null = null;
  private linkService: PDFLinkService | null = null;
  /** Ctrl+F in the document; there once a document is open. */
  search: DocumentSearch | null = null;
  private viewer: PDFViewer | null = null;
  private pdfDocument: PDFDocumentProxy | null = null;
  private destroyed = false;
  private widthSeen = 0;
  /** Pages pdf.js is drawing now, and who waits for it to be done (see whenNotDrawing). */
  private readonly drawing = new Set<number>();
  private drawingWaiters: Array<() => void> = [];
  private readonly drawingListeners = new Set<(pageNumber: number) => void>();
  // When the pages' area changes width (window resized, outline shown), a fitted zoom is fitted again.
  private readonly resizeObserver = new ResizeObserver(() => this.refit());

  constructor(
    private readonly container: HTMLDivElement,
    private readonly t: Translate,
  ) {}

  getState(): ReaderState {
    return this.state;
  }

  subscribe(listener: (state: ReaderState) => void): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  get document(): PDFDocumentProxy | null {
    return this.pdfDocument;
  }

  /**
   * Opens the PDF in `data`. `askPassword` is called when the PDF is encrypted (again, with
   * retry = true, after a wrong password); resolving null gives up, and open rejects with pdf.js's
   * PasswordException.
   */
  async open(data: Uint8Array, askPassword: PasswordPrompt): Promise<PDFDocumentProxy> {
    const { lib, viewer: components } = await loadPdfjs();
    const task = lib.getDocument({ ...documentOptions(), data });
    task.onPassword = (update: (password: string) => void, reason: number) => {
      void askPassword(reason === lib.PasswordResponses.INCORRECT_PASSWORD).then((password) => {
        if (password === null) void task.destroy();
        else update(password);
      });
    };
    let pdfDocument: PDFDocumentProxy;
    try {
      pdfDocument = await task.promise;
    } catch (error) {
      // A dismissed password prompt ends the task; report it as the password problem it is.
      if ((error as { name?: string } | null)?.name === 'AbortException') throw Object.assign(new Error('password'), { name: 'PasswordException' });
      throw error;
    }
    if (this.destroyed) {
      void pdfDocument.loadingTask.destroy();
      throw new Error('reader closed');
    }
    this.pdfDocument = pdfDocument;

    const eventBus = new components.EventBus();
    const linkService = new components.PDFLinkService({
      eventBus,
      externalLinkTarget: components.LinkTarget.BLANK,
      externalLinkRel: 'noopener noreferrer nofollow',
    });
    // No pdf.js find controller: DocumentSearch searches in reading order and leaves the text layer's elements alone.
    const viewer = new components.PDFViewer({
      container: this.container,
      eventBus,
      linkService,
      l10n: this.l10n(),
      // Links and other annotations are shown; form fields are not filled in here.
      annotationMode: lib.AnnotationMode.ENABLE,
      // Our own copy of the PDF is what "Download" saves; nothing is edited.
      annotationEditorMode: lib.AnnotationEditorType.DISABLE,
    });
    linkService.setViewer(viewer);
    this.eventBus = eventBus;
    this.linkService = linkService;
    this.viewer = viewer;
    this.listen(eventBus);

    viewer.setDocument(pdfDocument);
    this.widthSeen = this.container.clientWidth;
    this.resizeObserver.observe(this.container);
    linkService.setDocument(pdfDocument, null);
    const controller = this;
    this.search = new DocumentSearch({
      textLayers: this.textLayers,
      get pagesCount() {
        return pdfDocument.numPages;
      },
      get currentPage() {
        return controller.state.pageNumber;
      },
      pageText: (n) => this.pageText(n),
      showPieces: (n, pieces) => this.showPieces(n, pieces),
    });
    this.update({ pagesCount: pdfDocument.numPages });
    void pdfDocument.getOutline().then((outline) => this.update({ outline: toOutline(outline ?? []) }), () => undefined);
    void this.probeText(pdfDocument);
    return pdfDocument;
  }

  /** The whole text of a page (drawn or not), as the text layer would show it. Cached. */
  pageText(pageNumber: number): Promise<PageText> {
    const doc = this.pdfDocument;
    if (!doc) return Promise.reject(new Error('no document'));
    let text = this.pageTexts.get(pageNumber);
    if (!text) {
      // The same items, in the same order, as the viewer's text layer asks for.
      text = doc
        .getPage(pageNumber)
        .then((page) => page.getTextContent({ includeMarkedContent: true, disableNormalization: true }))
        .then((content) => buildPageText(content.items.filter((item): item is { str: string; hasEOL: boolean } & typeof item => 'str' in item)));
      this.pageTexts.set(pageNumber, text);
    }
    return text;
  }

  /** Listens for pdf.js starting to draw a page (before its text layer is there). */
  onPageDrawing(listener: (pageNumber: number) => void): () => void {
    this.drawingListeners.add(listener);
    return () => this.drawingListeners.delete(listener);
  }

  /**
   * Resolves once pdf.js draws no page, or after `maxMs`: work in the background (reading the
   * whole document for the States panel) gives way to the pages the reader is looking at.
   */
  whenNotDrawing(maxMs = 1000): Promise<void> {
    if (this.drawing.size === 0) return Promise.resolve();
    return new Promise((resolve) => {
      const done = () => {
        clearTimeout(timer);
        this.drawingWaiters = this.drawingWaiters.filter((w) => w !== done);
        resolve();
      };
      const timer = setTimeout(done, maxMs);
      this.drawingWaiters.push(done);
    });
  }

  goToPage(pageNumber: number): void {
    if (!this.viewer) return;
    const page = Math.min(Math.max(1, Math.round(pageNumber)), this.viewer.pagesCount);
    this.viewer.currentPageNumber = page;
  }

  setScale(value: string): void {
    if (this.viewer) this.viewer.currentScaleValue = value;
  }

  zoom(direction: 1 | -1): void {
    if (direction > 0) this.viewer?.increaseScale();
    else this.viewer?.decreaseScale();
  }

  goToOutlineItem(item: OutlineItem): void {
    if (item.dest) void this.linkService?.goToDestination(item.dest);
  }

  /** Scrolls the pieces of a page's text into view, drawing the page first if needed; resolves with their ranges. */
  async showPieces(pageNumber: number, pieces: readonly TextPiece[]): Promise<Range[]> {
    const layer = await this.drawnLayer(pageNumber);
    const ranges = layer ? rangesOfPieces(layer, pieces) : [];
    if (ranges.length > 0) this.scrollToBox(ranges[0]!.getBoundingClientRect());
    return ranges;
  }

  /**
   * Scrolls a span of a page's text into view (drawing the page first if needed) and, with
   * `select`, selects it. Resolves with its DOM range, or null if the page has no such text.
   */
  async showSpan(pageNumber: number, span: TextSpan, options: { select?: boolean } = {}): Promise<Range | null> {
    const layer = await this.drawnLayer(pageNumber);
    const range = layer ? rangeOfSpan(layer, span) : null;
    if (!range) return null;
    this.scrollToBox(range.getBoundingClientRect());
    if (options.select) {
      const selection = this.container.ownerDocument.getSelection();
      selection?.removeAllRanges();
      selection?.addRange(range);
    }
    return range;
  }

  destroy(): void {
    this.destroyed = true;
    this.resizeObserver.disconnect();
    this.search?.destroy();
    this.textLayers.clear();
    this.listeners.clear();
    this.drawingListeners.clear();
    this.drawing.clear();
    for (const waiter of [...this.drawingWaiters]) waiter();
    this.viewer?.setDocument(null as unknown as PDFDocumentProxy);
    void this.pdfDocument?.loadingTask.destroy();
    this.pdfDocument = null;
  }

  private refit(): void {
    const width = this.container.clientWidth;
    if (!this.viewer || width === this.widthSeen || width === 0) return;
    this.widthSeen = width;
    const value = this.viewer.currentScaleValue;
    if (value === 'auto' || value === 'page-width' || value === 'page-fit') this.viewer.currentScaleValue = value;
  }

  /** The page's drawn text layer, scrolling to the page and waiting for pdf.js to draw it if needed. */
  private async drawnLayer(pageNumber: number): Promise<RenderedTextLayer | undefined> {
    if (!this.viewer) return undefined;
    const layer = this.textLayers.get(pageNumber);
    if (layer) return layer;
    this.viewer.scrollPageIntoView({ pageNumber });
    return this.waitForLayer(pageNumber);
  }

  /** Brings a box (in viewport coordinates) into view, a third of the way down: in sight, with context above. */
  private scrollToBox(box: DOMRect): void {
    const view = this.container.getBoundingClientRect();
    this.container.scrollTop += box.top - view.top - this.container.clientHeight / 3;
    if (box.left < view.left || box.right > view.right) {
      this.container.scrollLeft += box.left - view.left - Math.max(0, (this.container.clientWidth - box.width) / 2);
    }
  }

  private waitForLayer(pageNumber: number): Promise<RenderedTextLayer | undefined> {
    return new Promise((resolve) => {
      const timer = setTimeout(() => {
        stop();
        resolve(this.textLayers.get(pageNumber));
      }, PAGE_RENDER_WAIT_MS);
      const stop = this.textLayers.on('rendered', (layer) => {
        if (layer.pageNumber !== pageNumber) return;
        clearTimeout(timer);
        stop();
        resolve(layer);
      });
    });
  }

  private listen(eventBus: EventBus): void {
    eventBus.on('pagesinit', () => {
      this.viewer!.currentScaleValue = 'auto';
      this.labelPages();
    });
    eventBus.on('pagechanging', ({ pageNumber }: { pageNumber: number }) => this.update({ pageNumber }));
    eventBus.on('scalechanging', ({ scale, presetValue }: { scale: number; presetValue?: string }) =>
      this.update({ scale, scaleValue: presetValue ?? String(scale) }),
    );
    eventBus.on('pagerender', ({ pageNumber }: { pageNumber: number }) => {
      this.drawing.add(pageNumber);
      for (const listener of this.drawingListeners) listener(pageNumber);
    });
    // User Timing marks: the benchmark reads when each page's picture and text layer were ready.
    eventBus.on('pagerendered', ({ pageNumber }: { pageNumber: number }) => {
      performance.mark(`${PAGE_DRAWN_MARK}${pageNumber}`);
      this.drawing.delete(pageNumber);
      if (this.drawing.size === 0) for (const waiter of [...this.drawingWaiters]) waiter();
    });
    eventBus.on('textlayerrendered', ({ source, error }: { source: PageViewLike; error?: unknown }) => {
      if (error) return;
      performance.mark(`${TEXT_LAYER_MARK}${source.id}`);
      this.textLayers.pageRendered(source);
    });
    eventBus.on('pagesdestroy', () => this.textLayers.clear());
  }

  /** Page regions are named in the interface language (pdf.js's own strings are English only). */
  private labelPages(): void {
    for (const page of this.container.querySelectorAll<HTMLElement>('.page[data-page-number]')) {
      page.setAttribute('aria-label', this.t('readerPageLandmark', { page: page.dataset.pageNumber ?? '' }));
    }
  }

  private async probeText(doc: PDFDocumentProxy): Promise<void> {
    for (let n = 1; n <= Math.min(doc.numPages, TEXT_PROBE_PAGES); n++) {
      try {
        const page = await doc.getPage(n);
        const content = await page.getTextContent();
        if (hasText(content.items as Array<{ str?: string }>)) {
          this.update({ textFound: true });
          return;
        }
      } catch {
        return;
      }
    }
    if (!this.destroyed) this.update({ textFound: false });
  }

  /**
   * pdf.js asks its localisation for page labels and a few strings of its own; the reader
   * provides them itself (see labelPages) and needs none of pdf.js's English message files.
   */
  private l10n() {
    const lang = this.container.ownerDocument.documentElement.lang || 'en';
    const dir = this.container.ownerDocument.documentElement.dir === 'rtl' ? 'rtl' : 'ltr';
    return {
      getLanguage: () => lang,
      getDirection: () => dir,
      get: async () => '',
      translate: async () => undefined,
      translateOnce: async () => undefined,
      destroy: async () => undefined,
      pause: () => undefined,
      resume: () => undefined,
    } as unknown as ConstructorParameters<typeof PDFViewer>[0]['l10n'];
  }

  private update(patch: Partial<ReaderState>): void {
    if (this.destroyed) return;
    this.state = { ...this.state, ...patch };
    for (const listener of this.listeners) listener(this.state);
  }
}

interface PdfjsOutlineNode {
  title: string;
  dest: string | unknown[] | null;
  url: string | null;
  items: PdfjsOutlineNode[];
}

function toOutline(nodes: PdfjsOutlineNode[]): OutlineItem[] {
  return nodes.map((node) => ({
    title: node.title,
    dest: node.dest ?? null,
    url: node.url && /^https?:/i.test(node.url) ? node.url : null,
    items: toOutline(node.items ?? []),
  }));
}
