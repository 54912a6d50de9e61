/**
 * Runs inside the benchmark page: the content script's own marking code (lib/marking) and
 * matcher (lib/matcher), bundled for the page, plus the baselines it is measured against.
 */
import { createMarker, FIRST_SCREEN_MEASURE, SCAN_MEASURE, type Marker } from '@/lib/marking/marker';
import { createHighlightLayer, type HighlightLayer } from '@/lib/marking/highlights';
import { createTextWalker } from '@/lib/marking/text-walker';
import { findWithPageLanguage } from '@/lib/marking/find-adapter';
import { allStateNames, compileMatcher, getStateMatcher, loadStateMatcher, type StateMatcher } from '@/lib/matcher';

const now = () => performance.now();

let subsetMatcher: StateMatcher | undefined;
/** Every `step`-th name, about `count` in all, so each language is represented. */
function subset(count: number): StateMatcher {
  if (!subsetMatcher) {
    const names = allStateNames();
    const step = Math.max(1, Math.floor(names.length / count));
    subsetMatcher = compileMatcher(names.filter((_, i) => i % step === 0).slice(0, count));
  }
  return subsetMatcher;
}

/** Records the page's long tasks (over 50 ms) from now on, where the browser reports them. */
function watchLongTasks() {
  const durations: number[] = [];
  const record = (entries: PerformanceEntryList) => entries.forEach((e) => durations.push(e.duration));
  const observer = PerformanceObserver.supportedEntryTypes.includes('longtask') ? new PerformanceObserver((list) => record(list.getEntries())) : null;
  observer?.observe({ type: 'longtask' });
  return {
    async stop() {
      if (observer) {
        // Long-task entries arrive after their task ends.
        await new Promise((resolve) => setTimeout(resolve, 200));
        record(observer.takeRecords());
        observer.disconnect();
      }
      return { longTaskSupported: !!observer, longTasks: durations.length, longestTaskMs: durations.length ? Math.max(...durations) : 0 };
    },
  };
}

/**
 * Goes on in a task of the page's own: the browser does not report the task that runs a
 * benchmark call (a DevTools evaluation) as a long task, however long it is.
 */
const inPageTask = () => new Promise((resolve) => setTimeout(resolve, 0));
/** Resolves once the browser has drawn a frame (and so painted what was registered). */
const nextPaint = () => new Promise<void>((resolve) => requestAnimationFrame(() => setTimeout(resolve, 0)));

const matcherFor = (which: 'all' | 'subset') => (which === 'all' ? getStateMatcher() : subset(100));

/** Registered ranges whose boxes meet the viewport. */
function inViewport(layer: { ranges: () => Range[] }): number {
  const h = innerHeight;
  const w = innerWidth;
  return layer.ranges().filter((r) => {
    const b = r.getBoundingClientRect();
    return b.bottom > 0 && b.top < h && b.right > 0 && b.left < w && (b.width > 0 || b.height > 0);
  }).length;
}

/** The real highlight layer, also keeping the ranges it registered for the checks above. */
function observedLayer(onCommit?: (layer: HighlightLayer) => void) {
  const real = createHighlightLayer();
  const live = new Set<Range>();
  const layer: HighlightLayer & { ranges: () => Range[] } = {
    add: (iso2, r) => {
      live.add(r);
      real.add(iso2, r);
    },
    delete: (iso2, r) => {
      live.delete(r);
      real.delete(iso2, r);
    },
    commit() {
      real.commit();
      onCommit?.(layer);
    },
    iso2Of: (h) => real.iso2Of(h),
    get registered() {
      return real.registered;
    },
    clear: () => {
      live.clear();
      real.clear();
    },
    ranges: () => [...live],
  };
  return layer;
}

