import type { TextPiece, TextPosition, TextSpan } from '@/lib/reader/page-text';

/**
 * The text layers pdf.js has drawn, page by page: what marking (and anything else that works on
 * the text) hooks into. pdf.js draws a page's text layer when the page comes near the view and
 * throws it away when the page is far off (a 500-page document keeps only a few pages drawn), so
 * listeners hear of both: "rendered" with the layer, "destroyed" when its elements are gone.
 */
export interface RenderedTextLayer {
  pageNumber: number;
  /** The page's text layer element (class "textLayer"). */
  root: HTMLElement;
  /** One element per text item; textDivs[i] shows items[i]. Empty items have an element that is not in the page. */
  textDivs: readonly HTMLElement[];
  /** The text of each item, as pdf.js gives it (TextLayer.textContentItemsStr). */
  items: readonly string[];
}

export type TextLayerEvent = 'rendered' | 'destroyed';
type Listener = (layer: RenderedTextLayer) => void;

/** What a PDFPageView offers in "textlayerrendered": its text layer builder and the find highlighter, which holds the text mapping. */
export interface PageViewLike {
  id: number;
  div: HTMLElement;
  textLayer?: { div: HTMLElement } | null;
  _textHighlighter?: { textDivs: HTMLElement[] | null; textContentItemsStr: string[] | null } | null;
}

export class TextLayerRegistry {
  private readonly layers = new Map<number, RenderedTextLayer>();
  private readonly listeners: Record<TextLayerEvent, Set<Listener>> = { rendered: new Set(), destroyed: new Set() };
  // Watches each page element's children: pdf.js removes the text layer element when it lets a page go.
  private readonly observer = new MutationObserver((records) => this.onMutations(records));

  on(event: TextLayerEvent, listener: Listener): () => void {
    this.listeners[event].add(listener);
    return () => this.listeners[event].delete(listener);
  }

  /** The drawn text layer of a page, if it is drawn now. */
  get(pageNumber: number): RenderedTextLayer | undefined {
    return this.layers.get(pageNumber);
  }

  /** Every text layer drawn now, in page order. */
  all(): RenderedTextLayer[] {
    return [...this.layers.values()].sort((a, b) => a.pageNumber - b.pageNumber);
  }

  /** Called for pdf.js's "textlayerrendered". A layer drawn again at a new zoom keeps its elements and is not announced twice. */
  pageRendered(view: PageViewLike): void {
    const root = view.textLayer?.div;
    const textDivs = view._textHighlighter?.textDivs;
    const items = view._textHighlighter?.textContentItemsStr;
    if (!root || !textDivs || !items) return;
    const known = this.layers.get(view.id);
    if (known && known.root === root && known.textDivs === textDivs) return;
    if (known) this.drop(known);
    const layer: RenderedTextLayer = { pageNumber: view.id, root, textDivs, items };
    this.layers.set(view.id, layer);
    this.observer.observe(view.div, { childList: true });
    this.emit('rendered', layer);
  }

  /** Every layer is gone (the document was closed). */
  clear(): void {
    for (const layer of this.all()) this.drop(layer);
    this.observer.disconnect();
  }

  private onMutations(records: MutationRecord[]): void {
    const removed = new Set<Node>();
    for (const record of records) record.removedNodes.forEach((node) => removed.add(node));
    if (removed.size === 0) return;
    for (const layer of this.all()) {
      if (removed.has(layer.root) || !layer.root.isConnected) this.drop(layer);
    }
  }

  private drop(layer: RenderedTextLayer): void {
    if (this.layers.get(layer.pageNumber) === layer) this.layers.delete(layer.pageNumber);
    this.emit('destroyed', layer);
  }

  private emit(event: TextLayerEvent, layer: RenderedTextLayer): void {
    for (const listener of this.listeners[event]) {
      try {
        listener(layer);
      } catch (error) {
        console.error(`EndReprisals reader: a "${event}" listener failed`, error);
      }
    }
  }
}

/** The DOM range of a span in a drawn text layer, or null when the layer does not hold it. */
export function rangeOfSpan(layer: RenderedTextLayer, span: TextSpan): Range | null {
  const start = boundary(layer, span.begin);
  const end = boundary(layer, span.end);
  if (!start || !end) return null;
  const range = layer.root.ownerDocument.createRange();
  range.setStart(start.node, start.offset);
  range.setEnd(end.node, end.offset);
  return range;
}

/**
 * DOM ranges covering exactly `pieces` (as piecesOf gives them, in document order). Pieces that
 * run on from one element to the next become one range.
 */
export function rangesOfPieces(layer: RenderedTextLayer, pieces: readonly TextPiece[]): Range[] {
  const ranges: Range[] = [];
  let open: { begin: TextPosition; end: TextPosition } | null = null;
  const flush = () => {
    const range = open && rangeOfSpan(layer, open);
    if (range) ranges.push(range);
    open = null;
  };
  for (const piece of pieces) {
    const continues =
      open !== null &&
      open.end.offset === layer.items[open.end.divIndex]?.length &&
      piece.start === 0 &&
      layer.items.slice(open.end.divIndex + 1, piece.divIndex).every((item) => item.length === 0);
    if (continues) open!.end = { divIndex: piece.divIndex, offset: piece.end };
    else {
      flush();
      open = { begin: { divIndex: piece.divIndex, offset: piece.start }, end: { divIndex: piece.divIndex, offset: piece.end } };
    }
  }
  flush();
  return ranges;
}

/**
 * The text node and offset at `position`. An item's element usually holds one text node, but
 * pdf.js's find highlighter splits it around matches, so the offset is counted over all of them.
 */
function boundary(layer: RenderedTextLayer, position: TextPosition): { node: Node; offset: number } | null {
  const div = layer.textDivs[position.divIndex];
  if (!div || !div.isConnected) return null;
  const walker = div.ownerDocument.createTreeWalker(div, NodeFilter.SHOW_TEXT);
  let remaining = position.offset;
  let last: Text | null = null;
  for (let node = walker.nextNode() as Text | null; node; node = walker.nextNode() as Text | null) {
    if (remaining <= node.length) return { node, offset: remaining };
    remaining -= node.length;
    last = node;
  }
  return last ? { node: last, offset: last.length } : null;
}
