/**
 * Release check, run by `npm test` after `npm run zip`: the store packages carry nothing of the
 * test-only builds and ship the strict extension-page policy, their manifests ask for what the README
 * says and no more (manifest-checks.ts), no bundle carries core-js, the sources package is complete
 * and clean, and both `npm run zip` and `wxt zip` refuse to package with a test-only variable set.
 * It reads the packages the build stage wrote and builds nothing itself.
 * Prints "N passed, M failed"; exits 1 on failure.
 *
 * Environment: WXT_OUT_DIR (default .output), where `npm run zip` wrote the packages.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import JSZip from 'jszip';
import { extensionPagesCsp } from '../../scripts/lib/extension-pages-csp';
import { READER_PAGE } from '../../lib/reader/package-paths';
import { PAGE_DATA_FILE } from '../../lib/data/page-data';
import { PAGE_MESSAGES_FILE } from '../../lib/i18n/page';
import { TEST_BUILD_VARIABLES } from '../../scripts/lib/test-build-flags';
import { Checks } from '../firefox/checks';
import { manifestChecks, type Manifest } from './manifest-checks';

const ROOT = resolve(import.meta.dirname, '../..');
const OUT_DIR = resolve(ROOT, process.env.WXT_OUT_DIR ?? '.output');
const pkg = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')) as { name: string; version: string };
const checks = new Checks();

async function open(name: string): Promise<JSZip> {
  const path = join(OUT_DIR, name);
  if (!existsSync(path)) throw new Error(`${path} is missing: run npm run zip first`);
  return JSZip.loadAsync(readFileSync(path));
}

function expect(ok: boolean, message: string): void {
  if (!ok) throw new Error(message);
}

async function checkExtensionZip(browser: 'chrome' | 'firefox'): Promise<void> {
  const name = `${pkg.name}-${pkg.version}-${browser}.zip`;
  let zip: JSZip | undefined;
  const opened = await checks.run(`${name} exists`, async () => {
    zip = await open(name);
  });
  if (!opened || !zip) return checks.notRun(`${name}: contents`, 'no package');
  const files = Object.keys(zip.files).filter((path) => !zip!.files[path]!.dir);
  const manifest = JSON.parse(await zip.file('manifest.json')!.async('string')) as Manifest;

  await checks.run(`${name}: manifest reaches no local test host and exposes no page to the web but the reader`, async () => {
    const text = JSON.stringify(manifest);
    expect(!/127\.0\.0\.1|localhost/.test(text), 'the manifest names a local test host');
    // The reader alone, so that a UN PDF can be redirected to it; never the popup or another page.
    const exposed = (manifest.web_accessible_resources ?? []).flatMap((entry) =>
      typeof entry === 'string' ? [entry] : ((entry as { resources?: string[] }).resources ?? []),
    );
    expect(exposed.every((resource) => resource === READER_PAGE), `web_accessible_resources: ${JSON.stringify(manifest.web_accessible_resources)}`);
  });
  await checks.run(`${name}: extension pages run under the strict policy`, async () => {
    const csp = typeof manifest.content_security_policy === 'string' ? manifest.content_security_policy : manifest.content_security_policy?.extension_pages;
    expect(csp === extensionPagesCsp({ localTestHosts: false }), `content_security_policy is ${JSON.stringify(manifest.content_security_policy)}`);
  });
  await checks.run(`${name}: no test-only code, tests, source maps or stray files`, async () => {
    const stray = files.filter((path) => /(^|\/)(tests?|__tests__)\/|\.(test|spec)\.|\.map$|\.ts$|\.tsx$|(^|\/)\.|\.log$/.test(path));
    expect(stray.length === 0, `unexpected files: ${stray.join(', ')}`);
    for (const path of files.filter((p) => p.endsWith('.js'))) {
      const code = await zip!.file(path)!.async('string');
      expect(!code.includes('er:record-action'), `${path} carries the test-only er:record-action handler`);
    }
  });
  for (const [what, check] of manifestChecks(browser)) {
    await checks.run(`${name}: manifest ${what}`, async () => {
      const problem = check(manifest);
      expect(problem === null, problem ?? '');
    });
  }
  await checks.run(`${name}: no bundle carries core-js (twitter-text's polyfills are left out)`, async () => {
    for (const path of files.filter((p) => p.endsWith('.js'))) {
      const code = await zip!.file(path)!.async('string');
      // core-js 2 keeps its state under this global key, whichever of its modules is bundled.
      expect(!code.includes('__core-js_shared__'), `${path} bundles core-js`);
    }
  });
  await checks.run(`${name}: the content script on UN pages carries no schema library`, async () => {
    const scripts = files.filter((p) => p.startsWith('content-scripts/') && p.endsWith('.js'));
    expect(scripts.length > 0, 'no content script in the package');
    for (const path of scripts) {
      // Every zod schema object carries `_zod`; the page's script validates by hand (lib/platform/page-messages.ts).
      expect(!(await zip!.file(path)!.async('string')).includes('_zod'), `${path} bundles zod`);
    }
  });
  await checks.run(`${name}: every build-time constant was filled in, and the data files the background reads are there`, async () => {
    for (const path of files.filter((p) => p.endsWith('.js'))) {
      // A define missing from wxt.config.ts leaves its name in the code, which then fails at run time.
      const left = (await zip!.file(path)!.async('string')).match(/__ER_[A-Z_]+__/);
      expect(!left, `${path} still names ${left?.[0]}`);
    }
    for (const file of [PAGE_DATA_FILE, PAGE_MESSAGES_FILE]) {
      const data = zip!.file(file);
      expect(Boolean(data), `${file} is missing`);
      JSON.parse(await data!.async('string'));
    }
  });
}

async function checkSourcesZip(): Promise<void> {
  const name = `${pkg.name}-${pkg.version}-sources.zip`;
  await checks.run(`${name}: what a reviewer needs to rebuild, and nothing private or generated`, async () => {
    const zip = await open(name);
    const files = Object.keys(zip.files).filter((path) => !zip.files[path]!.dir);
    for (const needed of ['package.json', 'package-lock.json', 'wxt.config.ts', 'tsconfig.json', 'README.md', 'entrypoints/background.ts', 'lib/messages.ts']) {
      expect(files.includes(needed), `${needed} is missing`);
    }
    const unwanted = files.filter((path) => /^(node_modules|\.output|\.wxt|\.git|tests\/artifacts|test-results)\/|(^|\/)\.env|\.log$/.test(path));
    expect(unwanted.length === 0, `should not be there: ${unwanted.slice(0, 10).join(', ')}`);
  });
}

/** Runs a zip command with a test-only variable into a scratch folder: it must fail and write no package. */
async function checkRefusal(label: string, args: string[]): Promise<void> {
  await checks.run(label, async () => {
    const scratch = mkdtempSync(join(tmpdir(), 'er-zip-refusal-'));
    try {
      const variable = TEST_BUILD_VARIABLES[0];
      const result = spawnSync(args[0]!, args.slice(1), {
        cwd: ROOT,
        env: { ...process.env, [variable]: '1', WXT_OUT_DIR: scratch },
        encoding: 'utf8',
      });
      expect(result.status !== 0, `exited ${result.status}: it packaged a test-only build`);
      expect(`${result.stdout}${result.stderr}`.includes('Refusing'), `no refusal message:\n${result.stderr.slice(-600)}`);
      const zips = readdirSync(scratch, { recursive: true }).map(String).filter((path) => path.endsWith('.zip'));
      expect(zips.length === 0, `it wrote ${zips.join(', ')}`);
    } finally {
      rmSync(scratch, { recursive: true, force: true });
    }
  }, 180_000);
}

console.log('Release packages');
await checkExtensionZip('chrome');
await checkExtensionZip('firefox');
await checkSourcesZip();
await checkRefusal('npm run zip refuses with E2E_LOCAL_HOSTS=1, before building', ['npm', 'run', 'zip']);
await checkRefusal('wxt zip refuses with E2E_LOCAL_HOSTS=1', ['npx', 'wxt', 'zip']);
console.log(checks.summary());
process.exit(checks.failed > 0 ? 1 : 0);
