import { readFileSync } from 'node:fs';
import AxeBuilder from '@axe-core/playwright';
import type { Page } from '@playwright/test';
import { expect, test } from './fixtures';
import { screenshot } from './popup-helpers';
import { expectPageText, fixturePdf, nameIn, openReader, servePdf, textLayer, UN_PDF } from './reader-helpers';
import { setSettings } from './un-pages-helpers';

// As in tests/fixtures/pdf/make-pdfs.ts, which cannot be imported here (it reads lib/data).
const LANGUAGES = ['en', 'fr', 'es', 'ru', 'zh', 'ar'];
const LONG_PAGES = 12;
const LONG_LATER_PAGE = 9;
const PROTECTED_PASSWORD = 'reprisals';
const PROTECTED_TEXT = 'Protected test document: Egypt';

const ACCESS = /^https:\/\/documents\.un\.org\/api\/symbol\/access\?/;

/** Opens the find bar with Ctrl+F (if it is not open) and searches for `text`. */
async function findInReader(page: Page, text: string): Promise<void> {
  const input = page.locator('#reader-find-input');
  if ((await input.count()) === 0) {
    await page.locator('#viewerContainer').focus();
    await page.keyboard.press('Control+f');
  }
  await expect(input).toBeFocused();
  await input.fill(text);
}

/**
 * The text under the current match's highlight, as the text layer holds it (NFKC, letters only).
 * The match is painted once its page's text layer is drawn, after the count is shown: poll it.
 */
function currentMatchText(page: Page): Promise<string> {
  return page.evaluate(() => {
    const ranges = [...((CSS as unknown as { highlights: Map<string, Set<Range>> }).highlights.get('endreprisals_find_current') ?? [])];
    return ranges.map((r) => r.toString()).join('').normalize('NFKC');
  });
}

async function expectNoAxeViolations(page: Page): Promise<void> {
  const results = await new AxeBuilder({ page }).analyze();
  expect(results.passes.length).toBeGreaterThan(10);
  expect(results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)).toEqual([]);
}

