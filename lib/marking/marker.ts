import type { FindContext, FindMatches } from './types';
import { isInsideExcluded } from './exclusions';
import { planMutationWork } from './mutations';
import { scanTextNodes } from './scan';
import { createLanguageLookup, createTextWalker, MIN_TEXT_LENGTH } from './text-walker';
import { createHighlightLayer, type HighlightLayer } from './highlights';
import { MentionIndex, windowAround, type Mention, type NodeMentions } from './mention-index';
import { caretAt, hitTest, type Hit } from './hit-test';

export interface MarkerOptions {
  /** Usually document.body; nothing outside it is read. */
  root: Element;
  /** Called only once `ready` has resolved. */
  find: FindMatches;
  /**
   * Resolves when `find` can be used (the matcher is compiled, in slices of its own); the first
   * scan, and any work on the page's changes, waits for it.
   */
  ready?: () => Promise<unknown>;
  sliceMs?: number;
  /** Runs `work` when the page is idle; batches mutation records until then. */
  whenIdle?: (work: () => void) => void;
  yieldFn?: () => Promise<unknown>;
  /** At most about this many mentions are registered as highlights at a time (see REGISTER_LIMIT). */
  registerLimit?: number;
  layer?: HighlightLayer;
  /** A node where the reader is looking (default: the text at the middle of the viewport). */
  probe?: () => Node | null;
  /** Called after the mentions found on the page changed. */
  onChange?: () => void;
}

export interface Marker {
  /** Marks the page once (time-sliced), then follows its changes. */
  start(): Promise<void>;
  /** Reads the whole root again, e.g. after a single-page navigation. */
  rescan(): Promise<void>;
  /** Stops observing and removes our highlights. The page itself was never changed. */
  stop(): void;
  readonly running: boolean;
  readonly index: MentionIndex;
  /** Registers the mentions around the visible part of the page (after scrolling). */
  updateWindow(): void;
  /** Our mention under a viewport point, if any. */
  hitTest(x: number, y: number): Hit | null;
  /** A live range over a mention: the registered one, or a new one. */
  rangeOf(mention: Mention): Range | null;
}

export const SCAN_MEASURE = 'endreprisals:scan';
export const FIRST_SCREEN_MEASURE = 'endreprisals:first-screen';
/**
 * The browser checks every registered highlight range again after each change to the page
 * and each change to a highlight (40,000 ranges made every frame after a change take 200 ms
 * in Chromium; on a 5 MB page, 2,000 cost a frame of about 60 ms). Pages with more mentions
 * than this register those around the part the reader is looking at, and follow the reader
 * as they scroll.
 */
export const REGISTER_LIMIT = 1000;
/** Text read first, around where the reader is looking, before the rest of the page. */
const FIRST_SCREEN_CHARS_AFTER = 60_000;
const FIRST_SCREEN_CHARS_BEFORE = 20_000;
const SCROLL_SETTLE_MS = 120;
const OBSERVE: MutationObserverInit = { childList: true, subtree: true, characterData: true };

/**
 * Resolves after the browser has drawn a frame, when the page's style and layout are up to
 * date: finding where the reader is then forces no restyle or layout of the page.
 */
function afterPaint(doc: Document): Promise<void> {
  const view = doc.defaultView;
  if (!view || doc.visibilityState === 'hidden' || typeof view.requestAnimationFrame !== 'function') return Promise.resolve();
  return new Promise((resolve) => {
    const timer = setTimeout(resolve, 200);
    view.requestAnimationFrame(() =>
      setTimeout(() => {
        clearTimeout(timer);
        resolve();
      }, 0),
    );
  });
}

function defaultWhenIdle(work: () => void): void {
  if (typeof requestIdleCallback === 'function') requestIdleCallback(() => work(), { timeout: 300 });
  else setTimeout(work, 50);
}

