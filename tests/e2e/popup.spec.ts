import { test, expect } from './fixtures';
import { expectNoAxeViolations, openPopup, screenshot, switchLanguage } from './popup-helpers';

const CASE_IDS = ['jiang-tianyong', 'viasna', 'burundi-lawyers', 'ibrahim-metwally-hegazy', 'venezuela-organisations'];

test('lists the five cases in English, then in Chinese after switching, and keeps the choice', async ({ extensionPage }) => {
  const page = await openPopup(extensionPage);
  const cards = page.locator('.case-card');
  await expect(cards).toHaveCount(5);
  expect(await page.locator('[data-case-link]').evaluateAll((links) => links.map((a) => a.getAttribute('data-case-link')))).toEqual(CASE_IDS);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Five cases');
  await expect(cards.nth(0)).toContainText('China');
  await expect(cards.nth(0)).toContainText('Jiang Tianyong');
  await expect(cards.nth(3)).toContainText('Egypt');
  await screenshot(page, 'popup-list-en');

  await switchLanguage(page, 'zh-CN');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('五个案例');
  await expect(cards.nth(0)).toContainText('中国');
  await expect(cards.nth(0)).toContainText('江天勇');
  await expect(cards.nth(1)).toContainText('维亚斯纳人权中心');
  await screenshot(page, 'popup-list-zh-CN');

  await page.reload();
  await expect(page.locator('html')).toHaveAttribute('lang', 'zh-CN');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('五个案例');
});

