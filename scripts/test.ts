/**
 * `npm test`: runs each stage (the npm scripts below), shows its output as it runs, times it,
 * and ends with one line "N passed, M failed" over every unit test, Chromium end-to-end test and
 * Firefox check and release-package check, plus the type check, build (`npm run zip`, which builds
 * and packages) and add-on lint counted as one check each.
 * Stages that need the build are not run when the build fails. Exits 1 if anything failed.
 *
 * Builds: the extension is built once, by the `zip` stage (Chrome and Firefox, the store build),
 * and every later stage reads that output: the Chromium end-to-end tests (.output/chrome-mv3), the
 * Firefox test (.output/firefox-mv2, its UN pages served under their real addresses by a proxy on
 * this machine), the add-on lint, and the release check, which also proves each package holds
 * exactly the files the tests ran.
 */
import { spawn } from 'node:child_process';
import { mkdirSync, readFileSync, rmSync } from 'node:fs';
import { join, resolve } from 'node:path';

const ROOT = resolve(import.meta.dirname, '..');
const REPORT_DIR = join(ROOT, 'tests', 'artifacts', 'test-run');
const VITEST_JSON = join(REPORT_DIR, 'unit.json');
const PLAYWRIGHT_JSON = join(REPORT_DIR, 'e2e.json');

interface Tally {
  passed: number;
  failed: number;
}

interface VitestReport {
  numPassedTests: number;
  numFailedTests: number;
  testResults: Array<{ status: string; assertionResults: Array<{ status: string }> }>;
}

interface Stage {
  script: string;
  args?: string[];
  env?: Record<string, string>;
  needsBuild?: boolean;
  /** Counts tests from the stage's report; without it the stage is one check. */
  count?: (output: string, exitCode: number) => Tally | null;
}

const STAGES: Stage[] = [
  { script: 'compile' },
  {
    script: 'test:unit',
    args: ['--reporter=default', '--reporter=json', `--outputFile.json=${VITEST_JSON}`],
    count: () => {
      const report = readJson<VitestReport>(VITEST_JSON);
      if (!report) return null;
      // A file that fails to load has no failing test of its own; count it once.
      const brokenFiles = report.testResults.filter(
        (file) => file.status === 'failed' && !file.assertionResults.some((test) => test.status === 'failed'),
      ).length;
      return { passed: report.numPassedTests, failed: report.numFailedTests + brokenFiles };
    },
  },
  // The store packages, which builds the extension (.output/chrome-mv3, firefox-mv2) on the way.
  { script: 'zip' },
  {
    script: 'test:e2e',
    args: ['--add-reporter=json'],
    env: { PLAYWRIGHT_JSON_OUTPUT_FILE: PLAYWRIGHT_JSON, PLAYWRIGHT_JSON_OUTPUT_NAME: PLAYWRIGHT_JSON },
    needsBuild: true,
    count: () => {
      const report = readJson<{ stats: { expected: number; unexpected: number; flaky: number } }>(PLAYWRIGHT_JSON);
      return report && { passed: report.stats.expected + report.stats.flaky, failed: report.stats.unexpected };
    },
  },
  {
    script: 'test:firefox',
    needsBuild: true,
    count: (output) => {
      const lines = [...output.matchAll(/^(\d+) passed, (\d+) failed$/gm)];
      const last = lines.at(-1);
      return last ? { passed: Number(last[1]), failed: Number(last[2]) } : null;
    },
  },
  { script: 'lint:ext', needsBuild: true },
  {
    script: 'test:release',
    needsBuild: true,
    count: (output) => {
      const last = [...output.matchAll(/^(\d+) passed, (\d+) failed$/gm)].at(-1);
      return last ? { passed: Number(last[1]), failed: Number(last[2]) } : null;
    },
  },
];

function readJson<T>(file: string): T | null {
  try {
    return JSON.parse(readFileSync(file, 'utf8')) as T;
  } catch {
    return null;
  }
}

function runScript(stage: Stage): Promise<{ code: number; output: string }> {
  const args = ['run', stage.script, ...(stage.args ? ['--', ...stage.args] : [])];
  return new Promise((resolvePromise) => {
    const child = spawn('npm', args, { cwd: ROOT, env: { ...process.env, ...stage.env }, stdio: ['ignore', 'pipe', 'pipe'] });
    let output = '';
    child.stdout.on('data', (chunk: Buffer) => {
      output += chunk.toString();
      process.stdout.write(chunk);
    });
    child.stderr.on('data', (chunk: Buffer) => process.stderr.write(chunk));
    child.on('error', (error) => resolvePromise({ code: 1, output: String(error) }));
    child.on('close', (code) => resolvePromise({ code: code ?? 1, output }));
  });
}

rmSync(REPORT_DIR, { recursive: true, force: true });
mkdirSync(REPORT_DIR, { recursive: true });

const total: Tally = { passed: 0, failed: 0 };
const lines: string[] = [];
let buildFailed = false;

for (const stage of STAGES) {
  if (stage.needsBuild && buildFailed) {
    total.failed += 1;
    lines.push(`  ${stage.script.padEnd(13)} not run (the build failed)`);
    continue;
  }
  console.log(`\n=== npm run ${stage.script}`);
  const started = Date.now();
  const { code, output } = await runScript(stage);
  const seconds = ((Date.now() - started) / 1000).toFixed(1);
  const counted = stage.count?.(output, code) ?? null;
  // A stage that exits non-zero without a failing test still counts as a failure.
  const tally = counted
    ? { passed: counted.passed, failed: counted.failed + (code !== 0 && counted.failed === 0 ? 1 : 0) }
    : code === 0 ? { passed: 1, failed: 0 } : { passed: 0, failed: 1 };
  total.passed += tally.passed;
  total.failed += tally.failed;
  if (stage.script === 'zip' && code !== 0) buildFailed = true;
  const what = counted ? `${tally.passed} passed, ${tally.failed} failed` : code === 0 ? 'ok' : `failed (exit ${code})`;
  lines.push(`  ${stage.script.padEnd(13)} ${what.padEnd(24)} ${seconds.padStart(6)} s`);
}

console.log('\n=== Summary');
for (const line of lines) console.log(line);
console.log(`${total.passed} passed, ${total.failed} failed`);
process.exit(total.failed > 0 ? 1 : 0);
