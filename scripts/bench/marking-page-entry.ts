/**
 * Runs inside the benchmark page: the content script's own marking code (lib/marking) and
 * matcher (lib/matcher), bundled for the page, plus a bare TreeWalker pass as the baseline.
 */
import { createMarker } from '@/lib/marking/marker';
import { unmarkAll } from '@/lib/marking/wrap';
import { yieldToPage } from '@/lib/marking/yield';
import { allStateNames, compileMatcher, getStateMatcher, type StateMatcher } from '@/lib/matcher';

const now = () => performance.now();

async function markWith(matcher: StateMatcher, sliced: boolean) {
  const slices: number[] = [];
  let resumed = now();
  const marker = createMarker({
    root: document.body,
    find: (text) => matcher.find(text),
    label: (iso2) => iso2,
    ...(sliced
      ? {
          yieldFn: () => {
            slices.push(now() - resumed);
            return yieldToPage().then(() => void (resumed = now()));
          },
        }
      : { sliceMs: 1e9, yieldFn: () => Promise.resolve() }),
  });
  const start = now();
  await marker.start();
  const ms = now() - start;
  slices.push(now() - resumed);
  const marks = document.body.querySelectorAll('er-state').length;
  // Unmark outside the timing, leaving the page as it was for the next run.
  marker.stop();
  return { ms, marks, slices: slices.length, longestSliceMs: Math.max(...slices), slicesOver50: slices.filter((s) => s > 50).length };
}

const bench = {
  compileAll() {
    const start = now();
    getStateMatcher();
    return now() - start;
  },
  markAll(sliced = false) {
    return markWith(getStateMatcher(), sliced);
  },
  /** Every `step`-th name, about `count` in all, so each language is represented. */
  markSubset(count: number) {
    const names = allStateNames();
    const step = Math.max(1, Math.floor(names.length / count));
    const subset = names.filter((_, i) => i % step === 0).slice(0, count);
    return markWith(compileMatcher(subset), false);
  },
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
  /** Walk and find without wrapping: how much of the marking time is the matcher's. */
  findOnly() {
    const matcher = getStateMatcher();
    const start = now();
    const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
    let found = 0;
    for (let n = walker.nextNode(); n; n = walker.nextNode()) found += matcher.find((n as Text).data).length;
    return { ms: now() - start, found };
  },
  names() {
    return allStateNames().map((n) => n.name);
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
