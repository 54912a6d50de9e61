/**
 * Benchmark of marking State names on UN pages, in headless Chromium, one run: generated
 * UN-like pages of 1, 5 and 16 MB in the six languages; the content script's own marking code
 * (lib/marking + lib/matcher, bundled for the page with esbuild) against a baseline measured in
 * the same run on the same page (a TreeWalker pass reading every character of every text
 * node), against mark.js given the same names, and with 100 names vs all. Rounds are
 * interleaved, so a busy machine slows the baseline and our code alike; each figure is the
 * median of its rounds. Each page is first marked as a UN page loads it (compile included, in
 * slices), with every main-thread task over 50 ms recorded.
 *
 *   npx tsx scripts/bench/marking.ts
 */
import { build } from 'esbuild';
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { chromium, type Page } from 'playwright-core';
import { allStateNames } from '@/lib/matcher';
import { generateUnPage } from './un-page';
import { highlightCss } from '@/lib/marking/highlight-style';
import { runIfCommand } from './bench-run';

const ROOT = resolve(import.meta.dirname, '../..');
const SIZES_MB = [1, 5, 16] as const;
/** mark.js walks the whole page once per name; it is stopped after this long on each page. */
const MARKJS_CAP_MS = 4_000;
/** Rounds per page size (median taken); fewer on big pages to keep a run short. */
const ROUNDS: Record<(typeof SIZES_MB)[number], number> = { 1: 7, 5: 5, 16: 3 };
/** Main-thread tasks longer than this make a page janky (the long-task threshold). */
const LONG_TASK_MS = 50;
/** Targets from the issue: all marks shown within 6× a read of every character; mark.js ≥ 100× slower. */
const SHOWN_TARGET = 6;
const MARKJS_TARGET = 100;

type Tasks = { longTaskSupported: boolean; longTasks: number; longestTaskMs: number };
type MarkResult = {
  ms: number;
  registeredMs: number;
  scanMeasureMs: number;
  firstScreenMs: number;
  firstCommitMs: number;
  firstScreenShown: number;
  viewportAtEnd: number;
  mentions: number;
  registered: number;
  slices: number;
  longestSliceMs: number;
};
type StartResult = MarkResult & Tasks & { compiledMs: number; totalMs: number };
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
  // The content script starts at document_idle, after the page's own first layout and paint.
  await page.evaluate('new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(() => setTimeout(r, 0))))');
  await page.addScriptTag({ content: bundle });
  const call = <T>(expression: string) => page.evaluate(`erBench.${expression}`) as Promise<T>;

  // As a UN page loads it: a fresh page, the matcher not compiled yet.
  const start = await call<StartResult>('extensionStart()');
  await call<number>('compileSubset()');
  const t = { sweep: [] as number[], scanAll: [] as number[], scanSub: [] as number[], markAll: [] as number[], markSub: [] as number[] };
  let walkInfo = { nodes: 0, chars: 0 };
  let marks = { all: 0, sub: 0, registered: 0 };
  for (let r = 0; r < rounds; r++) {
    const w = await call<{ ms: number; nodes: number; chars: number }>('sweepWalk()');
    t.sweep.push(w.ms);
    walkInfo = w;
    t.scanAll.push((await call<{ ms: number }>("scanOnly('all')")).ms);
    t.scanSub.push((await call<{ ms: number }>("scanOnly('subset')")).ms);
    const ma = await call<MarkResult>("mark('all')");
    const ms = await call<MarkResult>("mark('subset')");
    t.markAll.push(ma.ms);
    t.markSub.push(ms.ms);
    marks = { all: ma.mentions, sub: ms.mentions, registered: ma.registered };
  }

  // mark.js last: it leaves its own <mark> elements in the page.
  await page.addScriptTag({ content: markJs });
  const markjs = await call<{ ms: number; done: number; total: number; marks: number }>(`markJs(${MARKJS_CAP_MS})`);
  await page.unroute('https://bench.un.org/**');
  return {
    start,
    walkInfo,
    marks,
    sweepMs: median(t.sweep),
    scanAllMs: median(t.scanAll),
    scanSubMs: median(t.scanSub),
    markAllMs: median(t.markAll),
    markSubMs: median(t.markSub),
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
    const rows: Row[] = [];
    for (const mb of SIZES_MB) {
      // The highlight rules are in the page from the start, as the manifest gives them to UN pages.
      const html = generateUnPage(mb * 1024 * 1024, names, mb).replace('<head>', `<head><style>${highlightCss('light')}</style>`);
      const page = await browser.newPage({ viewport: { width: 1280, height: 800 } });
      const result = await measurePage(page, html, bundle, markJs, ROUNDS[mb]);
      await page.close();
      rows.push({ ...result, mb, rounds: ROUNDS[mb] });
      console.log(`[marking] ${mb} MB page measured`);
    }
    print(rows, names.length);
  } finally {
    await browser.close();
  }
  console.log(`[marking] whole benchmark: ${((performance.now() - started) / 1000).toFixed(1)} s`);
}

/** mark.js figures: measured time, and how many times slower than our marking it is. */
function markJsFigures(r: Row) {
  const m = r.markjs;
  const complete = m.done === m.total;
  // Capped: mark.js needed more than the cap for all names, so cap / ours is a strict lower
  // bound; the rate so far gives an estimate (later names find a page already full of marks).
  const estimateMs = complete ? m.ms : (m.ms / m.done) * m.total;
  return { complete, lowerBound: m.ms / r.markAllMs, estimate: estimateMs / r.markAllMs, estimateMs };
}