test('opens a case with its dated events, State mentions and linked sources', async ({ extensionPage }) => {
  const page = await openPopup(extensionPage);
  await page.getByRole('link', { name: /Jiang Tianyong/ }).click();
  await expect(page).toHaveURL(/#\/case\/jiang-tianyong$/);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Jiang Tianyong');

  const events = page.locator('section[aria-labelledby="case-what-happened"] .timeline__item');
  await expect(events.first()).toBeVisible();
  // Dates keep the precision of the source: a month stays a month, a day a day.
  await expect(events.locator('time[datetime="2016-08"]')).toHaveText('August 2016');
  await expect(events.locator('time[datetime="2016-11-21"]')).toHaveText('21 November 2016');
  await expect(page.locator('section[aria-labelledby="case-mentions"] time').first()).toBeVisible();
  // The campaign's "a month earlier" is corrected to OHCHR's dates, and what it said is kept.
  const corrected = events.nth(1);
  await expect(corrected.locator('.timeline__text')).toContainText('about three months after');
  await expect(corrected.locator('.correction')).toContainText('"a month"');

  const sourceLinks = page.locator('.source-list a');
  expect(await sourceLinks.count()).toBeGreaterThan(0);
  for (const link of await sourceLinks.all()) {
    await expect(link).toHaveAttribute('target', '_blank');
    await expect(link).toHaveAttribute('rel', /noopener/);
    await expect(link).toHaveAttribute('href', /^https?:\/\//);
  }
  await expect(page.locator('.as-of')).toContainText('Information as of');
  await screenshot(page, 'popup-case-en');

  await switchLanguage(page, 'zh-CN');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('江天勇');
  await expect(events.locator('time[datetime="2016-11-21"]')).toHaveText('2016年11月21日');
  await screenshot(page, 'popup-case-zh-CN', false);
});

test('marks statements that rest on weaker sources only', async ({ extensionPage }) => {
  const page = await openPopup(extensionPage, '#/case/viasna');
  // The release of 13 December 2025 rests on Human Rights Watch: no weak mark.
  const release = page.locator('section[aria-labelledby="case-updates"] .timeline__item', { has: page.locator('time[datetime="2025-12-13"]') });
  await expect(release.locator('.weak-mark')).toHaveCount(0);
  await expect(release.locator('.source-refs a')).toHaveAttribute('href', /^https:\/\/www\.hrw\.org\//);
  // The UK's statement at HRC54 is known only from an aggregator's copy.
  const weak = page.locator('.mention', { has: page.locator('.weak-mark') });
  await expect(weak).toHaveCount(1);
  await expect(weak).toHaveAttribute('data-session', 'HRC54');
  await expect(weak.locator('.mention__states')).toHaveText('United Kingdom of Great Britain and Northern Ireland');
  await expect(weak.locator('.weak-mark')).toContainText('Weaker source');
});

test('shows Viasna as it stands today, first, with its date and sources', async ({ extensionPage }) => {
  const page = await openPopup(extensionPage, '#/case/viasna');
  const status = page.locator('section.case-status');
  // The status comes before the history.
  expect(
    await page.evaluate(() => {
      const status = document.querySelector('section.case-status')!;
      const background = document.querySelector('section[aria-labelledby="case-background"]')!;
      return Boolean(status.compareDocumentPosition(background) & Node.DOCUMENT_POSITION_FOLLOWING);
    }),
  ).toBe(true);
  await expect(status.getByRole('heading', { level: 2 })).toHaveText('Where things stand As of 15 December 2025');
  await expect(status.locator('.case-status__as-of time')).toHaveAttribute('datetime', '2025-12-15');
  await expect(status.locator('.case-status__summary')).toContainText('Valiantsin Stefanovich and Marfa Rabkova remain in prison');

  const person = (name: string) => status.locator('.status-person', { has: page.locator('.status-person__name', { hasText: name }) });
  await expect(person('Valiantsin Stefanovich').locator('.situation')).toHaveText('Detained');
  await expect(person('Valiantsin Stefanovich').locator('.status-person__dates')).toHaveText('since 14 July 2021 · last reported 15 December 2025');
  await expect(person('Marfa Rabkova').locator('.situation')).toHaveText('Detained');
  for (const name of ['Ales Bialiatski', 'Uladzimir Labkovich', 'Tatsiana Lasitsa']) await expect(person(name).locator('.situation')).toHaveText('Released');
  await expect(person('Ales Bialiatski').locator('time').first()).toHaveAttribute('datetime', '2025-12-13');
  await expect(person('Ales Bialiatski')).toContainText('Nobel Peace Prize');
  await expect(person('Ales Bialiatski').locator('.source-refs a', { hasText: 'Human Rights Watch' })).toHaveAttribute(
    'href',
    'https://www.hrw.org/news/2025/12/15/more-than-1000-belarusians-remain-in-prison-for-exercising-their-rights',
  );
  for (const name of ['Leanid Sudalenka', 'Andrei Chapiuk']) await expect(person(name).locator('.situation')).toHaveText('In exile');
  await expect(status.locator('.case-status__open-list li')).toHaveText([/^Release of Valiantsin Stefanovich and Marfa Rabkova/]);
  // No one released is shown as detained, and no one held as released.
  await expect(status.locator('.status-person--held')).toHaveCount(2);
  // Sudalenka's complaints went to the Human Rights Committee: corrected, with the campaign's words kept.
  await expect(page.locator('section[aria-labelledby="case-background"] .correction')).toContainText('Human Rights Council');
  await screenshot(page, 'popup-case-status-en');

  await switchLanguage(page, 'ru');
  await expect(person('Марфа Рабкова').locator('.situation')).toHaveText('Под стражей');
  await expect(status.locator('.case-status__summary')).toHaveAttribute('lang', 'ru');
  await expect(status.locator('.translation-note')).toBeVisible();

  await switchLanguage(page, 'ar');
  await expect(status.locator('.case-status__summary bdi', { hasText: 'Marfa Rabkova' })).toHaveCount(1);
  await expect(person('أليس بيالياتسكي').locator('.situation')).toHaveText('أُفرج عنه');
  await expectNoAxeViolations(page);
  await screenshot(page, 'popup-case-status-ar', false);
});

test('in French shows our translation of title, summary and demands (lang="fr", noted) and English elsewhere (lang="en")', async ({ extensionPage }) => {
  const page = await openPopup(extensionPage, '#/case/viasna');
  await switchLanguage(page, 'fr');
  await expect(page.getByRole('heading', { level: 2, name: 'Contexte' })).toBeVisible();
  const title = page.locator('#case-title');
  await expect(title).toHaveText('Centre des droits humains Viasna');
  await expect(title).toHaveAttribute('lang', 'fr');

  // The summary opens the background; the later paragraphs exist in English and Chinese only.
  const paragraphs = page.locator('section[aria-labelledby="case-background"] > p:not(.translation-note):not(.note)');
  await expect(paragraphs.first()).toHaveText(/^Le Centre des droits humains Viasna est une organisation non gouvernementale/);
  await expect(paragraphs.first()).toHaveAttribute('lang', 'fr');
  await expect(paragraphs.nth(1)).toHaveAttribute('lang', 'en');
  await expect(paragraphs.nth(1)).toHaveAttribute('dir', 'ltr');
  await expect(page.locator('section[aria-labelledby="case-background"] .translation-note')).toHaveText(
    'Notre traduction du texte anglais de la campagne.',
  );

  const demands = page.locator('.demands__item');
  await expect(demands).toHaveCount(2);
  for (const demand of await demands.all()) await expect(demand).toHaveAttribute('lang', 'fr');
  await expect(page.locator('section[aria-labelledby="case-demands"] .translation-note')).toBeVisible();
  await expect(page.locator('.case-detail__header .note')).toContainText('anglais');
  await screenshot(page, 'popup-case-fr');

  await page.getByRole('link', { name: 'Tous les cas' }).click();
  const viasna = page.locator('[data-case-link="viasna"]');
  await expect(viasna.locator('.case-card__summary')).toHaveAttribute('lang', 'fr');
  await expect(viasna.locator('.case-card__summary')).toContainText('organisation non gouvernementale');
  await expect(viasna.locator('.case-card__note')).toHaveText('Notre traduction du texte anglais de la campagne.');
  await expectNoAxeViolations(page);
  await screenshot(page, 'popup-list-fr');
});

test('works with the keyboard alone: list, case, Escape back to the same case', async ({ extensionPage }) => {
  const page = await openPopup(extensionPage);
  // Tab from the top of the page until the Egypt case has focus.
  let focused = '';
  for (let i = 0; i < 20 && focused !== 'ibrahim-metwally-hegazy'; i++) {
    await page.keyboard.press('Tab');
    focused = await page.evaluate(() => document.activeElement?.getAttribute('data-case-link') ?? '');
  }
  expect(focused).toBe('ibrahim-metwally-hegazy');
  const ring = await page.evaluate(() => getComputedStyle(document.activeElement!).outlineStyle);
  expect(ring).toBe('solid');

  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(/#\/case\/ibrahim-metwally-hegazy$/);
  await expect(page.locator('#case-title')).toBeFocused();
  // The next Tab stops are inside the case: the sources of its current status, then its first action.
  await page.keyboard.press('Tab');
  await expect(page.locator('.case-status :focus')).toHaveCount(1);
  for (let i = 0; i < 12 && (await page.locator(':focus').textContent()) !== 'Write a post'; i++) await page.keyboard.press('Tab');
  await expect(page.locator(':focus')).toHaveText('Write a post');

  await page.keyboard.press('Escape');
  await expect(page).toHaveURL(/#\/$/);
  await expect(page.locator('[data-case-link="ibrahim-metwally-hegazy"]')).toBeFocused();

  // The back link does the same as Escape.
  await page.keyboard.press('Enter');
  await expect(page.locator('#case-title')).toBeFocused();
  await page.keyboard.press('Shift+Tab');
  await expect(page.locator(':focus')).toHaveText('All cases');
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(/#\/$/);
});

test('has no axe violations on the list and a case, in English and in Arabic (right to left)', async ({ extensionPage }) => {
  const page = await openPopup(extensionPage);
  await expectNoAxeViolations(page);
  await page.goto(page.url().replace(/#.*$/, '#/case/burundi-lawyers'));
  await expect(page.locator('#case-title')).toBeVisible();
  await expectNoAxeViolations(page);

  await switchLanguage(page, 'ar');
  await expect(page.locator('html')).toHaveAttribute('dir', 'rtl');
  await expectNoAxeViolations(page);
  await screenshot(page, 'popup-case-ar', false);
  await page.getByRole('link', { name: 'جميع الحالات' }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('خمس حالات');
  await expectNoAxeViolations(page);
  await screenshot(page, 'popup-list-ar');
});

test('renders as a wide page when opened in a tab', async ({ extensionPage }) => {
  const page = await extensionPage('popup.html#/case/ibrahim-metwally-hegazy');
  await page.setViewportSize({ width: 1280, height: 900 });
  await expect(page.locator('#case-title')).toBeVisible();
  const box = await page.locator('.app').boundingBox();
  expect(box!.width).toBeLessThanOrEqual(760);
  expect(box!.x).toBeGreaterThan(200);
  await screenshot(page, 'popup-tab-wide', false);
});

test('links to the dashboard and the settings, each in a new tab', async ({ context, extensionId, extensionPage }) => {
  const page = await openPopup(extensionPage);
  const [dashboard] = await Promise.all([context.waitForEvent('page'), page.getByRole('link', { name: /Your actions/ }).click()]);
  await expect(dashboard).toHaveURL(`chrome-extension://${extensionId}/dashboard.html`);
  const [options] = await Promise.all([context.waitForEvent('page'), page.getByRole('link', { name: /Settings/ }).click()]);
  await expect(options).toHaveURL(`chrome-extension://${extensionId}/options.html`);
  await expect(options.getByRole('heading', { level: 1 })).toHaveText('EndReprisals settings');
});

test('the missions directory finds States in any UN language and moves through results with arrow keys', async ({ extensionPage }) => {
  const page = await openPopup(extensionPage, '#/missions');
  await expect(page.locator('.state-list li')).toHaveCount(195);
  const search = page.getByLabel('Find a State (in any UN language)');
  await search.fill('中国');
  await expect(page.locator('.state-list__link').first()).toHaveAttribute('data-state', 'CN');
  await search.fill('suisse');
  await expect(page.locator('.state-list li')).toHaveCount(1);
  // Former UN names still find the State.
  await search.fill('Swaziland');
  await expect(page.locator('.state-list__link')).toHaveAttribute('data-state', 'SZ');
  await expect(page.locator('.state-list__link')).toContainText('Eswatini');
  await search.fill('guinea');
  await expect(page.locator('#mission-count')).toHaveText(/^[3-9] States$/);
  await search.press('ArrowDown');
  await expect(page.locator('.state-list__link').first()).toBeFocused();
  await page.keyboard.press('ArrowDown');
  await expect(page.locator('.state-list__link').nth(1)).toBeFocused();
  const code = await page.locator('.state-list__link').nth(1).getAttribute('data-state');
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(new RegExp(`#/letter\\?state=${code}$`));
  await expect(page.getByTestId('chosen-state')).toBeVisible();
});

test('in the toolbar frame the popup is 400px wide, at most 600px tall, and scrolls inside', async ({ extensionPage }) => {
  const page = await openPopup(extensionPage, '#/case/viasna');
  // A page opened as a tab is not the toolbar popup; set the class main.tsx sets there.
  await page.evaluate(() => document.documentElement.classList.add('in-popup'));
  const app = await page.locator('.app').boundingBox();
  expect(app!.width).toBe(400);
  expect(app!.height).toBeLessThanOrEqual(600);
  const main = page.locator('.app-main');
  expect(await main.evaluate((el) => el.scrollHeight > el.clientHeight)).toBe(true);
  await expect(page.locator('.app-header')).toBeInViewport();
  await expect(page.locator('.app-footer')).toBeInViewport();
  await screenshot(page, 'popup-frame-case-en', false);
});

test('a selection from the context menu opens the case, the letter or the mission search it names', async ({ extensionPage }) => {
  // What the background opens for "Reprisal cases for “…”" (lib/platform/background/context-menu.ts).
  const page = await extensionPage(`popup.html#/selection?text=${encodeURIComponent('  reprisals in Egypt ')}`);
  await expect(page).toHaveURL(/#\/case\/ibrahim-metwally-hegazy$/);
  await expect(page.getByRole('heading', { level: 1 })).toContainText('Ibrahim Metwally Hegazy');

  await page.goto(page.url().replace(/#.*$/, `#/selection?text=${encodeURIComponent('Chad')}`));
  await expect(page).toHaveURL(/#\/letter\?state=TD$/);

  await page.goto(page.url().replace(/#.*$/, `#/selection?text=${encodeURIComponent('Egypt and China')}`));
  await expect(page).toHaveURL(/#\/missions\?q=Egypt%20and%20China$/);
  await expect(page.getByRole('searchbox')).toHaveValue('Egypt and China');
});
