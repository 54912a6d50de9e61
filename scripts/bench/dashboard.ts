import { seededRandom } from '../lib/seeded-random';
/**
 * Dashboard at scale, in headless Chromium with the built extension: how long dashboard.html takes
 * to show its numbers with 100,000 actions compared with an empty record (target ≤ 2×), and how
 * fast the whole history is imported and exported.
 *
 * Run alone: npx tsx scripts/bench/dashboard.ts   (BENCH_ACTIONS=… to change the size,
 * BENCH_NO_BUILD=1 to reuse an existing build in WXT_OUT_DIR, BENCH_SCREENSHOT=file.png to keep a
 * picture of the full dashboard, BENCH_VERBOSE=1 for each open's timings).
 */
import { mkdtempSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium, type BrowserContext, type Page } from 'playwright-core';
import { STATES } from '../../lib/data/states';
import { benchBuild, runIfCommand } from './bench-run';

const CASES = ['jiang-tianyong', 'viasna', 'burundi-lawyers', 'ibrahim-metwally-hegazy', 'venezuela-organisations'];
const LANGUAGES = ['en', 'zh', 'fr', 'es', 'ru', 'ar'] as const;
const OPENS = 7;

export interface DashboardBenchResult {
  actions: number;
  emptyOpenMs: number;
  fullOpenMs: number;
  ratio: number;
  importPerSecond: number;
  exportJsonPerSecond: number;
  exportCsvPerSecond: number;
  nextPageMs: number;
}

/** A plausible history: mostly posts and letters over a year, letters to every State. */
export function syntheticExport(count: number, now: number): string {
  const random = seededRandom(42);
  const pick = <T>(list: readonly T[]): T => list[Math.floor(random() * list.length)]!;
  const drafts: Array<{ id: string; state: string; cases: string[]; createdAt: number }> = [];
  const lines: string[] = [];
  for (let i = 0; i < count; i++) {
    const createdAt = Math.floor(now - random() * 365 * 86_400_000);
    const cases = random() < 0.3 ? [pick(CASES), pick(CASES)].filter((c, j, a) => a.indexOf(c) === j) : [pick(CASES)];
    const roll = random();
    const id = crypto.randomUUID();
    let action: Record<string, unknown>;
    if (roll < 0.4) action = { id, kind: 'post', cases, state: null, channel: pick(['x', 'bluesky', 'mastodon', 'weibo']), language: pick(LANGUAGES), createdAt };
    else if (roll < 0.75 || drafts.length === 0) {
      const state = pick(STATES).iso2;
      action = { id, kind: 'letter-drafted', cases, state, channel: pick(['gmail', 'outlook', 'mailto']), language: pick(LANGUAGES), createdAt };
      drafts.push({ id, state, cases, createdAt });
    } else if (roll < 0.9) {
      const draft = drafts.pop()!;
      action = { id, kind: 'letter-sent', cases: draft.cases, state: draft.state, channel: 'gmail', language: 'en', createdAt: Math.max(createdAt, draft.createdAt), draftId: draft.id };
    } else action = { id, kind: 'case-shared', cases, state: null, channel: null, language: pick(LANGUAGES), createdAt };
    if (random() < 0.05) action.note = `Note ${i}: followed up by phone, "${pick(CASES)}", <b>markup stays text</b>`;
    lines.push(JSON.stringify(action));
  }
  return `{"format":"endreprisals-actions","version":1,"exportedAt":"${new Date(now).toISOString()}","actions":[\n${lines.join(',\n')}\n]}\n`;
}

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)]!;
}

/** Milliseconds from navigation start until the dashboard marked its numbers as shown. */
async function openTime(context: BrowserContext, url: string): Promise<number> {
  const page = await context.newPage();
  await page.goto(url);
  await page.locator('html[data-ready]').waitFor({ timeout: 60_000 });
  const timings = await page.evaluate(`(() => {
    const at = (name) => performance.getEntriesByName(name)[0];
    return { ready: at('er-dashboard-ready').startTime, summary: at('er-dashboard-summary')?.duration ?? -1, list: at('er-dashboard-list')?.duration ?? -1 };
  })()`) as { ready: number; summary: number; list: number };
  if (process.env.BENCH_VERBOSE) console.log(`[dashboard]   open ${Math.round(timings.ready)} ms (summary query ${Math.round(timings.summary)} ms, list query ${Math.round(timings.list)} ms)`);
  await page.close();
  return timings.ready;
}

async function measureOf(page: Page, name: string): Promise<number> {
  await page.waitForFunction((n) => performance.getEntriesByName(n).length > 0, name, { timeout: 120_000 });
  return page.evaluate((n) => {
    const entries = performance.getEntriesByName(n);
    return entries[entries.length - 1]!.duration;
  }, name);
}

