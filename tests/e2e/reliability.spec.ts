import type { Page } from '@playwright/test';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { exportFile, importActions, openDashboard, stat, type SeedAction } from './dashboard-helpers';
import { expect, launchChromium, test } from './fixtures';
import { expectNoAxeViolations, openPopup, screenshot, stubSite, tabOpenedBy } from './popup-helpers';
import { openFixture } from './un-pages-helpers';

/** The 195 States' ISO codes, from the shipped data. */
const STATE_CODES = (JSON.parse(readFileSync(resolve(import.meta.dirname, '../../lib/data/states.generated.json'), 'utf8')) as Array<{ iso2: string }>).map((s) => s.iso2);

const SEED: SeedAction[] = [
  { kind: 'post', cases: ['viasna'], state: null, channel: 'x', language: 'en' },
  { kind: 'letter-drafted', cases: ['ibrahim-metwally-hegazy'], state: 'EG', channel: 'gmail', language: 'ar' },
];

/**
 * Makes IndexedDB refuse to open in the page, as private windows of some browsers and blocked or
 * full storage do, until the page sets `__idbWorks = true`. Deleting a database still works.
 */
async function breakIndexedDb(page: Page): Promise<void> {
  await page.addInitScript(() => {
    const open = IDBFactory.prototype.open;
    IDBFactory.prototype.open = function (this: IDBFactory, ...args: Parameters<IDBFactory['open']>) {
      if ((globalThis as { __idbWorks?: boolean }).__idbWorks) return open.apply(this, args);
      throw new DOMException('A mutation operation was attempted on a database that did not allow mutations.', 'InvalidStateError');
    };
  });
}

/** Collects violations of the extension pages' Content-Security-Policy (eval, inline code…). */
async function watchCsp(page: Page): Promise<() => Promise<string[]>> {
  await page.addInitScript(() => {
    const seen: string[] = [];
    (globalThis as { __cspViolations?: string[] }).__cspViolations = seen;
    document.addEventListener('securitypolicyviolation', (e) => seen.push(`${e.violatedDirective} ${e.blockedURI}`));
  });
  return () => page.evaluate(() => (globalThis as { __cspViolations?: string[] }).__cspViolations ?? ['not watched']);
}

async function download(page: Page, button: string): Promise<string> {
  const [file] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: button }).click()]);
  return readFileSync((await file.path())!, 'utf8');
}

