/**
 * The PDF reader on a 50-page UN-like document, in headless Chromium with the built extension.
 *
 * Marking (the State marks): the reader with marking on against the same reader with marking
 * switched off in the settings, on the same bytes, in the same run — time to the first page
 * shown with its marks (targets: ≤ 1.5× the reader without marking), the time to draw the text
 * layers (and marks) of all pages as a reader goes through the document (marking adds ≤ 20%),
 * the longest piece of marking's own work on the main thread (no task over 50 ms), the longest
 * main-thread task with and without marking, and the time until every page has been read for
 * the States panel.
 *
 * The reader itself: against bare pdf.js in a web page (page 1 drawn on a canvas; the text of
 * every page read with getTextContent, the least any text work must do).
 *
 * Rounds alternate the three; each figure is the median.
 *
 * Run alone: npx tsx scripts/bench/reader.ts   (BENCH_NO_BUILD=1 reuses a build in WXT_OUT_DIR,
 * BENCH_PAGES=… changes the document's length)
 */
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { chromium, type BrowserContext, type Page } from 'playwright-core';
import { longSpec, printUnDocument } from '../../tests/fixtures/pdf/make-pdfs';
import { benchBuild, runIfCommand } from './bench-run';

const ROOT = resolve(import.meta.dirname, '../..');
const PAGES = Number(process.env.BENCH_PAGES ?? 50);
const ROUNDS = 5;
const UN_PDF = 'https://documents.un.org/doc/undoc/gen/g99/000/01/pdf/g9900001.pdf';
const BASELINE = 'https://bench.un.org/';
const VIEWPORT = { width: 1100, height: 800 };
/** Four States a page, taken in turn from this list, in running text. */
const NAMED = ['EG', 'CN', 'BY', 'BI', 'VE', 'SA', 'IR', 'RU', 'TR', 'IN', 'MX', 'NG', 'PK', 'BH', 'CU', 'VN', 'KH', 'MM', 'SY', 'AE'];

export interface ReaderBenchResult {
  pages: number;
  markedFirstMs: number;
  unmarkedFirstMs: number;
  markedAllTextMs: number;
  unmarkedAllTextMs: number;
  /** Longest single piece of marking's work on the main thread (User Timing measures). */
  longestMarkingMs: number;
  longestTaskMarkedMs: number;
  longestTaskUnmarkedMs: number;
  /** From navigation until every page was read for the States panel. */
  documentReadMs: number;
  baselineFirstMs: number;
  baselineAllTextMs: number;
}

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;
const fmt = (ms: number) => (ms >= 100 ? ms.toFixed(0) : ms.toFixed(1));

interface ReaderRun {
  first: number;
  allText: number;
  longestTask: number;
  longestMarking: number;
  documentRead: number;
}

/**
 * The reader: ms from navigation to page 1 drawn with its text layer (and its marks, when
 * marking is on), then to all text layers (and marks), the longest task, and marking's own work.
 */
async function measureReader(context: BrowserContext, extensionId: string, marking: boolean): Promise<ReaderRun> {
  const page = await context.newPage();
  await page.setViewportSize(VIEWPORT);
  // Long tasks are recorded from the start (the observer's buffer keeps only some).
  await page.addInitScript(`window.__longest = 0; new PerformanceObserver((list) => { for (const e of list.getEntries()) window.__longest = Math.max(window.__longest, e.duration); }).observe({ type: 'longtask', buffered: true });`);
  await page.goto(`chrome-extension://${extensionId}/reader.html?src=${encodeURIComponent(UN_PDF)}`);
  const ready = (n: string) => `(performance.getEntriesByName('endreprisals:reader-page-drawn:' + ${n}).length > 0 && performance.getEntriesByName('endreprisals:reader-text-layer:' + ${n}).length > 0${marking ? ` && performance.getEntriesByName('endreprisals:reader-page-marked:' + ${n}).length > 0` : ''})`;
  const first = (await page.evaluate(`new Promise((resolve) => {
    const at = (name) => performance.getEntriesByName(name)[0]?.startTime ?? 0;
    const check = () => {
      if (${ready('1')}) resolve(Math.max(at('endreprisals:reader-page-drawn:1'), at('endreprisals:reader-text-layer:1'), at('endreprisals:reader-page-marked:1')));
      else requestAnimationFrame(check);
    };
    check();
  })`)) as number;
  // Go through the document page by page, as a reader scrolls, until every text layer (and its marks) is drawn.
  const allText = (await page.evaluate(`(async (pages) => {
    const container = document.getElementById('viewerContainer');
    const drawn = (n) => performance.getEntriesByName('endreprisals:reader-text-layer:' + n).length > 0${marking ? ` && performance.getEntriesByName('endreprisals:reader-page-marked:' + n).length > 0` : ''};
    const start = performance.now();
    for (let n = 1; n <= pages; n++) {
      container.scrollTop = document.querySelector('.page[data-page-number="' + n + '"]').offsetTop;
      while (!drawn(n)) await new Promise((r) => requestAnimationFrame(r));
    }
    return ${first} + (performance.now() - start);
  })(${PAGES})`)) as number;
  // Every page read for the States panel (marking only), at most 30 s.
  const documentRead = marking
    ? ((await page.evaluate(`new Promise((resolve) => {
        const reads = () => performance.getEntriesByName('endreprisals:reader-marking').filter((e) => e.detail?.step === 'read');
        const started = performance.now();
        const check = () => {
          const done = reads();
          if (done.length >= ${PAGES}) resolve(Math.max(...done.map((e) => e.startTime + e.duration)));
          else if (performance.now() - started > 30000) resolve(NaN);
          else setTimeout(check, 50);
        };
        check();
      })`)) as number)
    : 0;
  await page.waitForTimeout(200);
  const { longestTask, longestMarking } = (await page.evaluate(`({
    longestTask: window.__longest,
    longestMarking: Math.max(0, ...performance.getEntriesByName('endreprisals:reader-marking').map((e) => e.duration)),
  })`)) as { longestTask: number; longestMarking: number };
  await page.close();
  return { first, allText, longestTask, longestMarking, documentRead };
}

