import { render } from 'preact';
import { act } from 'preact/test-utils';
import { afterEach, beforeEach, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing';
import { closeActionsDb } from '@/lib/platform/store/db';
import { freshDatabase } from '@/lib/platform/store/test-helpers';
import { DashboardApp } from './DashboardApp';

const host = document.createElement('div');
document.body.append(host);

beforeEach(async () => {
  fakeBrowser.reset();
  await freshDatabase();
});
afterEach(async () => {
  await act(() => render(null, host));
  vi.restoreAllMocks();
  closeActionsDb();
});

const text = () => host.textContent ?? '';
const buttons = () => [...host.querySelectorAll('button')].map((b) => b.textContent);

it('says the record cannot be read, once, and keeps export, import and delete within reach', async () => {
  vi.spyOn(indexedDB, 'open').mockImplementation(() => {
    throw new DOMException('A mutation operation was attempted on a database that did not allow mutations.', 'InvalidStateError');
  });
  await act(() => render(<DashboardApp />, host));
  await vi.waitFor(() => expect(text()).toContain('Your record could not be read (InvalidStateError: A mutation operation'));
  await new Promise((resolve) => setTimeout(resolve, 100));
  expect(text()).not.toContain('Loading your record');
  expect(host.querySelectorAll('[role="alert"]')).toHaveLength(1);
  expect(buttons()).toEqual(expect.arrayContaining(['Try again', 'Export (JSON)', 'Export for spreadsheets (CSV)', 'Delete everything']));
  expect(host.querySelector<HTMLInputElement>('#import-file')?.disabled).toBe(false);
  for (const name of ['Export (JSON)', 'Delete everything']) {
    expect([...host.querySelectorAll('button')].find((b) => b.textContent === name)?.disabled, name).toBe(false);
  }
});
