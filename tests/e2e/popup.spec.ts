import { test, expect } from './fixtures';

test('popup opens', async ({ extensionPage }) => {
  const page = await extensionPage('popup.html');
  await expect(page.locator('h1')).toBeVisible();
});
