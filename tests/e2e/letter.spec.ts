import { test, expect } from './fixtures';
import { expectNoAxeViolations, openPopup, readClipboard, screenshot, stubSite, switchLanguage, tabOpenedBy } from './popup-helpers';

const MISSION = 'mission.egypt@example.org';

test('a letter to the mission of Egypt in French: Gmail draft with recipient and subject, body via the clipboard', async ({ context, extensionPage }) => {
  await stubSite(context, 'https://mail.google.com/**');
  // From the case page of Ibrahim Metwally Hegazy, as a content script or the case view links it.
  const page = await openPopup(extensionPage, '#/letter?state=EG&cases=ibrahim-metwally-hegazy');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Write to a Permanent Mission');
  await expect(page.getByTestId('chosen-state')).toContainText('Permanent Mission: Egypt');
  await expect(page.locator('fieldset.checks').getByRole('checkbox', { checked: true })).toHaveAccessibleName(/Ibrahim Metwally Hegazy/);

  await page.getByLabel('Letter language').selectOption('fr');
  await page.getByLabel('Name', { exact: true }).fill('Amina Test');
  await page.getByLabel('Place').fill('Genève');
  const email = page.getByLabel("Mission's email address");
  await email.fill('not-an-address');
  await expect(page.locator('#mission-email-error')).toBeVisible();
  await email.fill(MISSION);
  await expect(page.locator('#mission-email-error')).toBeHidden();
  await page.getByRole('button', { name: 'Save for this State' }).click();
  await expect(page.getByText('Address saved for this State.')).toBeVisible();

  const subject = (await page.getByTestId('letter-subject').textContent())!;
  const body = (await page.getByTestId('letter-body').textContent())!;
  await expect(page.getByTestId('letter-body')).toHaveAttribute('lang', 'fr');
  expect(body).toContain("République arabe d'Égypte");
  expect(body).toContain('Amina Test');
  expect(body).toContain('Genève');
  await screenshot(page, 'letter-composer-en');

  // Every shipped letter is longer than a compose link may safely carry (MAIL_URL_SOFT_LIMIT), so
  // Gmail gets recipient and subject in the link and the body goes through the clipboard.
  const draft = page.getByRole('button', { name: 'Draft in Gmail' });
  await expect(draft).toHaveClass(/button--primary/);
  await draft.click();
  const callout = page.getByRole('alert');
  await expect(callout).toContainText('too long to hand to Gmail in a link');
  expect(context.pages().some((p) => p.url().startsWith('https://mail.google.com'))).toBe(false);
  await callout.getByRole('button', { name: 'Copy body' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'Body copied.' })).toBeVisible();
  expect(await readClipboard(page)).toBe(body);

  const tab = await tabOpenedBy(context, () => callout.getByRole('button', { name: 'Open Gmail with the subject only' }).click());
  const url = new URL(tab.url());
  expect(url.origin + url.pathname).toBe('https://mail.google.com/mail/');
  expect(url.searchParams.get('view')).toBe('cm');
  expect(url.searchParams.get('to')).toBe(MISSION);
  expect(url.searchParams.get('su')).toBe(subject);
  expect(subject).toMatch(/Égypte|HRC51|représailles/);
  await tab.close();
  await expect(page.getByRole('status').filter({ hasText: 'Draft opened in Gmail' })).toBeVisible();

  // Recorded: one letter to Egypt in the composer and the directory, one action on the case.
  await expect(page.locator('.chosen-state .acted-badge')).toContainText('1');
  await page.goto(page.url().replace(/#.*$/, '#/missions'));
  await page.getByLabel('Find a State (in any UN language)').fill('egy');
  const egypt = page.locator('[data-state="EG"]');
  await expect(egypt.locator('.acted-badge .sr-only')).toHaveText('Your letters: 1');
  await expect(egypt).toContainText('address saved');
  await page.goto(page.url().replace(/#.*$/, '#/'));
  await expect(page.locator('[data-case-link] .acted-badge')).toHaveCount(1);
  await expect(page.locator('[data-case-link="ibrahim-metwally-hegazy"] .acted-badge')).toHaveText(/1/);

  // The saved address comes back for the next letter to Egypt.
  await page.goto(page.url().replace(/#.*$/, '#/letter?state=EG&cases=viasna'));
  await expect(page.getByLabel("Mission's email address")).toHaveValue(MISSION);
  await expect(page.locator('fieldset.checks').getByRole('checkbox', { checked: true })).toHaveCount(1);
});

test('the State is found by any UN-language name with the keyboard', async ({ extensionPage }) => {
  const page = await openPopup(extensionPage, '#/letter?cases=ibrahim-metwally-hegazy');
  const search = page.getByRole('combobox', { name: 'Find a State (in any UN language)' });
  await search.fill('Египет');
  await expect(page.locator('#state-results').getByRole('option')).toHaveCount(1);
  await search.fill('rep');
  await expect(page.locator('#state-results').getByRole('option').first()).toHaveAttribute('aria-selected', 'true');
  await search.press('ArrowDown');
  const second = page.locator('#state-results').getByRole('option').nth(1);
  await expect(second).toHaveAttribute('aria-selected', 'true');
  await expect(search).toHaveAttribute('aria-activedescendant', (await second.getAttribute('id'))!);
  await search.fill('مصر');
  await search.press('Enter');
  await expect(page.getByTestId('chosen-state')).toContainText('Egypt');
  await expect(page.getByTestId('letter-subject')).not.toBeEmpty();
  await page.getByRole('button', { name: /Change/ }).click();
  await expect(page.getByRole('combobox', { name: /Find a State/ })).toBeFocused();
  await page.getByRole('combobox', { name: /Find a State/ }).fill('zzzz');
  await expect(page.getByText('No State matches “zzzz”.')).toBeVisible();
});

test('drafting is blocked until a State and a case are chosen', async ({ extensionPage }) => {
  const page = await openPopup(extensionPage, '#/letter');
  await expect(page.getByRole('button', { name: 'Draft in Gmail' })).toBeDisabled();
  await expect(page.getByText('Choose the State to write to.')).toBeVisible();
  await page.getByRole('combobox', { name: /Find a State/ }).fill('France');
  await page.getByRole('combobox', { name: /Find a State/ }).press('Enter');
  await expect(page.getByRole('button', { name: 'Draft in Gmail' })).toBeEnabled();
  for (const box of await page.locator('fieldset.checks').getByRole('checkbox').all()) await box.uncheck();
  await expect(page.getByText('Choose at least one case.')).toBeVisible();
  await expect(page.getByRole('button', { name: 'Draft in Gmail' })).toBeDisabled();
});

test('letter composer and directory: no axe violations in en and ar; screenshots', async ({ extensionPage }) => {
  const page = await openPopup(extensionPage, '#/letter?state=EG&cases=jiang-tianyong');
  await expectNoAxeViolations(page);
  await switchLanguage(page, 'zh-CN');
  await screenshot(page, 'letter-composer-zh-CN');
  await switchLanguage(page, 'ar');
  await expect(page.locator('html')).toHaveAttribute('dir', 'rtl');
  await expectNoAxeViolations(page);
  await screenshot(page, 'letter-composer-ar');
  await page.goto(page.url().replace(/#.*$/, '#/missions'));
  await expect(page.locator('.state-list li')).toHaveCount(195);
  await expectNoAxeViolations(page);
  await screenshot(page, 'missions-ar', false);
});

test('"copy subject and body" puts the whole letter on the clipboard and records it for all five cases', async ({ context, extensionPage }) => {
  await context.grantPermissions(['clipboard-read', 'clipboard-write']);
  const page = await openPopup(extensionPage, '#/letter?state=BR');
  await expect(page.locator('fieldset.checks').getByRole('checkbox', { checked: true })).toHaveCount(5);
  const subject = (await page.getByTestId('letter-subject').textContent())!;
  const body = (await page.getByTestId('letter-body').textContent())!;
  expect(body).toContain('Brazil');
  await page.getByRole('button', { name: 'Copy subject and body' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'Subject and body copied.' })).toBeVisible();
  expect(await readClipboard(page)).toBe(`${subject}\n\n${body}`);
  await expect(page.locator('.chosen-state .acted-badge .sr-only')).toHaveText('Your letters to this mission: 1');
  await page.getByRole('link', { name: 'All cases' }).click();
  await expect(page.locator('[data-case-link] .acted-badge')).toHaveCount(5);
});