async function exportRate(page: Page, format: 'json' | 'csv', label: string, count: number): Promise<number> {
  const [download] = await Promise.all([page.waitForEvent('download', { timeout: 120_000 }), page.getByRole('button', { name: label }).click()]);
  await download.path();
  return count / ((await measureOf(page, `er-export-${format}`)) / 1000);
}

export async function run(): Promise<DashboardBenchResult> {
  const count = Number(process.env.BENCH_ACTIONS ?? 100_000);
  const built = benchBuild('dashboard');
  const { extensionDir } = built;

  const work = mkdtempSync(join(tmpdir(), 'er-bench-dashboard-'));
  const exportFile = join(work, 'actions.json');
  writeFileSync(exportFile, syntheticExport(count, Date.now()));
  const launch = (profile: string) =>
    chromium.launchPersistentContext(join(work, profile), {
      executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
      headless: true,
      acceptDownloads: true,
      args: [`--disable-extensions-except=${extensionDir}`, `--load-extension=${extensionDir}`, '--no-sandbox', '--disable-gpu', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
    });
  const dashboardUrl = async (context: BrowserContext) => {
    const worker = context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker'));
    return `chrome-extension://${new URL(worker.url()).host}/dashboard.html`;
  };
  // Two browsers side by side, one with an empty record and one with the full history, opened in
  // turn so that load from other processes on the machine weighs on both alike.
  const emptyContext = await launch('empty');
  const context = await launch('full');
  try {
    const emptyUrl = await dashboardUrl(emptyContext);
    const url = await dashboardUrl(context);

    const page = await context.newPage();
    await page.goto(url);
    await page.locator('html[data-ready]').waitFor();
    console.log(`[dashboard] importing ${count.toLocaleString('en')} actions (${(statSync(exportFile).size / 1e6).toFixed(1)} MB)`);
    await page.locator('#import-file').setInputFiles(exportFile);
    const importMs = await measureOf(page, 'er-import');
    const validateMs = await measureOf(page, 'er-import-validate');
    const writeMs = await measureOf(page, 'er-import-write');
    const message = await page.getByTestId('data-message').textContent();
    if (!message?.includes(`New actions: ${count.toLocaleString('en')}`)) throw new Error(`import did not add every action: ${message}`);
    await page.locator(`[data-stat="total"][data-value="${count}"]`).waitFor({ timeout: 60_000 });

    // Warm-up: the first open of each compiles the page's code.
    await openTime(emptyContext, emptyUrl);
    await openTime(context, url);
    const empty: number[] = [];
    const full: number[] = [];
    for (let i = 0; i < OPENS; i++) {
      empty.push(await openTime(emptyContext, emptyUrl));
      full.push(await openTime(context, url));
    }

    const exportJsonPerSecond = await exportRate(page, 'json', 'Export (JSON)', count);
    const exportCsvPerSecond = await exportRate(page, 'csv', 'Export for spreadsheets (CSV)', count);

    if (process.env.BENCH_SCREENSHOT) {
      await page.reload();
      await page.locator('html[data-ready]').waitFor();
      await page.screenshot({ path: process.env.BENCH_SCREENSHOT, fullPage: true });
    }

    const range = page.getByTestId('page-range');
    const before = await range.textContent();
    const started = Date.now();
    await page.getByRole('button', { name: 'Older' }).click();
    await page.waitForFunction((text) => document.querySelector('[data-testid="page-range"]')?.textContent !== text, before);
    const nextPageMs = Date.now() - started;

    const result: DashboardBenchResult = {
      actions: count,
      emptyOpenMs: median(empty),
      fullOpenMs: median(full),
      ratio: median(full) / median(empty),
      importPerSecond: count / (importMs / 1000),
      exportJsonPerSecond,
      exportCsvPerSecond,
      nextPageMs,
    };
    const n = (x: number) => Math.round(x).toLocaleString('en');
    console.log(`[dashboard] open, empty record:        ${n(result.emptyOpenMs)} ms (median of ${OPENS})`);
    console.log(`[dashboard] open, ${n(count)} actions:   ${n(result.fullOpenMs)} ms (median of ${OPENS})`);
    console.log(`[dashboard] ratio:                     ${result.ratio.toFixed(2)}× (target ≤ 2×) ${result.ratio <= 2 ? 'OK' : 'OVER TARGET'}`);
    console.log(`[dashboard] import:                    ${n(result.importPerSecond)} actions/s (${n(importMs)} ms: read + validate ${n(validateMs)} ms, write ${n(writeMs)} ms)`);
    console.log(`[dashboard] export JSON:               ${n(result.exportJsonPerSecond)} actions/s`);
    console.log(`[dashboard] export CSV:                ${n(result.exportCsvPerSecond)} actions/s`);
    console.log(`[dashboard] next page of the list:     ${n(nextPageMs)} ms`);
    return result;
  } finally {
    await Promise.all([context.close(), emptyContext.close()]);
    rmSync(work, { recursive: true, force: true });
    built.cleanUp();
  }
}

export default run;

runIfCommand(import.meta.url, run);
