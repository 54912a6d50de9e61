/**
 * Benchmark of marking State names on UN pages, in headless Chromium, one run:
 * generated UN-like pages of 1, 4 and 16 MB in the six languages; our marking (the content
 * script's lib/marking + lib/matcher, bundled for the page with esbuild) against two baselines
 * measured in the same run on the same page (a bare TreeWalker pass, and the same pass reading
 * every character), against mark.js given the same names, across page sizes, and with 100
 * names vs all. Measurements are interleaved round by round, so a busy machine slows the
 * baselines and our code alike; each figure is the median of its rounds.
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
/** mark.js walks the whole page once per name; it is stopped after this long on each page. */
const MARKJS_CAP_MS = 4_000;
/** Rounds per page size (median taken); fewer on big pages to keep a run under three minutes. */
const ROUNDS: Record<(typeof SIZES_MB)[number], number> = { 1: 7, 4: 5, 16: 3 };
/** Main-thread tasks longer than this make a page janky (the long-task threshold). */
const LONG_TASK_MS = 50;

type Tasks = { slices: number; longestSliceMs: number; longTaskSupported: boolean; longTasks: number; longestTaskMs: number };
type MarkResult = Tasks & { ms: number; marks: number };
type CompileResult = Tasks & { ms: number };
type Row = Awaited<ReturnType<typeof measurePage>> & { mb: number; rounds: number };

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

const median = (xs: number[]) => {
  const sorted = [...xs].sort((a, b) => a - b);
  const mid = sorted.length >> 1;
  return sorted.length % 2 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
};
const fmt = (ms: number) => (ms >= 100 ? ms.toFixed(0) : ms >= 10 ? ms.toFixed(1) : ms.toFixed(2));
const ratio = (x: number) => (x >= 100 ? x.toFixed(0) : x >= 10 ? x.toFixed(1) : x.toFixed(2));

async function measurePage(page: Page, html: string, bundle: string, markJs: string, rounds: number) {
  await page.route('https://bench.un.org/**', (route) => route.fulfill({ body: html, contentType: 'text/html; charset=utf-8' }));
  await page.goto('https://bench.un.org/page', { waitUntil: 'load', timeout: 120_000 });
  await page.addScriptTag({ content: bundle });
  const call = <T>(expression: string) => page.evaluate(`erBench.${expression}`) as Promise<T>;

  const compile = await call<CompileResult>('compileSliced()');
  await call<number>('compileSubset()');
  const t = { walk: [] as number[], sweep: [] as number[], scanAll: [] as number[], scanSub: [] as number[], markAll: [] as number[], markSub: [] as number[] };
  let walkInfo = { nodes: 0, chars: 0 };
  let found = { all: 0, sub: 0 };
  let marks = { all: 0, sub: 0 };
  for (let r = 0; r < rounds; r++) {
    const w = await call<{ ms: number; nodes: number; chars: number }>('bareWalk()');
    t.walk.push(w.ms);
    walkInfo = w;
    t.sweep.push((await call<{ ms: number }>('sweepWalk()')).ms);
    const sa = await call<{ ms: number; found: number }>("scanOnly('all')");
    const ss = await call<{ ms: number; found: number }>("scanOnly('subset')");
    t.scanAll.push(sa.ms);
    t.scanSub.push(ss.ms);
    found = { all: sa.found, sub: ss.found };
    const ma = await call<MarkResult>("mark('all')");
    const ms = await call<MarkResult>("mark('subset')");
    t.markAll.push(ma.ms);
    t.markSub.push(ms.ms);
    marks = { all: ma.marks, sub: ms.marks };
  }
  const sliced = await call<MarkResult>('markSliced()');

  // mark.js last: it leaves its own <mark> elements in the page.
  await page.addScriptTag({ content: markJs });
  const markjs = await call<{ ms: number; done: number; total: number; marks: number }>(`markJs(${MARKJS_CAP_MS})`);
  await page.unroute('https://bench.un.org/**');
  return {
    compile,
    walkInfo,
    found,
    marks,
    walkMs: median(t.walk),
    sweepMs: median(t.sweep),
    scanAllMs: median(t.scanAll),
    scanSubMs: median(t.scanSub),
    markAllMs: median(t.markAll),
    markSubMs: median(t.markSub),
    sliced,
    markjs,
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
    const inOneGo = await compileInOneGo(page, bundle);
    const rows: Row[] = [];
    for (const mb of SIZES_MB) {
      const html = generateUnPage(mb * 1024 * 1024, names, mb);
      const result = await measurePage(page, html, bundle, markJs, ROUNDS[mb]);
      rows.push({ ...result, mb, rounds: ROUNDS[mb] });
      console.log(`[marking] ${mb} MB page measured`);
    }
    print(rows, names.length, inOneGo);
  } finally {
    await browser.close();
  }
  console.log(`[marking] whole benchmark: ${((performance.now() - started) / 1000).toFixed(1)} s`);
}

