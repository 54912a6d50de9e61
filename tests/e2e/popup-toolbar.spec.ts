import { test, expect } from './fixtures';

// Only what this test calls; the code runs in the extension's worker and pages, not in Node.
declare const chrome: {
  action: { openPopup(): Promise<void> };
  extension: { getViews(filter: { type: 'popup' }): Window[] };
};

// The real toolbar popup, opened with chrome.action.openPopup(). Playwright does not expose the
// popup as a page, but another extension page of the same extension can reach its window.
test('the toolbar popup knows it is one: 400px wide, at most 600px tall, five cases', async ({ context, extensionPage }) => {
  const page = await extensionPage('options.html');
  await page.bringToFront();
  const worker = context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker'));
  await worker.evaluate(() => chrome.action.openPopup());
  const popupState = () =>
    page.evaluate(() => {
      const [popup] = chrome.extension.getViews({ type: 'popup' });
      if (!popup) return null;
      const app = popup.document.querySelector('.app')?.getBoundingClientRect();
      return {
        inPopup: popup.document.documentElement.classList.contains('in-popup'),
        cases: popup.document.querySelectorAll('.case-card').length,
        width: app?.width ?? 0,
        height: app?.height ?? 0,
      };
    });
  await expect.poll(async () => (await popupState())?.cases).toBe(5);
  const state = (await popupState())!;
  expect(state.inPopup).toBe(true);
  expect(state.width).toBe(400);
  expect(state.height).toBeGreaterThan(300);
  expect(state.height).toBeLessThanOrEqual(600);
});
