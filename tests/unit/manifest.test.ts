import { spawnSync } from 'node:child_process';
import { readFileSync, rmSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { isUnSiteHost } from '@/lib/un-sites';

// The shipped manifests as WXT writes them (content-script matches come from the entrypoints,
// so only a real build shows them). Test-only flags are stripped from the environment.
const ROOT = resolve(import.meta.dirname, '../..');
// One folder per run: several test runs may share the working tree.
const OUT_DIR = `.output-manifest-test-${process.pid}`;

type Manifest = Record<string, unknown> & {
  manifest_version: number;
  web_accessible_resources?: Array<string | { resources: string[]; matches: string[] }>;
  content_scripts?: Array<{ matches: string[] }>;
  browser_specific_settings?: {
    gecko?: { id?: string; strict_min_version?: string; data_collection_permissions?: { required?: string[] } };
  };
};

function buildManifest(browser: 'chrome' | 'firefox'): Manifest {
  const env: NodeJS.ProcessEnv = { ...process.env, WXT_OUT_DIR: OUT_DIR };
  for (const key of Object.keys(env)) {
    if (key === 'E2E_LOCAL_HOSTS' || key === 'NODE_ENV' || key.startsWith('VITEST')) delete env[key];
  }
  const result = spawnSync('npx', ['wxt', 'build', '-b', browser], { cwd: ROOT, env, encoding: 'utf8' });
  if (result.status !== 0) throw new Error(`wxt build -b ${browser} failed:\n${result.stdout}\n${result.stderr}`);
  const dir = browser === 'chrome' ? 'chrome-mv3' : 'firefox-mv2';
  return JSON.parse(readFileSync(join(ROOT, OUT_DIR, dir, 'manifest.json'), 'utf8')) as Manifest;
}

const asStrings = (value: unknown) => (Array.isArray(value) ? value.filter((v): v is string => typeof v === 'string') : []);
const isUrlPattern = (permission: string) => permission.includes(':') || permission.startsWith('<');

/** URL patterns granted at install or injected into (not those asked for later, one site at a time). */
function installTimePatterns(manifest: Manifest): string[] {
  return [
    ...asStrings(manifest.permissions).filter(isUrlPattern),
    ...asStrings(manifest.host_permissions),
    ...(manifest.content_scripts ?? []).flatMap((script) => script.matches),
  ];
}

function exposesPopup(manifest: Manifest): boolean {
  return (manifest.web_accessible_resources ?? []).some((entry) =>
    (typeof entry === 'string' ? [entry] : entry.resources).some((resource) => resource.includes('popup')),
  );
}

const manifests: Partial<Record<'chrome' | 'firefox', Manifest>> = {};

beforeAll(() => {
  manifests.chrome = buildManifest('chrome');
  manifests.firefox = buildManifest('firefox');
}, 180_000);

afterAll(() => rmSync(join(ROOT, OUT_DIR), { recursive: true, force: true }));

describe.each(['chrome', 'firefox'] as const)('shipped %s manifest', (browser) => {
  it('reaches no local test hosts', () => {
    const text = JSON.stringify(manifests[browser]);
    expect(text).not.toMatch(/127\.0\.0\.1|localhost/);
  });

  it('does not expose the popup to web pages', () => {
    expect(exposesPopup(manifests[browser]!)).toBe(false);
  });

  it('reaches only UN sites until the user adds another site', () => {
    const patterns = installTimePatterns(manifests[browser]!);
    expect(patterns.length).toBeGreaterThan(0);
    const elsewhere = patterns.filter((pattern) => {
      const host = /^(?:\*|https?):\/\/(?:\*\.)?([^/*]+)\//.exec(pattern)?.[1];
      return host === undefined || !isUnSiteHost(host);
    });
    expect(elsewhere).toEqual([]);
  });
});

describe.each(['chrome', 'firefox'] as const)('shipped %s manifest, for the PDF reader', (browser) => {
  const csp = (m: Manifest) => {
    const value = m.content_security_policy as string | { extension_pages?: string } | undefined;
    return typeof value === 'string' ? value : value?.extension_pages ?? '';
  };

  it('lets extension pages compile WebAssembly (pdf.js decoders) but never eval', () => {
    const policy = csp(manifests[browser]!);
    expect(policy).toContain("'wasm-unsafe-eval'");
    expect(policy).not.toMatch(/'unsafe-eval'|'unsafe-inline'/);
    // Scripts only from the package; the network only for the reader's download, from UN sites over https.
    const directive = (name: string) => policy.split(';').map((d) => d.trim().split(/\s+/)).find((d) => d[0] === name)?.slice(1) ?? [];
    expect(directive('script-src')).toEqual(["'self'", "'wasm-unsafe-eval'"]);
    for (const source of directive('connect-src').filter((s) => s !== "'self'")) {
      expect(source, source).toMatch(/^https:\/\/(\*\.)?(un\.org|ohchr\.org|undocs\.org|ungeneva\.org|unog\.ch)$/);
    }
  });

  it('exposes the reader page to navigations, so a UN PDF can be redirected to it', () => {
    const entries = manifests[browser]!.web_accessible_resources ?? [];
    const resources = entries.flatMap((e) => (typeof e === 'string' ? [e] : e.resources));
    expect(resources).toEqual(['reader.html']);
  });

  it('asks for no "tabs", "<all_urls>" or download permission', () => {
    const permissions = asStrings(manifests[browser]!.permissions);
    for (const forbidden of ['tabs', '<all_urls>', 'downloads', 'webNavigation', 'declarativeNetRequest']) expect(permissions).not.toContain(forbidden);
    expect(permissions).toContain(browser === 'chrome' ? 'declarativeNetRequestWithHostAccess' : 'webRequestBlocking');
  });
});

describe('shipped Firefox manifest', () => {
  it('declares its add-on id and that it collects no data', () => {
    const gecko = manifests.firefox!.browser_specific_settings?.gecko;
    expect(gecko?.id).toBe('endreprisals@endreprisals.org');
    expect(gecko?.data_collection_permissions).toEqual({ required: ['none'] });
  });

  it('requires a Firefox that reads data_collection_permissions (140+)', () => {
    const major = Number(manifests.firefox!.browser_specific_settings?.gecko?.strict_min_version?.split('.')[0]);
    expect(major).toBeGreaterThanOrEqual(140);
  });
});
