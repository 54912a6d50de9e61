/**
 * Runs inside the benchmark page: the content script's own marking code (lib/marking) and
 * matcher (lib/matcher), bundled for the page, plus the baselines it is measured against.
 */
import { createMarker } from '@/lib/marking/marker';
import { createTextWalker } from '@/lib/marking/text-walker';
import { unmarkAll } from '@/lib/marking/wrap';
import { yieldToPage } from '@/lib/marking/yield';
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

const matcherFor = (which: 'all' | 'subset') => (which === 'all' ? getStateMatcher() : subset(100));

/** Marks the page as the content script does, then unmarks it outside the timing. */
async function markWith(matcher: StateMatcher, sliced: boolean) {
  const slices: number[] = [];
  let resumed = now();
  const longTasks = sliced ? watchLongTasks() : null;
  const marker = createMarker({
    root: document.body,
    find: (text) => matcher.find(text),
    label: (iso2) => iso2,
    ...(sliced
      ? {
          yieldFn: (options: { render: boolean }) => {
            slices.push(now() - resumed);
            return yieldToPage(options).then((frameMs) => {
              resumed = now();
              return frameMs;
            });
          },
        }
      : { sliceMs: 1e9, yieldFn: () => Promise.resolve() }),
  });
  const start = now();
  await marker.start();
  const ms = now() - start;
  slices.push(now() - resumed);
  const marks = document.body.querySelectorAll('er-state').length;
  const tasks = (await longTasks?.stop()) ?? { longTaskSupported: false, longTasks: 0, longestTaskMs: 0 };
  marker.stop();
  return { ms, marks, slices: slices.length, longestSliceMs: Math.max(...slices), ...tasks };
}

const bench = {
  /** The State matcher's compile as the content script runs it: in slices, before the first scan. */
  async compileSliced() {
    const slices: number[] = [];
    const longTasks = watchLongTasks();
    await inPageTask();
    const start = now();
    await loadStateMatcher({ onSlice: (ms) => slices.push(ms) });
    const ms = now() - start;
    return { ms, slices: slices.length, longestSliceMs: Math.max(...slices), ...(await longTasks.stop()) };
  },
  /** The same compile in one task, for comparison (run in a page of its own: it is done once per page). */
  async compileInOneGo() {
    const longTasks = watchLongTasks();
    await inPageTask();
    const start = now();
    getStateMatcher();
    const ms = now() - start;
    return { ms, slices: 1, longestSliceMs: ms, ...(await longTasks.stop()) };
  },
  compileSubset() {
    const start = now();
    subset(100);
    return now() - start;
  },
  /** Baseline 1: a TreeWalker over every text node, reading its data (not its characters). */
  bareWalk() {
    const start = now();
    const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
    let nodes = 0;
    let chars = 0;
    for (let n = walker.nextNode(); n; n = walker.nextNode()) {
      nodes++;
      chars += (n as Text).data.length;
    }
    return { ms: now() - start, nodes, chars };
  },
  /** Baseline 2: the same walk reading every character, the least any scanner must do. */
  sweepWalk() {
    const start = now();
    const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
    let sum = 0;
    for (let n = walker.nextNode(); n; n = walker.nextNode()) {
      const data = (n as Text).data;
      for (let i = 0; i < data.length; i++) sum = (sum + data.charCodeAt(i)) | 0;
    }
    return { ms: now() - start, sum };
  },
  /** Our walk (exclusions included) and matcher, without touching the page. */
  scanOnly(which: 'all' | 'subset') {
    const matcher = matcherFor(which);
    const start = now();
    const walker = createTextWalker(document.body);
    let found = 0;
    let chars = 0;
    for (let n = walker.nextNode(); n; n = walker.nextNode()) {
      const data = n.data;
      chars += data.length;
      found += matcher.find(data).length;
    }
    return { ms: now() - start, found, chars };
  },
  mark(which: 'all' | 'subset') {
    return markWith(matcherFor(which), false);
  },
  markSliced() {
    return markWith(getStateMatcher(), true);
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
  unmarkAll() {
    return unmarkAll(document.body);
  },
};

(globalThis as unknown as { erBench: typeof bench }).erBench = bench;