test.describe('the reader', () => {
  test('opens a report by symbol through the UN access address, once, in the language asked', async ({ context, extensionId }) => {
    const requests = await servePdf(context, ACCESS, fixturePdf('report-fr.pdf'));
    const page = await openReader(context, extensionId, { src: 'https://undocs.org/A/HRC/51/47', lang: 'fr' });
    await expectPageText(page, 1, nameIn('fr', 'EG'));
    expect(requests).toHaveLength(1);
    const asked = new URL(requests[0]!.url());
    expect([asked.searchParams.get('s'), asked.searchParams.get('l'), asked.searchParams.get('t')]).toEqual(['A/HRC/51/47', 'fr', 'pdf']);
    // The original address stays the one the user opened.
    await expect(page.locator('.reader-title')).toHaveText('A/HRC/51/47');
    await expect(page.getByRole('link', { name: /Original/ })).toHaveAttribute('href', 'https://undocs.org/A/HRC/51/47');
    await expect(page).toHaveTitle('A/HRC/51/47 — EndReprisals reader');
    await expect(page.locator('.reader-pages__count')).toHaveText('of 3');
  });

  test('shows documents in the six languages, their text selectable and searchable', async ({ context, extensionId }) => {
    for (const lang of LANGUAGES) {
      const url = UN_PDF.replace('.pdf', `-${lang}.pdf`);
      await servePdf(context, url, fixturePdf(`report-${lang}.pdf`));
      const page = await openReader(context, extensionId, { src: url });
      await expect(textLayer(page, 1), lang).toContainText('A/HRC/99/1', { timeout: 20_000 });
      const selected = await textLayer(page, 1).evaluate((layer) => {
        window.getSelection()!.selectAllChildren(layer);
        return window.getSelection()!.toString();
      });
      // Arabic set glyph by glyph is held in drawing order by the text layer; the search reads it in reading order.
      if (lang !== 'ar') expect(selected, lang).toContain(nameIn(lang, 'EG'));
      for (const iso2 of ['EG', 'CN']) {
        await findInReader(page, nameIn(lang, iso2));
        await expect(page.locator('#reader-find-status'), `${lang} ${iso2}`).toHaveText('1 of 1');
        await expect.poll(() => currentMatchText(page), { message: `${lang} ${iso2}` }).toHaveLength(nameIn(lang, iso2).normalize('NFKC').length);
      }
      if (lang === 'zh' || lang === 'ar') await screenshot(page, `reader-${lang}`, false);
      await page.close();
    }
  });

  test('draws pages as they come into view and lets far pages go', async ({ context, extensionId }) => {
    await servePdf(context, UN_PDF, fixturePdf('long-en.pdf'));
    const page = await openReader(context, extensionId, { src: UN_PDF });
    await expectPageText(page, 1, 'Egypt');
    await expect(page.locator('.page')).toHaveCount(LONG_PAGES);
    await expect(textLayer(page, LONG_LATER_PAGE)).toHaveCount(0);
    await page.getByRole('textbox', { name: 'Page number' }).fill(String(LONG_LATER_PAGE));
    await page.keyboard.press('Enter');
    await expectPageText(page, LONG_LATER_PAGE, 'Burundi');
    await expect(page.getByRole('textbox', { name: 'Page number' })).toHaveValue(String(LONG_LATER_PAGE));
    // Reading through from the start leaves the first pages far behind: pdf.js keeps only some pages drawn.
    await page.getByRole('textbox', { name: 'Page number' }).fill('1');
    await page.keyboard.press('Enter');
    for (let n = 2; n <= LONG_PAGES; n++) {
      await page.getByRole('button', { name: 'Next page' }).click();
      await expect(textLayer(page, n)).toHaveCount(1, { timeout: 20_000 });
    }
    await expect(textLayer(page, 1)).toHaveCount(0);
    await expect(page.locator('.page[data-page-number="1"]')).toHaveCount(1);
    expect(await page.locator('.textLayer').count()).toBeLessThan(LONG_PAGES);
  });

  test('Ctrl+F finds text in the whole document and moves between matches', async ({ context, extensionId }) => {
    await servePdf(context, UN_PDF, fixturePdf('long-en.pdf'));
    const page = await openReader(context, extensionId, { src: UN_PDF });
    await expectPageText(page, 1, 'Egypt');
    await page.locator('#viewerContainer').click({ position: { x: 20, y: 20 } });
    await page.keyboard.press('Control+f');
    const input = page.getByRole('searchbox', { name: 'Find' });
    await expect(input).toBeFocused();
    await input.pressSequentially('Burundi');
    await expect(page.locator('#reader-find-status')).toHaveText('1 of 1');
    await expect(page.getByRole('textbox', { name: 'Page number' })).toHaveValue(String(LONG_LATER_PAGE));
    await expect.poll(() => currentMatchText(page)).toBe('Burundi');
    // The text layer's elements are left as pdf.js made them.
    await expect(textLayer(page, LONG_LATER_PAGE).locator('span[role="presentation"] span')).toHaveCount(0);
    // A word on every page: Enter steps forward, Shift+Enter back.
    // A word on every page: the search starts from the page in view; Enter steps forward, Shift+Enter back.
    await input.fill('placeholder');
    // Three paragraphs a page, each with the word.
    const total = 3 * LONG_PAGES;
    await expect(page.locator('#reader-find-status')).toHaveText(new RegExp(`^\\d+ of ${total}$`));
    const current = Number((await page.locator('#reader-find-status').textContent())!.split(' of ')[0]);
    // The first match on the page in view (page 9): after the 8 pages before it.
    expect(current).toBe(3 * (LONG_LATER_PAGE - 1) + 1);
    await expect(page.getByRole('textbox', { name: 'Page number' })).toHaveValue(String(LONG_LATER_PAGE));
    await input.press('Enter');
    await expect(page.locator('#reader-find-status')).toHaveText(`${current + 1} of ${total}`);
    await input.press('Shift+Enter');
    await input.press('Shift+Enter');
    await expect(page.locator('#reader-find-status')).toHaveText(`${current - 1} of ${total}`);
    await expect.poll(() => currentMatchText(page)).toBe('placeholder');
    await input.fill('Atlantis');
    await expect(page.locator('#reader-find-status')).toHaveText('Not found');
    await input.press('Escape');
    await expect(input).toHaveCount(0);
    await expect(page.locator('#viewerContainer')).toBeFocused();
    await expect.poll(() => currentMatchText(page)).toBe('');
  });

  test('zooms, moves page by page, and follows the document outline', async ({ context, extensionId }) => {
    await servePdf(context, UN_PDF, fixturePdf('long-en.pdf'));
    const page = await openReader(context, extensionId, { src: UN_PDF });
    await expectPageText(page, 1, 'Egypt');
    const zoom = page.getByRole('combobox', { name: 'Zoom' });
    await zoom.selectOption('1');
    const width100 = await page.locator('.page').first().evaluate((el) => el.getBoundingClientRect().width);
    await page.getByRole('button', { name: 'Zoom in' }).click();
    await expect.poll(() => page.locator('.page').first().evaluate((el) => el.getBoundingClientRect().width)).toBeGreaterThan(width100 * 1.05);
    await zoom.selectOption('page-fit');
    await expect(zoom).toHaveValue('page-fit');

    await page.getByRole('button', { name: 'Next page' }).click();
    await expect(page.getByRole('textbox', { name: 'Page number' })).toHaveValue('2');
    await page.getByRole('button', { name: 'Previous page' }).click();
    await expect(page.getByRole('textbox', { name: 'Page number' })).toHaveValue('1');

    const outlineButton = page.getByRole('button', { name: 'Outline' });
    await outlineButton.click();
    await expect(outlineButton).toHaveAttribute('aria-expanded', 'true');
    // The fitted zoom follows the narrower area: no sideways scrolling.
    await expect.poll(() => page.locator('#viewerContainer').evaluate((el) => el.scrollWidth <= el.clientWidth + 1)).toBe(true);
    const outline = page.getByRole('navigation', { name: 'Outline' });
    await outline.getByRole('button', { name: 'Section 3' }).click();
    await expect(page.getByRole('textbox', { name: 'Page number' })).toHaveValue('7');
    await expect(textLayer(page, 7)).toHaveCount(1, { timeout: 20_000 });
    await screenshot(page, 'reader-outline', false);
  });

  test('downloads the PDF it shows, without fetching it again', async ({ context, extensionId }) => {
    const requests = await servePdf(context, UN_PDF, fixturePdf('report-en.pdf'));
    const page = await openReader(context, extensionId, { src: UN_PDF });
    await expectPageText(page, 1, 'Egypt');
    const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Download' }).click()]);
    expect(download.suggestedFilename()).toBe('g2241152.pdf');
    const saved = readFileSync((await download.path())!);
    expect(saved.equals(readFileSync(fixturePdf('report-en.pdf')))).toBe(true);
    expect(requests).toHaveLength(1);
  });
});

