import AxeBuilder from '@axe-core/playwright';
import type { Page } from '@playwright/test';
import { axeOurUi } from './axe-ui';
import { expect, test } from './fixtures';
import { screenshot } from './popup-helpers';
import { expectPageText, fixturePdf, nameIn, openReader, servePdf, textLayer, UN_PDF } from './reader-helpers';
import { exposeUi, hoverMark, marksIn, setSettings, uiText } from './un-pages-helpers';

// As in tests/fixtures/pdf/make-pdfs.ts (LONG_STATES, REPORT_PAGES), which cannot be imported here.
const LONG_PAGES = 12;
const LONG_LATER_PAGE = 9;
const pageSelector = (n: number) => `.page[data-page-number="${n}"] .textLayer`;

/** The marks on a drawn page, as [ISO2 code, marked text] in document order (read from CSS.highlights). */
const marksOnPage = (page: Page, n: number) => marksIn(page, pageSelector(n));
/** The States marked on a drawn page, each once (a name in right-to-left text reordered by the PDF may take two ranges). */
const codesOnPage = async (page: Page, n: number) => [...new Set((await marksOnPage(page, n)).map(([code]) => code))].sort();

/** Ranges registered under a State's highlight, wherever they are. */
const rangesOf = (page: Page, iso2: string) =>
  page.evaluate((name) => (CSS.highlights.get(name) as unknown as Set<Range> | undefined)?.size ?? 0, `endreprisals-${iso2.toLowerCase()}`);

async function goToPage(page: Page, n: number): Promise<void> {
  await page.getByRole('textbox', { name: 'Page number' }).fill(String(n));
  await page.keyboard.press('Enter');
}

/** Our UI's text (card or panel), read through the closed shadow root (see exposeUi). */
function uiTextSoon(page: Page, selector: string) {
  return expect.poll(async () => {
    await exposeUi(page).catch(() => undefined);
    return uiText(page, selector);
  }, { timeout: 20_000 });
}

const focusedInUi = (page: Page) =>
  page.evaluate(() => {
    const el = (window as unknown as { __erUi: ShadowRoot }).__erUi.activeElement;
    return el ? `${el.localName}.${el.className} ${el.textContent?.trim().slice(0, 40)}` : null;
  });

