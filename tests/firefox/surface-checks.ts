import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import type { Browser, ElementHandle, Page } from 'puppeteer-core';
import { translate } from '@/lib/i18n';
import type { Checks } from './checks';
import { openExtensionPage, waitUntil } from './firefox';
import { clickText, expectCount, expectText, followLink, tabOpenedBy } from './page-helpers';

const SCREENS = resolve(import.meta.dirname, '../artifacts/screens');

/** The surfaces the Chromium end-to-end tests cover, in Firefox: options, post, letter, dashboard, and the card in Arabic. */
export async function runSurfaceChecks(checks: Checks, browser: Browser, unPage: string, uuid: string): Promise<void> {
  const base = `moz-extension://${uuid}`;
  const en = (key: Parameters<typeof translate>[1], params?: Record<string, string>) => translate('en', key, params);
  mkdirSync(SCREENS, { recursive: true });
  const errors: string[] = [];
  const open = async (path: string) => {
    const page = await openExtensionPage(browser, `${base}/${path}`);
    page.on('pageerror', (error) => errors.push(`${path}: ${error instanceof Error ? error.message : String(error)}`));
    await page.setViewport({ width: 400, height: 600 });
    return page;
  };

  await checks.run('options: opened from the popup, keeps the interface language, reads right to left in Arabic', async () => {
    const options = await open('popup.html#/');
    await waitUntil(options, () => document.querySelectorAll('.app-footer__link').length === 2, null);
    const href = await followLink(options, '.app-footer__link', en('popupSettings'));
    if (href !== `${base}/options.html`) throw new Error(`"Settings" leads to ${href}`);
    await expectText(options, 'h1', en('optionsHeading'));
    await options.select('#opt-ui-language', 'ar');
    await waitUntil(options, () => document.documentElement.lang === 'ar' && document.documentElement.dir === 'rtl', null);
    await expectText(options, 'h1', translate('ar', 'optionsHeading'));
    await options.setViewport({ width: 900, height: 900 });
    await options.screenshot({ path: join(SCREENS, 'firefox-options-ar.png'), fullPage: true });

    // The popup and the dashboard read the stored choice.
    const arPopup = await open('popup.html#/');
    await waitUntil(arPopup, () => document.documentElement.dir === 'rtl' && document.querySelectorAll('.case-card__summary').length === 5, null);
    await arPopup.screenshot({ path: join(SCREENS, 'firefox-popup-cases-ar.png') });
    await arPopup.close();

    await options.select('#opt-ui-language', 'en');
    await waitUntil(options, () => document.documentElement.lang === 'en', null);
    // The options page shows the choice before its write lands: the checks that follow read English
    // only once a new popup, drawn from the stored settings, reads it back.
    const enPopup = await open('popup.html#/');
    await waitUntil(enPopup, () => document.documentElement.lang === 'en' && document.querySelectorAll('.app-footer__link').length === 2, null);
    await enPopup.close();
    await options.close();
  }, 60_000);

  await checks.run('post: opens X with the text of the composer, and says so', async () => {
    const popup = await open('popup.html#/post/jiang-tianyong');
    await waitUntil(popup, () => ((document.getElementById('post-text') as HTMLTextAreaElement | null)?.value ?? '').includes('#EndReprisals'), null);
    const text = await popup.evaluate(() => (document.getElementById('post-text') as HTMLTextAreaElement).value);
    const { page: tab, url } = await tabOpenedBy(browser, 'https://x.com/intent/tweet', () =>
      clickText(popup, 'button', en('composeOpenIn', { network: 'X' })),
    );
    await tab.close();
    const sent = new URL(url).searchParams.get('text');
    if (sent !== text) throw new Error(`X was given ${JSON.stringify(sent)}, the composer holds ${JSON.stringify(text)}`);
    await expectText(popup, '[role="status"]', 'X opened in a new tab', true);
    await popup.close();
  });

  await checks.run('letter: a letter to Egypt opens in Gmail with the subject and body shown', async () => {
    const popup = await open('popup.html#/letter?state=EG&cases=ibrahim-metwally-hegazy');
    await waitUntil(popup, () => ((document.querySelector('[data-testid="letter-body"]') as HTMLTextAreaElement | null)?.value ?? '').length > 200, null).catch(async () => {
      const shown = await popup.evaluate(() => document.body.innerText.slice(0, 600));
      throw new Error(`no letter shown; the popup shows: ${shown.replace(/\s+/g, ' ')}`);
    });
    // Drafts need a signature.
    await popup.focus('#sender-name');
    await popup.keyboard.type('Amina Test');
    await waitUntil(popup, () => ((document.querySelector('[data-testid="letter-body"]') as HTMLTextAreaElement).value ?? '').includes('Amina Test'), null);
    const [subject, body] = await popup.evaluate(() => [
      (document.querySelector('[data-testid="letter-subject"]') as HTMLInputElement).value,
      (document.querySelector('[data-testid="letter-body"]') as HTMLTextAreaElement).value,
    ]);
    const { page: tab, url } = await tabOpenedBy(browser, 'https://mail.google.com/mail/', () =>
      clickText(popup, 'button', en('letterDraftIn', { provider: 'Gmail' })),
    );
    await tab.close();
    const params = new URL(url).searchParams;
    if (params.get('su') !== subject) throw new Error(`Gmail got the subject ${JSON.stringify(params.get('su'))}, not ${JSON.stringify(subject)}`);
    if (params.get('body')?.replace(/\r\n/g, '\n') !== body) throw new Error('Gmail got another body than the one shown');
    await popup.close();
  });

  let dashboard: Page | undefined;
  const counted = await checks.run('dashboard: opened from the popup, counts the post and the letter, draws the chart and the map', async () => {
    const page = await open('popup.html#/');
    dashboard = page;
    await waitUntil(page, () => document.querySelectorAll('.app-footer__link').length === 2, null);
    const href = await followLink(page, '.app-footer__link', en('popupDashboard'));
    if (href !== `${base}/dashboard.html`) throw new Error(`"Your actions" leads to ${href}`);
    await page.setViewport({ width: 1200, height: 900 });
    await waitUntil(page, () => document.documentElement.hasAttribute('data-ready'), null);
    for (const [stat, value] of [['total', '2'], ['posts', '1'], ['drafted', '1']]) {
      await waitUntil(page, ([s, v]: string[]) => document.querySelector(`[data-stat="${s}"]`)?.getAttribute('data-value') === v, [stat!, value!]);
    }
    const bars = await page.evaluate(() => document.querySelectorAll('.activity-chart__bar').length);
    if (bars === 0) throw new Error('the chart has no bar');
    // Egypt, written to, is drawn as a drafted letter (and as a case State).
    await expectCount(page, '.missions-map__land--drafted', 1);
    await expectText(page, '.dashboard-header__brand', '#EndReprisals');
  }, 45_000);

  if (counted && dashboard) {
    const page = dashboard;
    await checks.run('dashboard: exports the record as JSON', async () => {
      // The file's content is read where it is made; the download itself is not started.
      await page.evaluate(() => {
        const made = URL.createObjectURL.bind(URL);
        URL.createObjectURL = (blob: Blob | MediaSource) => {
          (window as unknown as { __erExport?: Blob }).__erExport = blob as Blob;
          return made(blob);
        };
        HTMLAnchorElement.prototype.click = function (this: HTMLAnchorElement) {
          if (!this.download) HTMLElement.prototype.click.call(this);
        };
      });
      await clickText(page, 'button', en('dashboardExportJson'));
      await expectText(page, '[data-testid="data-message"]', en('dashboardExported', { count: '2' }));
      const file = await page.evaluate(async () => JSON.parse(await (window as unknown as { __erExport: Blob }).__erExport.text()) as { format: string; actions: Array<{ kind: string }> });
      const kinds = file.actions.map((a) => a.kind).sort();
      if (file.format !== 'endreprisals-actions' || kinds.join() !== 'letter-drafted,post') throw new Error(`the export holds ${JSON.stringify(kinds)} (${file.format})`);
    });

    await checks.run('dashboard: imports an export file and adds its actions', async () => {
      const dir = mkdtempSync(join(tmpdir(), 'er-import-'));
      try {
        const now = Date.now();
        const actions = ['BE', 'FR', 'BR'].map((state, i) => ({
          id: crypto.randomUUID(),
          createdAt: now - (3 - i) * 60_000,
          kind: 'letter-sent',
          cases: ['viasna'],
          state,
          channel: 'gmail',
          language: 'en',
        }));
        const path = join(dir, 'import.json');
        writeFileSync(path, JSON.stringify({ format: 'endreprisals-actions', version: 1, exportedAt: new Date(now).toISOString(), actions }));
        const input = (await page.$('#import-file')) as ElementHandle<HTMLInputElement> | null;
        if (!input) throw new Error('no file input');
        await input.uploadFile(path);
        await expectText(page, '[data-testid="data-message"]', en('dashboardImported', { added: '3', present: '0' }));
        await waitUntil(page, () => document.querySelector('[data-stat="total"]')?.getAttribute('data-value') === '5', null);
        await expectCount(page, '.missions-map__land--sent', 3);
      } finally {
        rmSync(dir, { recursive: true, force: true });
      }
    });

    await checks.run('dashboard: "Delete everything" asks, then empties the record', async () => {
      await clickText(page, 'button', en('dashboardDeleteAll'));
      await waitUntil(page, () => (document.querySelector('[data-testid="delete-all-dialog"]') as HTMLDialogElement | null)?.open === true, null);
      await clickText(page, '[data-testid="delete-all-dialog"] .button--danger');
      await expectText(page, '[data-testid="data-message"]', en('dashboardDeletedAll'));
      await waitUntil(page, () => document.querySelector('[data-stat="total"]')?.getAttribute('data-value') === '0', null);
    });
    await page.close();
  } else {
    for (const name of ['exports the record as JSON', 'imports an export file and adds its actions', '"Delete everything" asks, then empties the record']) {
      checks.notRun(`dashboard: ${name}`, 'the dashboard did not open');
    }
  }

  await checks.run('dashboard and card in Arabic: the brand reads "#EndReprisals", the card is drawn (screenshots)', async () => {
    const popup = await open('popup.html#/');
    await popup.evaluate(async () => {
      const ext = (globalThis as unknown as { browser: { storage: { sync?: StorageArea; local: StorageArea } } }).browser;
      type StorageArea = { get(k: string): Promise<Record<string, unknown>>; set(v: object): Promise<void> };
      const area = ext.storage.sync ?? ext.storage.local;
      const stored = ((await area.get('settings')).settings ?? {}) as Record<string, unknown>;
      await area.set({ settings: { ...stored, uiLanguage: 'ar' } });
    });
    await popup.close();
    const arDashboard = await open('popup.html#/');
    await waitUntil(arDashboard, () => document.documentElement.dir === 'rtl' && document.querySelectorAll('.app-footer__link').length === 2, null);
    await followLink(arDashboard, '.app-footer__link', translate('ar', 'popupDashboard'));
    await arDashboard.setViewport({ width: 1200, height: 700 });
    await waitUntil(arDashboard, () => document.documentElement.dir === 'rtl' && document.documentElement.hasAttribute('data-ready'), null);
    // In a right-to-left line the "#" of an unisolated brand goes to the end: "EndReprisals#".
    const brand = await arDashboard.evaluate(() => {
      const bdi = document.querySelector('.dashboard-header__brand bdi');
      return { text: bdi?.textContent, dir: bdi?.getAttribute('dir') };
    });
    if (brand.text !== '#EndReprisals' || brand.dir !== 'ltr') throw new Error(`the brand is ${JSON.stringify(brand)}`);
    await arDashboard.screenshot({ path: join(SCREENS, 'firefox-dashboard-ar.png') });
    await arDashboard.close();

    const card = await browser.newPage();
    await card.setViewport({ width: 1000, height: 700 });
    await card.goto(unPage, { waitUntil: 'load' });
    await waitUntil(card, () => (CSS.highlights.get('endreprisals-eg')?.size ?? 0) > 0, undefined);
    const point = await card.evaluate(() => {
      const range = [...CSS.highlights.get('endreprisals-eg')!][0] as Range;
      range.startContainer.parentElement!.scrollIntoView({ block: 'center' });
      const box = range.getClientRects()[0]!;
      return { x: box.left + box.width / 2, y: box.top + box.height / 2 };
    });
    await card.mouse.move(point.x - 2, point.y);
    await card.mouse.move(point.x, point.y);
    await waitUntil(card, () => getComputedStyle(document.querySelector('endreprisals-ui')!).display === 'block', undefined, 5_000);
    await card.screenshot({ path: join(SCREENS, 'firefox-card-ar.png') });
    await card.close();

    const popup2 = await open('popup.html#/');
    await popup2.evaluate(async () => {
      const ext = (globalThis as unknown as { browser: { storage: { sync?: StorageArea; local: StorageArea } } }).browser;
      type StorageArea = { get(k: string): Promise<Record<string, unknown>>; set(v: object): Promise<void> };
      const area = ext.storage.sync ?? ext.storage.local;
      const stored = ((await area.get('settings')).settings ?? {}) as Record<string, unknown>;
      await area.set({ settings: { ...stored, uiLanguage: 'auto' } });
    });
    await popup2.close();
  }, 60_000);

  await checks.run('options, post, letter and dashboard raised no uncaught errors', async () => {
    if (errors.length > 0) throw new Error(errors.join('\n      '));
  });
}
