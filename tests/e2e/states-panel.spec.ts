import type { Page } from '@playwright/test';
import { test, expect } from './fixtures';
import { axeOurUi } from './axe-ui';
import { exposeUi, markCodes, openFixture, openStatesPanel, setSettings, uiText } from './un-pages-helpers';

const focusedInUi = (page: Page) =>
  page.evaluate(() => {
    const el = (window as unknown as { __erUi: ShadowRoot }).__erUi.activeElement;
    return el ? `${el.localName}.${el.className} ${el.textContent?.trim().slice(0, 40)}` : null;
  });

async function panelReady(page: Page): Promise<void> {
  await expect.poll(async () => {
    await exposeUi(page);
    return uiText(page, '.panel h2');
  }).not.toBeNull();
}

test.describe('States on this page', () => {
  test('is used with the keyboard alone: open, choose a State, step through its mentions, Escape back', async ({ context }) => {
    const page = await openFixture(context, 'https://www.ohchr.org/en/reprisals', 'en.html');
    await page.setViewportSize({ width: 1200, height: 760 });
    await expect.poll(() => markCodes(page, '#intro')).toHaveLength(5);
    await page.locator('#counter').focus();
    await openStatesPanel(context, page);
    await panelReady(page);
    expect(await uiText(page, '.panel h2')).toBe('States on this page');
    // Focus went into the dialog, on the first State (by name: Belarus).
    expect(await focusedInUi(page)).toMatch(/^button\.state-button Belarus/);
    expect(await uiText(page, '.panel')).toContain('Mentions: 1');

    // Down to Egypt (named twice), then through its mentions.
    for (let i = 0; i < 4; i++) await page.keyboard.press('ArrowDown');
    expect(await focusedInUi(page)).toMatch(/^button\.state-button Egypt/);
    expect(await uiText(page, '.state.active .details')).toContain('Ibrahim Metwally Hegazy');
    expect(await uiText(page, '.state.active .details')).toMatch(/2014.*2022/);
    await page.keyboard.press('ArrowRight');
    await expect.poll(() => page.evaluate(() => getSelection()!.toString())).toBe('Egypt');
    expect(await page.evaluate(() => getSelection()!.anchorNode!.parentElement!.id)).toBe('intro');
    await expect.poll(() => uiText(page, '.frame section[role="dialog"] h2')).toBe('Egypt');
    expect(await uiText(page, '.panel [role="status"]')).toMatch(/^Mention 1 of 2: Country pages: Egypt/);
    await page.keyboard.press('ArrowRight');
    await expect.poll(() => page.evaluate(() => getSelection()!.anchorNode!.parentElement!.closest('button')?.id)).toBe('counter');
    expect(await uiText(page, '.panel [role="status"]')).toMatch(/^Mention 2 of 2/);
    await page.screenshot({ path: 'tests/artifacts/panel-en.png' });

    // Tab stays inside: panel, then the card it opened, then round again.
    const visited = new Set<string>();
    for (let i = 0; i < 20; i++) {
      await page.keyboard.press('Tab');
      const focused = await focusedInUi(page);
      expect(focused, `Tab ${i + 1} left the dialog`).not.toBeNull();
      visited.add(focused!.split(' ')[0]!);
    }
    expect([...visited]).toEqual(expect.arrayContaining(['button.state-button', 'button.step', 'button.close', 'button.primary']));

    // Escape closes the card, then the panel; focus returns where it was.
    await page.keyboard.press('Escape');
    await expect.poll(() => uiText(page, '.frame section[role="dialog"]')).toBeNull();
    expect(await uiText(page, '.panel h2')).not.toBeNull();
    await page.keyboard.press('Escape');
    await expect.poll(() => uiText(page, '.panel')).toBeNull();
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('counter');
  });

  for (const lang of ['en', 'ar'] as const) {
    test(`has no accessibility violations (${lang})`, async ({ context, extensionPage }) => {
      if (lang === 'ar') await setSettings(await extensionPage('popup.html'), { uiLanguage: 'ar' });
      const url = lang === 'ar' ? 'https://www.ohchr.org/ar/fixture' : 'https://www.ohchr.org/en/reprisals';
      const page = await openFixture(context, url, `${lang}.html`);
      await page.setViewportSize({ width: 1200, height: 760 });
      await expect.poll(() => markCodes(page, '#intro')).toHaveLength(5);
      await openStatesPanel(context, page);
      await panelReady(page);
      await page.keyboard.press('ArrowDown');
      await page.keyboard.press(lang === 'ar' ? 'ArrowLeft' : 'ArrowRight');
      await expect.poll(() => uiText(page, '.frame section[role="dialog"] h2')).not.toBeNull();
      if (lang === 'ar') {
        expect(await uiText(page, '.panel h2')).toBe('الدول المذكورة في هذه الصفحة');
        expect(await page.evaluate(() => (window as unknown as { __erUi: ShadowRoot }).__erUi.querySelector('.panel')!.getAttribute('dir'))).toBe('rtl');
      }
      await page.screenshot({ path: `tests/artifacts/panel-${lang}.png` });
      expect(await axeOurUi(page, '.panel-frame')).toEqual([]);
    });
  }

  test('says so when marking is off on the site', async ({ context, extensionPage }) => {
    await setSettings(await extensionPage('popup.html'), { marking: { enabled: true, disabledHosts: ['www.ohchr.org'] } });
    const page = await openFixture(context, 'https://www.ohchr.org/en/reprisals', 'en.html');
    await page.waitForTimeout(1000);
    await openStatesPanel(context, page);
    await panelReady(page);
    expect(await uiText(page, '.panel')).toContain('Marking of State names is switched off on this site.');
  });

  test('the popup opens it for the active tab', async ({ context, extensionId }) => {
    const page = await openFixture(context, 'https://www.ohchr.org/en/reprisals', 'en.html');
    await expect.poll(() => markCodes(page, '#intro')).toHaveLength(5);
    // The popup asks the active tab; opened as a tab itself, it must not be the active one.
    const popup = await context.newPage();
    await popup.goto(`chrome-extension://${extensionId}/popup.html`);
    await page.bringToFront();
    await popup.reload();
    const button = popup.getByRole('button', { name: 'States on this page' });
    await expect(button).toBeVisible();
    await popup.setViewportSize({ width: 400, height: 640 });
    await popup.locator('.marking-toggle').screenshot({ path: 'tests/artifacts/popup-states-panel.png' });
    await button.click();
    await panelReady(page);
  });
});

test('the manifest offers the shortcut Ctrl+Shift+9 for the panel', async ({ context }) => {
  const worker = context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker'));
  const commands = await worker.evaluate(() => (globalThis as unknown as { chrome: any }).chrome.commands.getAll());
  expect(commands).toContainEqual(expect.objectContaining({ name: 'open-states-panel', shortcut: 'Ctrl+Shift+9' }));
});

test('the options page shows the shortcut and opens the browser’s shortcuts page to change it', async ({ context, extensionPage }) => {
  const options = await extensionPage('options.html');
  const section = options.locator('section.shortcut-settings');
  await expect(section.getByRole('heading', { name: 'Keyboard shortcut' })).toBeVisible();
  await expect(section.locator('kbd')).toHaveText('Ctrl+Shift+9');
  // Chrome lets users change extension shortcuts on its own page only.
  const [shortcuts] = await Promise.all([context.waitForEvent('page'), section.getByRole('button', { name: 'Change the shortcut' }).click()]);
  await expect.poll(() => shortcuts.url()).toBe('chrome://extensions/shortcuts');
  await section.screenshot({ path: 'tests/artifacts/options-shortcut.png' });
});
