import type { Page } from '@playwright/test';
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { openDashboard, stat } from './dashboard-helpers';
import { test, expect } from './fixtures';
import { expectNoAxeViolations, openPopup, readClipboard, screenshot, stubSite, switchLanguage, tabOpenedBy } from './popup-helpers';

const BELGIUM = 'mission.belgium@example.org';

interface DataCase {
  id: string;
  state: string;
  stateMentions?: Array<{ states: string[]; session: string }>;
  status?: { people: Array<{ name: { en: string; fr?: string }; situation: string }> };
}
const readJson = (path: string) => JSON.parse(readFileSync(resolve(import.meta.dirname, '../..', path), 'utf8'));
const CASES = readJson('lib/data/campaign.json').cases as DataCase[];
const frTemplate = readJson('lib/letters/templates/fr.json') as { thanksIntro: string; askAgain: string; askThird: string };

async function signAs(page: Page, name: string): Promise<void> {
  await page.getByLabel('Name', { exact: true }).fill(name);
}

/** The letter as the editor shows it, with the line breaks a compose link carries. */
async function letterBody(page: Page): Promise<string> {
  return page.getByTestId('letter-body').inputValue();
}

test('a French letter to Belgium about all five cases opens Gmail with the whole letter in the link', async ({ context, extensionPage }) => {
  await stubSite(context, 'https://mail.google.com/**');
  const page = await openPopup(extensionPage, '#/letter?state=BE');
  await expect(page.getByTestId('chosen-state')).toContainText('Belgium');
  await expect(page.locator('fieldset.checks').getByRole('checkbox', { checked: true })).toHaveCount(5);
  await page.getByLabel('Letter language').selectOption('fr');
  await signAs(page, 'Amina Test');
  await page.getByLabel("Mission's email address").fill(BELGIUM);

  // Belgium gets the thanks where the data records it raised the cases; the ask is to raise them.
  const raisedByBelgium = CASES.some((c) => c.stateMentions?.some((m) => m.states.includes('BE')));
  const full = await letterBody(page);
  expect(full).toContain('Mission permanente du Royaume de Belgique');
  expect(full.includes(frTemplate.thanksIntro)).toBe(raisedByBelgium);
  expect(full).toContain(raisedByBelgium ? frTemplate.askAgain : frTemplate.askThird);
  expect(full).not.toMatch(/\(traduction\)|HRC51|CDH51/);
  await expect(page.getByTestId('role-note')).toContainText(raisedByBelgium ? 'raised these cases before' : 'to raise the cases by name');
  await screenshot(page, 'letter-belgium-fr-full');

  // The full letter is too long for a Gmail link; the shorter one (same asks) fits and is offered.
  await page.getByRole('button', { name: 'Draft in Gmail' }).click();
  const callout = page.getByRole('alert');
  await expect(callout).toContainText('too long for a Gmail link');
  await callout.getByRole('button', { name: 'Use the shorter version (fits)' }).click();
  await expect(page.getByLabel('Shorter, same asks')).toBeChecked();
  const body = await letterBody(page);
  expect(body.length).toBeLessThan(full.length);
  for (const state of ['(Chine)', '(Bélarus)', '(Burundi)', '(Égypte)', '(Venezuela)']) expect(body).toContain(state);
  const subject = await page.getByTestId('letter-subject').inputValue();

  const tab = await tabOpenedBy(context, () => page.getByRole('button', { name: 'Draft in Gmail' }).click());
  const url = new URL(tab.url());
  expect(url.origin + url.pathname).toBe('https://mail.google.com/mail/');
  expect(url.searchParams.get('to')).toBe(BELGIUM);
  expect(url.searchParams.get('su')).toBe(subject);
  expect(url.searchParams.get('body')!.replace(/\r\n/g, '\n')).toBe(body);
  expect(tab.url().length).toBeLessThanOrEqual(4000);
  await tab.close();
  await expect(page.getByRole('status').filter({ hasText: 'with the whole letter' })).toBeVisible();
});