/** Bare pdf.js in a web page: page 1 on a canvas, then getTextContent for every page. */
async function measureBaseline(context: BrowserContext): Promise<{ first: number; allText: number }> {
  const page = await context.newPage();
  await page.setViewportSize(VIEWPORT);
  await page.goto(BASELINE);
  const result = (await page.evaluate(`(async (pages) => {
    const pdfjs = await import('/pdf.min.mjs');
    pdfjs.GlobalWorkerOptions.workerSrc = '/pdf.worker.min.mjs';
    const data = new Uint8Array(await (await fetch('/doc.pdf')).arrayBuffer());
    const doc = await pdfjs.getDocument({ data }).promise;
    const first = await doc.getPage(1);
    const viewport = first.getViewport({ scale: ${VIEWPORT.width - 40} / first.getViewport({ scale: 1 }).width });
    const canvas = document.createElement('canvas');
    canvas.width = viewport.width;
    canvas.height = viewport.height;
    document.body.append(canvas);
    await first.render({ canvas, viewport }).promise;
    await first.getTextContent();
    const firstMs = performance.now();
    for (let n = 1; n <= pages; n++) await (await doc.getPage(n)).getTextContent();
    return { first: firstMs, allText: performance.now() };
  })(${PAGES})`)) as { first: number; allText: number };
  await page.close();
  return result;
}

