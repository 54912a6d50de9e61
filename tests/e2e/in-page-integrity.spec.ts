import { chromium, type BrowserContext, type Page } from '@playwright/test';
import { test, expect, CHROMIUM } from './fixtures';
import { exposeUi, markCodes, marksIn, openFixture, serveFixture, serveVendor, uiText } from './un-pages-helpers';

/** The same page in a browser without the extension. */
async function withoutExtension<T>(url: string, fixture: string, use: (page: Page, context: BrowserContext) => Promise<T>): Promise<T> {
  const browser = await chromium.launch({ executablePath: CHROMIUM, headless: true, args: ['--no-sandbox', '--disable-gpu'] });
  try {
    const context = await browser.newContext();
    await serveFixture(context, url, fixture);
    await serveVendor(context, new URL(url).origin);
    const page = await context.newPage();
    await page.goto(url);
    return await use(page, context);
  } finally {
    await browser.close();
  }
}

/** What Tab visits, in order: tag, id, role and accessible text of each focused element. */
async function tabOrder(page: Page, stops = 12): Promise<string[]> {
  await page.evaluate(() => (document.activeElement as HTMLElement | null)?.blur());
  const seen: string[] = [];
  for (let i = 0; i < stops; i++) {
    await page.keyboard.press('Tab');
    seen.push(
      await page.evaluate(() => {
        const el = document.activeElement;
        if (!el || el === document.body) return 'body';
        return `${el.localName}#${el.id}[${el.getAttribute('role') ?? ''}] ${(el.textContent ?? '').trim().slice(0, 40)}`;
      }),
    );
  }
  return seen;
}

/** Roles and names of the page's accessibility tree, as the browser exposes it to assistive technology. */
async function accessibilityTree(page: Page): Promise<string[]> {
  const cdp = await page.context().newCDPSession(page);
  try {
    const { nodes } = (await cdp.send('Accessibility.getFullAXTree')) as {
      nodes: Array<{ ignored: boolean; role?: { value: string }; name?: { value: string } }>;
    };
    return nodes.filter((n) => !n.ignored).map((n) => `${n.role?.value ?? ''}: ${n.name?.value ?? ''}`);
  } finally {
    await cdp.detach();
  }
}

const PAGES = [
  ['https://www.ohchr.org/en/reprisals', 'en.html'],
  ['https://www.ohchr.org/ar/fixture', 'ar.html'],
  ['https://documents.un.org/zh/fixture', 'zh.html'],
  ['https://data.un.org/portal', 'preact-app.html'],
] as const;

