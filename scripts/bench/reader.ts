/**
 * The PDF reader on a 50-page UN-like document, in headless Chromium with the built extension:
 * time to the first page shown (its picture and its text layer), and the time to draw the text
 * layers of all pages as a reader goes through the document. Baseline, measured in the same run
 * on the same bytes: bare pdf.js in a web page (page 1 drawn on a canvas; the text of every page
 * read with getTextContent, the least any text work must do). Rounds alternate reader and
 * baseline; each figure is the median. Marking will add its own share to these figures (#11).
 *
 * Run alone: npx tsx scripts/bench/reader.ts   (BENCH_NO_BUILD=1 reuses a build in WXT_OUT_DIR,
 * BENCH_PAGES=… changes the document's length)
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { chromium, type BrowserContext, type Page } from 'playwright-core';
import { longSpec, printUnDocument } from '../../tests/fixtures/pdf/make-pdfs';

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
  readerFirstMs: number;
  baselineFirstMs: number;
  readerAllTextMs: number;
  baselineAllTextMs: number;
  longestTaskMs: number;
}

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;
const fmt = (ms: number) => (ms >= 100 ? ms.toFixed(0) : ms.toFixed(1));

/** The reader: ms from navigation to page 1 drawn with its text layer, then to all text layers, and the longest task. */
async function measureReader(context: BrowserContext, extensionId: string): Promise<{ first: number; allText: number; longest: number }> {
  const page = await context.newPage();
  await page.setViewportSize(VIEWPORT);
  await page.goto(`chrome-extension://${extensionId}/reader.html?src=${encodeURIComponent(UN_PDF)}`);
  const first = (await page.evaluate(`new Promise((resolve) => {
    const at = (name) => performance.getEntriesByName(name)[0]?.startTime;
    const check = () => {
      const drawn = at('endreprisals:reader-page-drawn:1');
      const text = at('endreprisals:reader-text-layer:1');
      if (drawn !== undefined && text !== undefined) resolve(Math.max(drawn, text));
      else requestAnimationFrame(check);
    };
    check();
  })`)) as number;
  // Go through the document page by page, as a reader scrolls, until every text layer is drawn.
  const allText = (await page.evaluate(`(async (pages) => {
    const container = document.getElementById('viewerContainer');
    const drawn = (n) => performance.getEntriesByName('endreprisals:reader-text-layer:' + n).length > 0;
    const start = performance.now();
    for (let n = 1; n <= pages; n++) {
      container.scrollTop = document.querySelector('.page[data-page-number="' + n + '"]').offsetTop;
      while (!drawn(n)) await new Promise((r) => requestAnimationFrame(r));
    }
    return ${first} + (performance.now() - start);
  })(${PAGES})`)) as number;
  const longest = (await page.evaluate(`new Promise((resolve) => {
    let longest = 0;
    new PerformanceObserver((list) => { for (const e of list.getEntries()) longest = Math.max(longest, e.duration); })
      .observe({ type: 'longtask', buffered: true });
    setTimeout(() => resolve(longest), 200);
  })`)) as number;
  await page.close();
  return { first, allText, longest };
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
  const outDir = process.env.WXT_OUT_DIR ?? '.output-bench-reader';
  const build = process.env.BENCH_NO_BUILD !== '1';
  if (build) {
    console.log(`[reader] building into ${outDir}`);
    execFileSync('npx', ['wxt', 'build'], { cwd: ROOT, env: { ...process.env, WXT_OUT_DIR: outDir }, stdio: 'ignore' });
  }
  const extensionDir = resolve(ROOT, outDir, 'chrome-mv3');
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
    // One unmeasured open of each warms the caches, as a reader's second document would find them.
    await measureReader(context, extensionId);
    await measureBaseline(context);
    const reader: Array<Awaited<ReturnType<typeof measureReader>>> = [];
    const baseline: Array<Awaited<ReturnType<typeof measureBaseline>>> = [];
    for (let round = 0; round < ROUNDS; round++) {
      reader.push(await measureReader(context, extensionId));
      baseline.push(await measureBaseline(context));
    }
    const result: ReaderBenchResult = {
      pages: PAGES,
      readerFirstMs: median(reader.map((r) => r.first)),
      baselineFirstMs: median(baseline.map((b) => b.first)),
      readerAllTextMs: median(reader.map((r) => r.allText)),
      baselineAllTextMs: median(baseline.map((b) => b.allText)),
      longestTaskMs: Math.max(...reader.map((r) => r.longest)),
    };
    const ratio = (a: number, b: number) => `${(a / b).toFixed(2)}×`;
    console.log(`[reader] ${PAGES}-page UN-like PDF (${(pdf.length / 1024).toFixed(0)} kB), medians of ${ROUNDS} rounds; baseline: bare pdf.js in a web page`);
    console.log(`[reader]   first page shown (picture and text layer), from navigation: reader ${fmt(result.readerFirstMs)} ms, baseline ${fmt(result.baselineFirstMs)} ms (${ratio(result.readerFirstMs, result.baselineFirstMs)})`);
    console.log(`[reader]   text layers of all ${PAGES} pages, going through the document: reader ${fmt(result.readerAllTextMs)} ms, baseline (text of every page read) ${fmt(result.baselineAllTextMs)} ms (${ratio(result.readerAllTextMs, result.baselineAllTextMs)})`);
    console.log(`[reader]   longest main-thread task in the reader: ${result.longestTaskMs > 0 ? `${fmt(result.longestTaskMs)} ms` : 'none over 50 ms'}`);
    return result;
  } finally {
    await context.close();
    rmSync(work, { recursive: true, force: true });
    if (build && !process.env.WXT_OUT_DIR) rmSync(resolve(ROOT, outDir), { recursive: true, force: true });
  }
}

export default run;

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  run().catch((error) => {
    console.error(error);
    process.exit(1);
  });
}