test('a Russian letter too long for any link goes to the clipboard with one instruction: paste', async ({ context, extensionPage }) => {
  await stubSite(context, 'https://mail.google.com/**');
  const page = await openPopup(extensionPage, '#/letter?state=RU&cases=jiang-tianyong,viasna,burundi-lawyers,ibrahim-metwally-hegazy,venezuela-organisations');
  await page.getByLabel('Letter language').selectOption('ru');
  await signAs(page, 'Анна Тест');
  await page.getByLabel('Shorter, same asks').check();
  const body = await letterBody(page);
  expect(body).toContain('Постоянное представительство Российской Федерации');

  await page.getByRole('button', { name: 'Draft in Gmail' }).click();
  const callout = page.getByRole('alert');
  await expect(callout).toContainText('too long for a Gmail link');
  await expect(callout.getByRole('button', { name: /shorter version/ })).toHaveCount(0);
  const tab = await tabOpenedBy(context, () => callout.getByRole('button', { name: 'Copy the letter and open Gmail' }).click());
  const url = new URL(tab.url());
  expect(url.searchParams.get('body')).toBeNull();
  expect(url.searchParams.get('su')).toBe(await page.getByTestId('letter-subject').inputValue());
  await tab.close();
  await expect(page.getByRole('status').filter({ hasText: 'paste with Ctrl+V' })).toBeVisible();
  expect(await readClipboard(page)).toBe(body);
});

