import type { Page } from '@playwright/test';
import { test, expect } from './fixtures';
import { axeOurUi } from './axe-ui';
import { exposeUi, hoverMark, markCodes, markPoint, openFixture, openStatesPanel, setSettings, uiElement, uiText } from './un-pages-helpers';

const PAGE = 'https://www.ohchr.org/en/hrc/reprisals-dialogue';
const CARD = '.frame section[role="dialog"]';

async function cardText(page: Page): Promise<string> {
  await expect.poll(async () => {
    await exposeUi(page);
    return (await uiText(page, CARD)) !== null;
  }).toBe(true);
  return (await uiText(page, CARD))!;
}

/** The texts of the ranges in one of our styled highlights, in document order. */
const styledTexts = (page: Page, name: string) =>
  page.evaluate((n) => {
    const h = CSS.highlights.get(n);
    if (!h) return [];
    return [...h].filter((r): r is Range => r instanceof Range).sort((a, b) => a.compareBoundaryPoints(Range.START_TO_START, b)).map((r) => r.toString());
  }, name);

const focusedInUi = (page: Page) =>
  page.evaluate(() => {
    const el = (window as unknown as { __erUi: ShadowRoot }).__erUi.activeElement as HTMLElement | null;
    return el ? el.textContent?.trim() ?? '' : null;
  });

