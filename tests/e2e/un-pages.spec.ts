import { test, expect } from './fixtures';
import { exposeUi, fixtureHtml, hoverMark, markCodes, marksIn, markPoint, openFixture, setSettings, uiElement, uiText } from './un-pages-helpers';

const OHCHR = 'https://www.ohchr.org/en/reprisals';
const INTRO = 'Country pages: Egypt, China, Belarus, Burundi and Venezuela (Bolivarian Republic of).';
const CARD = '.frame section[role="dialog"]';

/** The card's text once it shows (the card lives in our closed shadow root). */
async function cardText(page: import('@playwright/test').Page): Promise<string> {
  await expect.poll(async () => {
    await exposeUi(page);
    return (await uiText(page, CARD)) !== null;
  }).toBe(true);
  return (await uiText(page, CARD))!;
}
const cardShown = async (page: import('@playwright/test').Page) => {
  await exposeUi(page);
  return (await uiText(page, CARD)) !== null;
};

test.describe('marking on UN pages', () => {
  test('marks State names as highlights named by code, and leaves form fields, code and editable text alone', async ({ context }) => {
    const page = await openFixture(context, OHCHR, 'en.html');
    await expect.poll(() => markCodes(page, '#intro')).toEqual(['EG', 'CN', 'BY', 'BI', 'VE']);
    expect(await marksIn(page, '#intro')).toEqual([
      ['EG', 'Egypt'], ['CN', 'China'], ['BY', 'Belarus'], ['BI', 'Burundi'], ['VE', 'Venezuela'],
    ]);
    expect(await markCodes(page, '#table')).toEqual(['NE', 'NE', 'NG']);
    await expect(page.locator('#intro')).toHaveText(INTRO);
    for (const id of ['#form', '#code', '#inline-code', '#editable', '#svg']) {
      expect(await markCodes(page, id), id).toEqual([]);
    }
    await expect(page.locator('#q')).toHaveValue('Egypt');
    await expect(page.locator('#notes')).toHaveValue('China');
    // Nothing was added to the page: no element, no attribute, no split text node.
    expect(await page.locator('#intro').evaluate((p) => p.childNodes.length)).toBe(1);
    expect(await page.locator('body [data-er-state], body er-state').count()).toBe(0);
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

  test('a click on a name inside a link follows the link, and the page’s own listeners fire', async ({ context }) => {
    const page = await openFixture(context, OHCHR, 'en.html');
    await expect.poll(() => markCodes(page, '#link')).toEqual(['NE']);
    const inLink = await markPoint(page, 'NE', '#link');
    await page.mouse.click(inLink.x, inLink.y);
    await expect(page).toHaveURL(/#niger-page$/);
    const inButton = await markPoint(page, 'EG', '#counter');
    await page.mouse.click(inButton.x, inButton.y);
    await page.mouse.click(inButton.x, inButton.y);
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
      await expect.poll(() => markCodes(page, '#intro')).toEqual(codes);
    });
  }

  test('does not run on other sites', async ({ context }) => {
    await context.route('https://example.org/**', (r) => r.fulfill({ body: fixtureHtml('en.html'), contentType: 'text/html' }));
    const page = await context.newPage();
    await page.goto('https://example.org/page');
    await page.waitForTimeout(1500);
    expect(await marksIn(page)).toEqual([]);
    expect(await page.locator('endreprisals-ui').count()).toBe(0);
  });

  test('works on a page with a strict Content-Security-Policy', async ({ context }) => {
    const page = await openFixture(context, 'https://undocs.org/A/HRC/51/47', 'en.html', {
      'Content-Security-Policy': "default-src 'none'; style-src 'none'",
    });
    await expect.poll(() => markCodes(page, '#intro')).toEqual(['EG', 'CN', 'BY', 'BI', 'VE']);
    await hoverMark(page, 'EG', '#intro');
    expect(await cardText(page)).toContain('Egypt');
    const background = await (await uiElement(page, `${CARD}`)).evaluate((el) => getComputedStyle(el).backgroundColor);
    expect(background).toBe('rgb(255, 255, 255)');
    // The highlight rules apply too (they come with the content script, not from the page).
    const highlightBackground = await page.locator('#intro').evaluate((p) => getComputedStyle(p, '::highlight(endreprisals)').backgroundColor);
    expect(highlightBackground).toBe('rgba(0, 133, 199, 0.16)');
  });

  test('marks content the page adds later, and follows single-page navigation', async ({ context }) => {
    const page = await openFixture(context, 'https://webtv.un.org/en/fixture', 'spa.html');
    await expect.poll(() => markCodes(page, '#first')).toEqual(['EG']);
    await page.evaluate(() => {
      const p = document.createElement('p');
      p.id = 'later';
      p.textContent = 'Added later: Burundi and Belarus.';
      document.body.appendChild(p);
    });
    await expect.poll(() => markCodes(page, '#later')).toEqual(['BI', 'BY']);
    await page.evaluate(() => (window as unknown as { goTo(p: string, t: string): void }).goTo('/en/asset/next', 'Next view about Venezuela.'));
    await expect.poll(() => markCodes(page, '#second')).toEqual(['VE']);
    // The first view's text left the page, and so did its mark.
    await expect.poll(() => marksIn(page, 'body')).toEqual([['VE', 'Venezuela'], ['BI', 'Burundi'], ['BY', 'Belarus']]);
  });

  test('the per-site switch removes the marks and brings them back', async ({ context, extensionPage }) => {
    const page = await openFixture(context, OHCHR, 'en.html');
    await expect.poll(() => markCodes(page, '#intro')).toHaveLength(5);
    const settingsPage = await extensionPage('popup.html');
    await setSettings(settingsPage, { marking: { enabled: true, disabledHosts: ['www.ohchr.org'] } });
    await expect.poll(() => marksIn(page)).toEqual([]);
    await expect(page.locator('#intro')).toHaveText(INTRO);
    await setSettings(settingsPage, { marking: { enabled: true, disabledHosts: [] } });
    await expect.poll(() => markCodes(page, '#intro')).toHaveLength(5);
    await setSettings(settingsPage, { marking: { enabled: false, disabledHosts: [] } });
    await expect.poll(() => marksIn(page)).toEqual([]);
  });
});

test.describe('the card', () => {
  test('opens on hover, shows Egypt’s case and opens it in a new tab', async ({ context, extensionId }) => {
    const page = await openFixture(context, OHCHR, 'en.html');
    await expect.poll(() => markCodes(page, '#intro')).toHaveLength(5);
    await hoverMark(page, 'EG', '#intro');
    const text = await cardText(page);
    expect(await uiText(page, `${CARD} h2`)).toBe('Egypt');
    expect(text).toContain('Ibrahim Metwally Hegazy');
    // The pointer shows a mark can be acted on, as a link would.
    expect(await page.evaluate(() => getComputedStyle(document.documentElement).cursor)).toBe('pointer');
    const open = await uiElement(page, `${CARD} button.secondary`);
    const [casePage] = await Promise.all([context.waitForEvent('page'), open.click()]);
    await casePage.waitForLoadState();
    expect(casePage.url()).toBe(`chrome-extension://${extensionId}/popup.html#/case/ibrahim-metwally-hegazy`);
    await expect.poll(() => cardShown(page)).toBe(false);
  });

  test('shows on the case line the same dated status as the popup', async ({ context, extensionPage }) => {
    const page = await openFixture(context, OHCHR, 'en.html');
    await expect.poll(() => markCodes(page, '#intro')).toHaveLength(5);
    await hoverMark(page, 'BY', '#intro');
    await cardText(page);
    const dated = await page.evaluate(
      (sel) => (window as unknown as { __erUi?: ShadowRoot }).__erUi?.querySelector(`${sel} .status time`)?.getAttribute('datetime') ?? null,
      CARD,
    );
    expect(dated).toBe('2025-12-15');
    const line = await uiText(page, `${CARD} .status`);
    const popup = await extensionPage('popup.html#/case/viasna');
    const summary = await popup.locator('.case-status__summary').textContent();
    expect(summary).toContain('Valiantsin Stefanovich and Marfa Rabkova remain in prison');
    expect(line).toBe(`As of 15 December 2025: ${summary}`);
  });

  test('"Write to this State’s mission" opens the letter for the State', async ({ context, extensionId }) => {
    const page = await openFixture(context, OHCHR, 'en.html');
    await expect.poll(() => markCodes(page, '#intro')).toHaveLength(5);
    await hoverMark(page, 'CN', '#intro');
    await cardText(page);
    const write = await uiElement(page, `${CARD} button.mission`);
    const [letter] = await Promise.all([context.waitForEvent('page'), write.click()]);
    await letter.waitForLoadState();
    expect(letter.url()).toBe(`chrome-extension://${extensionId}/popup.html#/letter?state=CN`);
  });

  test('sits next to the mention without covering it, and closes when the pointer leaves after a grace period', async ({ context }) => {
    const page = await openFixture(context, OHCHR, 'en.html');
    await expect.poll(() => markCodes(page, '#intro')).toHaveLength(5);
    await hoverMark(page, 'EG', '#intro');
    await cardText(page);
    const mark = await markPoint(page, 'EG', '#intro');
    const box = (await (await uiElement(page, CARD)).boundingBox())!;
    expect(mark.y < box.y || mark.y > box.y + box.height).toBe(true);
    expect(box.x).toBeGreaterThanOrEqual(0);
    expect(box.x + box.width).toBeLessThanOrEqual(page.viewportSize()!.width);
    await page.mouse.move(box.x + 40, box.y + 30, { steps: 4 });
    await page.waitForTimeout(700);
    expect(await cardShown(page)).toBe(true);
    await page.locator('h1').hover();
    await expect.poll(() => cardShown(page)).toBe(false);
    expect(await page.evaluate(() => getComputedStyle(document.documentElement).cursor)).not.toBe('pointer');
  });

  test('has no accessibility violations inside the card', async ({ context }) => {
    const page = await openFixture(context, OHCHR, 'en.html');
    await expect.poll(() => markCodes(page, '#intro')).toHaveLength(5);
    await hoverMark(page, 'EG', '#intro');
    await cardText(page);
    const { axeOurUi } = await import('./axe-ui');
    expect(await axeOurUi(page, '.frame')).toEqual([]);
  });

  test('speaks the UI language and reads right to left in Arabic (screenshots)', async ({ context, extensionPage }) => {
    const page = await openFixture(context, OHCHR, 'en.html');
    await page.setViewportSize({ width: 900, height: 700 });
    await expect.poll(() => markCodes(page, '#intro')).toHaveLength(5);
    await hoverMark(page, 'EG', '#intro');
    await cardText(page);
    await page.screenshot({ path: 'tests/artifacts/card-en.png' });
    // A State with no campaign case: the card says so, and that our lists are incomplete.
    await page.locator('h1').hover();
    await expect.poll(() => cardShown(page)).toBe(false);
    await hoverMark(page, 'TD', '#countries');
    await expect.poll(async () => (await cardText(page)).includes('None of the five #EndReprisals campaign cases concerns this State.')).toBe(true);
    expect(await cardText(page)).toContain('incomplete for most years');
    await page.screenshot({ path: 'tests/artifacts/card-en-no-case.png' });

    const settingsPage = await extensionPage('popup.html');
    await setSettings(settingsPage, { uiLanguage: 'ar' });
    const arPage = await openFixture(context, 'https://www.ohchr.org/ar/fixture', 'ar.html');
    await arPage.setViewportSize({ width: 900, height: 700 });
    await expect.poll(() => markCodes(arPage, '#intro')).toHaveLength(5);
    await hoverMark(arPage, 'EG', '#intro');
    await cardText(arPage);
    expect(await (await uiElement(arPage, CARD)).getAttribute('dir')).toBe('rtl');
    expect(await uiText(arPage, `${CARD} h2`)).toBe('مصر');
    // Our Arabic translation of the case, marked as Arabic and as our translation.
    expect(await (await uiElement(arPage, `${CARD} .summary`)).getAttribute('lang')).toBe('ar');
    expect(await uiText(arPage, `${CARD} .translation-note`)).toBe('ترجمتنا للنص الإنجليزي للحملة.');
    await arPage.screenshot({ path: 'tests/artifacts/card-ar.png' });

    await setSettings(settingsPage, { uiLanguage: 'fr' });
    const frPage = await openFixture(context, 'https://news.un.org/fr/story/fixture', 'fr.html');
    await frPage.setViewportSize({ width: 900, height: 700 });
    await expect.poll(() => markCodes(frPage, '#intro')).toHaveLength(5);
    await hoverMark(frPage, 'BY', '#intro');
    await cardText(frPage);
    expect(await uiText(frPage, `${CARD} .case-title`)).toBe('Centre des droits humains Viasna');
    expect(await (await uiElement(frPage, `${CARD} .case-title`)).getAttribute('lang')).toBe('fr');
    expect(await uiText(frPage, `${CARD} .translation-note`)).toBe('Notre traduction du texte anglais de la campagne.');
    await frPage.screenshot({ path: 'tests/artifacts/card-fr.png' });
  });
});

test('the context menu items for selected text and for the page are registered', async ({ context }) => {
  const worker = context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker'));
  for (const id of ['er-reprisal-cases', 'er-states-panel']) {
    // update() fails for an id that does not exist, and creates nothing.
    await expect
      .poll(() =>
        worker.evaluate(
          (menuId) =>
            new Promise<string>((resolve) => {
              const c = (globalThis as unknown as { chrome: any }).chrome;
              c.contextMenus.update(menuId, {}, () => resolve(c.runtime.lastError?.message ?? 'exists'));
            }),
          id,
        ),
      )
      .toBe('exists');
  }
});

test('tears down when the extension is reloaded under the page: highlights and our element removed', async ({ context }) => {
  const page = await openFixture(context, OHCHR, 'en.html');
  await expect.poll(() => markCodes(page, '#intro')).toHaveLength(5);
  const worker = context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker'));
  await worker.evaluate(() => (globalThis as unknown as { chrome: { runtime: { reload(): void } } }).chrome.runtime.reload()).catch(() => undefined);
  // The orphaned script notices on its next bit of work: a change to the page.
  await expect(async () => {
    await page.evaluate(() => document.body.appendChild(document.createElement('span')));
    expect(await marksIn(page)).toEqual([]);
  }).toPass({ timeout: 15_000 });
  await expect(page.locator('endreprisals-ui')).toHaveCount(0);
  await expect(page.locator('#intro')).toHaveText(INTRO);
});