test('a letter to Egypt about Ibrahim Metwally Hegazy asks Egypt to act, not to raise the case', async ({ extensionPage }) => {
  const page = await openPopup(extensionPage, '#/letter?state=EG&cases=ibrahim-metwally-hegazy');
  await signAs(page, 'Amina Test');
  await expect(page.getByTestId('role-note')).toHaveText('The letter asks Egypt to act on its own cases, not to raise them.');
  const body = await letterBody(page);
  expect(body).toContain('I respectfully call on your Government to end any reprisals');
  // His release is asked of Egypt, once, by name.
  expect(body.split('I call for the release of Ibrahim Metwally Hegazy.')).toHaveLength(2);
  expect(body).not.toContain('Still open');
  expect(body).not.toContain('to raise the following cases');
  expect(body).not.toContain('(Egypt)');
  expect(await page.getByTestId('letter-subject').inputValue()).toBe('#EndReprisals: reprisals against people who cooperate with the United Nations');

  // From Egypt's card (no cases named), only Egypt's own case is chosen, not all five.
  await page.goto(page.url().replace(/#.*$/, '#/letter?state=EG'));
  await page.reload();
  await expect(page.locator('fieldset.checks').getByRole('checkbox', { checked: true })).toHaveAccessibleName(/Hegazy/);
});

test('a French letter about Viasna reads right for 2026', async ({ extensionPage }) => {
  const page = await openPopup(extensionPage, '#/letter?state=CH&cases=viasna');
  await page.getByLabel('Letter language').selectOption('fr');
  await signAs(page, 'Amina Test');
  const body = await letterBody(page);
  const paragraphs = body.split('\n\n');
  // The occasion speaks of a dialogue to come: this year's or a later one, never the 51st session.
  const occasion = paragraphs.find((p) => p.startsWith('Je me permets'))!;
  const year = new Date().getUTCFullYear();
  expect(occasion).toMatch(new RegExp(`${year}|${year + 1}`));
  expect(occasion).not.toMatch(/51e|2022/);
  // The 2022 demand is quoted as what was asked then.
  expect(body).toContain('En septembre 2022, la campagne #EndReprisals demandait : « ');
  // The status comes first, dated: those the data shows as held are named as such.
  const viasna = CASES.find((c) => c.id === 'viasna')!;
  const people = viasna.status?.people ?? [];
  const nameOf = (p: (typeof people)[number]) => p.name.fr ?? p.name.en;
  const statusLine = body.split('\n').find((l) => /^Au \d{1,2}(er)? \S+ \d{4} : /.test(l)) ?? '';
  expect(statusLine).not.toBe('');
  for (const person of people) if (person.situation === 'detained') expect(statusLine).toContain(nameOf(person));
  // A letter to a third State asks it to raise the case, not for anyone's release.
  expect(body).not.toContain('J’appelle à la libération');
  // The shorter version: one line on what is still open, naming only those still held.
  await page.getByLabel('Shorter, same asks').check();
  const short = await letterBody(page);
  const openLine = short.split('\n').find((l) => l.startsWith('En suspens')) ?? '';
  expect(openLine).not.toBe('');
  for (const person of people) expect(openLine.includes(nameOf(person))).toBe(person.situation === 'detained');
  expect(short).not.toContain('En septembre 2022');
  expect(body).not.toMatch(/\((traduction)\)/);
  expect(body).toMatch(/^Le \d{1,2}(er)? \S+ \d{4}\n/);
  expect(body).toContain('Je vous prie d’agréer, Excellence, l’assurance de ma très haute considération.\n\nAmina Test');
});

test('a round of three missions survives closing and reopening the popup, edits included', async ({ context, extensionId, extensionPage }) => {
  const page = await openPopup(extensionPage, '#/letter?cases=viasna');
  const chooser = page.locator('fieldset.chooser');
  await expect(chooser.getByRole('heading', { name: /Human Rights Council members in \d{4}/ })).toBeVisible();
  // Filters: Europe and Council members only, then a name.
  await page.getByLabel('Region').selectOption('europe');
  await chooser.getByLabel(/Human Rights Council members \(\d{4}\) only/).check();
  await expect(chooser.locator('[data-state="EG"]')).toHaveCount(0);
  await chooser.getByLabel(/Human Rights Council members \(\d{4}\) only/).uncheck();
  for (const name of ['Belgium', 'Germany', 'Brazil']) {
    await page.getByLabel('Find a State (in any UN language)', { exact: true }).fill(name === 'Brazil' ? 'Brésil' : name);
    if (name === 'Brazil') await page.getByLabel('Region').selectOption('');
    await chooser.locator('label.chooser__item').filter({ hasText: name }).first().getByRole('checkbox').check();
  }
  await page.getByTestId('start-queue').click();
  await expect(page.getByTestId('queue-progress')).toContainText('Letter 1 of 3');
  await expect(page.getByTestId('chosen-state')).toContainText('Belgium');
  await page.getByLabel('Letter language').selectOption('fr');
  await page.getByLabel('Your own paragraph (optional)').fill('J’ai rencontré les avocats de Viasna.');
  await expect(page.getByTestId('letter-body')).toHaveValue(/J’ai rencontré les avocats de Viasna\.\n\nJe vous prie/);
  await page.getByRole('button', { name: 'Next mission' }).click();
  await expect(page.getByTestId('queue-progress')).toContainText('Letter 2 of 3');
  await page.getByTestId('letter-body').fill('My own letter to Germany.');
  await expect(page.getByText('You edited this letter.')).toBeVisible();
  await screenshot(page, 'letter-round-en');
  await page.close();

  // Reopened from the toolbar (no address): back on the same letter of the same round.
  const again = await context.newPage();
  await again.setViewportSize({ width: 400, height: 600 });
  await again.goto(`chrome-extension://${extensionId}/popup.html`);
  await expect(again.getByTestId('queue-progress')).toContainText('Letter 2 of 3');
  await expect(again.getByTestId('chosen-state')).toContainText('Germany');
  await expect(again.getByTestId('letter-body')).toHaveValue('My own letter to Germany.');
  await again.getByRole('button', { name: 'Reset to the suggested text' }).click();
  await expect(again.getByTestId('letter-body')).toHaveValue(/Federal Republic of Germany/);
  await again.getByRole('button', { name: /Belgium/ }).click();
  await expect(again.getByLabel('Letter language')).toHaveValue('fr');
  await expect(again.getByLabel('Your own paragraph (optional)')).toHaveValue('J’ai rencontré les avocats de Viasna.');
  await again.getByRole('button', { name: 'Skip' }).click();
  await expect(again.getByTestId('chosen-state')).toContainText('Germany');
  await expect(again.getByTestId('queue-progress')).toContainText('0 sent · 0 opened · 1 skipped');
  void extensionPage;
});

test('"did it happen?": the next popup asks, and "yes" records the letter as sent', async ({ context, extensionId, extensionPage }) => {
  await context.grantPermissions(['clipboard-read', 'clipboard-write']);
  const page = await openPopup(extensionPage, '#/letter?state=BR&cases=viasna');
  await signAs(page, 'Amina Test');
  await expect(page.getByTestId('mark-sent')).toBeDisabled();
  await page.getByRole('button', { name: 'Copy subject and body' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'Subject and body copied.' })).toBeVisible();
  await expect(page.getByTestId('mark-sent')).toBeEnabled();
  await page.close();

  const again = await openPopup(extensionPage, '#/');
  const prompt = again.getByTestId('confirm-prompt');
  await expect(prompt).toContainText('Did you send your letter to the mission of Brazil?');
  await prompt.getByRole('button', { name: 'Not yet' }).click();
  await expect(prompt).toHaveCount(0);
  await again.close();

  const third = await openPopup(extensionPage, '#/');
  await third.getByTestId('confirm-prompt').getByRole('button', { name: 'Yes, sent' }).click();
  await expect(third.getByText('Recorded as sent. Thank you.')).toBeVisible();
  await third.close();

  const fourth = await openPopup(extensionPage, '#/');
  await expect(fourth.getByTestId('next-moment')).toBeVisible();
  await expect(fourth.getByTestId('confirm-prompt')).toHaveCount(0);
  const dashboard = await context.newPage();
  await openDashboard(dashboard, extensionId);
  await expect(stat(dashboard, 'sent')).toHaveAttribute('data-value', '1');
  await expect(stat(dashboard, 'drafted')).toHaveAttribute('data-value', '1');
});

test('"I sent it" in a round records the letter as sent', async ({ context, extensionId, extensionPage }) => {
  await context.grantPermissions(['clipboard-read', 'clipboard-write']);
  const page = await openPopup(extensionPage, '#/letter?state=FR&cases=viasna');
  await signAs(page, 'Amina Test');
  await page.getByRole('button', { name: 'Copy subject and body' }).click();
  await page.getByTestId('mark-sent').click();
  await expect(page.getByTestId('mark-sent')).toHaveText('sent');
  await expect(page.getByTestId('queue-progress')).toContainText('1 sent');
  const dashboard = await context.newPage();
  await openDashboard(dashboard, extensionId);
  await expect(stat(dashboard, 'sent')).toHaveAttribute('data-value', '1');
});

test('drafting waits for a signature and a case', async ({ extensionPage }) => {
  const page = await openPopup(extensionPage, '#/letter?state=FR');
  await expect(page.getByRole('button', { name: 'Draft in Gmail' })).toBeDisabled();
  await expect(page.getByText('Add your name below to sign the letter.')).toBeVisible();
  await signAs(page, 'Amina Test');
  await expect(page.getByRole('button', { name: 'Draft in Gmail' })).toBeEnabled();
  for (const box of await page.locator('fieldset.checks').getByRole('checkbox').all()) await box.uncheck();
  await expect(page.getByText('Choose at least one case.')).toBeVisible();
  await expect(page.getByRole('button', { name: 'Draft in Gmail' })).toHaveCount(0);
});

test('mission chooser: no axe violations; screenshots in en, zh and ar', async ({ extensionPage }) => {
  const page = await openPopup(extensionPage, '#/letter?cases=jiang-tianyong');
  await expect(page.locator('fieldset.chooser')).toBeVisible();
  await expectNoAxeViolations(page);
  await screenshot(page, 'letter-chooser-en');
  await switchLanguage(page, 'zh-CN');
  await screenshot(page, 'letter-chooser-zh-CN');
  await switchLanguage(page, 'ar');
  await expect(page.locator('html')).toHaveAttribute('dir', 'rtl');
  await expectNoAxeViolations(page);
  await screenshot(page, 'letter-chooser-ar');
});

test('letter composer: no axe violations; screenshots in ar, zh and en', async ({ extensionPage }) => {
  const page = await openPopup(extensionPage, '#/letter?state=EG&cases=jiang-tianyong');
  await switchLanguage(page, 'ar');
  await page.getByLabel('الاسم', { exact: true }).fill('سارة');
  await page.locator('#letter-language').selectOption('ar');
  await expectNoAxeViolations(page);
  await screenshot(page, 'letter-composer-ar');
  await switchLanguage(page, 'zh-CN');
  await page.locator('#letter-language').selectOption('zh');
  await screenshot(page, 'letter-composer-zh-CN');
  await switchLanguage(page, 'en');
  await page.locator('#letter-language').selectOption('en');
  await expectNoAxeViolations(page);
  await screenshot(page, 'letter-composer-en');
  await page.goto(page.url().replace(/#.*$/, '#/missions'));
  await expect(page.locator('.state-list li')).toHaveCount(195);
});

test('saved addresses import from and export to CSV in the options, and address the next letter', async ({ extensionPage }) => {
  const options = await extensionPage('options.html');
  await expect(options.getByTestId('mission-address-count')).toHaveText('Addresses saved: 0');
  await options.locator('#addresses-file').setInputFiles({
    name: 'missions.csv',
    mimeType: 'text/csv',
    buffer: Buffer.from('state,email,name\nBE,geneve@example.be,Belgium\nXX,nobody@example.org,Nowhere\nDE,not-an-address,Germany\n'),
  });
  await expect(options.getByRole('status').filter({ hasText: 'Addresses imported: 1. Rows not imported (line numbers): 3, 4.' })).toBeVisible();
  await expect(options.getByTestId('mission-address-count')).toHaveText('Addresses saved: 1');
  const [download] = await Promise.all([options.waitForEvent('download'), options.getByRole('button', { name: 'Export addresses (CSV)' }).click()]);
  const { readFile } = await import('node:fs/promises');
  expect(await readFile((await download.path())!, 'utf8')).toBe('\uFEFFstate,email,name\r\nBE,geneve@example.be,Belgium\r\n');

  const page = await openPopup(extensionPage, '#/letter?state=BE&cases=viasna');
  await expect(page.getByLabel("Mission's email address")).toHaveValue('geneve@example.be');
});