export async function run(): Promise<ReaderBenchResult> {
  const built = benchBuild('reader');
  const { extensionDir } = built;
  const work = mkdtempSync(join(tmpdir(), 'er-bench-reader-'));
  const pdfFile = join(work, 'document.pdf');
  const states = Object.fromEntries(Array.from({ length: PAGES }, (_, i) => [i + 1, [0, 1, 2, 3].map((k) => NAMED[(i * 4 + k) % NAMED.length]!)]));
  await printUnDocument({ ...longSpec(PAGES, states), sectionEvery: 5 }, pdfFile, true);
  const pdf = readFileSync(pdfFile);
  const pdfjsBuild = resolve(ROOT, 'node_modules/pdfjs-dist/build');

  const context = await chromium.launchPersistentContext(join(work, 'profile'), {
    executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    headless: true,
    viewport: VIEWPORT,
    args: [`--disable-extensions-except=${extensionDir}`, `--load-extension=${extensionDir}`, '--no-sandbox', '--disable-gpu', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
  });
  try {
    const worker = context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker'));
    const extensionId = new URL(worker.url()).host;
    await context.route(UN_PDF, (route) => route.fulfill({ body: pdf, contentType: 'application/pdf' }));
    await context.route(`${BASELINE}**`, (route) => {
      const path = new URL(route.request().url()).pathname;
      if (path === '/doc.pdf') return route.fulfill({ body: pdf, contentType: 'application/pdf' });
      if (path === '/pdf.min.mjs' || path === '/pdf.worker.min.mjs') return route.fulfill({ body: readFileSync(join(pdfjsBuild, path)), contentType: 'text/javascript' });
      return route.fulfill({ body: '<!doctype html><title>pdf.js baseline</title><body style="margin:0">', contentType: 'text/html' });
    });
    const setMarking = (enabled: boolean) =>
      worker.evaluate(`chrome.storage.sync.get('settings').then((got) => chrome.storage.sync.set({ settings: { ...(got.settings ?? {}), marking: { enabled: ${enabled} } } }))`);
    // One unmeasured open of each warms the caches, as a reader's second document would find them.
    await setMarking(true);
    await measureReader(context, extensionId, true);
    await setMarking(false);
    await measureReader(context, extensionId, false);
    await measureBaseline(context);
    const marked: ReaderRun[] = [];
    const unmarked: ReaderRun[] = [];
    const baseline: Array<Awaited<ReturnType<typeof measureBaseline>>> = [];
    for (let round = 0; round < ROUNDS; round++) {
      await setMarking(true);
      marked.push(await measureReader(context, extensionId, true));
      await setMarking(false);
      unmarked.push(await measureReader(context, extensionId, false));
      baseline.push(await measureBaseline(context));
    }
    const result: ReaderBenchResult = {
      pages: PAGES,
      markedFirstMs: median(marked.map((r) => r.first)),
      unmarkedFirstMs: median(unmarked.map((r) => r.first)),
      markedAllTextMs: median(marked.map((r) => r.allText)),
      unmarkedAllTextMs: median(unmarked.map((r) => r.allText)),
      longestMarkingMs: Math.max(...marked.map((r) => r.longestMarking)),
      longestTaskMarkedMs: Math.max(...marked.map((r) => r.longestTask)),
      longestTaskUnmarkedMs: Math.max(...unmarked.map((r) => r.longestTask)),
      documentReadMs: median(marked.map((r) => r.documentRead)),
      baselineFirstMs: median(baseline.map((b) => b.first)),
      baselineAllTextMs: median(baseline.map((b) => b.allText)),
    };
    const ratio = (a: number, b: number) => `${(a / b).toFixed(2)}×`;
    const task = (ms: number) => (ms > 0 ? `${fmt(ms)} ms` : 'none over 50 ms');
    const met = (ok: boolean) => (ok ? 'met' : 'NOT met');
    const firstRatio = result.markedFirstMs / result.unmarkedFirstMs;
    const added = result.markedAllTextMs / result.unmarkedAllTextMs - 1;
    console.log(`[reader] ${PAGES}-page UN-like PDF (${(pdf.length / 1024).toFixed(0)} kB, 4 State names a page), medians of ${ROUNDS} rounds`);
    console.log(`[reader] marking: the reader with marking on, against the same reader with marking off (baseline)`);
    console.log(`[reader]   first page shown with its marks, from navigation: ${fmt(result.markedFirstMs)} ms, without marking ${fmt(result.unmarkedFirstMs)} ms (${ratio(result.markedFirstMs, result.unmarkedFirstMs)}; target ≤ 1.5×: ${met(firstRatio <= 1.5)})`);
    console.log(`[reader]   text layers and marks of all ${PAGES} pages, going through the document: ${fmt(result.markedAllTextMs)} ms, without marking ${fmt(result.unmarkedAllTextMs)} ms (${ratio(result.markedAllTextMs, result.unmarkedAllTextMs)}: marking adds ${(added * 100).toFixed(0)}%; target ≤ 20%: ${met(added <= 0.2)})`);
    console.log(`[reader]   longest piece of marking's own work on the main thread: ${fmt(result.longestMarkingMs)} ms (target: none over 50 ms: ${met(result.longestMarkingMs <= 50)}); longest main-thread task with marking ${task(result.longestTaskMarkedMs)}, without ${task(result.longestTaskUnmarkedMs)}`);
    console.log(`[reader]   every page read for the States panel: ${Number.isNaN(result.documentReadMs) ? 'not within 30 s' : `${fmt(result.documentReadMs)} ms from navigation`}`);
    console.log(`[reader] the reader (marking off) against bare pdf.js in a web page`);
    console.log(`[reader]   first page shown (picture and text layer): ${fmt(result.unmarkedFirstMs)} ms, bare pdf.js ${fmt(result.baselineFirstMs)} ms (${ratio(result.unmarkedFirstMs, result.baselineFirstMs)})`);
    console.log(`[reader]   text layers of all ${PAGES} pages: ${fmt(result.unmarkedAllTextMs)} ms, bare pdf.js reading the text of every page ${fmt(result.baselineAllTextMs)} ms (${ratio(result.unmarkedAllTextMs, result.baselineAllTextMs)})`);
    return result;
  } finally {
    await context.close();
    rmSync(work, { recursive: true, force: true });
    built.cleanUp();
  }
}

export default run;

runIfCommand(import.meta.url, run);
