import type { Browser, Page } from 'puppeteer-core';
import type { Checks } from './checks';
import { openExtensionPage, waitUntil } from './firefox';
import type { UnHostsProxy } from './un-hosts-proxy';

/**
 * The reader in Firefox: it opens a fixture PDF at a UN address (`unPdf`, served by the test
 * proxy), draws page 1 with its text layer, finds text, and marks the States it names; given a
 * PDF on another site, it refuses it and fetches nothing.
 */
export async function runReaderChecks(checks: Checks, browser: Browser, proxy: UnHostsProxy, unPdf: string, uuid: string): Promise<void> {
  let reader: Page | undefined;
  const errors: string[] = [];
  const readerFor = (src: string) => `moz-extension://${uuid}/reader.html?src=${encodeURIComponent(src)}`;

  await checks.run('reader refuses a PDF from a site that is not the UN\'s, and fetches nothing', async () => {
    const elsewhere = 'https://www.example.org/report-en.pdf';
    const page = await openExtensionPage(browser, readerFor(elsewhere));
    page.on('pageerror', (error) => errors.push(error instanceof Error ? error.message : String(error)));
    await waitUntil(page, () => document.querySelector('[data-problem="not-a-un-site"]') !== null, null).catch(async () => {
      const shown = await page.evaluate(() => document.body.innerText.slice(0, 300)).catch(() => '');
      throw new Error(`no "not a UN site" problem; the page shows: ${shown.replace(/\s+/g, ' ')}`);
    });
    const fetched = proxy.requested.filter((address) => address === elsewhere);
    if (fetched.length > 0) throw new Error(`the reader asked for ${fetched.join(', ')}`);
    await page.close();
  });

  const opened = await checks.run('reader opens a PDF and shows page 1 with selectable text', async () => {
    reader = await openExtensionPage(browser, readerFor(unPdf));
    reader.on('pageerror', (error) => errors.push(error instanceof Error ? error.message : String(error)));
    await waitUntil(reader, () => (document.querySelector('.page[data-page-number="1"] .textLayer')?.textContent ?? '').includes('Egypt'), null, 30_000).catch(async () => {
      const shown = await reader!.evaluate(() => document.body.innerText.slice(0, 300)).catch(() => '');
      throw new Error(`no text layer with "Egypt" on page 1; the page shows: ${shown.replace(/\s+/g, ' ')}`);
    });
    const drawn = await reader.evaluate(() => {
      const canvas = document.querySelector('.page[data-page-number="1"] canvas') as HTMLCanvasElement | null;
      return canvas ? canvas.width * canvas.height : 0;
    });
    if (drawn === 0) throw new Error('page 1 has no drawn canvas');
  }, 60_000);
  if (!opened || !reader) {
    checks.notRun('reader finds text with Ctrl+F', 'the reader did not open the PDF');
    return;
  }
  const page = reader;
  await checks.run('reader finds text with Ctrl+F', async () => {
    await page.focus('#viewerContainer');
    await page.keyboard.down('Control');
    await page.keyboard.press('f');
    await page.keyboard.up('Control');
    await waitUntil(page, () => document.activeElement?.id === 'reader-find-input', null);
    await page.keyboard.type('China');
    await waitUntil(page, () => document.getElementById('reader-find-status')?.textContent === '1 of 1', null);
    const highlighted = await page.evaluate(() =>
      [...((CSS as unknown as { highlights: Map<string, Set<Range>> }).highlights.get('endreprisals_find_current') ?? [])].map((r) => r.toString()).join(''),
    );
    if (highlighted !== 'China') throw new Error(`the current match is "${highlighted}"`);
  });
  await checks.run('reader marks the States of page 1 with the web pages’ highlights', async () => {
    const marks = () =>
      page.evaluate(() => {
        const layer = document.querySelector('.page[data-page-number="1"] .textLayer');
        const found: string[] = [];
        CSS.highlights.forEach((highlight, name) => {
          if (!/^endreprisals-[a-z]{2}$/.test(name)) return;
          for (const range of highlight as unknown as Set<Range>) {
            if (layer?.contains(range.startContainer)) found.push(`${name.slice(-2).toUpperCase()} ${range.toString()}`);
          }
        });
        return found.sort();
      });
    await waitUntil(page, () => CSS.highlights.has('endreprisals-eg'), null, 20_000).catch(async () => {
      throw new Error(`no mark of Egypt; highlights: ${(await page.evaluate(() => [...CSS.highlights.keys()].join(', ')))}`);
    });
    const found = await marks();
    if (found.join('|') !== 'CN China|EG Egypt') throw new Error(`marks on page 1: ${found.join(', ') || 'none'}`);
  });
  await checks.run('reader raised no uncaught errors', async () => {
    if (errors.length > 0) throw new Error(errors.join('\n      '));
  });
  await page.close();
}
