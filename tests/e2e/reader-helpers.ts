import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { BrowserContext, Page, Request } from '@playwright/test';
import { readerPath, type ReaderRequest } from '@/lib/reader/reader-address';
import { expect } from './fixtures';
import { FIXTURE_PDF_DIR } from './global-setup';

export const fixturePdf = (name: string): string => join(FIXTURE_PDF_DIR, name);

/** What the fixture generator wrote next to the PDFs. */
interface FixtureManifest {
  names: Record<string, Record<string, string>>;
}
let manifest: FixtureManifest | undefined;

/** The name of a State as the fixture document in `lang` writes it (UNTERM short name). */
export function nameIn(lang: string, iso2: string): string {
  manifest ??= JSON.parse(readFileSync(join(FIXTURE_PDF_DIR, 'fixtures.json'), 'utf8')) as FixtureManifest;
  const name = manifest.names[lang]?.[iso2];
  if (!name) throw new Error(`no fixture name for ${iso2} in ${lang}`);
  return name;
}

/** The extension's data files, read as JSON (Playwright's loader cannot import them as modules). */
export function dataFile<T>(name: string): T {
  return JSON.parse(readFileSync(join(import.meta.dirname, '../../lib/data', name), 'utf8')) as T;
}

/** A PDF address on a real UN host; the tests serve it from a fixture. */
export const UN_PDF = 'https://documents.un.org/doc/undoc/gen/g22/411/52/pdf/g2241152.pdf';

/**
 * Serves `file` for every request matching `url`, and records the requests. Playwright does not
 * route the second leg of a redirect it fulfilled, so the UN's access address is answered with the
 * PDF directly rather than with its redirect.
 */
export async function servePdf(context: BrowserContext, url: string | RegExp, file: string, contentType = 'application/pdf'): Promise<Request[]> {
  const seen: Request[] = [];
  const body = readFileSync(file);
  await context.route(url, (route) => {
    seen.push(route.request());
    return route.fulfill({ body, contentType, headers: { 'access-control-allow-origin': '*' } });
  });
  return seen;
}

export async function openReader(context: BrowserContext, extensionId: string, request: ReaderRequest): Promise<Page> {
  const page = await context.newPage();
  await page.setViewportSize({ width: 1100, height: 800 });
  await page.goto(`chrome-extension://${extensionId}/${readerPath(request)}`);
  return page;
}

/** The text layer of a page, once pdf.js has drawn it. */
export function textLayer(page: Page, pageNumber: number) {
  return page.locator(`.page[data-page-number="${pageNumber}"] .textLayer`);
}

export async function expectPageText(page: Page, pageNumber: number, text: string | RegExp): Promise<void> {
  await expect(textLayer(page, pageNumber)).toContainText(text, { timeout: 20_000 });
}
