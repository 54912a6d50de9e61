import { beforeEach, expect, it } from 'vitest';
import { listActions } from '@/lib/store/actions';
import { freshDatabase } from '@/lib/store/test-helpers';
import { handleRecordAction } from './store-messages';

beforeEach(freshDatabase);

const action = { kind: 'letter-drafted', cases: ['viasna'], state: 'BY', channel: 'gmail', language: 'ru' };

it('records a valid action from a content script with the background choosing id and time', async () => {
  const response = await handleRecordAction({ type: 'er:record-action', action });
  expect(response).toMatchObject({ ok: true, action: { ...action, id: expect.any(String), createdAt: expect.any(Number) } });
  expect(await listActions()).toHaveLength(1);
});

it('rejects malformed messages and records nothing', async () => {
  for (const message of [
    null,
    { type: 'er:record-action' },
    { type: 'er:record-action', action: { ...action, state: 'Belarus' } },
    { type: 'er:record-action', action: { ...action, kind: 'delete-everything' } },
    { type: 'er:record-action', action: { ...action, cases: 'viasna' } },
  ]) {
    expect(await handleRecordAction(message)).toMatchObject({ ok: false, error: expect.any(String) });
  }
  expect(await listActions()).toEqual([]);
});

it('ignores an id or time the sender tries to set', async () => {
  const id = crypto.randomUUID();
  const response = await handleRecordAction({ type: 'er:record-action', action: { ...action, id, createdAt: 1 } });
  expect(response.ok && response.action.id).not.toBe(id);
  expect(response.ok && response.action.createdAt).toBeGreaterThan(1);
});
