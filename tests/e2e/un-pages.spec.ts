import AxeBuilder from '@axe-core/playwright';
import { test, expect } from './fixtures';
import { fixtureHtml, markCodes, openFixture, setSettings } from './un-pages-helpers';

const OHCHR = 'https://www.ohchr.org/en/reprisals';
const card = (page: import('@playwright/test').Page) => page.locator('er-card-host section[role="dialog"]');

test.describe('marking on UN pages', () => {
  test('marks State names with their codes and leaves form fields, code and editable text alone', async ({ context }) => {
    const page = await openFixture(context, OHCHR, 'en.html');
    await expect(page.locator('#intro er-state')).toHaveCount(5);
    expect(await markCodes(page, '#intro')).toEqual(['EG', 'CN', 'BY', 'BI', 'VE']);
    expect(await markCodes(page, '#table')).toEqual(['NE', 'NE', 'NG']);
    await expect(page.locator('#intro')).toHaveText('Country pages: Egypt, China, Belarus, Burundi and Venezuela (Bolivarian Republic of).');
    for (const id of ['#form', '#code', '#inline-code', '#editable', '#svg']) {
      await expect(page.locator(`${id} er-state`), id).toHaveCount(0);
    }
    await expect(page.locator('#q')).toHaveValue('Egypt');
    await expect(page.locator('#notes')).toHaveValue('China');
    // A mark inside a link is no second tab stop; the link still navigates.
    const inLink = page.locator('#link er-state');
    await expect(inLink).not.toHaveAttribute('tabindex');
    await inLink.click();
    await expect(page).toHaveURL(/#niger-page$/);
    // The mark is labelled for assistive technology.
    await expect(page.locator('#intro er-state').first()).toHaveAttribute('aria-label', /Egypt/);
    const scan = await page.evaluate(() => performance.getEntriesByName('endreprisals:scan', 'measure').length);
    expect(scan).toBe(1);
    // The matcher was compiled in slices, once, before the scan started.
    const [compile, scanStart] = await page.evaluate(() => [
      performance.getEntriesByName('endreprisals:compile', 'measure').map((e) => e.startTime + e.duration),
      performance.getEntriesByName('endreprisals:scan', 'measure')[0]!.startTime,
    ] as const);
    expect(compile).toHaveLength(1);
    expect(compile[0]).toBeLessThanOrEqual(scanStart);
  });

  test('page event listeners still fire after marking', async ({ context }) => {
    const page = await openFixture(context, OHCHR, 'en.html');
    const mark = page.locator('#counter er-state');
    await expect(mark).toHaveAttribute('data-er-state', 'EG');
    await mark.click();
    await mark.click();
    await expect(page.locator('#count')).toHaveText('2');
  });

  for (const [lang, url, codes] of [
    ['fr', 'https://news.un.org/fr/story/fixture', ['EG', 'CN', 'BY', 'BI', 'VE']],
    ['ru', 'https://www.un.org/ru/fixture', ['EG', 'CN', 'BY', 'BI', 'VE']],
    ['zh', 'https://documents.un.org/zh/fixture', ['EG', 'CN', 'BY', 'BI', 'VE']],
    ['ar', 'https://www.ohchr.org/ar/fixture', ['EG', 'CN', 'BY', 'BI', 'VE']],
  ] as const) {
    test(`marks State names in ${lang}`, async ({ context }) => {
      const page = await openFixture(context, url, `${lang}.html`);
      await expect(page.locator('#intro er-state')).toHaveCount(codes.length);
      expect(await markCodes(page, '#intro')).toEqual(codes);
    });
  }

  test('does not run on other sites', async ({ context }) => {
    await context.route('https://example.org/**', (r) => r.fulfill({ body: fixtureHtml('en.html'), contentType: 'text/html' }));
    const page = await context.newPage();
    await page.goto('https://example.org/page');
    await page.waitForTimeout(1500);
    await expect(page.locator('er-state')).toHaveCount(0);
  });

  test('works on a page with a strict Content-Security-Policy', async ({ context }) => {
    const page = await openFixture(context, 'https://undocs.org/A/HRC/51/47', 'en.html', {
      'Content-Security-Policy': "default-src 'none'; style-src 'none'",
    });
    await expect(page.locator('#intro er-state')).toHaveCount(5);
    const underline = await page.locator('#intro er-state').first().evaluate((el) => getComputedStyle(el).textDecorationLine);
    expect(underline).toBe('underline');
    await page.locator('#intro er-state').first().hover();
    await expect(card(page)).toBeVisible();
    const background = await card(page).evaluate((el) => getComputedStyle(el).backgroundColor);
    expect(background).toBe('rgb(255, 255, 255)');
  });

  test('marks content the page adds later, and follows single-page navigation', async ({ context }) => {
    const page = await openFixture(context, 'https://webtv.un.org/en/fixture', 'spa.html');
    await expect(page.locator('#first er-state')).toHaveCount(1);
    await page.evaluate(() => {
      const p = document.createElement('p');
      p.id = 'later';
      p.textContent = 'Added later: Burundi and Belarus.';
      document.body.appendChild(p);
    });
    await expect(page.locator('#later er-state')).toHaveCount(2);
    await page.evaluate(() => (window as unknown as { goTo(p: string, t: string): void }).goTo('/en/asset/next', 'Next view about Venezuela.'));
    await expect(page.locator('#second er-state')).toHaveAttribute('data-er-state', 'VE');
  });

  test('the per-site switch removes the marks and brings them back', async ({ context, extensionPage }) => {
    const page = await openFixture(context, OHCHR, 'en.html');
    await expect(page.locator('#intro er-state')).toHaveCount(5);
    const settingsPage = await extensionPage('popup.html');
    await setSettings(settingsPage, { marking: { enabled: true, disabledHosts: ['www.ohchr.org'] } });
    await expect(page.locator('er-state')).toHaveCount(0);
    await expect(page.locator('#intro')).toHaveText('Country pages: Egypt, China, Belarus, Burundi and Venezuela (Bolivarian Republic of).');
    // The text nodes are joined back: one node again, as the page made it.
    expect(await page.locator('#intro').evaluate((p) => p.childNodes.length)).toBe(1);
    await setSettings(settingsPage, { marking: { enabled: true, disabledHosts: [] } });
    await expect(page.locator('#intro er-state')).toHaveCount(5);
    await setSettings(settingsPage, { marking: { enabled: false, disabledHosts: [] } });
    await expect(page.locator('er-state')).toHaveCount(0);
  });
});

test.describe('the card', () => {
  test('opens on hover, shows Egypt’s case and opens it in a new tab', async ({ context, extensionId }) => {
    const page = await openFixture(context, OHCHR, 'en.html');
    const egypt = page.locator('#intro er-state[data-er-state="EG"]');
    await egypt.hover();
    await expect(card(page)).toBeVisible();
    await expect(card(page).locator('h2')).toHaveText('Egypt');
    await expect(card(page)).toContainText('Ibrahim Metwally Hegazy');
    await expect(egypt).toHaveAttribute('aria-expanded', 'true');
    const [casePage] = await Promise.all([
      context.waitForEvent('page'),
      card(page).getByRole('button', { name: 'Open the case' }).click(),
    ]);
    await casePage.waitForLoadState();
    expect(casePage.url()).toBe(`chrome-extension://${extensionId}/popup.html#/case/ibrahim-metwally-hegazy`);
    await expect(card(page)).toHaveCount(0);
  });

  test('shows on the case line the same dated status as the popup', async ({ context, extensionPage }) => {
    const page = await openFixture(context, OHCHR, 'en.html');
    await page.locator('#intro er-state[data-er-state="BY"]').hover();
    const line = card(page).locator('.status');
    await expect(line.locator('time')).toHaveAttribute('datetime', '2025-12-15');
    const popup = await extensionPage('popup.html#/case/viasna');
    const summary = await popup.locator('.case-status__summary').textContent();
    expect(summary).toContain('Valiantsin Stefanovich and Marfa Rabkova remain in prison');
    await expect(line).toHaveText(`As of 15 December 2025: ${summary}`);
  });

  test('"Write to this State’s mission" opens the letter for the State', async ({ context, extensionId }) => {
    const page = await openFixture(context, OHCHR, 'en.html');
    await page.locator('#intro er-state[data-er-state="CN"]').hover();
    const [letter] = await Promise.all([
      context.waitForEvent('page'),
      card(page).getByRole('button', { name: 'Write to this State’s mission' }).click(),
    ]);
    await letter.waitForLoadState();
    expect(letter.url()).toBe(`chrome-extension://${extensionId}/popup.html#/letter?state=CN`);
  });

  test('closes when the pointer leaves, after a grace period that lets it move into the card', async ({ context }) => {
    const page = await openFixture(context, OHCHR, 'en.html');
    await page.locator('#intro er-state[data-er-state="EG"]').hover();
    await expect(card(page)).toBeVisible();
    await card(page).locator('h2').hover();
    await page.waitForTimeout(700);
    await expect(card(page)).toBeVisible();
    await page.locator('h1').hover();
    await expect(card(page)).toHaveCount(0);
  });

  test('opens by keyboard: Tab to a mark, Tab into the card, Escape back to the mark', async ({ context }) => {
    const page = await openFixture(context, OHCHR, 'en.html');
    await expect(page.locator('#intro er-state')).toHaveCount(5);
    // Tab past the two navigation links to the first mark.
    let focused = '';
    for (let i = 0; i < 6 && focused !== 'EG'; i++) {
      await page.keyboard.press('Tab');
      focused = await page.evaluate(() => document.activeElement?.getAttribute('data-er-state') ?? '');
    }
    expect(focused).toBe('EG');
    await expect(card(page)).toBeVisible();
    await page.keyboard.press('Tab');
    const inCard = await page.evaluate(() => document.querySelector('er-card-host')?.shadowRoot?.activeElement?.getAttribute('aria-label') ?? '');
    expect(inCard).toBe('Close');
    await page.keyboard.press('Escape');
    await expect(card(page)).toHaveCount(0);
    expect(await page.evaluate(() => document.activeElement?.getAttribute('data-er-state'))).toBe('EG');
  });

  test('has no accessibility violations inside the card', async ({ context }) => {
    const page = await openFixture(context, OHCHR, 'en.html');
    await page.locator('#intro er-state[data-er-state="EG"]').hover();
    await expect(card(page)).toBeVisible();
    const results = await new AxeBuilder({ page }).include('er-card-host').analyze();
    expect(results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)).toEqual([]);
  });

  test('speaks the UI language and reads right to left in Arabic (screenshots)', async ({ context, extensionPage }) => {
    const page = await openFixture(context, OHCHR, 'en.html');
    await page.setViewportSize({ width: 900, height: 700 });
    await page.locator('#intro er-state[data-er-state="EG"]').hover();
    await expect(card(page)).toBeVisible();
    await page.screenshot({ path: 'tests/artifacts/card-en.png' });
    // A State with no campaign case: the card says so, and that our lists are incomplete.
    await page.locator('h1').hover();
    await expect(card(page)).toHaveCount(0);
    await page.locator('#countries er-state[data-er-state="TD"]').hover();
    await expect(card(page)).toContainText('None of the five #EndReprisals campaign cases concerns this State.');
    await expect(card(page)).toContainText('incomplete for most years');
    await page.screenshot({ path: 'tests/artifacts/card-en-no-case.png' });

    const settingsPage = await extensionPage('popup.html');
    await setSettings(settingsPage, { uiLanguage: 'ar' });
    const arPage = await openFixture(context, 'https://www.ohchr.org/ar/fixture', 'ar.html');
    await arPage.setViewportSize({ width: 900, height: 700 });
    await arPage.locator('#intro er-state[data-er-state="EG"]').hover();
    await expect(card(arPage)).toBeVisible();
    await expect(card(arPage)).toHaveAttribute('dir', 'rtl');
    await expect(card(arPage).locator('h2')).toHaveText('مصر');
    await expect(arPage.locator('#intro er-state').first()).toHaveAttribute('aria-label', /مصر/);
    // Our Arabic translation of the case, marked as Arabic and as our translation.
    await expect(card(arPage).locator('.summary')).toHaveAttribute('lang', 'ar');
    await expect(card(arPage).locator('.translation-note')).toHaveText('ترجمتنا للنص الإنجليزي للحملة.');
    await arPage.screenshot({ path: 'tests/artifacts/card-ar.png' });

    await setSettings(settingsPage, { uiLanguage: 'fr' });
    const frPage = await openFixture(context, 'https://news.un.org/fr/story/fixture', 'fr.html');
    await frPage.setViewportSize({ width: 900, height: 700 });
    await frPage.locator('#intro er-state[data-er-state="BY"]').hover();
    await expect(card(frPage)).toBeVisible();
    await expect(card(frPage).locator('.case-title')).toHaveText('Centre des droits humains Viasna');
    await expect(card(frPage).locator('.case-title')).toHaveAttribute('lang', 'fr');
    await expect(card(frPage).locator('.translation-note')).toHaveText('Notre traduction du texte anglais de la campagne.');
    await frPage.screenshot({ path: 'tests/artifacts/card-fr.png' });
  });
});