test.describe('the reader with bad input', () => {
  async function expectProblem(page: Page, text: RegExp, original: string) {
    await expect(page.getByRole('heading', { name: 'This document cannot be shown' })).toBeVisible({ timeout: 20_000 });
    await expect(page.locator('.reader-panel--problem')).toContainText(text);
    await expect(page.locator('.reader-panel--problem').getByRole('link', { name: /Open the original address/ })).toHaveAttribute('href', original);
  }

  test('an error from the site, a web page, a damaged PDF, an address outside the UN sites', async ({ context, extensionId }) => {
    const at = (name: string) => UN_PDF.replace('.pdf', `-${name}.pdf`);
    await context.route(at('missing'), (route) => route.fulfill({ status: 404, body: 'not found' }));
    await context.route(at('page'), (route) => route.fulfill({ body: '<!doctype html><title>A/HRC/51/47</title><p>Document</p>', contentType: 'text/html' }));
    await servePdf(context, at('damaged'), fixturePdf('broken.pdf'));
    const elsewhere: string[] = [];
    await context.route('https://example.org/**', (route) => {
      elsewhere.push(route.request().url());
      return route.abort();
    });
    for (const [src, message] of [
      [at('missing'), /error \(404\)/],
      [at('page'), /does not lead to a PDF/],
      [at('damaged'), /damaged/],
      ['https://example.org/report.pdf', /UN sites only/],
    ] as const) {
      const page = await openReader(context, extensionId, { src });
      await expectProblem(page, message, src);
      await page.close();
    }
    expect(elsewhere).toEqual([]);
  });

  test('no connection, then Try again', async ({ context, extensionId }) => {
    let fail = true;
    const body = readFileSync(fixturePdf('report-en.pdf'));
    await context.route(UN_PDF, (route) => (fail ? route.abort('internetdisconnected') : route.fulfill({ body, contentType: 'application/pdf' })));
    const page = await openReader(context, extensionId, { src: UN_PDF });
    await expectProblem(page, /could not be downloaded/, UN_PDF);
    await expectNoAxeViolations(page);
    fail = false;
    await page.getByRole('button', { name: 'Try again' }).click();
    await expectPageText(page, 1, 'Egypt');
  });

  test('a password-protected PDF: asks, says when the password is wrong, opens with the right one', async ({ context, extensionId }) => {
    await servePdf(context, UN_PDF, fixturePdf('protected.pdf'));
    const page = await openReader(context, extensionId, { src: UN_PDF });
    await expect(page.getByRole('heading', { name: 'This PDF is protected by a password.' })).toBeVisible({ timeout: 20_000 });
    await expect(page.getByRole('link', { name: /Open the original address/ })).toHaveAttribute('href', UN_PDF);
    const password = page.getByLabel('Password', { exact: true });
    await expect(password).toBeFocused();
    await password.fill('wrong');
    await page.getByRole('button', { name: 'Open', exact: true }).click();
    await expect(page.getByRole('alert')).toHaveText('That password is not right. Try again.');
    await expectNoAxeViolations(page);
    await password.fill(PROTECTED_PASSWORD);
    await page.getByRole('button', { name: 'Open', exact: true }).click();
    await expectPageText(page, 1, PROTECTED_TEXT);
  });

  test('a dismissed password prompt leaves the message, the original link and Try again', async ({ context, extensionId }) => {
    await servePdf(context, UN_PDF, fixturePdf('protected.pdf'));
    const page = await openReader(context, extensionId, { src: UN_PDF });
    await page.getByRole('button', { name: 'Cancel' }).click();
    await expectProblem(page, /protected by a password/, UN_PDF);
    await expect(page.getByRole('button', { name: 'Try again' })).toBeVisible();
  });

  test('a scanned PDF is shown, with a note that it has no text', async ({ context, extensionId }) => {
    await servePdf(context, UN_PDF, fixturePdf('scanned.pdf'));
    const page = await openReader(context, extensionId, { src: UN_PDF });
    await expect(page.getByText(/This PDF has no text/)).toBeVisible({ timeout: 20_000 });
    await expect(page.locator('.page canvas').first()).toBeVisible();
  });

});