/** Marks the page as the content script does; `sliced`: in its real slices, else in one go. */
async function markWith(matcher: StateMatcher, sliced: boolean) {
  const slices: number[] = [];
  let resumed = now();
  let firstCommitAt = 0;
  let firstScreen = -1;
  const layer = observedLayer((l) => {
    if (firstScreen < 0) {
      firstCommitAt = now();
      firstScreen = inViewport(l as unknown as { ranges: () => Range[] });
    }
  });
  const marker: Marker = createMarker({
    root: document.body,
    find: findWithPageLanguage(matcher),
    layer,
    ...(sliced
      ? {
          yieldFn: () => {
            slices.push(now() - resumed);
            return new Promise<void>((resolve) => setTimeout(resolve, 0)).then(() => {
              resumed = now();
            });
          },
        }
      : { sliceMs: 1e9, yieldFn: () => Promise.resolve() }),
  });
  performance.clearMeasures(SCAN_MEASURE);
  performance.clearMeasures(FIRST_SCREEN_MEASURE);
  await marker.start();
  const registeredAt = now();
  await nextPaint();
  const shownAt = now();
  slices.push(now() - resumed);
  // From the scan's start (after the matcher is ready and the page has been drawn).
  const start = performance.getEntriesByName(`${SCAN_MEASURE}:start`, 'mark').at(-1)?.startTime ?? 0;
  const scan = performance.getEntriesByName(SCAN_MEASURE, 'measure')[0]?.duration ?? 0;
  const first = performance.getEntriesByName(FIRST_SCREEN_MEASURE, 'measure')[0]?.duration ?? 0;
  const result = {
    ms: shownAt - start,
    registeredMs: registeredAt - start,
    scanMeasureMs: scan,
    firstScreenMs: first,
    firstCommitMs: firstCommitAt - start,
    firstScreenShown: firstScreen,
    viewportAtEnd: inViewport(layer),
    mentions: marker.index.mentionCount,
    registered: layer.registered,
    slices: slices.length,
    longestSliceMs: Math.max(...slices),
  };
  marker.stop();
  return result;
}

const bench = {
  /**
   * What the content script does when a UN page loads, in a fresh page: compile the matcher
   * in slices, then mark in slices; every main-thread task meanwhile is watched.
   */
  async extensionStart() {
    const longTasks = watchLongTasks();
    await inPageTask();
    const start = now();
    await loadStateMatcher();
    const compiledMs = now() - start;
    const marked = await markWith(getStateMatcher(), true);
    return { compiledMs, totalMs: now() - start, ...marked, ...(await longTasks.stop()) };
  },
  /** The State matcher's compile as the content script runs it: in slices, before the first scan. */
  async compileSliced() {
    const slices: number[] = [];
    const longTasks = watchLongTasks();
    await inPageTask();
    const start = now();
    await loadStateMatcher({ onSlice: (ms) => slices.push(ms) });
    const ms = now() - start;
    return { ms, slices: slices.length, longestSliceMs: Math.max(0, ...slices), ...(await longTasks.stop()) };
  },
  compileSubset() {
    const start = now();
    subset(100);
    return now() - start;
  },
  /** Baseline: a TreeWalker over every text node reading every character, the least any scanner must do. */
  sweepWalk() {
    const start = now();
    const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
    let sum = 0;
    let nodes = 0;
    let chars = 0;
    for (let n = walker.nextNode(); n; n = walker.nextNode()) {
      const data = (n as Text).data;
      nodes++;
      chars += data.length;
      for (let i = 0; i < data.length; i++) sum = (sum + data.charCodeAt(i)) | 0;
    }
    return { ms: now() - start, sum, nodes, chars };
  },
  /** Our walk (exclusions included) and matcher, without registering anything. */
  scanOnly(which: 'all' | 'subset') {
    const matcher = matcherFor(which);
    const start = now();
    const walker = createTextWalker(document.body);
    let found = 0;
    for (let n = walker.nextNode(); n; n = walker.nextNode()) found += matcher.find(n.data).length;
    return { ms: now() - start, found };
  },
  /** Everything from scan start to the marks drawn, in one go (no slicing). */
  mark(which: 'all' | 'subset') {
    return markWith(matcherFor(which), false);
  },
  /** mark.js (loaded into the page beforehand) with the same names, stopped after `capMs`. */
  async markJs(capMs: number) {
    const list = allStateNames().map((n) => n.name);
    type MarkJs = { mark(keyword: string, options: object): void };
    const Mark = (globalThis as unknown as { Mark: new (el: Element) => MarkJs }).Mark;
    const instance = new Mark(document.body);
    const start = now();
    let done = 0;
    for (const keyword of list) {
      await new Promise<void>((resolve) => instance.mark(keyword, { separateWordSearch: false, diacritics: false, done: () => resolve() }));
      done++;
      if (now() - start > capMs) break;
    }
    return { ms: now() - start, done, total: list.length, marks: document.querySelectorAll('mark').length };
  },
};

(globalThis as unknown as { erBench: typeof bench }).erBench = bench;
