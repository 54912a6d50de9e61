import { test, expect } from './fixtures';
import { expectNoAxeViolations, screenshot } from './popup-helpers';

test('options are labelled, saved with feedback, and kept after reload', async ({ extensionPage }) => {
  const page = await extensionPage('options.html');
  await page.setViewportSize({ width: 900, height: 1000 });
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('EndReprisals settings');
  await expectNoAxeViolations(page);
  await screenshot(page, 'options-en');

  await page.getByLabel('Network for posts').selectOption('bluesky');
  await expect(page.getByRole('status').filter({ hasText: 'Saved.' })).toBeVisible();
  await page.getByLabel('Where to draft letters').selectOption('outlook');
  await page.getByLabel('Letter language').selectOption('es');
  const mastodon = page.getByLabel('Mastodon server');
  await mastodon.fill('bad server');
  await mastodon.press('Tab');
  await expect(page.locator('#opt-mastodon-error')).toBeVisible();
  await mastodon.fill('@me@Fosstodon.org');
  await mastodon.press('Tab');
  await expect(mastodon).toHaveValue('fosstodon.org');
  await page.getByLabel('Organisation').fill('Example Association');
  await page.getByLabel('Organisation').press('Tab');
  const marking = page.getByRole('switch', { name: /Mark State names/ });
  await marking.uncheck();
  await expect(page.getByRole('status').filter({ hasText: 'Saved.' })).toBeVisible();

  await page.reload();
  await expect(page.getByLabel('Network for posts')).toHaveValue('bluesky');
  await expect(page.getByLabel('Where to draft letters')).toHaveValue('outlook');
  await expect(page.getByLabel('Letter language')).toHaveValue('es');
  await expect(page.getByLabel('Mastodon server')).toHaveValue('fosstodon.org');
  await expect(page.getByLabel('Organisation')).toHaveValue('Example Association');
  await expect(page.getByRole('switch', { name: /Mark State names/ })).not.toBeChecked();

  // The popup follows: Bluesky preselected, Outlook.com first in the letter's draft buttons.
  const popup = await extensionPage('popup.html#/post/all');
  await expect(popup.getByRole('radio', { name: 'Bluesky' })).toBeChecked();
  await popup.goto(popup.url().replace(/#.*$/, '#/letter?state=FR'));
  await expect(popup.locator('.button-grid .button').first()).toHaveText('Draft in Outlook.com');
  await expect(popup.getByLabel('Letter language')).toHaveValue('es');
});

test('Arabic options page is right to left, axe-clean; Chinese too', async ({ extensionPage }) => {
  const page = await extensionPage('options.html');
  await page.setViewportSize({ width: 900, height: 1000 });
  await page.getByLabel('Interface language').selectOption('ar');
  await expect(page.locator('html')).toHaveAttribute('dir', 'rtl');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('إعدادات EndReprisals');
  await expectNoAxeViolations(page);
  await screenshot(page, 'options-ar');
  await page.getByLabel('لغة الواجهة').selectOption('zh-CN');
  await expect(page.locator('html')).toHaveAttribute('lang', 'zh-CN');
  await expectNoAxeViolations(page);
  await screenshot(page, 'options-zh-CN');
});