/** The matcher's compile in a single task, as it was before it was time-sliced, in a blank page of its own. */
async function compileInOneGo(page: Page, bundle: string): Promise<CompileResult> {
  await page.setContent('<!doctype html><p>compile</p>');
  await page.addScriptTag({ content: bundle });
  return (await page.evaluate('erBench.compileInOneGo()')) as CompileResult;
}

/** mark.js figures: measured time, and how many times slower than our full marking it is. */
function markJsFigures(r: Row) {
  const m = r.markjs;
  const complete = m.done === m.total;
  // Capped: mark.js needed more than the cap for all names, so cap / ours is a strict lower
  // bound; the rate so far gives an estimate (later names find a page already full of marks).
  const estimateMs = complete ? m.ms : (m.ms / m.done) * m.total;
  return { complete, lowerBound: m.ms / r.markAllMs, estimate: estimateMs / r.markAllMs, estimateMs };
}

function longest(s: Tasks): string {
  if (!s.longTaskSupported) return `slice ${fmt(s.longestSliceMs)} ms`;
  return s.longTasks ? `${fmt(s.longestTaskMs)} ms (${s.longTasks} over ${LONG_TASK_MS} ms)` : `none over ${LONG_TASK_MS} ms`;
}

function print(rows: Row[], names: number, inOneGo: CompileResult): void {
  console.log(`\nMarking benchmark — headless Chromium, ${names} names in six languages (100-name subset: every ${Math.floor(names / 100)}th name)`);
  console.log(`Medians of ${rows.map((r) => `${r.rounds} rounds at ${r.mb} MB`).join(', ')}.`);
  console.log(`Matcher compile, once per page load, time-sliced before the first scan as the content script does it (long task: > ${LONG_TASK_MS} ms):`);
  for (const r of rows) {
    const c = r.compile;
    console.log(`  ${`${r.mb} MB`.padEnd(6)} ${fmt(c.ms)} ms in ${c.slices} slices, longest slice ${fmt(c.longestSliceMs)} ms; longest task during the compile: ${longest(c)}`);
  }
  console.log(`  in one task instead (for comparison): ${fmt(inOneGo.ms)} ms; longest task: ${longest(inOneGo)}`);
  console.log('Timings in ms. "scan" = our text walk + matcher, no page changes; "full" = scan + wrapping every match (what the content script does).\n');

  console.log('Pages:');
  for (const r of rows) {
    console.log(
      `  ${`${r.mb} MB`.padEnd(6)} ${r.walkInfo.nodes} text nodes, ${(r.walkInfo.chars / 1e6).toFixed(2)} M characters of text, ` +
        `${r.marks.all} State names marked: one per ${Math.round(r.walkInfo.chars / r.marks.all)} characters (100 names: ${r.marks.sub} marks)`,
    );
  }

  console.log('\nBaselines and our code:');
  console.log('  size   bare walk  walk+read  scan all  scan 100  full all  full 100   ms/MB: scan   full');
  for (const r of rows) {
    console.log(
      [
        `  ${`${r.mb} MB`.padEnd(6)}`,
        fmt(r.walkMs).padStart(9),
        fmt(r.sweepMs).padStart(10),
        fmt(r.scanAllMs).padStart(9),
        fmt(r.scanSubMs).padStart(9),
        fmt(r.markAllMs).padStart(9),
        fmt(r.markSubMs).padStart(9),
        fmt(r.scanAllMs / r.mb).padStart(13),
        fmt(r.markAllMs / r.mb).padStart(6),
      ].join(' '),
    );
  }

  console.log('\nRatios (targets: full ≤ 2× bare walk; flat in number of names: all/100 near 1; mark.js ≥ 100× slower):');
  console.log('  size   scan/bare  scan/read  full/bare  full/read  scan all/100  full all/100  mark.js/full');
  for (const r of rows) {
    const mj = markJsFigures(r);
    console.log(
      [
        `  ${`${r.mb} MB`.padEnd(6)}`,
        `${ratio(r.scanAllMs / r.walkMs)}×`.padStart(9),
        `${ratio(r.scanAllMs / r.sweepMs)}×`.padStart(10),
        `${ratio(r.markAllMs / r.walkMs)}×`.padStart(10),
        `${ratio(r.markAllMs / r.sweepMs)}×`.padStart(10),
        `${ratio(r.scanAllMs / r.scanSubMs)}×`.padStart(13),
        `${ratio(r.markAllMs / r.markSubMs)}×`.padStart(13),
        `  ${mj.complete ? '' : '≥ '}${ratio(mj.lowerBound)}×${mj.complete ? '' : ` (est. ${ratio(mj.estimate)}×)`}`,
      ].join(' '),
    );
  }

  console.log('\nmark.js with the same names (one mark() call per name, as mark.js does for an array):');
  for (const r of rows) {
    const m = r.markjs;
    const mj = markJsFigures(r);
    console.log(
      `  ${`${r.mb} MB`.padEnd(6)} ${mj.complete ? `${fmt(m.ms)} ms for all ${m.total} names` : `stopped at ${fmt(m.ms)} ms after ${m.done} of ${m.total} names (at that rate ≈ ${(mj.estimateMs / 1000).toFixed(0)} s for all)`}`,
    );
  }

  console.log(`\nTime-sliced marking as the content script runs it (long task: > ${LONG_TASK_MS} ms):`);
  for (const r of rows) {
    const s = r.sliced;
    console.log(
      `  ${`${r.mb} MB`.padEnd(6)} ${fmt(s.ms)} ms in ${s.slices} slices, longest slice ${fmt(s.longestSliceMs)} ms; ` +
        (s.longTaskSupported ? `long tasks: ${s.longTasks}${s.longTasks ? `, longest ${fmt(s.longestTaskMs)} ms` : ''}` : 'long-task observer not supported'),
    );
  }

  console.log('\nSummary (paste into the README):\n');
  console.log('| Page | Marks (1 per N chars) | Bare walk | Walk + read chars | Scan: all / 100 names | Full marking: all / 100 names | Full / bare walk | mark.js / full | Longest task |');
  console.log('|---|---|---|---|---|---|---|---|---|');
  // The mark.js column: "≥" is measured (mark.js had not finished when stopped); the estimate
  // extrapolates its rate over all names.
  for (const r of rows) {
    const mj = markJsFigures(r);
    console.log(
      `| ${r.mb} MB | ${r.marks.all} (${Math.round(r.walkInfo.chars / r.marks.all)}) | ${fmt(r.walkMs)} ms | ${fmt(r.sweepMs)} ms | ` +
        `${fmt(r.scanAllMs)} / ${fmt(r.scanSubMs)} ms (${ratio(r.scanAllMs / r.scanSubMs)}×) | ` +
        `${fmt(r.markAllMs)} / ${fmt(r.markSubMs)} ms (${ratio(r.markAllMs / r.markSubMs)}×) | ${ratio(r.markAllMs / r.walkMs)}× | ` +
        `${mj.complete ? `${ratio(mj.lowerBound)}×` : `≥ ${ratio(mj.lowerBound)}× (est. ${ratio(mj.estimate)}×)`} | ${longest(r.sliced)} |`,
    );
  }
  console.log(
    `\nmark.js / full: "≥" is measured (mark.js was stopped after ${MARKJS_CAP_MS / 1000} s, unfinished); "est." extrapolates its rate to all names. ` +
      `Longest task: any main-thread task while marking time-sliced, the browser's frames that lay out our changes included; ` +
      `our own slices were at most ${fmt(Math.max(...rows.map((r) => r.sliced.longestSliceMs)))} ms.`,
  );
  const first = rows[0]!;
  const last = rows[rows.length - 1]!;
  console.log(
    `\nLinearity ${first.mb} → ${last.mb} MB (ms/MB): scan ${fmt(first.scanAllMs / first.mb)} → ${fmt(last.scanAllMs / last.mb)}, ` +
      `full ${fmt(first.markAllMs / first.mb)} → ${fmt(last.markAllMs / last.mb)}, bare walk ${fmt(first.walkMs / first.mb)} → ${fmt(last.walkMs / last.mb)}`,
  );
}

export default run;

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  run().catch((error) => {
    console.error(error);
    process.exit(1);
  });
}