test.describe('State marks in the reader', () => {
  test('marks page 1, a later page once it is drawn, and drops the marks of pages let go; search still paints', async ({ context, extensionId }) => {
    await servePdf(context, UN_PDF, fixturePdf('long-en.pdf'));
    const page = await openReader(context, extensionId, { src: UN_PDF });
    await expectPageText(page, 1, 'Egypt');
    await expect.poll(() => marksOnPage(page, 1), { timeout: 20_000 }).toEqual([
      ['EG', 'Egypt'],
      ['CN', 'China'],
    ]);
    // Drawn with the web pages' own highlight rules: the styled highlight holds every mark.
    expect(await page.evaluate(() => (CSS.highlights.get('endreprisals') as unknown as Set<Range> | undefined)?.size)).toBe(2);
    expect(await page.evaluate(() => document.adoptedStyleSheets.some((s) => [...s.cssRules].some((r) => r.cssText.includes('::highlight(endreprisals)'))))).toBe(true);
    // The text layer's elements are left as pdf.js made them.
    await expect(textLayer(page, 1).locator('mark, [class*="endreprisals"], [data-iso2]')).toHaveCount(0);

    await goToPage(page, LONG_LATER_PAGE);
    await expectPageText(page, LONG_LATER_PAGE, 'Burundi');
    await expect.poll(() => marksOnPage(page, LONG_LATER_PAGE), { timeout: 20_000 }).toEqual([['BI', 'Burundi']]);

    // Search paints over the marks, which stay.
    await page.locator('#viewerContainer').focus();
    await page.keyboard.press('Control+f');
    await page.getByRole('searchbox', { name: 'Find' }).fill('Burundi');
    await expect(page.locator('#reader-find-status')).toHaveText('1 of 1');
    expect(await page.evaluate(() => [...(CSS.highlights.get('endreprisals_find_current') as unknown as Set<Range>)].map((r) => r.toString()).join(''))).toBe('Burundi');
    expect(await marksOnPage(page, LONG_LATER_PAGE)).toEqual([['BI', 'Burundi']]);
    await page.keyboard.press('Escape');

    // Reading through from the start: pdf.js lets page 1 go, and its marks go with it.
    for (let n = 1; n <= LONG_PAGES; n++) {
      await goToPage(page, n);
      await expect(textLayer(page, n)).toHaveCount(1, { timeout: 20_000 });
    }
    await expect(textLayer(page, 1)).toHaveCount(0, { timeout: 20_000 });
    await expect.poll(() => rangesOf(page, 'EG')).toBe(0);
    // And come back when it is drawn again.
    await goToPage(page, 1);
    await expect.poll(() => codesOnPage(page, 1), { timeout: 20_000 }).toEqual(['CN', 'EG']);
    await expect.poll(() => rangesOf(page, 'EG')).toBe(1);
  });

  test('the card opens on hover; the panel lists the document’s States with their pages and steps to a page not drawn yet', async ({ context, extensionId }) => {
    await servePdf(context, UN_PDF, fixturePdf('long-en.pdf'));
    const page = await openReader(context, extensionId, { src: UN_PDF });
    await expect.poll(() => codesOnPage(page, 1), { timeout: 20_000 }).toEqual(['CN', 'EG']);

    await hoverMark(page, 'EG', pageSelector(1));
    await uiTextSoon(page, '.frame section[role="dialog"] h2').toBe('Egypt');
    expect(await uiText(page, '.frame')).toContain('Ibrahim Metwally Hegazy');
    await screenshot(page, 'reader-marks-card', false);
    // Away from the mark, the card closes.
    await page.mouse.move(5, 300);
    await uiTextSoon(page, '.frame section[role="dialog"]').toBeNull();

    // The keyboard way: the shortcut opens the panel, on the first State by name.
    await expect(textLayer(page, LONG_LATER_PAGE)).toHaveCount(0);
    await page.locator('#viewerContainer').focus();
    await page.keyboard.press('Control+Shift+Digit9');
    await uiTextSoon(page, '.panel h2').toBe('States in this document');
    // Every page has been read: the panel lists the States of the whole document, with their pages.
    await uiTextSoon(page, '.panel-note').toBeNull();
    const states = await page.evaluate(() =>
      [...(window as unknown as { __erUi: ShadowRoot }).__erUi.querySelectorAll('.panel li.state')].map((li) => [
        li.querySelector('.state-name')!.firstChild!.textContent,
        li.querySelector('.badge')?.textContent,
        li.querySelector('.count')!.textContent,
        li.querySelector('.pages')?.textContent,
      ]),
    );
    expect(states).toEqual([
      ['Burundi', 'State responsible for a campaign case', 'Mentions: 1', `Pages: ${LONG_LATER_PAGE}`],
      ['China', 'State responsible for a campaign case', 'Mentions: 1', 'Pages: 1'],
      ['Egypt', 'State responsible for a campaign case', 'Mentions: 1', 'Pages: 1'],
    ]);
    expect(await focusedInUi(page)).toMatch(/^button\.state-button Burundi/);
    // Burundi is on a page that is not drawn: stepping to it draws it, selects the name and opens its card.
    await page.keyboard.press('ArrowRight');
    await uiTextSoon(page, '.frame section[role="dialog"] h2').toBe('Burundi');
    await expect(page.getByRole('textbox', { name: 'Page number' })).toHaveValue(String(LONG_LATER_PAGE));
    expect(await page.evaluate(() => getSelection()!.toString())).toBe('Burundi');
    expect(await uiText(page, '.panel [role="status"]')).toMatch(new RegExp(`^Mention 1 of 1: Page ${LONG_LATER_PAGE}: .*Burundi`));
    await expect.poll(() => codesOnPage(page, LONG_LATER_PAGE)).toEqual(['BI']);
    await screenshot(page, 'reader-marks-panel', false);

    // Escape closes the card, then the panel; the toolbar's button opens it again.
    await page.keyboard.press('Escape');
    await uiTextSoon(page, '.frame section[role="dialog"]').toBeNull();
    await page.keyboard.press('Escape');
    await uiTextSoon(page, '.panel h2').toBeNull();
    await page.getByRole('button', { name: 'States in this document' }).click();
    await uiTextSoon(page, '.panel h2').toBe('States in this document');
  });

  test('Arabic and Chinese documents are marked on every page', async ({ context, extensionId }) => {
    for (const lang of ['ar', 'zh']) {
      const url = UN_PDF.replace('.pdf', `-${lang}.pdf`);
      await servePdf(context, url, fixturePdf(`report-${lang}.pdf`));
      const page = await openReader(context, extensionId, { src: url });
      await expect.poll(() => codesOnPage(page, 1), { timeout: 20_000, message: lang }).toEqual(['CN', 'EG']);
      const marked = (await marksOnPage(page, 1)).map(([, text]) => text.normalize('NFKC'));
      // Arabic set glyph by glyph is held by the text layer in drawing order: a mark may cover the
      // name's glyphs in that order; it covers as many letters as the name has.
      for (const iso2 of ['EG', 'CN']) {
        const name = nameIn(lang, iso2).normalize('NFKC');
        if (lang === 'zh') expect(marked).toContain(name);
        else expect(marked.map((m) => m.length), `${lang} ${iso2}`).toContain(name.length);
      }
      for (const [n, codes] of [[2, ['BY']], [3, ['BI', 'VE']]] as const) {
        await goToPage(page, n);
        await expect.poll(() => codesOnPage(page, n), { timeout: 20_000, message: `${lang} page ${n}` }).toEqual(codes);
      }
      if (lang === 'ar') {
        await goToPage(page, 1);
        await hoverMark(page, 'EG', pageSelector(1));
        await uiTextSoon(page, '.frame section[role="dialog"] h2').toBe('Egypt');
        await screenshot(page, 'reader-marks-ar', false);
      }
      await page.close();
    }
  });

  test('is axe-clean with marks, the card and the panel, in English and in Arabic', async ({ context, extensionId, extensionPage }) => {
    // Six axe runs over a page with a PDF drawn: slow on a busy machine.
    test.setTimeout(180_000);
    for (const uiLanguage of ['en', 'ar'] as const) {
      await setSettings(await extensionPage('options.html'), { uiLanguage });
      await servePdf(context, UN_PDF, fixturePdf(uiLanguage === 'ar' ? 'report-ar.pdf' : 'report-en.pdf'));
      const page = await openReader(context, extensionId, { src: UN_PDF });
      await expect.poll(() => codesOnPage(page, 1), { timeout: 20_000 }).toEqual(['CN', 'EG']);
      await page.locator('#viewerContainer').focus();
      await page.keyboard.press('Control+Shift+Digit9');
      await uiTextSoon(page, '.panel h2').not.toBeNull();
      await page.keyboard.press('ArrowDown');
      await page.keyboard.press(uiLanguage === 'ar' ? 'ArrowLeft' : 'ArrowRight');
      await uiTextSoon(page, '.frame section[role="dialog"] h2').not.toBeNull();
      await screenshot(page, `reader-marks-panel-${uiLanguage}`, false);
      const results = await new AxeBuilder({ page }).analyze();
      expect(results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`), uiLanguage).toEqual([]);
      expect(await axeOurUi(page, '.frame'), `${uiLanguage} card`).toEqual([]);
      expect(await axeOurUi(page, '.panel-frame'), `${uiLanguage} panel`).toEqual([]);
      await page.close();
    }
  });

  test('marking switched off in the options: no marks, the panel says so; switched on, the marks come', async ({ context, extensionId, extensionPage }) => {
    const options = await extensionPage('options.html');
    await setSettings(options, { marking: { enabled: false, disabledHosts: [] } });
    await servePdf(context, UN_PDF, fixturePdf('report-en.pdf'));
    const page = await openReader(context, extensionId, { src: UN_PDF });
    await expectPageText(page, 1, 'Egypt');
    await page.getByRole('button', { name: 'States in this document' }).click();
    await uiTextSoon(page, '.panel .panel-empty').toBe('Marking of State names is switched off in the options.');
    expect(await marksOnPage(page, 1)).toEqual([]);
    await setSettings(options, { marking: { enabled: true, disabledHosts: [] } });
    await expect.poll(() => codesOnPage(page, 1), { timeout: 20_000 }).toEqual(['CN', 'EG']);
    await uiTextSoon(page, '.panel .state-name').toMatch(/^Belarus/);
  });
});