test.describe('the reader’s interface', () => {
  test('is axe-clean in English, with the find bar and the outline open', async ({ context, extensionId }) => {
    await servePdf(context, UN_PDF, fixturePdf('long-en.pdf'));
    const page = await openReader(context, extensionId, { src: UN_PDF });
    await expectPageText(page, 1, 'Egypt');
    await page.keyboard.press('Control+f');
    await page.getByRole('searchbox', { name: 'Find' }).fill('Egypt');
    await page.getByRole('button', { name: 'Outline' }).click();
    await expect(page.locator('#reader-find-status')).toHaveText('1 of 1');
    await expectNoAxeViolations(page);
    await screenshot(page, 'reader-en', false);
  });

  test('is axe-clean and right to left in Arabic', async ({ context, extensionId, extensionPage }) => {
    await setSettings(await extensionPage('options.html'), { uiLanguage: 'ar' });
    await servePdf(context, UN_PDF, fixturePdf('report-ar.pdf'));
    const page = await openReader(context, extensionId, { src: UN_PDF });
    await expect(textLayer(page, 1)).toContainText('A/HRC/99/1', { timeout: 20_000 });
    await expect(page.locator('html')).toHaveAttribute('dir', 'rtl');
    await expect(page.locator('.reader-pages__count')).toHaveText('من 3');
    await page.keyboard.press('Control+f');
    await page.getByRole('searchbox').fill(nameIn('ar', 'CN'));
    await expect(page.locator('#reader-find-status')).toHaveText('1 من 1');
    await expectNoAxeViolations(page);
    await screenshot(page, 'reader-ar-ui', false);
  });
});
