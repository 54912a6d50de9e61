/**
 * Benchmark of marking State names on UN pages, in headless Chromium, one run:
 * generated UN-like pages of 1, 4 and 16 MB in the six languages; our marking (the content
 * script's lib/marking + lib/matcher, bundled for the page with esbuild) against mark.js given
 * the same names, against a bare TreeWalker pass, across page sizes, and with 100 names vs all.
 * Figures are ratios against baselines measured in the same run on the same page.
 *
 *   npx tsx scripts/bench/marking.ts
 */
import { build } from 'esbuild';
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { chromium, type Page } from 'playwright-core';
import { allStateNames } from '@/lib/matcher';
import { generateUnPage } from './un-page';

const ROOT = resolve(import.meta.dirname, '../..');
const SIZES_MB = [1, 4, 16] as const;
/** mark.js walks the whole page once per name; on big pages it is stopped after this long. */
const MARKJS_CAP_MS = 4_000;
/** Repeats per page size (median taken); fewer on big pages to keep a run under three minutes. */
const RUNS: Record<(typeof SIZES_MB)[number], number> = { 1: 3, 4: 2, 16: 1 };

type MarkResult = { ms: number; marks: number; slices: number; longestSliceMs: number; slicesOver50: number };
async function pageBundle(): Promise<string> {
  const result = await build({
    entryPoints: [resolve(import.meta.dirname, 'marking-page-entry.ts')],
    bundle: true,
    format: 'iife',
    platform: 'browser',
    target: 'es2022',
    write: false,
    alias: { '@': ROOT },
    logLevel: 'silent',
  });
  return result.outputFiles[0]!.text;
}

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;
const fmt = (ms: number) => (ms >= 100 ? ms.toFixed(0) : ms.toFixed(1));

async function measurePage(page: Page, html: string, bundle: string, markJs: string, names: number, runs: number) {
  await page.route('https://bench.un.org/**', (route) => route.fulfill({ body: html, contentType: 'text/html; charset=utf-8' }));
  await page.goto('https://bench.un.org/page', { waitUntil: 'load', timeout: 120_000 });
  await page.addScriptTag({ content: bundle });
  const call = <T>(expression: string) => page.evaluate(`erBench.${expression}`) as Promise<T>;

  const compileMs = await call<number>('compileAll()');
  const walks: number[] = [];
  let walkInfo = { nodes: 0, chars: 0 };
  for (let i = 0; i < runs; i++) {
    const w = await call<{ ms: number; nodes: number; chars: number }>('bareWalk()');
    walks.push(w.ms);
    walkInfo = w;
  }
  const ours: MarkResult[] = [];
  for (let i = 0; i < runs; i++) ours.push(await call<MarkResult>('markAll(false)'));
  const subset: MarkResult[] = [];
  for (let i = 0; i < runs; i++) subset.push(await call<MarkResult>('markSubset(100)'));
  const sliced = await call<MarkResult>('markAll(true)');
  const findOnly = await call<{ ms: number }>('findOnly()');

  // mark.js last: it leaves its own <mark> elements in the page.
  await page.addScriptTag({ content: markJs });
  const markjs = await call<{ ms: number; done: number; total: number; marks: number }>(`markJs(${MARKJS_CAP_MS})`);
  await page.unroute('https://bench.un.org/**');
  return {
    compileMs,
    walkMs: median(walks),
    walkInfo,
    oursMs: median(ours.map((r) => r.ms)),
    marks: ours[0]!.marks,
    subsetMs: median(subset.map((r) => r.ms)),
    sliced,
    findOnlyMs: findOnly.ms,
    markjs,
    names,
  };
}

export async function run(): Promise<void> {
  const started = performance.now();
  const names = allStateNames();
  const [bundle, markJs] = await Promise.all([
    pageBundle(),
    Promise.resolve(readFileSync(resolve(ROOT, 'node_modules/mark.js/dist/mark.min.js'), 'utf8')),
  ]);
  const browser = await chromium.launch({ executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium', headless: true, args: ['--no-sandbox'] });
  try {
    const page = await browser.newPage();
    const rows: Array<Awaited<ReturnType<typeof measurePage>> & { mb: number; bytes: number; runs: number }> = [];
    for (const mb of SIZES_MB) {
      const html = generateUnPage(mb * 1024 * 1024, names, mb);
      const result = await measurePage(page, html, bundle, markJs, names.length, RUNS[mb]);
      rows.push({ ...result, mb, bytes: Buffer.byteLength(html), runs: RUNS[mb] });
      console.log(`[marking] ${mb} MB page measured`);
    }
    print(rows);
  } finally {
    await browser.close();
  }
  console.log(`[marking] whole benchmark: ${((performance.now() - started) / 1000).toFixed(1)} s`);
}

function print(rows: Array<Awaited<ReturnType<typeof measurePage>> & { mb: number; bytes: number; runs: number }>): void {
  const names = rows[0]!.names;
  console.log(`\nMarking benchmark — headless Chromium, ${names} names (six languages); median of ${rows.map((r) => `${r.runs} runs at ${r.mb} MB`).join(', ')}`);
  console.log(`Matcher compile (once per page load): ${fmt(rows[0]!.compileMs)} ms\n`);
  console.log('size   text nodes   marks  bare walk  ours (all)  ms/MB   ours/walk  walk+find  100 names  all/100  time-sliced: slices, longest, >50 ms');
  for (const r of rows) {
    console.log(
      [
        `${r.mb} MB`.padEnd(6),
        String(r.walkInfo.nodes).padStart(10),
        String(r.marks).padStart(7),
        `${fmt(r.walkMs)} ms`.padStart(9),
        `${fmt(r.oursMs)} ms`.padStart(11),
        fmt(r.oursMs / r.mb).padStart(6),
        `${(r.oursMs / r.walkMs).toFixed(1)}×`.padStart(10),
        `${fmt(r.findOnlyMs)} ms`.padStart(10),
        `${fmt(r.subsetMs)} ms`.padStart(10),
        `${(r.oursMs / r.subsetMs).toFixed(2)}×`.padStart(8),
        `  ${r.sliced.slices}, ${fmt(r.sliced.longestSliceMs)} ms, ${r.sliced.slicesOver50}`,
      ].join(' '),
    );
  }
  console.log('\nmark.js with the same names (one mark() call per name, as mark.js does for an array):');
  for (const r of rows) {
    const m = r.markjs;
    const complete = m.done === m.total;
    // When capped, the time for all names is extrapolated from the rate so far: a lower bound,
    // since later names find a page already full of <mark> elements.
    const fullMs = complete ? m.ms : (m.ms / m.done) * m.total;
    console.log(
      `  ${`${r.mb} MB`.padEnd(6)} ${complete ? `${fmt(m.ms)} ms for all ${m.total} names` : `capped at ${fmt(m.ms)} ms after ${m.done} of ${m.total} names (≈ ${(fullMs / 1000).toFixed(0)} s for all)`}` +
        ` → mark.js/ours ${complete ? '' : '≥ '}${(fullMs / r.oursMs).toFixed(0)}×`,
    );
  }
  console.log(`  (mark.js time cap: ${MARKJS_CAP_MS / 1000} s per page)`);
}

export default run;

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  run().catch((error) => {
    console.error(error);
    process.exit(1);
  });
}
