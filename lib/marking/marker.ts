import type { FindMatches } from './types';
import { createMark } from './mark-element';
import { isInsideExcluded, isInsideInteractive } from './exclusions';
import { unmarkAll, unwrapMark, wrapMatches } from './wrap';
import { planMutationWork } from './mutations';
import { scanTextNodes } from './scan';

export interface MarkerOptions {
  /** Usually document.body; nothing outside it is touched. */
  root: Element;
  /** Called only once `ready` has resolved. */
  find: FindMatches;
  /**
   * Resolves when `find` can be used (the matcher is compiled, in slices of its own); the first
   * scan, and any work on the page's changes, waits for it.
   */
  ready?: () => Promise<unknown>;
  /** Accessible name of a mark for this State. */
  label: (iso2: string) => string;
  sliceMs?: number;
  /** Runs `work` when the page is idle; batches mutation records until then. */
  whenIdle?: (work: () => void) => void;
  yieldFn?: (options: { render: boolean }) => Promise<number | void>;
}

export interface Marker {
  /** Marks the page once (time-sliced), then follows its changes. */
  start(): Promise<void>;
  /** Scans the whole root again, e.g. after a single-page navigation. */
  rescan(): Promise<void>;
  /** Stops observing and removes every mark, restoring the page's text nodes. */
  stop(): void;
  readonly running: boolean;
}

export const SCAN_MEASURE = 'endreprisals:scan';
const OBSERVE: MutationObserverInit = { childList: true, subtree: true, characterData: true };

function defaultWhenIdle(work: () => void): void {
  if (typeof requestIdleCallback === 'function') requestIdleCallback(() => work(), { timeout: 300 });
  else setTimeout(work, 50);
}

export function createMarker(options: MarkerOptions): Marker {
  const { root, find } = options;
  const doc = root.ownerDocument;
  const whenIdle = options.whenIdle ?? defaultWhenIdle;
  const labels = new Map<string, string>();
  let abort = new AbortController();
  let running = false;
  let pending: MutationRecord[] = [];
  let flushQueued = false;
  let busy: Promise<void> | null = null;

  const observer = new MutationObserver((records) => {
    pending.push(...records);
    queueFlush();
  });

  function labelFor(iso2: string): string {
    let label = labels.get(iso2);
    if (label === undefined) labels.set(iso2, (label = options.label(iso2)));
    return label;
  }

  /** Marks the names in one text node; true when it wrapped any. */
  function visit(text: Text): boolean {
    const matches = find(text.data);
    if (matches.length === 0) return false;
    const focusable = !isInsideInteractive(text);
    return wrapMatches(text, matches, (iso2) => createMark(doc, iso2, { label: labelFor(iso2), focusable })).length > 0;
  }

  // The observer is off while we change the page ourselves: no script of the page runs inside
  // our slice, so nothing of the page's is missed, and our own thousands of splits and wraps
  // cost no mutation records. What the page did before the slice is kept first.
  let observing = false;
  function beginSlice(): void {
    if (!observing) return;
    pending.push(...observer.takeRecords());
    observer.disconnect();
    observing = false;
  }
  function endSlice(): void {
    if (observing || !running) return;
    observer.observe(root, OBSERVE);
    observing = true;
  }

  function scan(node: Node): Promise<void> {
    return scanTextNodes(node, {
      visit,
      beginSlice,
      endSlice,
      signal: abort.signal,
      sliceMs: options.sliceMs,
      yieldFn: options.yieldFn,
    });
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
    beginSlice();
    try {
      const records = pending;
      pending = [];
      if (records.length === 0) return;
      const work = planMutationWork(records);
      if (work.kind === 'rescan') {
        endSlice();
        await scan(root);
        return;
      }
      const nodes = [...work.nodes];
      for (const mark of work.changedMarks) {
        const parent = mark.parentNode;
        unwrapMark(mark);
        if (parent) nodes.push(parent);
      }
      endSlice();
      for (const node of nodes) {
        if (!running) return;
        if (!node.isConnected || !root.contains(node) || isInsideExcluded(node, root)) continue;
        if (node.nodeType === 3) {
          beginSlice();
          visit(node as Text);
          endSlice();
        } else if (node.nodeType === 1 || node.nodeType === 11) {
          await scan(node);
        }
      }
    } finally {
      endSlice();
    }
  }

  return {
    get running() {
      return running;
    },
    async start() {
      if (running) return;
      running = true;
      abort = new AbortController();
      observer.observe(root, OBSERVE);
      observing = true;
      const startMark = `${SCAN_MEASURE}:start`;
      const { signal } = abort;
      await serially(async () => {
        await options.ready?.();
        if (signal.aborted) return; // stopped while the matcher was being compiled
        performance.mark(startMark);
        await scan(root);
      });
      if (!signal.aborted) performance.measure(SCAN_MEASURE, startMark);
    },
    rescan() {
      return serially(() => scan(root));
    },
    stop() {
      if (!running) return;
      running = false;
      abort.abort();
      observer.disconnect();
      observing = false;
      pending = [];
      unmarkAll(root);
    },
  };
}
