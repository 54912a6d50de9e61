import { execFileSync } from 'node:child_process';
import { rmSync } from 'node:fs';
import { resolve } from 'node:path';
import { pathToFileURL } from 'node:url';

const ROOT = resolve(import.meta.dirname, '../..');

/** The extension as a benchmark loads it: its unpacked Chrome build, and how to remove it after. */
export interface BenchBuild {
  extensionDir: string;
  /** Removes the build if this benchmark made it in its own folder; a reused or shared one stays. */
  cleanUp(): void;
}

/**
 * Builds the Chrome extension for benchmark `name` into its own folder (or WXT_OUT_DIR), so a
 * benchmark never reads a build left by tests with other settings; BENCH_NO_BUILD=1 reuses the
 * build already in WXT_OUT_DIR.
 */
export function benchBuild(name: string): BenchBuild {
  const outDir = process.env.WXT_OUT_DIR ?? `.output-bench-${name}`;
  const build = process.env.BENCH_NO_BUILD !== '1';
  if (build) {
    console.log(`[${name}] building into ${outDir}`);
    execFileSync('npx', ['wxt', 'build'], { cwd: ROOT, env: { ...process.env, WXT_OUT_DIR: outDir }, stdio: 'ignore' });
  }
  return {
    extensionDir: resolve(ROOT, outDir, 'chrome-mv3'),
    cleanUp: () => {
      if (build && !process.env.WXT_OUT_DIR) rmSync(resolve(ROOT, outDir), { recursive: true, force: true });
    },
  };
}

/** Runs a benchmark module's `run` when the module is the command (`npx tsx scripts/bench/x.ts`), not imported by scripts/bench.ts. */
export function runIfCommand(moduleUrl: string, run: () => Promise<unknown>): void {
  if (!process.argv[1] || moduleUrl !== pathToFileURL(process.argv[1]).href) return;
  run().catch((error: unknown) => {
    console.error(error);
    process.exit(1);
  });
}
