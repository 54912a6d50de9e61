import { Action, type NewAction } from '@/lib/actions/schema';
import { actionsDb } from './db';
import { ActionRecord, fromStored, toStored } from './stored-action';

export { ActionRecord } from './stored-action';

/** Stores one thing the user did; fills in `id` and `createdAt` when the caller leaves them out. */
export async function recordAction(input: NewAction): Promise<ActionRecord> {
  const record = Action.parse({
    ...input,
    id: input.id ?? crypto.randomUUID(),
    createdAt: input.createdAt ?? Date.now(),
  });
  await actionsDb().actions.add(toStored(record));
  return record;
}

export interface ListOptions {
  /** Rows to skip, newest first. */
  offset?: number;
  limit?: number;
}

/** Actions newest first; without options, all of them (export uses this, the dashboard pages). */
export async function listActions(options: ListOptions = {}): Promise<ActionRecord[]> {
  let query = actionsDb().actions.orderBy('createdAt').reverse();
  if (options.offset) query = query.offset(options.offset);
  if (options.limit !== undefined) query = query.limit(options.limit);
  return (await query.toArray()).map(fromStored);
}

export async function getAction(id: string): Promise<ActionRecord | undefined> {
  const row = await actionsDb().actions.get(id);
  return row && fromStored(row);
}

export async function countActions(): Promise<number> {
  return actionsDb().actions.count();
}

/**
 * How many actions concern each case and each State (posts have no State). For badges such as
 * "you wrote about this case" in the popup.
 */
export async function actedOnSummary(): Promise<{ cases: Record<string, number>; states: Record<string, number> }> {
  const db = actionsDb();
  return db.transaction('r', db.actions, async () => {
    const countBy = async (index: 'cases' | 'state') => {
      const keys = (await db.actions.orderBy(index).uniqueKeys()) as string[];
      const counts = await Promise.all(keys.map((key) => db.actions.where(index).equals(key).count()));
      return Object.fromEntries(keys.map((key, i) => [key, counts[i]!]));
    };
    return { cases: await countBy('cases'), states: await countBy('state') };
  });
}

/** Returns whether there was such an action. */
export async function deleteAction(id: string): Promise<boolean> {
  const db = actionsDb();
  return db.transaction('rw', db.actions, async () => {
    if (!(await db.actions.get(id))) return false;
    await db.actions.delete(id);
    return true;
  });
}

/**
 * Records that a drafted letter was sent. The draft stays as it was (it was drafted, at its own
 * time); a new letter-sent action, linked to it by `draftId`, says when it was sent. Marking the
 * same draft twice returns the existing letter-sent action.
 */
export async function markLetterSent(draftId: string, sentAt: number = Date.now()): Promise<ActionRecord> {
  const db = actionsDb();
  return db.transaction('rw', db.actions, async () => {
    const draft = await db.actions.get(draftId);
    if (!draft) throw new Error(`No action ${draftId}`);
    if (draft.kind !== 'letter-drafted') throw new Error(`Action ${draftId} is a ${draft.kind}, not a drafted letter`);
    const existing = await db.actions.where('draftId').equals(draftId).first();
    if (existing) return fromStored(existing);
    const sent = ActionRecord.parse({
      id: crypto.randomUUID(),
      kind: 'letter-sent',
      cases: draft.cases,
      state: draft.state,
      channel: draft.channel,
      language: draft.language,
      createdAt: Math.max(sentAt, draft.createdAt),
      draftId,
    });
    await db.actions.add(toStored(sent));
    return sent;
  });
}

/** Ids among `draftIds` whose letter has been marked as sent. */
export async function sentDraftIds(draftIds: readonly string[]): Promise<Set<string>> {
  if (draftIds.length === 0) return new Set();
  const sent = await actionsDb().actions.where('draftId').anyOf([...draftIds]).toArray();
  return new Set(sent.map((row) => row.draftId!));
}

/** Sets the note; an empty or blank note removes it. */
export async function setNote(id: string, note: string): Promise<ActionRecord> {
  const db = actionsDb();
  return db.transaction('rw', db.actions, async () => {
    const row = await db.actions.get(id);
    if (!row) throw new Error(`No action ${id}`);
    const { note: _old, ...rest } = fromStored(row);
    const record = ActionRecord.parse(note.trim() ? { ...rest, note } : rest);
    await db.actions.put(toStored(record));
    return record;
  });
}

/** Deletes the most recent action (the one the user just did) and returns it, or null if none. */
export async function undo(): Promise<ActionRecord | null> {
  const db = actionsDb();
  return db.transaction('rw', db.actions, async () => {
    const last = await db.actions.orderBy('createdAt').last();
    if (!last) return null;
    await db.actions.delete(last.id);
    return fromStored(last);
  });
}

/** Deletes every action; returns how many there were. */
export async function deleteAll(): Promise<number> {
  const db = actionsDb();
  return db.transaction('rw', db.actions, async () => {
    const count = await db.actions.count();
    await db.actions.clear();
    return count;
  });
}