test.describe('the record', () => {
  test('an import with a date past what a Date can hold is refused by name, and nothing is stuck', async ({ context, extensionId }) => {
    await importActions(context, extensionId, SEED);
    const page = await context.newPage();
    await openDashboard(page, extensionId);
    await expect(stat(page, 'total')).toHaveAttribute('data-value', '2');
    const before = await download(page, 'Export (JSON)');

    const file = exportFile([{ kind: 'post', cases: ['viasna'], state: null, channel: 'x', language: 'en' }]);
    const envelope = JSON.parse(file.buffer.toString());
    envelope.actions.push({ ...envelope.actions[0], id: crypto.randomUUID(), createdAt: 9e15 });
    await page.locator('#import-file').setInputFiles({ ...file, buffer: Buffer.from(JSON.stringify(envelope)) });
    const message = page.getByTestId('data-message');
    await expect(message).toHaveAttribute('data-tone', 'error');
    await expect(message).toContainText('At actions[1].createdAt: expected a date between');
    await expect(message).toContainText('Nothing was imported.');
    await screenshot(page, 'dashboard-import-refused');

    await page.reload();
    await page.locator('html[data-ready]').waitFor();
    await expect(stat(page, 'total')).toHaveAttribute('data-value', '2');
    const after = await download(page, 'Export (JSON)');
    expect(JSON.parse(after).actions).toEqual(JSON.parse(before).actions);
    expect((await download(page, 'Export for spreadsheets (CSV)')).split('\r\n')).toHaveLength(2 + 2);
  });

  test('a record an older version stored with an impossible date still opens, lists and exports', async ({ context, extensionId }) => {
    await importActions(context, extensionId, SEED);
    const page = await context.newPage();
    await openDashboard(page, extensionId);
    // What an import before dates were checked left behind: the row and its running totals.
    await page.evaluate(async () => {
      const db = await new Promise<IDBDatabase>((resolve, reject) => {
        const request = indexedDB.open('endreprisals');
        request.onsuccess = () => resolve(request.result);
        request.onerror = () => reject(request.error);
      });
      const tx = db.transaction(['actions', 'tallies', 'activity'], 'readwrite');
      const id = crypto.randomUUID();
      tx.objectStore('actions').put({ id, kind: 'post', cases: ['viasna'], state: null, channel: 'x', language: 'en', createdAt: 9e15 });
      tx.objectStore('activity').put({ day: Math.floor(9e15 / 86_400_000), n: 1 });
      for (const key of ['total', 'kind|post', 'case|viasna|post']) {
        const tallies = tx.objectStore('tallies');
        const request = tallies.get(key);
        request.onsuccess = () => tallies.put({ key, n: (request.result?.n ?? 0) + 1 });
      }
      await new Promise((resolve, reject) => ((tx.oncomplete = resolve), (tx.onerror = () => reject(tx.error))));
      db.close();
    });
    await page.reload();
    await page.locator('html[data-ready]').waitFor();
    await expect(stat(page, 'total')).toHaveAttribute('data-value', '3');
    await expect(page.getByTestId('activity-chart')).toBeVisible();
    await expect(page.getByTestId('action-list').locator('time[datetime="9000000000000000"]')).toHaveText('9000000000000000');
    expect(JSON.parse(await download(page, 'Export (JSON)')).actions).toHaveLength(3);
    expect(await download(page, 'Export for spreadsheets (CSV)')).toContain(',9000000000000000,post,');
    await expect(page.getByTestId('section-problem')).toHaveCount(0);
  });

  test('when the record cannot be read, the dashboard says so and export, import and delete still answer', async ({ context, extensionId }) => {
    const page = await context.newPage();
    await breakIndexedDb(page);
    await page.goto(`chrome-extension://${extensionId}/dashboard.html`);
    await expect(page.getByTestId('section-problem').first()).toContainText('Your record could not be read (InvalidStateError');
    await expect(page.getByText('Loading your record…')).toHaveCount(0);
    await screenshot(page, 'dashboard-record-unreadable');
    await expectNoAxeViolations(page);

    const message = page.getByTestId('data-message');
    await page.getByRole('button', { name: 'Export (JSON)' }).click();
    await expect(message).toContainText('The export failed (');
    await expect(message).toContainText('Your record was not changed.');
    await page.locator('#import-file').setInputFiles(exportFile(SEED));
    await expect(message).toContainText('The import failed (');
    // Deleting still works: the database that cannot be opened is removed whole.
    await page.getByRole('button', { name: 'Delete everything' }).click();
    const confirm = page.getByRole('alertdialog', { name: 'Delete your whole record?' });
    await expect(confirm).toContainText('including what could not be read');
    await confirm.getByRole('button', { name: 'Delete everything' }).click();
    await expect(message).toHaveText('Your record is now empty.');

    // Once storage works again, "Try again" reads the (now empty) record.
    await page.evaluate(() => ((globalThis as { __idbWorks?: boolean }).__idbWorks = true));
    await page.getByRole('button', { name: 'Try again' }).first().click();
    await expect(stat(page, 'total')).toHaveAttribute('data-value', '0');
  });
});

test.describe('act first, record after', () => {
  test('with IndexedDB failing, "Open in X" still opens X and says the post was not recorded', async ({ context, extensionId }) => {
    await stubSite(context, 'https://x.com/**');
    const page = await context.newPage();
    await breakIndexedDb(page);
    await page.setViewportSize({ width: 400, height: 600 });
    await page.goto(`chrome-extension://${extensionId}/popup.html#/post/viasna`);
    const text = await page.getByLabel('Your post').inputValue();
    const tab = await tabOpenedBy(context, () => page.getByRole('button', { name: 'Open in X' }).click());
    expect(new URL(tab.url()).searchParams.get('text')).toBe(text);
    await expect(page.getByRole('status').filter({ hasText: 'X opened in a new tab' })).toBeVisible();
    const notice = page.getByTestId('record-notice');
    await expect(notice).toContainText('This action could not be added to your record (InvalidStateError');
    await expect(notice.getByRole('button', { name: 'Go to X' })).toBeVisible();
    await screenshot(page, 'post-not-recorded');
    await expectNoAxeViolations(page);

    // Retrying while storage still fails says so again; once it works, the post is recorded once.
    await notice.getByRole('button', { name: 'Add it to my record' }).click();
    await expect(notice).toBeVisible();
    await page.evaluate(() => ((globalThis as { __idbWorks?: boolean }).__idbWorks = true));
    await notice.getByRole('button', { name: 'Add it to my record' }).click();
    await expect(page.getByRole('status').filter({ hasText: 'Added to your record.' })).toBeVisible();
    await expect(notice).toHaveCount(0);
    const dashboard = await context.newPage();
    await openDashboard(dashboard, extensionId);
    await expect(stat(dashboard, 'posts')).toHaveAttribute('data-value', '1');
  });

  test('with IndexedDB failing, a draft still opens in Gmail and says it was not recorded', async ({ context, extensionId }) => {
    await stubSite(context, 'https://mail.google.com/**');
    const page = await context.newPage();
    await breakIndexedDb(page);
    await page.goto(`chrome-extension://${extensionId}/popup.html#/letter?state=EG&cases=ibrahim-metwally-hegazy`);
    await page.getByLabel('Name', { exact: true }).fill('Amina Test');
    const tab = await tabOpenedBy(context, () => page.getByRole('button', { name: 'Draft in Gmail' }).click());
    const url = new URL(tab.url());
    expect(url.searchParams.get('view')).toBe('cm');
    // The whole letter went into the draft although nothing could be recorded.
    expect(url.searchParams.get('body')?.replace(/\r\n/g, '\n')).toBe(await page.getByTestId('letter-body').inputValue());
    await expect(page.getByTestId('record-notice')).toContainText('could not be added to your record');
    await expect(page.getByTestId('record-notice').getByRole('button', { name: 'Go to Gmail' })).toBeVisible();
  });
});

