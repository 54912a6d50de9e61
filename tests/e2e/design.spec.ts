import type { BrowserContext, Page } from '@playwright/test';
import { expect, test } from './fixtures';
import { axeOurUi } from './axe-ui';
import { importActions, openDashboard } from './dashboard-helpers';
import { expectNoAxeViolations, openPopup, screenshot } from './popup-helpers';
import { expectPageText, fixturePdf, openReader, servePdf, UN_PDF } from './reader-helpers';
import { exposeUi, hoverMark, markCodes, openFixture, openStatesPanel, setSettings, uiText } from './un-pages-helpers';

/**
 * Every surface of the extension in both colour schemes and both directions: each one is
 * screenshot (tests/artifacts/screens/design-*) and checked with axe, colour contrast included,
 * so a token that reads well in light but not in dark (or the reverse) fails here.
 */
const SCHEMES = ['light', 'dark'] as const;
const LANGUAGES = ['en', 'ar'] as const;
type Scheme = (typeof SCHEMES)[number];

/** What the page's own colour says about the scheme its tokens resolved to. */
async function backgroundLightness(page: Page, selector: string): Promise<number> {
  const colour = await page.locator(selector).first().evaluate((el) => getComputedStyle(el).backgroundColor);
  const [r = 0, g = 0, b = 0] = (colour.match(/\d+(\.\d+)?/g) ?? []).map(Number);
  return (r + g + b) / 3;
}

async function expectScheme(page: Page, scheme: Scheme, selector = 'body'): Promise<void> {
  const lightness = await backgroundLightness(page, selector);
  if (scheme === 'dark') expect(lightness, `${selector} background in dark`).toBeLessThan(80);
  else expect(lightness, `${selector} background in light`).toBeGreaterThan(200);
}

async function check(page: Page, scheme: Scheme, name: string, fullPage = true): Promise<void> {
  await screenshot(page, `design-${name}-${scheme}`, fullPage);
  await expectNoAxeViolations(page);
}

async function extensionSurfaces(context: BrowserContext, extensionId: string, extensionPage: (path: string) => Promise<Page>, scheme: Scheme) {
  await importActions(context, extensionId, [
    { kind: 'letter-sent', cases: ['viasna'], state: 'BE', channel: 'gmail', language: 'fr' },
    { kind: 'letter-drafted', cases: ['jiang-tianyong'], state: 'BR', channel: 'outlook', language: 'es' },
    { kind: 'post', cases: ['ibrahim-metwally-hegazy'], state: null, channel: 'x', language: 'en' },
  ]);
  const settingsPage = await extensionPage('popup.html');
  await servePdf(context, UN_PDF, fixturePdf('report-en.pdf'));
  for (const lang of LANGUAGES) {
    await setSettings(settingsPage, { uiLanguage: lang });
    const views: Array<[string, string]> = [
      ['popup-cases', '#/'],
      ['popup-case', '#/case/viasna'],
      ['popup-letter', '#/letter?state=EG&cases=ibrahim-metwally-hegazy'],
    ];
    for (const [name, hash] of views) {
      const popup = await openPopup(extensionPage, hash);
      await popup.emulateMedia({ colorScheme: scheme });
      await expect(popup.locator('html')).toHaveAttribute('lang', lang);
      await expectScheme(popup, scheme, '.app');
      await check(popup, scheme, `${name}-${lang}`);
      await popup.close();
    }

    const options = await extensionPage('options.html');
    await options.emulateMedia({ colorScheme: scheme });
    await options.setViewportSize({ width: 900, height: 900 });
    await expect(options.locator('html')).toHaveAttribute('lang', lang);
    await expectScheme(options, scheme, 'html');
    await check(options, scheme, `options-${lang}`);
    await options.close();

    const dashboard = await context.newPage();
    await dashboard.emulateMedia({ colorScheme: scheme });
    await openDashboard(dashboard, extensionId);
    await expect(dashboard.locator('html')).toHaveAttribute('lang', lang);
    await expect(dashboard.locator('[data-stat="total"]')).toHaveAttribute('data-value', '3');
    await expectScheme(dashboard, scheme, 'html');
    await check(dashboard, scheme, `dashboard-${lang}`);
    await dashboard.close();

    const reader = await openReader(context, extensionId, { src: UN_PDF });
    await reader.emulateMedia({ colorScheme: scheme });
    await expectPageText(reader, 1, /Egypt/);
    await expectScheme(reader, scheme, '.reader-bar');
    await check(reader, scheme, `reader-${lang}`, false);
    await reader.close();
  }
  await settingsPage.close();
}

