import { test, expect } from './fixtures';
import { expectNoAxeViolations, openPopup, screenshot, stubSite, switchLanguage, tabOpenedBy } from './popup-helpers';

test('a case post opens the X intent with the text as edited, and the case shows as acted on', async ({ context, extensionPage }) => {
  await stubSite(context, 'https://x.com/**');
  const page = await openPopup(extensionPage, '#/case/jiang-tianyong');
  await page.getByRole('link', { name: 'Write a post' }).click();
  await expect(page).toHaveURL(/#\/post\/jiang-tianyong$/);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Post about Jiang Tianyong');

  const textarea = page.getByLabel('Your post');
  const suggested = await textarea.inputValue();
  expect(suggested).toContain('Jiang Tianyong');
  expect(suggested).toContain('#EndReprisals');
  await expect(page.getByRole('radio', { name: 'X' })).toBeChecked();
  await expect(page.locator('.meter__text')).toHaveAttribute('aria-live', 'polite');
  await expect(page.locator('.meter__text')).toHaveText(/characters left$/);
  await screenshot(page, 'post-composer-en');

  await textarea.fill(`${suggested}\nFree them.`);
  const edited = await textarea.inputValue();
  const tab = await tabOpenedBy(context, () => page.getByRole('button', { name: 'Open in X' }).click());
  const url = new URL(tab.url());
  expect(url.origin + url.pathname).toBe('https://x.com/intent/tweet');
  expect(url.searchParams.get('text')).toBe(edited);
  await expect(page.getByRole('status')).toContainText('X opened in a new tab');
  await tab.close();

  await page.getByRole('link', { name: 'Back' }).click();
  await expect(page.locator('.case-detail__state .acted-badge')).toContainText('1');
  await page.getByRole('link', { name: 'All cases' }).click();
  const card = page.locator('[data-case-link="jiang-tianyong"]');
  await expect(card.locator('.acted-badge')).toHaveText(/1/);
  await expect(card.locator('.acted-badge .sr-only')).toHaveText('Your actions on this case: 1');
  await expect(page.locator('[data-case-link="viasna"] .acted-badge')).toHaveCount(0);
});

test('over-long text cannot be opened and says why', async ({ extensionPage }) => {
  const page = await openPopup(extensionPage, '#/post/all');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Post about all five cases');
  await page.getByLabel('Your post').fill('a'.repeat(290));
  await expect(page.locator('.meter__text')).toHaveText('10 characters over the limit');
  await expect(page.getByRole('button', { name: 'Open in X' })).toBeDisabled();
  await expect(page.locator('#post-problem')).toHaveText('Too long for X: shorten the text to open it.');
  // Bluesky allows 300: the same text fits there.
  await page.getByRole('radio', { name: 'Bluesky' }).check();
  await expect(page.locator('.meter__text')).toHaveText('10 characters left');
  await expect(page.getByRole('button', { name: 'Open in Bluesky' })).toBeEnabled();
});

test('Mastodon asks for the server once, validates it and remembers it', async ({ context, extensionPage }) => {
  await stubSite(context, 'https://mastodon.social/**');
  const page = await openPopup(extensionPage, '#/post/all');
  await page.getByRole('radio', { name: 'Mastodon' }).check();
  await expect(page.getByRole('button', { name: 'Open in Mastodon' })).toBeDisabled();
  const server = page.getByLabel('Your Mastodon server');
  await server.fill('not a server');
  await page.getByRole('button', { name: 'Save server' }).click();
  await expect(page.locator('#mastodon-instance-error')).toHaveText('That is not a server name. Write it like mastodon.social.');
  await server.fill('https://Mastodon.Social/@someone');
  await page.getByRole('button', { name: 'Save server' }).click();
  await expect(page.getByText('Server: mastodon.social')).toBeVisible();

  const text = await page.getByLabel('Your post').inputValue();
  const tab = await tabOpenedBy(context, () => page.getByRole('button', { name: 'Open in Mastodon' }).click());
  const url = new URL(tab.url());
  expect(url.origin + url.pathname).toBe('https://mastodon.social/share');
  expect(url.searchParams.get('text')).toBe(text);
  await tab.close();

  // Remembered: a fresh composer does not ask again.
  await page.reload();
  await page.getByRole('radio', { name: 'Mastodon' }).check();
  await expect(page.getByText('Server: mastodon.social')).toBeVisible();
  await expect(page.getByLabel('Your Mastodon server')).toHaveCount(0);
});

test('Chinese users see Weibo first and a Chinese suggested post; no axe violations in en and ar', async ({ extensionPage }) => {
  const page = await openPopup(extensionPage, '#/post/viasna');
  await expectNoAxeViolations(page);
  await switchLanguage(page, 'zh-CN');
  await expect(page.getByRole('radio').first()).toHaveAccessibleName('微博');
  await expect(page.getByLabel('帖子内容')).toHaveValue(/#停止报复/);
  await screenshot(page, 'post-composer-zh-CN');
  await switchLanguage(page, 'ar');
  await expect(page.locator('html')).toHaveAttribute('dir', 'rtl');
  await expectNoAxeViolations(page);
  await screenshot(page, 'post-composer-ar');
});