test.describe('settings', () => {
  test('195 mission addresses saved in the options are all there after the browser restarts', async () => {
    const profile = mkdtempSync(join(tmpdir(), 'er-e2e-restart-'));
    try {
      const lines = STATE_CODES.map((iso2) => `${iso2}\tpermanent.mission.${iso2.toLowerCase()}@mission-geneva.example.org`);
      expect(lines).toHaveLength(195);
      let browser = await launchChromium({ profile });
      let page = await browser.context.newPage();
      await page.goto(`chrome-extension://${browser.extensionId}/options.html`);
      await page.getByLabel(/Add addresses, one per line/).fill(lines.join('\n'));
      await page.getByRole('button', { name: 'Save these addresses' }).click();
      await expect(page.getByTestId('mission-address-count')).toHaveText('Addresses saved: 195');
      await expect(page.getByTestId('settings-problem')).toHaveCount(0);
      // Other settings still save next to them.
      await page.getByLabel('Network for posts').selectOption('mastodon');
      await expect(page.getByRole('status').filter({ hasText: 'Saved.' })).toBeVisible();
      await expect(page.getByTestId('settings-problem')).toHaveCount(0);
      await browser.close();

      browser = await launchChromium({ profile });
      page = await browser.context.newPage();
      await page.goto(`chrome-extension://${browser.extensionId}/options.html`);
      await expect(page.getByTestId('mission-address-count')).toHaveText('Addresses saved: 195');
      await expect(page.getByLabel('Network for posts')).toHaveValue('mastodon');
      await page.getByText('Show the saved addresses').click();
      await expect(page.getByTestId('mission-address-list').locator('tbody tr')).toHaveCount(195);
      await expect(page.locator('tr[data-iso2="ZW"] td').first()).toHaveText('permanent.mission.zw@mission-geneva.example.org');
      await page.setViewportSize({ width: 900, height: 1000 });
      await screenshot(page, 'options-mission-addresses');
      await expectNoAxeViolations(page);
      const popup = await openPopup(async (path) => {
        const p = await browser.context.newPage();
        await p.goto(`chrome-extension://${browser.extensionId}/${path}`);
        return p;
      }, '#/letter?state=VA');
      await expect(popup.getByLabel("Mission's email address")).toHaveValue('permanent.mission.va@mission-geneva.example.org');
      await browser.close();
    } finally {
      rmSync(profile, { recursive: true, force: true });
    }
  });

  test('damaged stored settings cost only the damaged fields: every page opens and keeps the rest', async ({ context, extensionId }) => {
    const page = await context.newPage();
    await page.goto(`chrome-extension://${extensionId}/options.html`);
    await page.evaluate(async () => {
      const { chrome } = globalThis as unknown as { chrome: { storage: Record<'sync' | 'local', { set(v: object): Promise<void> }> } };
      // Local first: the background may move the sync item's addresses into local storage at any moment.
      await chrome.storage.local.set({ missionEmails: { BR: 'brasil@example.org', CN: null }, markingDisabledHosts: 'everywhere' });
      await chrome.storage.sync.set({
        settings: {
          uiLanguage: 'fr',
          defaultNetwork: 42,
          defaultMailProvider: 'outlook',
          sender: 'not an object',
          goal: { missions: 3, by: 'soon' },
          marking: 'on',
          missionEmails: { FR: 'france@example.org', EG: 42 },
          fromANewerVersion: { keep: true },
        },
      });
    });

    const popup = await openPopup(async (path) => {
      const p = await context.newPage();
      await p.goto(`chrome-extension://${extensionId}/${path}`);
      return p;
    });
    await expect(popup.locator('html')).toHaveAttribute('lang', 'fr');
    await expect(popup.locator('[data-case-link]')).toHaveCount(5);

    await page.reload();
    await expect(page.getByLabel('Où rédiger les lettres')).toHaveValue('outlook');
    await expect(page.getByLabel('Réseau pour les messages')).toHaveValue('x');
    await expect(page.getByTestId('mission-address-count')).toHaveText('Adresses enregistrées : 2');

    const dashboard = await context.newPage();
    await openDashboard(dashboard, extensionId);
    await expect(dashboard.getByTestId('goal-progress')).toHaveAttribute('aria-valuemax', '3');

    const un = await openFixture(context, 'https://www.ohchr.org/en/reprisals', 'en.html');
    await expect
      .poll(() => un.evaluate(() => (globalThis.CSS?.highlights?.size ?? 0) + document.querySelectorAll('er-state').length))
      .toBeGreaterThan(0);

    // A change saved now keeps what this version does not know.
    await page.getByLabel('Réseau pour les messages').selectOption('bluesky');
    await expect(page.getByRole('status').filter({ hasText: 'Enregistré.' })).toBeVisible();
    const stored = await page.evaluate(async () => {
      const { chrome } = globalThis as unknown as { chrome: { storage: { sync: { get(k: string): Promise<Record<string, unknown>> } } } };
      return (await chrome.storage.sync.get('settings')).settings as Record<string, unknown>;
    });
    expect(stored).toMatchObject({ uiLanguage: 'fr', defaultNetwork: 'bluesky', fromANewerVersion: { keep: true }, goal: { missions: 3 } });
    expect(stored).not.toHaveProperty('missionEmails');
  });

  test('a settings change the browser refuses is said at the top of the page and changes nothing', async ({ context, extensionId }) => {
    const page = await context.newPage();
    await page.addInitScript(() => {
      const sync = (globalThis as unknown as { chrome: { storage: { sync: { set: (...a: unknown[]) => Promise<void> } } } }).chrome.storage.sync;
      const set = sync.set.bind(sync);
      sync.set = (...args: unknown[]) =>
        (globalThis as { __syncFull?: boolean }).__syncFull ? Promise.reject(new Error('QUOTA_BYTES_PER_ITEM quota exceeded')) : set(...args);
    });
    await page.setViewportSize({ width: 900, height: 900 });
    await page.goto(`chrome-extension://${extensionId}/options.html`);
    await page.evaluate(() => ((globalThis as { __syncFull?: boolean }).__syncFull = true));
    await page.getByLabel('Network for posts').selectOption('threads');
    const problem = page.getByTestId('settings-problem');
    await expect(problem).toHaveText(/Your change could not be saved \(QUOTA_BYTES_PER_ITEM quota exceeded\)\. Your settings are as they were before it\./);
    await expect(page.getByRole('status').filter({ hasText: 'Saved.' })).toHaveCount(0);
    await screenshot(page, 'options-not-saved');
    await expectNoAxeViolations(page);
    await problem.getByRole('button', { name: 'Dismiss' }).click();
    await expect(problem).toHaveCount(0);
    await page.reload();
    await expect(page.getByLabel('Network for posts')).toHaveValue('x');
  });
});

test('extension pages run under their strict policy without a single violation (no eval, zod jitless)', async ({ context, extensionId }) => {
  await importActions(context, extensionId, SEED);
  for (const path of ['popup.html#/', 'popup.html#/case/viasna', 'popup.html#/post/all', 'popup.html#/letter?state=FR', 'options.html', 'dashboard.html', 'reader.html']) {
    const page = await context.newPage();
    const violations = await watchCsp(page);
    await page.goto(`chrome-extension://${extensionId}/${path}`);
    await expect(page.locator('#app > *').first()).toBeVisible();
    if (path === 'dashboard.html') await page.locator('html[data-ready]').waitFor();
    expect(await page.evaluate(() => (globalThis as { __zod_globalConfig?: { jitless?: boolean } }).__zod_globalConfig?.jitless), path).toBe(true);
    expect(await violations(), path).toEqual([]);
    await page.close();
  }
});