test('the context menu item for selected text is registered', async ({ context }) => {
  const worker = context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker'));
  // update() fails for an id that does not exist, and creates nothing.
  await expect
    .poll(() =>
      worker.evaluate(
        () =>
          new Promise<string>((resolve) => {
            const c = (globalThis as unknown as { chrome: any }).chrome;
            c.contextMenus.update('er-reprisal-cases', {}, () => resolve(c.runtime.lastError?.message ?? 'exists'));
          }),
      ),
    )
    .toBe('exists');
});

test('tears down when the extension is reloaded under the page: marks unwrapped, card removed', async ({ context }) => {
  const page = await openFixture(context, OHCHR, 'en.html');
  await page.locator('#intro er-state[data-er-state="EG"]').hover();
  await expect(card(page)).toBeVisible();
  await page.locator('h1').hover();
  await expect(card(page)).toHaveCount(0);
  const worker = context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker'));
  await worker.evaluate(() => (globalThis as unknown as { chrome: { runtime: { reload(): void } } }).chrome.runtime.reload()).catch(() => undefined);
  // The orphaned script notices on its next bit of work: a hover, or a change to the page.
  await expect(async () => {
    await page.locator('#intro').hover();
    await page.evaluate(() => document.body.appendChild(document.createElement('span')));
    await expect(page.locator('er-state')).toHaveCount(0, { timeout: 1000 });
  }).toPass({ timeout: 15_000 });
  await expect(page.locator('er-card-host')).toHaveCount(0);
  await expect(page.locator('#intro')).toHaveText('Country pages: Egypt, China, Belarus, Burundi and Venezuela (Bolivarian Republic of).');
  expect(await page.locator('#intro').evaluate((p) => p.childNodes.length)).toBe(1);
});
