/**
 * Sizes of what the extension ships: builds the Chrome package into its own folder and prints
 * each file's size, raw and gzip-compressed, then each entry's gzip size against its target: the
 * background (loaded at every browser start), the content script (every UN page), and the first
 * view of each page (what its HTML loads before anything is shown: scripts, the modules they
 * preload, styles; views and libraries loaded later by dynamic import are not counted).
 *
 *   npx tsx scripts/bench/sizes.ts
 */
import { spawnSync } from 'node:child_process';
import { readdirSync, readFileSync, rmSync, statSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { gzipSync } from 'node:zlib';
import { runIfCommand } from './bench-run';

const ROOT = resolve(import.meta.dirname, '../..');
const OUT_DIR = `.output-bench-sizes-${process.pid}`;
/** Targets in KB gzip; entries without one are printed for the record. */
const TARGETS_KB: Record<string, number | undefined> = {
  background: 30,
  'content script': 60,
  'popup first view': 120,
};

function files(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? files(path) : [path];
  });
}

/** The scripts, preloaded modules and styles a page's HTML loads, as paths in the package. */
function firstViewFiles(dir: string, page: string): string[] {
  const html = readFileSync(join(dir, page), 'utf8');
  return [...new Set([...html.matchAll(/(?:src|href)="\/([^"]+\.(?:js|css))"/g)].map((m) => m[1]!))];
}

const kb = (bytes: number) => `${(bytes / 1024).toFixed(1)} KB`;

export async function run(): Promise<void> {
  const env: NodeJS.ProcessEnv = { ...process.env, WXT_OUT_DIR: OUT_DIR };
  const built = spawnSync('npx', ['wxt', 'build'], { cwd: ROOT, env, encoding: 'utf8' });
  if (built.status !== 0) throw new Error(`wxt build failed:\n${built.stdout}\n${built.stderr}`);
  const dir = join(ROOT, OUT_DIR, 'chrome-mv3');
  try {
    const rows = files(dir)
      // Scripts, styles, and the data files the background reads when a card first asks (data/).
      .filter((f) => /\.(js|css)$/.test(f) || relative(dir, f).startsWith('data/'))
      .map((f) => {
        const data = readFileSync(f);
        return { name: relative(dir, f), raw: data.length, gzip: gzipSync(data, { level: 9 }).length };
      })
      .sort((a, b) => b.gzip - a.gzip);
    console.log('\nShipped sizes (Chrome package), largest first:');
    console.log('  file                                              raw       gzip');
    for (const r of rows) console.log(`  ${r.name.padEnd(46)} ${kb(r.raw).padStart(9)} ${kb(r.gzip).padStart(10)}`);
    const gzipOf = new Map(rows.map((r) => [r.name, r.gzip]));
    const entries: Array<[string, string[]]> = [
      ['background', ['background.js']],
      ['content script', rows.filter((r) => r.name.startsWith('content-scripts/')).map((r) => r.name)],
      ...(['popup', 'options', 'dashboard', 'reader'] as const).map((page): [string, string[]] => [`${page} first view`, firstViewFiles(dir, `${page}.html`)]),
    ];
    console.log('\nEntries (gzip):');
    for (const [entry, parts] of entries) {
      const gzip = parts.reduce((sum, name) => sum + (gzipOf.get(name) ?? 0), 0);
      const target = TARGETS_KB[entry];
      const verdict = target === undefined ? '' : `target ≤ ${target} KB: ${gzip <= target * 1024 ? 'met' : 'MISSED'} (${((gzip / (target * 1024)) * 100).toFixed(0)}% of it)`;
      console.log(`  ${entry.padEnd(20)} ${kb(gzip).padStart(9)}  ${verdict}`);
      console.log(`  ${''.padEnd(20)} ${parts.length} files: ${parts.join(' + ')}`);
    }
  } finally {
    rmSync(join(ROOT, OUT_DIR), { recursive: true, force: true });
  }
}

export default run;

runIfCommand(import.meta.url, run);
