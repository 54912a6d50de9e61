import { readFileSync } from 'node:fs';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { BrowserContext, Page } from '@playwright/test';
import { readerPath } from '@/lib/reader/reader-address';
import { expect, launchChromium, test } from './fixtures';
import { expectNoAxeViolations, openPopup } from './popup-helpers';
import { dataFile, expectPageText, fixturePdf, servePdf, UN_PDF } from './reader-helpers';
import { exposeUi, hoverMark, markCodes, openFixture, setSettings, uiElement, uiText } from './un-pages-helpers';

// Only what these tests call; the code runs in the extension's worker and pages, not in Node.
declare const chrome: {
  action: { openPopup(): Promise<void> };
  extension: { getViews(filter: { type: 'popup' }): Window[] };
  contextMenus: { update(id: string, props: object, done: () => void): void };
  runtime: { lastError?: { message?: string } };
  declarativeNetRequest: { getDynamicRules(): Promise<Array<{ id: number }>> };
};

interface Report {
  year: number;
  symbol: string | null;
  statesNamed: Array<{ iso2: string }>;
}
const reports = () => dataFile<Report[]>('reports.json');
const cases = () => dataFile<{ cases: Array<{ id: string; sgReportYears: number[] }> }>('campaign.json').cases;

const ACCESS = /^https:\/\/documents\.un\.org\/api\/symbol\/access\?/;

async function worker(context: BrowserContext) {
  return context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker'));
}

/** Opens the real toolbar popup over `tab` and returns a page of the extension that can reach it. */
async function openToolbarPopup(context: BrowserContext, tab: Page, helper: Page): Promise<() => Promise<Window | null>> {
  await tab.bringToFront();
  await (await worker(context)).evaluate(() => chrome.action.openPopup());
  return () => helper.evaluate(() => chrome.extension.getViews({ type: 'popup' })[0] ?? null) as Promise<Window | null>;
}

async function popupOffer(helper: Page): Promise<string | null> {
  return helper.evaluate(() => {
    const popup = chrome.extension.getViews({ type: 'popup' })[0];
    return popup?.document.querySelector('.reader-offer__open')?.textContent ?? null;
  });
}

