/**
 * Runs each benchmark in scripts/bench/ in turn. A benchmark module exports a default async
 * function or `run()`; it prints its own results. Exits 1 if any benchmark throws.
 */
import { existsSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';

const BENCH_DIR = resolve(import.meta.dirname, 'bench');
const BENCHMARKS = ['sizes', 'marking', 'dashboard', 'reader'] as const;

type BenchModule = { default?: unknown; run?: unknown };

async function runBenchmark(name: string): Promise<'ran' | 'absent' | 'failed'> {
  const file = join(BENCH_DIR, `${name}.ts`);
  if (!existsSync(file)) {
    console.log(`[bench] ${name}: not available (${file} does not exist)`);
    return 'absent';
  }
  const started = performance.now();
  try {
    const mod = (await import(pathToFileURL(file).href)) as BenchModule;
    const entry = typeof mod.default === 'function' ? mod.default : typeof mod.run === 'function' ? mod.run : undefined;
    if (!entry) {
      console.log(`[bench] ${name}: not available (exports neither a default function nor run())`);
      return 'absent';
    }
    console.log(`[bench] ${name}: running`);
    await (entry as () => unknown)();
    console.log(`[bench] ${name}: done in ${((performance.now() - started) / 1000).toFixed(1)} s`);
    return 'ran';
  } catch (error) {
    console.error(`[bench] ${name}: failed\n`, error);
    return 'failed';
  }
}

const outcomes: Record<string, string> = {};
for (const name of BENCHMARKS) outcomes[name] = await runBenchmark(name);
const failed = Object.values(outcomes).filter((o) => o === 'failed').length;
console.log(`[bench] ${Object.entries(outcomes).map(([name, outcome]) => `${name}: ${outcome}`).join(', ')}`);
process.exit(failed > 0 ? 1 : 0);
