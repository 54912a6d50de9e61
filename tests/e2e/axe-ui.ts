import AxeBuilder from '@axe-core/playwright';
import type { Page } from '@playwright/test';

/**
 * axe-core cannot look into a closed shadow root, and ours is closed so that pages cannot.
 * For the check, a copy of our UI (its markup, and the very stylesheets it uses) is put into
 * an open shadow root in the page, where axe sees it as the user does: same elements, roles,
 * names, colours and layout. Call exposeUi first. Returns the violations, one line each.
 */
export async function axeOurUi(page: Page, containerSelector: string): Promise<string[]> {
  await page.evaluate((sel) => {
    const ui = (window as unknown as { __erUi: ShadowRoot }).__erUi;
    document.getElementById('er-axe-copy')?.remove();
    const host = document.createElement('div');
    host.id = 'er-axe-copy';
    const root = host.attachShadow({ mode: 'open' });
    root.adoptedStyleSheets = [...ui.adoptedStyleSheets];
    for (const style of ui.querySelectorAll('style')) root.appendChild(style.cloneNode(true));
    root.appendChild(ui.querySelector(sel)!.cloneNode(true));
    document.documentElement.appendChild(host);
    // Our real UI must not be checked twice, nor hide the copy.
    (ui.host as HTMLElement).style.setProperty('display', 'none', 'important');
  }, containerSelector);
  try {
    const results = await new AxeBuilder({ page }).include('#er-axe-copy').analyze();
    return results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
  } finally {
    await page.evaluate(() => {
      document.getElementById('er-axe-copy')?.remove();
      ((window as unknown as { __erUi: ShadowRoot }).__erUi.host as HTMLElement).style.removeProperty('display');
    });
  }
}