test.describe('ways into the reader', () => {
  test('the card’s report link opens the report in the reader, in the page’s language', async ({ context, extensionId }) => {
    const report = reports().find((r) => r.symbol && r.statesNamed.some((s) => s.iso2 === 'EG'))!;
    const requests = await servePdf(context, ACCESS, fixturePdf('report-en.pdf'));
    const page = await openFixture(context, 'https://www.ohchr.org/en/reprisals', 'en.html');
    await expect.poll(() => markCodes(page, '#intro')).toHaveLength(5);
    await hoverMark(page, 'EG', '#intro');
    await expect.poll(async () => {
      await exposeUi(page);
      return (await uiText(page, '.frame section[role="dialog"]')) !== null;
    }).toBe(true);
    const link = await uiElement(page, `.frame section[role="dialog"] a.symbol[href="https://undocs.org/${report.symbol}"]`);
    // The link still names the UN's own address (copying it gives undocs.org).
    expect(await link.textContent()).toContain(report.symbol!);
    const [reader] = await Promise.all([context.waitForEvent('page'), link.click()]);
    await reader.waitForLoadState();
    expect(reader.url()).toBe(`chrome-extension://${extensionId}/${readerPath({ src: `https://undocs.org/${report.symbol}`, lang: 'en' })}`);
    await expectPageText(reader, 1, 'Egypt');
    expect(new URL(requests[0]!.url()).searchParams.get('s')).toBe(report.symbol);
  });

  test('the case’s report years in the popup open each report in the reader', async ({ context, extensionId, extensionPage }) => {
    const withReport = cases().find((c) => c.sgReportYears.some((y) => reports().some((r) => r.year === y && r.symbol)))!;
    const year = withReport.sgReportYears.find((y) => reports().some((r) => r.year === y && r.symbol))!;
    const symbol = reports().find((r) => r.year === year && r.symbol)!.symbol!;
    const requests = await servePdf(context, ACCESS, fixturePdf('report-en.pdf'));
    const popup = await openPopup(extensionPage, `#/case/${withReport.id}`);
    const link = popup.locator('.sg-report-links a', { hasText: String(year) });
    await expect(link).toHaveAttribute('title', `${symbol}: open in the EndReprisals reader`);
    const [reader] = await Promise.all([context.waitForEvent('page'), link.click()]);
    await reader.waitForLoadState();
    expect(reader.url()).toBe(`chrome-extension://${extensionId}/${readerPath({ src: `https://undocs.org/${symbol}`, lang: 'en' })}`);
    await expectPageText(reader, 1, 'Egypt');
    expect(new URL(requests[0]!.url()).searchParams.get('s')).toBe(symbol);
  });

  test('the popup on a tab showing a UN PDF offers “Open with State marks” and opens it in that tab', async ({ context, extensionId, extensionPage }) => {
    // The tab's document itself is a stand-in (the browser's PDF viewer is not what is tested);
    // the reader's own fetch gets the PDF.
    const pdf = readFileSync(fixturePdf('report-en.pdf'));
    await context.route(UN_PDF, (route) =>
      route.request().resourceType() === 'document'
        ? route.fulfill({ body: '<!doctype html><title>PDF</title><p>PDF shown by the browser</p>', contentType: 'text/html' })
        : route.fulfill({ body: pdf, contentType: 'application/pdf' }),
    );
    const helper = await extensionPage('options.html');
    const tab = await context.newPage();
    await tab.goto(UN_PDF);
    await openToolbarPopup(context, tab, helper);
    await expect.poll(() => popupOffer(helper)).toBe('Open with State marks');
    await helper.evaluate(() => (chrome.extension.getViews({ type: 'popup' })[0]!.document.querySelector('.reader-offer__open') as HTMLButtonElement).click());
    await tab.waitForURL(`chrome-extension://${extensionId}/${readerPath({ src: UN_PDF })}`);
    await expectPageText(tab, 1, 'Egypt');
  });

  test('the popup on a UN page that frames the document (undocs.org) opens it in the frame’s language', async ({ context, extensionPage }) => {
    const framed = 'https://documents.un.org/api/symbol/access?s=A/HRC/51/47&l=ru&t=pdf';
    const requests: string[] = [];
    const pdf = readFileSync(fixturePdf('report-ru.pdf'));
    await context.route(ACCESS, (route) => {
      if (route.request().resourceType() !== 'document') requests.push(route.request().url());
      return route.request().resourceType() === 'document'
        ? route.fulfill({ body: '<!doctype html><title>frame</title>', contentType: 'text/html' })
        : route.fulfill({ body: pdf, contentType: 'application/pdf' });
    });
    await context.route('https://undocs.org/**', (route) =>
      route.fulfill({ body: `<!doctype html><html lang="en"><title>A/HRC/51/47</title><iframe src="${framed}" title="document"></iframe></html>`, contentType: 'text/html' }),
    );
    const helper = await extensionPage('options.html');
    const tab = await context.newPage();
    await tab.goto('https://undocs.org/A/HRC/51/47');
    await openToolbarPopup(context, tab, helper);
    await expect.poll(() => popupOffer(helper)).toBe('Open with State marks');
    await helper.evaluate(() => (chrome.extension.getViews({ type: 'popup' })[0]!.document.querySelector('.reader-offer__open') as HTMLButtonElement).click());
    await tab.waitForURL(/reader\.html/);
    await expectPageText(tab, 1, 'Египет');
    expect(requests.map((u) => new URL(u).searchParams.get('l'))).toEqual(['ru']);
  });

  test('the popup offers nothing on other pages', async ({ context, extensionPage }) => {
    await context.route('https://example.org/**', (route) => route.fulfill({ body: '<!doctype html><title>x</title><a href="https://undocs.org/A/HRC/51/47">report</a>', contentType: 'text/html' }));
    const helper = await extensionPage('options.html');
    const tab = await context.newPage();
    await tab.goto('https://example.org/page.pdf');
    const popup = await openToolbarPopup(context, tab, helper);
    await expect.poll(async () => (await popup()) !== null).toBe(true);
    await expect.poll(() => helper.evaluate(() => chrome.extension.getViews({ type: 'popup' })[0]?.document.querySelectorAll('.case-card').length ?? 0)).toBe(5);
    expect(await popupOffer(helper)).toBeNull();
  });

  test('the popup’s offer is axe-clean', async ({ context, extensionPage }) => {
    await context.route(UN_PDF, (route) => route.fulfill({ body: '<!doctype html><title>PDF</title>', contentType: 'text/html' }));
    const popup = await openPopup(extensionPage);
    const tab = await context.newPage();
    await tab.goto(UN_PDF);
    await tab.bringToFront();
    // Reloaded behind the UN tab, the popup page finds that tab active, as the toolbar popup does.
    await popup.reload();
    await expect(popup.getByRole('button', { name: 'Open with State marks' })).toBeVisible();
    await expectNoAxeViolations(popup);
    // As in the toolbar: 400 × 600, scrolling inside.
    await popup.evaluate(() => document.documentElement.classList.add('in-popup'));
    await popup.screenshot({ path: 'tests/artifacts/screens/popup-reader-offer.png' });
  });

  test('the context menu item for links to UN documents is registered', async ({ context }) => {
    const sw = await worker(context);
    await expect
      .poll(() =>
        sw.evaluate(
          () =>
            new Promise<string>((resolve) => {
              chrome.contextMenus.update('er-open-in-reader', {}, () => resolve(chrome.runtime.lastError?.message ?? 'exists'));
            }),
        ),
      )
      .toBe('exists');
  });

  test('the option to open UN PDFs in the reader is off by default and shown in the options', async ({ context, extensionPage }) => {
    const sw = await worker(context);
    const ruleCount = () => sw.evaluate(async () => (await chrome.declarativeNetRequest.getDynamicRules()).length);
    await expect.poll(ruleCount).toBe(0);
    const options = await extensionPage('options.html');
    const toggle = options.getByRole('switch', { name: 'Open PDFs from UN sites in the EndReprisals reader' });
    await expect(toggle).not.toBeChecked();
    await toggle.check();
    await expect.poll(ruleCount).toBe(2);
    await toggle.uncheck();
    await expect.poll(ruleCount).toBe(0);
  });
});

/**
 * The redirect acts on the response's headers, which a response made up by Playwright never
 * reaches: here documents.un.org is a local HTTP server (Chromium's host resolver maps the name),
 * so the browser sees real responses. The reader's own fetch (https) is served by a route.
 */
test('with the option on, a UN PDF opened in a tab lands in the reader; downloads and the reader’s own link do not', async () => {
  const pdf = readFileSync(fixturePdf('report-en.pdf'));
  const served: string[] = [];
  const server = createServer((request, response) => {
    served.push(request.url ?? '');
    const headers: Record<string, string> = { 'content-type': 'application/pdf' };
    if (request.url?.includes('download')) headers['content-disposition'] = 'attachment; filename="report.pdf"';
    response.writeHead(200, headers).end(pdf);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  const launched = await launchChromium({ hostRules: [`MAP documents.un.org 127.0.0.1:${port}`], extraArgs: ['--disable-features=HttpsUpgrades'] });
  try {
    const { context, extensionId } = launched;
    await context.route('https://documents.un.org/**', (route) => route.fulfill({ body: pdf, contentType: 'application/pdf' }));
    const options = await context.newPage();
    await options.goto(`chrome-extension://${extensionId}/options.html`);
    await options.getByRole('switch', { name: 'Open PDFs from UN sites in the EndReprisals reader' }).check();
    const sw = await worker(context);
    await expect.poll(() => sw.evaluate(async () => (await chrome.declarativeNetRequest.getDynamicRules()).length)).toBe(2);

    const address = 'http://documents.un.org/doc/undoc/gen/g22/411/52/pdf/g2241152.pdf';
    const tab = await context.newPage();
    await tab.goto(address).catch(() => undefined);
    await tab.waitForURL(`chrome-extension://${extensionId}/reader.html#${address}`);
    await expectPageText(tab, 1, 'Egypt');
    await expect(tab.getByRole('link', { name: /Original/ })).toHaveAttribute('href', address);

    // A download stays a download.
    const downloading = await context.newPage();
    const [download] = await Promise.all([downloading.waitForEvent('download'), downloading.goto('http://documents.un.org/download/report.pdf').catch(() => undefined)]);
    expect(download.suggestedFilename()).toBe('report.pdf');
    expect(downloading.url()).not.toContain('reader.html');

    // The reader's "Original" link reaches the PDF itself.
    const before = served.filter((url) => url.endsWith('g2241152.pdf')).length;
    const [original] = await Promise.all([context.waitForEvent('page'), tab.getByRole('link', { name: /Original/ }).click()]);
    await expect.poll(() => served.filter((url) => url.endsWith('g2241152.pdf')).length).toBe(before + 1);
    await original.waitForTimeout(1000);
    expect(original.url()).not.toContain('reader.html');
  } finally {
    await launched.close();
    server.close();
  }
});