for (const scheme of SCHEMES) {
  test(`extension pages in ${scheme}, in English and Arabic: screenshots and no axe violations`, async ({ context, extensionId, extensionPage }) => {
    test.setTimeout(240_000);
    await extensionSurfaces(context, extensionId, extensionPage, scheme);
  });

  test(`the card on a UN page in ${scheme}, in English and Arabic: screenshots and no axe violations`, async ({ context, extensionPage }) => {
    const settingsPage = await extensionPage('popup.html');
    for (const lang of LANGUAGES) {
      await setSettings(settingsPage, { uiLanguage: lang });
      const page = await openFixture(context, 'https://www.ohchr.org/en/reprisals', 'en.html');
      await page.emulateMedia({ colorScheme: scheme });
      await page.setViewportSize({ width: 900, height: 700 });
      await expect.poll(() => markCodes(page, '#intro')).toHaveLength(5);
      await hoverMark(page, 'EG', '#intro');
      await expect
        .poll(async () => {
          await exposeUi(page);
          return uiText(page, '.frame section[role="dialog"] h2');
        })
        .toBe(lang === 'ar' ? 'مصر' : 'Egypt');
      const background = await page.evaluate(() => {
        const ui = (window as unknown as { __erUi: ShadowRoot }).__erUi;
        return getComputedStyle(ui.querySelector('.card')!).backgroundColor;
      });
      expect(background === 'rgb(255, 255, 255)').toBe(scheme === 'light');
      await screenshot(page, `design-card-${lang}-${scheme}`, false);
      expect(await axeOurUi(page, '.frame')).toEqual([]);
      await page.close();
    }
    await settingsPage.close();
  });
  test(`the States panel on a UN page in ${scheme}, in English and Arabic: screenshots and no axe violations`, async ({ context, extensionPage }) => {
    const settingsPage = await extensionPage('popup.html');
    for (const lang of LANGUAGES) {
      await setSettings(settingsPage, { uiLanguage: lang });
      const url = lang === 'ar' ? 'https://www.ohchr.org/ar/fixture' : 'https://www.ohchr.org/en/reprisals';
      const page = await openFixture(context, url, `${lang}.html`);
      await page.emulateMedia({ colorScheme: scheme });
      await page.setViewportSize({ width: 1200, height: 760 });
      await expect.poll(() => markCodes(page, '#intro')).toHaveLength(5);
      await openStatesPanel(context, page);
      await expect
        .poll(async () => {
          await exposeUi(page);
          return uiText(page, '.panel h2');
        })
        .toBe(lang === 'ar' ? 'الدول المذكورة في هذه الصفحة' : 'States on this page');
      // A State chosen: its mention steps and details show, the states a reader meets in use.
      await page.keyboard.press('ArrowDown');
      await expect.poll(() => uiText(page, '.panel .state.active')).not.toBeNull();
      const panel = await page.evaluate(() => {
        const ui = (window as unknown as { __erUi: ShadowRoot }).__erUi;
        const el = ui.querySelector('.panel')!;
        return { background: getComputedStyle(el).backgroundColor, dir: el.getAttribute('dir') };
      });
      expect(panel.background === 'rgb(255, 255, 255)').toBe(scheme === 'light');
      expect(panel.dir).toBe(lang === 'ar' ? 'rtl' : 'ltr');
      await screenshot(page, `design-panel-${lang}-${scheme}`, false);
      expect(await axeOurUi(page, '.panel-frame')).toEqual([]);
      await page.close();
    }
    await settingsPage.close();
  });
}
