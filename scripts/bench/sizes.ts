/**
 * Sizes of what the extension ships: builds the Chrome package into its own folder and prints
 * each entry's size, raw and gzip-compressed (what a store download and a content script's
 * parse cost follow). The content script runs on every UN page: its target is ≤ 60 KB gzip.
 *
 *   npx tsx scripts/bench/sizes.ts
 */
import { spawnSync } from 'node:child_process';
import { readdirSync, readFileSync, rmSync, statSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { gzipSync } from 'node:zlib';

const ROOT = resolve(import.meta.dirname, '../..');
const OUT_DIR = `.output-bench-sizes-${process.pid}`;
const CONTENT_SCRIPT_TARGET_KB = 60;

function files(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? files(path) : [path];
  });
}

const kb = (bytes: number) => `${(bytes / 1024).toFixed(1)} KB`;

export async function run(): Promise<void> {
  const env: NodeJS.ProcessEnv = { ...process.env, WXT_OUT_DIR: OUT_DIR };
  delete env.E2E_LOCAL_HOSTS;
  const built = spawnSync('npx', ['wxt', 'build'], { cwd: ROOT, env, encoding: 'utf8' });
  if (built.status !== 0) throw new Error(`wxt build failed:\n${built.stdout}\n${built.stderr}`);
  const dir = join(ROOT, OUT_DIR, 'chrome-mv3');
  try {
    const rows = files(dir)
      .filter((f) => /\.(js|css)$/.test(f))
      .map((f) => {
        const data = readFileSync(f);
        return { name: relative(dir, f), raw: data.length, gzip: gzipSync(data, { level: 9 }).length };
      })
      .sort((a, b) => b.gzip - a.gzip);
    console.log('\nShipped sizes (Chrome package), largest first:');
    console.log('  file                                              raw       gzip');
    for (const r of rows) console.log(`  ${r.name.padEnd(46)} ${kb(r.raw).padStart(9)} ${kb(r.gzip).padStart(10)}`);
    const content = rows.filter((r) => r.name.startsWith('content-scripts/'));
    const contentGzip = content.reduce((sum, r) => sum + r.gzip, 0);
    console.log(
      `\nContent script on UN pages (${content.map((r) => r.name).join(' + ')}): ${kb(contentGzip)} gzip ` +
        `(target ≤ ${CONTENT_SCRIPT_TARGET_KB} KB: ${contentGzip <= CONTENT_SCRIPT_TARGET_KB * 1024 ? 'met' : 'MISSED'})`,
    );
  } finally {
    rmSync(join(ROOT, OUT_DIR), { recursive: true, force: true });
  }
}

export default run;

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  run().catch((error) => {
    console.error(error);
    process.exit(1);
  });
}