test.describe('the page stays the page’s own', () => {
  for (const [url, fixture] of PAGES) {
    test(`${fixture}: body.innerHTML is byte-identical with and without the extension`, async ({ context }) => {
      await serveVendor(context, new URL(url).origin);
      const page = await openFixture(context, url, fixture);
      await expect.poll(async () => (await marksIn(page)).length).toBeGreaterThan(0);
      const withIt = await page.evaluate(() => document.body.innerHTML);
      const without = await withoutExtension(url, fixture, (plain) => plain.evaluate(() => document.body.innerHTML));
      expect(withIt).toBe(without);
      // Our one element sits outside <body>, and is empty until a card or panel opens.
      expect(await page.evaluate(() => document.documentElement.lastElementChild?.localName)).toBe('endreprisals-ui');
      expect(await page.evaluate(() => document.body.querySelector('endreprisals-ui'))).toBeNull();
    });
  }

  test('tab order and the accessibility tree are the same with and without the extension', async ({ context }) => {
    const [url, fixture] = PAGES[0];
    const page = await openFixture(context, url, fixture);
    await expect.poll(() => markCodes(page, '#intro')).toHaveLength(5);
    const withIt = { tabs: await tabOrder(page), tree: await accessibilityTree(page) };
    const without = await withoutExtension(url, fixture, async (plain) => ({ tabs: await tabOrder(plain), tree: await accessibilityTree(plain) }));
    expect(withIt.tabs).toEqual(without.tabs);
    expect(withIt.tree).toEqual(without.tree);
  });

  test('text copied from a marked paragraph pastes without any extension markup', async ({ context }) => {
    await context.grantPermissions(['clipboard-read', 'clipboard-write']);
    const page = await openFixture(context, 'https://www.ohchr.org/en/reprisals', 'en.html');
    await expect.poll(() => markCodes(page, '#intro')).toHaveLength(5);
    await page.evaluate(() => getSelection()!.selectAllChildren(document.getElementById('intro')!));
    await page.keyboard.press('Control+C');
    const editor = await openFixture(context, 'https://www.ohchr.org/en/editor', 'editor.html');
    await editor.locator('#editor').click();
    await editor.keyboard.press('Control+V');
    await expect(editor.locator('#editor')).toContainText('Country pages: Egypt, China, Belarus');
    const pasted = await editor.locator('#editor').evaluate((el) => el.innerHTML);
    expect(pasted).not.toMatch(/er-state|data-er|endreprisals|aria-|tabindex|role=/i);
    const html = await editor.evaluate(async () => {
      const [item] = await navigator.clipboard.read();
      return item && item.types.includes('text/html') ? (await item.getType('text/html')).text() : '';
    });
    expect(html).toContain('Egypt');
    expect(html).not.toMatch(/er-state|data-er|endreprisals/i);
  });
});

test.describe('a card the page cannot touch', () => {
  test('a forged <er-state>, synthetic events and click() from the page open nothing', async ({ context }) => {
    const page = await openFixture(context, 'https://www.ohchr.org/en/reprisals', 'en.html');
    await expect.poll(() => markCodes(page, '#intro')).toHaveLength(5);
    const pagesBefore = context.pages().length;
    await page.evaluate(async () => {
      const forged = document.createElement('er-state');
      forged.setAttribute('data-er-state', 'EG');
      forged.setAttribute('tabindex', '0');
      forged.setAttribute('role', 'button');
      forged.textContent = 'Egypt';
      document.body.appendChild(forged);
      const box = forged.getBoundingClientRect();
      const at = { clientX: box.left + 2, clientY: box.top + 2, bubbles: true, composed: true };
      for (const type of ['pointerover', 'pointermove', 'mouseover', 'mousemove']) forged.dispatchEvent(new PointerEvent(type, at));
      forged.focus();
      forged.click();
      // On a real mark's text too, and on our own element outside <body>.
      const intro = document.getElementById('intro')!;
      const r = document.createRange();
      r.setStart(intro.firstChild!, 15);
      r.setEnd(intro.firstChild!, 20);
      const mark = r.getBoundingClientRect();
      const onMark = { clientX: mark.left + 3, clientY: mark.top + 3, bubbles: true, composed: true };
      for (const type of ['pointermove', 'mousemove', 'mouseover']) intro.dispatchEvent(new PointerEvent(type, onMark));
      intro.dispatchEvent(new MouseEvent('click', onMark));
      intro.click();
      const ui = document.querySelector('endreprisals-ui') as HTMLElement | null;
      ui?.click();
      ui?.dispatchEvent(new KeyboardEvent('keydown', { key: 'Enter', bubbles: true, composed: true }));
      await new Promise((resolve) => setTimeout(resolve, 800));
    });
    await exposeUi(page);
    expect(await uiText(page, '.frame section[role="dialog"]')).toBeNull();
    expect(await uiText(page, '.panel')).toBeNull();
    expect(context.pages().length).toBe(pagesBefore);
    // The forged element's text is page text like any other; the element itself is nothing to us.
    expect(await marksIn(page, 'er-state')).toEqual([['EG', 'Egypt']]);
    // Nor can the page read our UI: the shadow root is closed.
    expect(await page.evaluate(() => (document.querySelector('endreprisals-ui') as HTMLElement).shadowRoot)).toBeNull();
  });
});
