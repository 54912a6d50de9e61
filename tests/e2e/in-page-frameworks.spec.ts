import type { Page } from '@playwright/test';
import { test, expect } from './fixtures';
import { marksIn, openFixture, serveVendor } from './un-pages-helpers';

type App = { setCountry(name: string): void; insertFirst(text: string): void; removeItem(text: string): void; rerender(): void };
const app = (page: Page, call: (a: App) => void) => page.evaluate(`(${call.toString()})(window.app)`);

/**
 * Single-page apps own their text nodes and patch them in place. Wrapping names in elements
 * broke them (Preact threw NotFoundError and showed "Report about France todayBelarus today");
 * highlights leave every node where the app put it.
 */
for (const [name, url, fixture] of [
  ['Preact', 'https://data.un.org/portal', 'preact-app.html'],
  ['Vue', 'https://webtv.un.org/en/live', 'vue-app.html'],
] as const) {
  test(`${name} app: re-renders, inserts before and removes marked text with no error and exactly its own text`, async ({ context }) => {
    await serveVendor(context, new URL(url).origin);
    const errors: string[] = [];
    context.on('weberror', (e) => errors.push(e.error().message));
    const page = await openFixture(context, url, fixture);
    page.on('pageerror', (e) => errors.push(e.message));
    await expect(page.locator('#headline')).toHaveText('Report about Belarus today');
    await expect.poll(() => marksIn(page, '#app')).toEqual([['BY', 'Belarus'], ['EG', 'Egypt'], ['CN', 'China']]);

    // The app changes the text of a marked node in place.
    await app(page, (a) => a.setCountry('France'));
    await expect(page.locator('#headline')).toHaveText('Report about France today');
    await expect.poll(() => marksIn(page, '#headline')).toEqual([['FR', 'France']]);

    // It inserts an item before the marked ones, then removes a marked one.
    await app(page, (a) => a.insertFirst('New statement by Burundi'));
    await expect(page.locator('#list')).toHaveText('New statement by BurundiStatement by EgyptReply of China');
    await expect.poll(() => marksIn(page, '#list')).toEqual([['BI', 'Burundi'], ['EG', 'Egypt'], ['CN', 'China']]);
    await app(page, (a) => a.removeItem('Statement by Egypt'));
    await expect(page.locator('#list')).toHaveText('New statement by BurundiReply of China');
    await expect.poll(() => marksIn(page, '#list')).toEqual([['BI', 'Burundi'], ['CN', 'China']]);

    // Many renders in a row, and back to the first State.
    for (let i = 0; i < 20; i++) await app(page, (a) => a.rerender());
    await app(page, (a) => a.setCountry('Belarus'));
    await expect(page.locator('#updates')).toHaveText('Updates: 20');
    await expect(page.locator('#headline')).toHaveText('Report about Belarus today');
    await expect.poll(() => marksIn(page, '#app')).toEqual([['BY', 'Belarus'], ['BI', 'Burundi'], ['CN', 'China']]);
    // No highlight is left on text that left the page.
    const stale = await page.evaluate(() => {
      let count = 0;
      CSS.highlights.forEach((h, n) => {
        if (n.startsWith('endreprisals-')) for (const r of h) if (!r.startContainer.isConnected) count++;
      });
      return count;
    });
    expect(stale).toBe(0);
    expect(errors).toEqual([]);
  });
}
