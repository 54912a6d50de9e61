import { beforeEach, describe, expect, it } from 'vitest';
import {
  actedOnSummary,
  countActions,
  deleteAction,
  deleteAll,
  getAction,
  listActions,
  markLetterSent,
  recordAction,
  sentDraftIds,
  setNote,
  undo,
} from './actions';
import { freshDatabase, letter, post, T0 } from './test-helpers';

beforeEach(freshDatabase);

describe('recordAction', () => {
  it('assigns a uuid and the current time, and stores the action', async () => {
    const before = Date.now();
    const action = await recordAction(post(['viasna']));
    expect(action.id).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
    expect(action.createdAt).toBeGreaterThanOrEqual(before);
    expect(await getAction(action.id)).toEqual(action);
  });

  it('records an id once: a retry of the same action counts it once', async () => {
    const id = crypto.randomUUID();
    const first = await recordAction(post(['viasna'], { id }));
    expect(await recordAction(post(['viasna'], { id }))).toEqual(first);
    expect(await countActions()).toBe(1);
  });

  it('rejects a time no one acted at: before 2010, after tomorrow, or past what a Date holds', async () => {
    for (const createdAt of [0, Date.UTC(2009, 11, 31), Date.now() + 2 * 86_400_000, 9e15, 1.5e12 + 0.5]) {
      await expect(recordAction(post([], { createdAt })), String(createdAt)).rejects.toThrow();
    }
    expect(await countActions()).toBe(0);
  });

  it('rejects an action that breaks the schema and stores nothing', async () => {
    await expect(recordAction({ ...post([]), state: 'egypt' })).rejects.toThrow();
    await expect(recordAction({ ...post([]), kind: 'tweet' as 'post' })).rejects.toThrow();
    expect(await countActions()).toBe(0);
  });
});

describe('listActions', () => {
  it('lists newest first and pages with offset and limit', async () => {
    for (let i = 0; i < 5; i++) await recordAction(post(['viasna'], { createdAt: T0 + i }));
    expect((await listActions()).map((a) => a.createdAt)).toEqual([T0 + 4, T0 + 3, T0 + 2, T0 + 1, T0]);
    expect((await listActions({ offset: 1, limit: 2 })).map((a) => a.createdAt)).toEqual([T0 + 3, T0 + 2]);
  });
});

describe('actedOnSummary', () => {
  it('counts actions per case and per State', async () => {
    await recordAction(post(['viasna', 'jiang-tianyong']));
    await recordAction(letter('BY', ['viasna']));
    await recordAction(letter('FR', ['viasna', 'burundi-lawyers']));
    expect(await actedOnSummary()).toEqual({
      cases: { viasna: 3, 'jiang-tianyong': 1, 'burundi-lawyers': 1 },
      states: { BY: 1, FR: 1 },
    });
  });
});

describe('markLetterSent', () => {
  it('keeps the draft and adds a letter-sent action linked to it, once', async () => {
    const draft = await recordAction(letter('EG', ['ibrahim-metwally-hegazy'], { createdAt: T0 + 5000, note: 'x' }));
    const sent = await markLetterSent(draft.id, T0 + 9000);
    expect(sent).toMatchObject({ kind: 'letter-sent', draftId: draft.id, state: 'EG', cases: draft.cases, createdAt: T0 + 9000 });
    expect(sent).not.toHaveProperty('note');
    expect(await getAction(draft.id)).toEqual(draft);
    expect(await markLetterSent(draft.id, T0 + 10_000)).toEqual(sent);
    expect(await countActions()).toBe(2);
    expect(await sentDraftIds([draft.id, sent.id])).toEqual(new Set([draft.id]));
  });

  it('refuses anything but a drafted letter', async () => {
    const p = await recordAction(post(['viasna']));
    await expect(markLetterSent(p.id)).rejects.toThrow(/not a drafted letter/);
    await expect(markLetterSent(crypto.randomUUID())).rejects.toThrow(/No action/);
  });

  it('makes the draft unsent again when its letter-sent action is deleted', async () => {
    const draft = await recordAction(letter('VE', ['venezuela-organisations']));
    const sent = await markLetterSent(draft.id);
    await deleteAction(sent.id);
    expect(await sentDraftIds([draft.id])).toEqual(new Set());
  });
});

describe('setNote', () => {
  it('sets, replaces and removes a note', async () => {
    const a = await recordAction(post(['viasna']));
    expect((await setNote(a.id, '<b>hi</b>')).note).toBe('<b>hi</b>');
    expect((await getAction(a.id))!.note).toBe('<b>hi</b>');
    await setNote(a.id, '   ');
    expect(await getAction(a.id)).not.toHaveProperty('note');
  });

  it('rejects a note over 2000 characters and keeps the old one', async () => {
    const a = await recordAction(post(['viasna'], { note: 'old' }));
    await expect(setNote(a.id, 'x'.repeat(2001))).rejects.toThrow();
    expect((await getAction(a.id))!.note).toBe('old');
  });
});

describe('deleting', () => {
  it('deleteAction removes one action and says whether it existed', async () => {
    const a = await recordAction(post(['viasna']));
    const b = await recordAction(post(['viasna']));
    expect(await deleteAction(a.id)).toBe(true);
    expect(await deleteAction(a.id)).toBe(false);
    expect((await listActions()).map((x) => x.id)).toEqual([b.id]);
  });

  it('undo removes the most recent action only', async () => {
    const older = await recordAction(post(['viasna'], { createdAt: T0 + 1 }));
    const newer = await recordAction(post(['viasna'], { createdAt: T0 + 2 }));
    expect(await undo()).toEqual(newer);
    expect((await listActions()).map((x) => x.id)).toEqual([older.id]);
    await undo();
    expect(await undo()).toBeNull();
  });

  it('deleteAll empties the store and says how many it removed', async () => {
    await recordAction(post(['viasna']));
    await recordAction(letter('CN', ['jiang-tianyong']));
    expect(await deleteAll()).toBe(2);
    expect(await countActions()).toBe(0);
  });
});