export function createMarker(options: MarkerOptions): Marker {
  const { root, find } = options;
  const doc = root.ownerDocument;
  const view = doc.defaultView;
  const whenIdle = options.whenIdle ?? defaultWhenIdle;
  const limit = options.registerLimit ?? REGISTER_LIMIT;
  const layer = options.layer ?? createHighlightLayer();
  const index = new MentionIndex();
  const registered = new Set<NodeMentions>();
  const languages = createLanguageLookup(doc);
  /**
   * What `find` is told about the text it reads: the page language, looked up only if the
   * matcher asks (most text holds no name, and the lookup reads the page's lang attributes).
   */
  let languageOf: Node | null = null;
  const findContext: FindContext = {
    get pageLanguage() {
      return languageOf ? languages.of(languageOf) : undefined;
    },
  };
  // Hit-testing needs the page laid out: it is only asked once the page has been drawn, when
  // asking costs nothing (see afterPaint), and never in a hidden tab, where nobody reads.
  // Between scrolls the answer stays the same, and asking again could make the browser
  // restyle the page at once for highlights we just changed (it would do so in its next frame).
  let lastProbe: { node: Node | null; x: number; y: number; width: number; height: number } | null = null;
  const probe =
    options.probe ??
    (() => {
      if (!view || doc.visibilityState === 'hidden') return null;
      const { scrollX: x, scrollY: y, innerWidth: width, innerHeight: height } = view;
      const known = lastProbe;
      if (known && known.x === x && known.y === y && known.width === width && known.height === height && (!known.node || known.node.isConnected)) {
        return known.node;
      }
      const node = caretAt(doc, width / 2, height / 2)?.node ?? null;
      lastProbe = { node, x, y, width, height };
      return node;
    });
  let abort = new AbortController();
  let running = false;
  let pending: MutationRecord[] = [];
  let flushQueued = false;
  let busy: Promise<void> | null = null;
  let scrollTimer: ReturnType<typeof setTimeout> | undefined;

  const observer = new MutationObserver((records) => {
    pending.push(...records);
    queueFlush();
  });

  /** The entry for a text node as it reads now: the known one if still good, a new one, or null. */
  function read(node: Text): NodeMentions | null {
    const known = index.get(node);
    if (known && known.data === node.data && !(known.ranges && known.ranges.some((r) => r.collapsed || r.startContainer !== node))) {
      return known;
    }
    if (known) {
      unregister(known);
      index.remove(node);
    }
    languageOf = node;
    const matches = find(node.data, findContext);
    return matches.length > 0 ? MentionIndex.entry(node, matches) : null;
  }

  function register(entry: NodeMentions): void {
    if (entry.ranges || entry.removed || entry.node.data !== entry.data) return;
    const ranges: Range[] = [];
    for (const m of entry.matches) {
      const range = doc.createRange();
      range.setStart(entry.node, m.start);
      range.setEnd(entry.node, m.end);
      layer.add(m.iso2, range);
      ranges.push(range);
    }
    entry.ranges = ranges;
    registered.add(entry);
  }

  function unregister(entry: NodeMentions): void {
    if (!entry.ranges) return;
    entry.ranges.forEach((range, i) => layer.delete(entry.matches[i]!.iso2, range));
    entry.ranges = null;
    registered.delete(entry);
  }

  /** Where the reader is, as an index into the ordered entries. */
  function center(entries: readonly NodeMentions[]): number {
    const node = probe();
    if (!node || !root.contains(node) || !node.isConnected) return 0;
    return Math.min(index.positionOf(node), Math.max(entries.length - 1, 0));
  }

  /** Registers the mentions to show, unregisters the others, in one batch. */
  function applyWindow(): void {
    const entries = index.entries();
    let wanted: Iterable<NodeMentions>;
    if (index.mentionCount <= limit) {
      wanted = entries;
    } else {
      const [a, b] = windowAround(entries, center(entries), limit);
      wanted = entries.slice(a, b);
    }
    const keep = new Set(wanted);
    for (const entry of [...registered]) if (entry.removed || !keep.has(entry)) unregister(entry);
    for (const entry of keep) register(entry);
    layer.commit();
  }

  /** Text around the reader, read before the rest of the page so that what they see is marked first. */
  function readFirstScreen(): NodeMentions[] {
    const found: NodeMentions[] = [];
    const from = probe();
    const start = from && root.contains(from) ? from : root;
    const walker = doc.createTreeWalker(root, NodeFilter.SHOW_TEXT);
    const visit = (node: Text) => {
      if (node.length < MIN_TEXT_LENGTH || isInsideExcluded(node, root)) return;
      const entry = read(node);
      if (entry && !index.get(node)) {
        index.addUnordered(entry);
        found.push(entry);
      }
    };
    let chars = 0;
    if (start.nodeType === 3) visit(start as Text);
    walker.currentNode = start;
    for (let n = walker.nextNode() as Text | null; n && chars < FIRST_SCREEN_CHARS_AFTER; n = walker.nextNode() as Text | null) {
      chars += n.length;
      visit(n);
    }
    chars = 0;
    walker.currentNode = start;
    for (let n = walker.previousNode() as Text | null; n && chars < FIRST_SCREEN_CHARS_BEFORE; n = walker.previousNode() as Text | null) {
      if (n.nodeType !== 3) continue;
      chars += n.length;
      visit(n);
    }
    return found;
  }

  /** Reads the whole root in document order (reusing what is still good), then shows the result. */
  async function readAll(signal: AbortSignal): Promise<void> {
    languages.forget();
    const ordered: NodeMentions[] = [];
    await scanTextNodes(root, {
      visit: (node) => {
        const entry = read(node);
        if (entry) ordered.push(entry);
      },
      signal,
      sliceMs: options.sliceMs,
      yieldFn: options.yieldFn,
      endSlice: () => languages.forget(),
    });
    if (signal.aborted) return;
    // The page may have moved or removed nodes while we yielded; they are fixed by the flush
    // of its mutation records that follows.
    index.replaceAll(ordered.filter((e) => e.node.isConnected));
    applyWindow();
  }

  function queueFlush(): void {
    if (flushQueued || !running) return;
    flushQueued = true;
    whenIdle(() => {
      flushQueued = false;
      void serially(flush);
    });
  }

  /** One scan at a time: a flush asked for during a scan runs after it. */
  function serially(work: () => Promise<void>): Promise<void> {
    const run = (busy ?? Promise.resolve()).then(() => (running ? work() : undefined));
    const tracked = run.finally(() => {
      if (busy === tracked) busy = null;
    });
    busy = tracked;
    return tracked;
  }

  async function flush(): Promise<void> {
    const records = [...pending, ...observer.takeRecords()];
    pending = [];
    if (records.length === 0) return;
    const work = planMutationWork(records);
    if (work.kind === 'rescan') {
      await readAll(abort.signal);
      options.onChange?.();
      return;
    }
    languages.forget();
    const nodes: Node[] = [...work.nodes];
    // Mentions whose node left the page, whose text changed, or whose ranges collapsed (the
    // node was moved) are dropped; text still in the page is read again below.
    const dropped = index.dropStale(
      (e) => !e.node.isConnected || e.node.data !== e.data || !!e.ranges?.some((r) => r.collapsed || r.startContainer !== e.node),
    );
    for (const entry of dropped) {
      unregister(entry);
      if (entry.node.isConnected) nodes.push(entry.node);
    }
    for (const node of nodes) {
      if (!running) return;
      if (!node.isConnected || !root.contains(node) || isInsideExcluded(node, root)) continue;
      const run: NodeMentions[] = [];
      if (node.nodeType === 3) {
        const entry = read(node as Text);
        if (entry) run.push(entry);
      } else if (node.nodeType === 1 || node.nodeType === 11) {
        const walker = createTextWalker(node);
        for (let t = walker.nextNode(); t; t = walker.nextNode()) {
          const entry = read(t);
          if (entry) run.push(entry);
        }
      }
      index.insertRun(node, run);
    }
    applyWindow();
    options.onChange?.();
  }

  function onScroll(): void {
    if (index.mentionCount <= limit) return;
    clearTimeout(scrollTimer);
    scrollTimer = setTimeout(() => {
      if (running) applyWindow();
    }, SCROLL_SETTLE_MS);
  }

  return {
    get running() {
      return running;
    },
    index,
    async start() {
      if (running) return;
      running = true;
      abort = new AbortController();
      const { signal } = abort;
      observer.observe(root, OBSERVE);
      view?.addEventListener('scroll', onScroll, { passive: true, capture: true, signal });
      const startMark = `${SCAN_MEASURE}:start`;
      await serially(async () => {
        await options.ready?.();
        if (!options.probe) await afterPaint(doc);
        if (signal.aborted) return; // stopped while the matcher was being compiled
        performance.mark(startMark);
        for (const entry of readFirstScreen()) register(entry);
        layer.commit();
        performance.measure(FIRST_SCREEN_MEASURE, startMark);
        await readAll(signal);
        if (!signal.aborted) performance.measure(SCAN_MEASURE, startMark);
        options.onChange?.();
      });
    },
    rescan() {
      return serially(async () => {
        await readAll(abort.signal);
        options.onChange?.();
      });
    },
    stop() {
      if (!running) return;
      running = false;
      abort.abort();
      clearTimeout(scrollTimer);
      observer.disconnect();
      pending = [];
      lastProbe = null;
      layer.clear();
      registered.clear();
      index.clear();
    },
    updateWindow: () => {
      if (running) applyWindow();
    },
    hitTest(x, y) {
      return hitTest(doc, x, y, {
        iso2Of: (h) => layer.iso2Of(h),
        mentionAt: (node, offset) => {
          const found = index.mentionAt(node as Text, offset);
          if (!found) return undefined;
          const { entry, index: i } = found;
          const m = entry.matches[i]!;
          const range = entry.ranges?.[i] ?? rangeOver(entry.node, m.start, m.end);
          return { iso2: m.iso2, range };
        },
      });
    },
    rangeOf(mention) {
      const entry = index.get(mention.node);
      if (!entry || entry.data !== mention.node.data) return null;
      const i = entry.matches.findIndex((m) => m.start === mention.start && m.end === mention.end);
      if (i < 0) return null;
      return entry.ranges?.[i] ?? rangeOver(mention.node, mention.start, mention.end);
    },
  };

  function rangeOver(node: Text, start: number, end: number): Range {
    const range = doc.createRange();
    range.setStart(node, start);
    range.setEnd(node, end);
    return range;
  }
}
