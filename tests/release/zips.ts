/**
 * Release check, run by `npm test` after `npm run zip`: each store package holds exactly the build
 * the Chromium and Firefox tests ran (.output/chrome-mv3, .output/firefox-mv2), and is no test
 * build: no local host, no page exposed to the web but the reader, the strict extension-page
 * policy, no test-only code; the manifests ask for what the README says and no more
 * (manifest-checks.ts), no bundle carries core-js, the sources package is complete and clean.
 * It reads what the build stage wrote and builds nothing itself.
 * Prints "N passed, M failed"; exits 1 on failure.
 *
 * Environment: WXT_OUT_DIR (default .output), where `npm run zip` wrote the packages.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import JSZip from 'jszip';
import { extensionPagesCsp } from '../../scripts/lib/extension-pages-csp';
import { READER_PAGE } from '../../lib/reader/package-paths';
import { PAGE_DATA_FILE } from '../../lib/data/page-data';
import { PAGE_MESSAGES_FILE } from '../../lib/i18n/page';
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
    expect(csp === extensionPagesCsp(), `content_security_policy is ${JSON.stringify(manifest.content_security_policy)}`);
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

/** Every file under `dir`, as package paths ("content-scripts/x.js"). */
function filesUnder(dir: string): string[] {
  return readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile())
    .map((entry) => relative(dir, join(entry.parentPath, entry.name)).split('\\').join('/'))
    .sort();
}

/** The package holds the very files the tests installed: nothing more, nothing less, byte for byte. */
async function checkPackageIsTestedBuild(browser: 'chrome' | 'firefox', target: 'chrome-mv3' | 'firefox-mv2'): Promise<void> {
  const name = `${pkg.name}-${pkg.version}-${browser}.zip`;
  await checks.run(`${name} is the build the tests ran (${target}), file for file`, async () => {
    const dir = join(OUT_DIR, target);
    expect(existsSync(dir), `${dir} is missing: run npm run zip first`);
    const zip = await open(name);
    const packaged = Object.keys(zip.files).filter((path) => !zip.files[path]!.dir).sort();
    const built = filesUnder(dir);
    const onlyBuilt = built.filter((path) => !packaged.includes(path));
    const onlyPackaged = packaged.filter((path) => !built.includes(path));
    expect(onlyBuilt.length === 0 && onlyPackaged.length === 0, `only in ${target}: ${onlyBuilt.slice(0, 5).join(', ') || 'none'}; only in the package: ${onlyPackaged.slice(0, 5).join(', ') || 'none'}`);
    for (const path of packaged) {
      const inPackage = await zip.file(path)!.async('nodebuffer');
      expect(inPackage.equals(readFileSync(join(dir, path))), `${path} differs between ${target} and the package`);
    }
  });
}

console.log('Release packages');
await checkExtensionZip('chrome');
await checkExtensionZip('firefox');
await checkSourcesZip();
await checkPackageIsTestedBuild('chrome', 'chrome-mv3');
await checkPackageIsTestedBuild('firefox', 'firefox-mv2');
console.log(checks.summary());
process.exit(checks.failed > 0 ? 1 : 0);
