import AxeBuilder from '@axe-core/playwright';
import { readFileSync } from 'node:fs';
import { mkdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { expect, test } from './fixtures';
import { importActions, openDashboard, setUiLanguage, stat, type SeedAction } from './dashboard-helpers';

const ARTIFACTS = resolve(import.meta.dirname, '../artifacts');
mkdirSync(ARTIFACTS, { recursive: true });

const SEED: SeedAction[] = [
  { kind: 'post', cases: ['viasna', 'jiang-tianyong'], state: null, channel: 'x', language: 'en' },
  { kind: 'case-shared', cases: ['burundi-lawyers'], state: null, channel: null, language: 'fr' },
  { kind: 'letter-drafted', cases: ['viasna'], state: 'FR', channel: 'gmail', language: 'fr' },
  { kind: 'letter-drafted', cases: ['burundi-lawyers', 'ibrahim-metwally-hegazy'], state: 'BR', channel: 'outlook', language: 'es' },
  { kind: 'letter-drafted', cases: ['ibrahim-metwally-hegazy'], state: 'EG', channel: 'mailto', language: 'ar' },
];

async function axe(page: import('@playwright/test').Page) {
  const results = await new AxeBuilder({ page }).analyze();
  return results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
}

test('counts actions recorded elsewhere, on the totals, chart, map and cases', async ({ context, extensionId }) => {
  const page = await context.newPage();
  await openDashboard(page, extensionId);
  await expect(stat(page, 'total')).toHaveAttribute('data-value', '0');
  await expect(page.getByTestId('activity-chart')).toHaveAttribute('data-total', '0');

  await importActions(context, extensionId, SEED);

  // The open dashboard follows changes made in another tab without a reload.
  await expect(stat(page, 'total')).toHaveAttribute('data-value', '5');
  await expect(stat(page, 'drafted')).toHaveAttribute('data-value', '3');
  await expect(stat(page, 'missions')).toHaveAttribute('data-value', '3');
  await expect(page.getByTestId('activity-chart')).toHaveAttribute('data-total', '5');
  await expect(page.getByTestId('missions-map')).toHaveAttribute('data-written', /^(?=.*\bFR\b)(?=.*\bBR\b)(?=.*\bEG\b)/);
  await expect(page.locator('[data-m49="250"]')).toHaveAttribute('data-status', 'drafted');
  await expect(page.locator('[data-case="viasna"] [data-fact="posts"]')).toHaveText('1');
  await expect(page.locator('[data-case="viasna"] [data-fact="missions-drafted"]')).toHaveText('1');
  await expect(page.locator('[data-case="burundi-lawyers"] [data-fact="shares"]')).toHaveText('1');

  // Marking the letter to France as sent keeps the draft and adds a sent letter.
  const franceRow = page.locator('tr[data-kind="letter-drafted"]').filter({ hasText: 'France' });
  await franceRow.getByRole('button', { name: 'Mark as sent' }).click();
  await expect(stat(page, 'sent')).toHaveAttribute('data-value', '1');
  await expect(stat(page, 'drafted')).toHaveAttribute('data-value', '3');
  await expect(franceRow.getByText('Sent', { exact: true })).toBeVisible();
  await expect(page.locator('[data-m49="250"]')).toHaveAttribute('data-status', 'sent');
  await expect(page.locator('[data-case="viasna"] [data-fact="missions-sent"]')).toHaveText('1');

  // A note with markup is kept as text.
  await page.locator('tr[data-kind="letter-drafted"]').filter({ hasText: 'Egypt' }).getByRole('button', { name: 'Note' }).click();
  const dialog = page.getByTestId('note-dialog');
  await dialog.getByLabel('Note (kept only in this browser)').fill('<b>called</b> the mission');
  await dialog.getByRole('button', { name: 'Save' }).click();
  await expect(page.locator('td.action-list__note').filter({ hasText: '<b>called</b> the mission' })).toBeVisible();
  await expect(page.locator('td.action-list__note b')).toHaveCount(0);

  await page.screenshot({ path: join(ARTIFACTS, 'dashboard-en.png'), fullPage: true });
  expect(await axe(page)).toEqual([]);

  // The text alternatives of the chart and the map, opened, are accessible too and say the same.
  await page.getByText('Show the numbers as a table').click();
  await page.getByText('Show the States as a table').click();
  await expect(page.getByTestId('map-table').locator('tr[data-iso2="FR"] td').first()).toHaveText('1');
  await expect(page.locator('#chart-desc')).toContainText(': 6 in all.');
  expect(await axe(page)).toEqual([]);

  // Deleting one action asks first; focus then continues from the list heading.
  await page.locator('tr[data-kind="case-shared"]').getByRole('button', { name: 'Delete' }).click();
  await page.getByTestId('delete-one-dialog').getByRole('button', { name: 'Delete' }).click();
  await expect(stat(page, 'shared')).toHaveAttribute('data-value', '0');
  await expect(page.locator('#list-heading')).toBeFocused();
});

test('export, delete everything, import the export: everything is back', async ({ context, extensionId }, testInfo) => {
  const page = await context.newPage();
  await importActions(context, extensionId, SEED);
  await openDashboard(page, extensionId);
  await expect(stat(page, 'total')).toHaveAttribute('data-value', '5');

  const [jsonDownload] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Export (JSON)' }).click()]);
  const jsonPath = testInfo.outputPath('export.json');
  await jsonDownload.saveAs(jsonPath);
  expect(jsonDownload.suggestedFilename()).toMatch(/^endreprisals-actions-\d{4}-\d{2}-\d{2}\.json$/);
  const exported = JSON.parse(readFileSync(jsonPath, 'utf8'));
  expect(exported).toMatchObject({ format: 'endreprisals-actions', version: 1 });
  expect(exported.actions).toHaveLength(5);

  const [csvDownload] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Export for spreadsheets (CSV)' }).click()]);
  const csvPath = testInfo.outputPath('export.csv');
  await csvDownload.saveAs(csvPath);
  const csv = readFileSync(csvPath);
  expect([...csv.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
  expect(csv.toString('utf8').slice(1).split('\r\n')).toHaveLength(5 + 2);

  // Delete everything: asks first, in an accessible dialog; cancelling keeps everything.
  await page.getByRole('button', { name: 'Delete everything' }).click();
  const confirm = page.getByRole('alertdialog', { name: 'Delete your whole record?' });
  await expect(confirm).toBeVisible();
  await expect(confirm.getByRole('button', { name: 'Cancel' })).toBeFocused();
  await page.keyboard.press('Escape');
  await expect(confirm).toBeHidden();
  await expect(stat(page, 'total')).toHaveAttribute('data-value', '5');
  await page.getByRole('button', { name: 'Delete everything' }).click();
  await confirm.getByRole('button', { name: 'Delete everything' }).click();
  await expect(stat(page, 'total')).toHaveAttribute('data-value', '0');
  await expect(page.locator('#data-heading')).toBeFocused();
  await expect(page.getByTestId('action-list')).toHaveCount(0);

  // A broken file is refused with its problem named, and changes nothing.
  await page.locator('#import-file').setInputFiles({
    name: 'bad.json',
    mimeType: 'application/json',
    buffer: Buffer.from(JSON.stringify({ ...exported, actions: [{ ...exported.actions[0], createdAt: 'yesterday' }] })),
  });
  await expect(page.getByTestId('data-message')).toHaveAttribute('data-tone', 'error');
  await expect(page.getByTestId('data-message')).toContainText('actions[0].createdAt');
  await expect(stat(page, 'total')).toHaveAttribute('data-value', '0');

  await page.locator('#import-file').setInputFiles(jsonPath);
  await expect(page.getByTestId('data-message')).toContainText('New actions: 5. Already here: 0.');
  await expect(stat(page, 'total')).toHaveAttribute('data-value', '5');
  await expect(page.getByTestId('missions-map')).toHaveAttribute('data-written', /\bEG\b/);

  // Importing the same file again adds nothing.
  await page.locator('#import-file').setInputFiles(jsonPath);
  await expect(page.getByTestId('data-message')).toContainText('New actions: 0. Already here: 5.');
  await expect(stat(page, 'total')).toHaveAttribute('data-value', '5');

  const [again] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Export (JSON)' }).click()]);
  const againPath = testInfo.outputPath('again.json');
  await again.saveAs(againPath);
  const sortById = (list: Array<{ id: string }>) => [...list].sort((a, b) => a.id.localeCompare(b.id));
  expect(sortById(JSON.parse(readFileSync(againPath, 'utf8')).actions)).toEqual(sortById(exported.actions));
});

test('speaks the chosen language, right to left in Arabic, and passes axe in Arabic', async ({ context, extensionId }) => {
  const page = await context.newPage();
  await importActions(context, extensionId, SEED);
  await openDashboard(page, extensionId);

  await setUiLanguage(page, 'zh-CN');
  await expect(page.locator('html')).toHaveAttribute('lang', 'zh-CN');
  await expect(page.locator('h1')).toHaveText('我的行动记录');
  await expect(stat(page, 'total')).toHaveAttribute('data-value', '5');
  await page.screenshot({ path: join(ARTIFACTS, 'dashboard-zh-CN.png'), fullPage: true });

  await setUiLanguage(page, 'ar');
  await expect(page.locator('html')).toHaveAttribute('dir', 'rtl');
  await expect(page.locator('h1')).toHaveText('سجلّك');
  // Case names: our Arabic translation, marked as Arabic and noted; a name kept as spelt gets no note.
  const viasna = page.locator('.case-progress[data-case="viasna"]');
  await expect(viasna.locator('.case-progress__title span')).toHaveText('مركز فياسنا لحقوق الإنسان');
  await expect(viasna.locator('.case-progress__title span')).toHaveAttribute('lang', 'ar');
  await expect(viasna.locator('.case-progress__note')).toHaveText('ترجمتنا للنص الإنجليزي للحملة.');
  await expect(page.locator('.case-progress[data-case="jiang-tianyong"] .case-progress__note')).toHaveCount(0);
  await page.screenshot({ path: join(ARTIFACTS, 'dashboard-ar.png'), fullPage: true });
  expect(await axe(page)).toEqual([]);
});

test('is usable with the keyboard alone: mark a letter sent and close a dialog', async ({ context, extensionId }) => {
  const page = await context.newPage();
  await importActions(context, extensionId, [SEED[2]!]);
  await openDashboard(page, extensionId);
  const mark = page.getByRole('button', { name: 'Mark as sent' });
  await expect(mark).toBeVisible();
  for (let i = 0; i < 60 && !(await mark.evaluate((el) => el === document.activeElement)); i++) await page.keyboard.press('Tab');
  await expect(mark).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(stat(page, 'sent')).toHaveAttribute('data-value', '1');

  const note = page.getByRole('button', { name: 'Note' }).first();
  await note.focus();
  await page.keyboard.press('Enter');
  await expect(page.getByTestId('note-dialog')).toBeVisible();
  await page.keyboard.press('Escape');
  await expect(page.getByTestId('note-dialog')).toBeHidden();
  await expect(note).toBeFocused();
});