function longest(s: Tasks): string {
  if (!s.longTaskSupported) return 'long-task observer not supported';
  return s.longTasks ? `${fmt(s.longestTaskMs)} ms (${s.longTasks} over ${LONG_TASK_MS} ms)` : `none over ${LONG_TASK_MS} ms`;
}

const mjText = (r: Row) => {
  const mj = markJsFigures(r);
  return mj.complete ? `${ratio(mj.lowerBound)}×` : `≥ ${ratio(mj.lowerBound)}× (est. ${ratio(mj.estimate)}×)`;
};

function print(rows: Row[], names: number): void {
  console.log(`\nMarking benchmark — headless Chromium, ${names} names in six languages (100-name subset: every ${Math.floor(names / 100)}th name)`);
  console.log(`Medians of ${rows.map((r) => `${r.rounds} rounds at ${r.mb} MB`).join(', ')}.`);
  console.log('"Read" = a TreeWalker pass reading every character of every text node (the baseline). "Shown" = from scan start');
  console.log('to all marks registered as highlights and drawn (a frame painted): reading, matching, and registering the');
  console.log(`ranges around the reader (at most 1,000 on pages with more; the rest follow the reader as they scroll).\n`);

  console.log('Pages:');
  for (const r of rows) {
    console.log(
      `  ${`${r.mb} MB`.padEnd(6)} ${r.walkInfo.nodes} text nodes, ${(r.walkInfo.chars / 1e6).toFixed(2)} M characters, ` +
        `${r.marks.all} State names found (one per ${Math.round(r.walkInfo.chars / r.marks.all)} characters; 100 names: ${r.marks.sub}), ${r.marks.registered} registered`,
    );
  }

  console.log('\nTimes (ms) and ratios:');
  console.log('  size     read   scan all  scan 100  shown all  shown 100   shown/read (≤ 6×)  all/100   mark.js/shown (≥ 100×)');
  for (const r of rows) {
    console.log(
      [
        `  ${`${r.mb} MB`.padEnd(6)}`,
        fmt(r.sweepMs).padStart(7),
        fmt(r.scanAllMs).padStart(10),
        fmt(r.scanSubMs).padStart(9),
        fmt(r.markAllMs).padStart(10),
        fmt(r.markSubMs).padStart(10),
        `${ratio(r.markAllMs / r.sweepMs)}×`.padStart(14),
        `${ratio(r.markAllMs / r.markSubMs)}×`.padStart(12),
        `   ${mjText(r)}`,
      ].join(' '),
    );
  }

  console.log(`\nAs a UN page loads (matcher compiled in slices, then marking in slices; long task: > ${LONG_TASK_MS} ms):`);
  for (const r of rows) {
    const s = r.start;
    const complete = s.firstScreenShown === s.viewportAtEnd;
    console.log(
      `  ${`${r.mb} MB`.padEnd(6)} compile ${fmt(s.compiledMs)} ms; first screen shown ${fmt(s.firstScreenMs)} ms after scan start ` +
        `(${s.firstScreenShown} marks in view, ${complete ? 'all of them' : `${s.viewportAtEnd} at the end`}), all shown after ${fmt(s.ms)} ms ` +
        `(scan measure ${fmt(s.scanMeasureMs)} ms) in ${s.slices} slices, longest slice ${fmt(s.longestSliceMs)} ms; ` +
        `longest task from start: ${longest(s)}`,
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

  console.log('\nTargets:');
  for (const r of rows) {
    const s = r.start;
    const shown = r.markAllMs / r.sweepMs;
    const mj = markJsFigures(r);
    const checks = [
      `shown/read ${ratio(shown)}× ${shown <= SHOWN_TARGET ? 'met' : 'MISSED'}`,
      `first screen before the rest ${s.firstScreenMs < s.scanMeasureMs && s.firstScreenShown === s.viewportAtEnd ? 'met' : 'MISSED'}`,
      `no task over ${LONG_TASK_MS} ms ${s.longTaskSupported && s.longTasks === 0 ? 'met' : s.longTaskSupported ? 'MISSED' : 'not measured'}`,
      `mark.js ${mj.complete ? '' : '≥ '}${ratio(mj.lowerBound)}× ${mj.lowerBound >= MARKJS_TARGET ? 'met' : mj.estimate >= MARKJS_TARGET ? 'met by estimate only' : 'MISSED'}`,
    ];
    console.log(`  ${`${r.mb} MB`.padEnd(6)} ${checks.join('; ')}`);
  }

  console.log('\nSummary (paste into the README):\n');
  console.log('| Page | Names found (1 per N chars) | Read every char | Scan | All marks shown | Shown / read | First screen shown | Longest task from start (compile included) | mark.js / ours |');
  console.log('|---|---|---|---|---|---|---|---|---|');
  for (const r of rows) {
    const s = r.start;
    console.log(
      `| ${r.mb} MB | ${r.marks.all} (${Math.round(r.walkInfo.chars / r.marks.all)}) | ${fmt(r.sweepMs)} ms | ${fmt(r.scanAllMs)} ms | ${fmt(r.markAllMs)} ms | ` +
        `${ratio(r.markAllMs / r.sweepMs)}× | ${fmt(s.firstScreenMs)} ms (of ${fmt(s.scanMeasureMs)} ms) | ${longest(s)} | ${mjText(r)} |`,
    );
  }
  const first = rows[0]!;
  const last = rows[rows.length - 1]!;
  console.log(
    `\nLinearity ${first.mb} → ${last.mb} MB (ms/MB): shown ${fmt(first.markAllMs / first.mb)} → ${fmt(last.markAllMs / last.mb)}, ` +
      `read ${fmt(first.sweepMs / first.mb)} → ${fmt(last.sweepMs / last.mb)}`,
  );
}

export default run;

runIfCommand(import.meta.url, run);