test.describe('on a UN page naming Germany, Egypt and Chad', () => {
  test('marks States linked to the campaign clearly, Chad quietly, or not at all when set so', async ({ context, extensionPage }) => {
    const page = await openFixture(context, PAGE, 'delegates.html');
    await page.setViewportSize({ width: 1100, height: 760 });
    await expect.poll(() => markCodes(page, '#intro')).toEqual(['DE', 'EG', 'TD']);
    expect(await styledTexts(page, 'endreprisals')).toEqual(expect.arrayContaining(['Germany', 'Egypt', 'Belgium']));
    expect(await styledTexts(page, 'endreprisals')).not.toContain('Chad');
    expect(new Set(await styledTexts(page, 'endreprisals_quiet'))).toEqual(new Set(['Chad', 'Brazil', 'Japan', 'Kenya', 'Mexico', 'Norway', 'Peru']));
    // The two levels look different: a tint and a solid line, a faint tint and a dotted line.
    const looks = await page.locator('#intro').evaluate((p) => {
      const clear = getComputedStyle(p, '::highlight(endreprisals)');
      const quiet = getComputedStyle(p, '::highlight(endreprisals_quiet)');
      return [clear.backgroundColor, clear.textDecorationStyle, quiet.backgroundColor, quiet.textDecorationStyle];
    });
    expect(looks).toEqual(['rgba(0, 133, 199, 0.16)', 'solid', 'rgba(0, 133, 199, 0.05)', 'dotted']);
    await page.locator('#intro').screenshot({ path: 'tests/artifacts/delegates-marks.png' });

    await setSettings(await extensionPage('popup.html'), { markStates: 'linked' });
    await expect.poll(() => markCodes(page, '#intro')).toEqual(['DE', 'EG']);
    expect(await styledTexts(page, 'endreprisals_quiet')).toEqual([]);
    expect(await markCodes(page, '#speakers')).toEqual(['DE', 'EG', 'BE']);
  });

  test('Germany’s card says it raised Viasna at HRC51, beside the mention and clear of it', async ({ context }) => {
    const page = await openFixture(context, PAGE, 'delegates.html');
    await page.setViewportSize({ width: 1100, height: 760 });
    await expect.poll(() => markCodes(page, '#speakers')).toContain('DE');
    await hoverMark(page, 'DE', '#speakers');
    const text = await cardText(page);
    expect(text).toContain('Raised campaign cases at the UN');
    expect(text).toContain('Human Rights Centre Viasna');
    expect(text).toMatch(/Raised it at HRC51 \(29 September 2022\) and HRC54 \(September 2023\)\./);
    expect(text).toContain('Case concerning Belarus');
    const mention = await markPoint(page, 'DE', '#speakers');
    const box = await (await uiElement(page, CARD)).boundingBox();
    const mentionBox = await page.evaluate(() => {
      const r = [...CSS.highlights.get('endreprisals-de')!].find((x) => (x as Range).startContainer.parentElement!.closest('#speakers')) as Range;
      const b = r.getBoundingClientRect();
      return { x: b.left, y: b.top, width: b.width, height: b.height };
    });
    expect(mention.y).toBeGreaterThan(0);
    const overlaps = box!.x < mentionBox.x + mentionBox.width && mentionBox.x < box!.x + box!.width && box!.y < mentionBox.y + mentionBox.height && mentionBox.y < box!.y + box!.height;
    expect(overlaps).toBe(false);
    await page.screenshot({ path: 'tests/artifacts/delegates-germany.png' });
  });

  test('Egypt’s card gives its case, its dated status and a statement paragraph that copies to the clipboard', async ({ context }) => {
    await context.grantPermissions(['clipboard-read', 'clipboard-write']);
    const page = await openFixture(context, PAGE, 'delegates.html');
    await page.setViewportSize({ width: 1100, height: 820 });
    await expect.poll(() => markCodes(page, '#intro')).toContain('EG');
    const at = await markPoint(page, 'EG', '#intro');
    await page.mouse.click(at.x, at.y);
    const text = await cardText(page);
    expect(text).toContain('State responsible for a campaign case');
    expect(text).toContain('Ibrahim Metwally Hegazy');
    expect(text).toMatch(/As of 22 September 2025: Still detained/);
    expect(text).toContain('2018 (A/HRC/39/41), ISHR database record 2018-032-001');
    await page.screenshot({ path: 'tests/artifacts/delegates-egypt.png' });

    // Two actions: the mention opened the card, one click copies.
    await (await uiElement(page, `${CARD} button.copy`)).click();
    await expect.poll(() => uiText(page, `${CARD} .copy-status`)).toContain('Copied: a paragraph in English');
    const { plain, html } = await page.evaluate(async () => {
      const [item] = await navigator.clipboard.read();
      return { plain: await (await item!.getType('text/plain')).text(), html: await (await item!.getType('text/html')).text() };
    });
    expect(plain).toMatch(/^We wish to draw attention to the following case of reprisals: Ibrahim Metwally Hegazy \(Egypt\)\./);
    expect(plain).toContain('report on reprisals of 2018 (A/HRC/39/41)');
    expect(plain).toContain('As of 22 September 2025: Still detained');
    expect(plain).toContain('We call for the release of Ibrahim Metwally Hegazy.');
    expect(plain).toMatch(/\n\nSources: .*https:\/\//);
    expect(html).toMatch(/<p lang="en">We wish to draw attention/);
    expect(html).not.toMatch(/<script|on\w+=/i);
  });

  test('the keyboard reaches an action of the card in three presses, moves along it with arrows, and Escape returns to the mention', async ({ context }) => {
    await context.grantPermissions(['clipboard-read', 'clipboard-write']);
    const page = await openFixture(context, PAGE, 'delegates.html');
    await page.setViewportSize({ width: 1100, height: 760 });
    await expect.poll(() => markCodes(page, '#intro')).toHaveLength(3);
    await openStatesPanel(context, page);
    await expect.poll(async () => {
      await exposeUi(page);
      return focusedInUi(page);
    }).toMatch(/^Belgium/);
    // The panel says how each State is linked to the campaign.
    await expect.poll(() => uiText(page, '.panel')).toContain('Raised campaign cases at the UN');
    // Belgium, Brazil, Chad, Egypt…: three down to Egypt is the panel's own way; from Egypt's entry,
    // the card is three presses from an action: → opens it at the mention, Tab enters its actions.
    for (let i = 0; i < 3; i++) await page.keyboard.press('ArrowDown');
    expect(await focusedInUi(page)).toMatch(/^Egypt/);
    expect(await uiText(page, '.state.active .details')).toContain('Ibrahim Metwally Hegazy');
    await page.keyboard.press('ArrowRight');
    await expect.poll(() => uiText(page, `${CARD} h2`)).toBe('Egypt');
    await page.keyboard.press('Tab');
    expect(await focusedInUi(page)).toMatch(/^Copy a paragraph for a statement/);
    await page.keyboard.press('ArrowRight');
    expect(await focusedInUi(page)).toMatch(/^Open the case/);
    await page.keyboard.press('ArrowRight');
    expect(await focusedInUi(page)).toMatch(/^Open the report A\/HRC\/39\/41/);
    await page.keyboard.press('ArrowLeft');
    await page.keyboard.press('ArrowLeft');
    await page.keyboard.press('Enter');
    await expect.poll(() => uiText(page, `${CARD} .copy-status`)).toContain('Copied');
    // One Tab stop for the whole card: the next Tab leaves it (round to the panel).
    await page.keyboard.press('Tab');
    expect(await focusedInUi(page)).not.toMatch(/^(Open|Copy|Write)/);
    await page.keyboard.press('Shift+Tab');
    expect(await focusedInUi(page)).toMatch(/^Copy a paragraph/);
    await page.keyboard.press('Escape');
    await expect.poll(() => uiText(page, CARD)).toBeNull();
    expect(await focusedInUi(page)).toMatch(/^Egypt/);
    expect(await page.evaluate(() => getSelection()!.toString())).toBe('Egypt');
  });

  test('Escape in a card opened by a click closes it and leaves the mention selected', async ({ context }) => {
    const page = await openFixture(context, PAGE, 'delegates.html');
    await expect.poll(() => markCodes(page, '#intro')).toContain('DE');
    const at = await markPoint(page, 'DE', '#intro');
    await page.mouse.click(at.x, at.y);
    await cardText(page);
    await (await uiElement(page, `${CARD} button.copy`)).focus();
    await page.keyboard.press('Escape');
    await expect.poll(() => uiText(page, CARD)).toBeNull();
    expect(await page.evaluate(() => getSelection()!.toString())).toBe('Germany');
  });

  for (const lang of ['en', 'ar'] as const) {
    test(`the cards of Egypt and Germany have no accessibility violations (${lang})`, async ({ context, extensionPage }) => {
      if (lang === 'ar') await setSettings(await extensionPage('popup.html'), { uiLanguage: 'ar' });
      const page = await openFixture(context, PAGE, 'delegates.html');
      await page.setViewportSize({ width: 1100, height: 820 });
      await expect.poll(() => markCodes(page, '#intro')).toHaveLength(3);
      for (const code of ['EG', 'DE', 'TD']) {
        const at = await markPoint(page, code, '#intro');
        await page.mouse.click(at.x, at.y);
        await expect.poll(async () => {
          await exposeUi(page);
          return uiText(page, `${CARD} h2`);
        }).not.toBeNull();
        if (lang === 'ar') expect(await (await uiElement(page, CARD)).getAttribute('dir')).toBe('rtl');
        await page.screenshot({ path: `tests/artifacts/delegates-card-${code.toLowerCase()}-${lang}.png` });
        expect(await axeOurUi(page, '.frame'), code).toEqual([]);
        await page.keyboard.press('Escape');
        await page.mouse.click(5, 5);
        await expect.poll(() => uiText(page, CARD)).toBeNull();
      }
    });
  }
});
