import Dexie from 'dexie';
import { Action, type NewAction } from '@/lib/actions/schema';
import { latestActionTime } from '@/lib/actions/time';
import { ActionRecord } from '@/lib/actions/action-record';
import { actionsDb, closeActionsDb, DB_NAME } from './db';
import { applyTallyDelta, tallyDelta } from './tallies';

export { ActionRecord } from '@/lib/actions/action-record';

/**
 * Every write goes through this module and changes the actions and their tallies in one
 * transaction, so the dashboard's totals always match the rows.
 */
async function writing<T>(work: (db: ReturnType<typeof actionsDb>) => Promise<T>): Promise<T> {
  const db = actionsDb();
  return db.transaction('rw', db.actions, db.tallies, db.activity, () => work(db));
}

async function addRecords(db: ReturnType<typeof actionsDb>, records: readonly ActionRecord[]): Promise<void> {
  await db.actions.bulkAdd([...records]);
  await applyTallyDelta(db.tallies, db.activity, tallyDelta(records, 1));
}

async function removeRecords(db: ReturnType<typeof actionsDb>, records: readonly ActionRecord[]): Promise<void> {
  await db.actions.bulkDelete(records.map((r) => r.id));
  await applyTallyDelta(db.tallies, db.activity, tallyDelta(records, -1));
}

/**
 * Stores one thing the user did; fills in `id` and `createdAt` when the caller leaves them out.
 * Recording the same id again returns the stored action, so a retry never counts an action twice.
 */
export async function recordAction(input: NewAction): Promise<ActionRecord> {
  const record = Action.parse({
    ...input,
    id: input.id ?? crypto.randomUUID(),
    createdAt: input.createdAt ?? Date.now(),
  });
  return writing(async (db) => {
    const stored = await db.actions.get(record.id);
    if (stored) return stored;
    await addRecords(db, [record]);
    return record;
  });
}

/**
 * Adds the actions whose id is not stored yet, in one transaction (all or none); actions already
 * stored are kept as they are. Used by import.
 */
export async function mergeActions(records: readonly ActionRecord[]): Promise<{ added: number; alreadyPresent: number }> {
  return writing(async (db) => {
    const stored = new Set(await db.actions.toCollection().primaryKeys());
    const fresh = records.filter((record) => !stored.has(record.id));
    await addRecords(db, fresh);
    return { added: fresh.length, alreadyPresent: records.length - fresh.length };
  });
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
  return query.toArray();
}

export async function getAction(id: string): Promise<ActionRecord | undefined> {
  return actionsDb().actions.get(id);
}

/** From the running tally, without counting rows. */
export async function countActions(): Promise<number> {
  return (await actionsDb().tallies.get('total'))?.n ?? 0;
}

/**
 * How many actions concern each case and each State (posts have no State). For badges such as
 * "you wrote about this case" in the popup.
 */
export async function actedOnSummary(): Promise<{ cases: Record<string, number>; states: Record<string, number> }> {
  const cases: Record<string, number> = {};
  const states: Record<string, number> = {};
  for (const { key, n } of await actionsDb().tallies.toArray()) {
    const [group, a, b] = key.split('|');
    if (group === 'case') cases[a!] = (cases[a!] ?? 0) + n;
    else if (group === 'state') states[b!] = (states[b!] ?? 0) + n;
  }
  return { cases, states };
}

/** Returns whether there was such an action. */
export async function deleteAction(id: string): Promise<boolean> {
  return writing(async (db) => {
    const record = await db.actions.get(id);
    if (!record) return false;
    await removeRecords(db, [record]);
    return true;
  });
}

/**
 * Records that something opened earlier really happened: a drafted letter was sent, or a post
 * opened in a network was published. The opening stays as it was (at its own time); a new
 * action of `kind`, linked to it by `draftId`, says when. Marking the same opening twice returns
 * the existing action.
 */
async function markFollowUp(openedId: string, from: 'letter-drafted' | 'post', kind: 'letter-sent' | 'post-published', at: number): Promise<ActionRecord> {
  return writing(async (db) => {
    const opened = await db.actions.get(openedId);
    if (!opened) throw new Error(`No action ${openedId}`);
    if (opened.kind !== from) throw new Error(`Action ${openedId} is a ${opened.kind}, not ${from === 'post' ? 'a post' : 'a drafted letter'}`);
    const existing = await db.actions.where('draftId').equals(openedId).first();
    if (existing) return existing;
    const followUp = ActionRecord.parse({
      id: crypto.randomUUID(),
      kind,
      cases: opened.cases,
      state: opened.state,
      channel: opened.channel,
      language: opened.language,
      createdAt: Math.max(at, opened.createdAt),
      draftId: openedId,
    });
    await addRecords(db, [followUp]);
    return followUp;
  });
}

/** Records that a drafted letter was sent (see markFollowUp). */
export async function markLetterSent(draftId: string, sentAt: number = Date.now()): Promise<ActionRecord> {
  return markFollowUp(draftId, 'letter-drafted', 'letter-sent', sentAt);
}

/** Records that a post opened in a network was published (see markFollowUp). */
export async function markPostPublished(postId: string, publishedAt: number = Date.now()): Promise<ActionRecord> {
  return markFollowUp(postId, 'post', 'post-published', publishedAt);
}

/** Ids among `draftIds` whose letter has been marked as sent. */
export async function sentDraftIds(draftIds: readonly string[]): Promise<Set<string>> {
  if (draftIds.length === 0) return new Set();
  const sent = await actionsDb().actions.where('draftId').anyOf([...draftIds]).toArray();
  return new Set(sent.map((row) => row.draftId!));
}

/** Sets the note; an empty or blank note removes it. A note changes no tally. */
export async function setNote(id: string, note: string): Promise<ActionRecord> {
  return writing(async (db) => {
    const row = await db.actions.get(id);
    if (!row) throw new Error(`No action ${id}`);
    const { note: _old, ...rest } = row;
    const record = ActionRecord.parse(note.trim() ? { ...rest, note } : rest);
    await db.actions.put(record);
    return record;
  });
}

/** Deletes the most recent action (the one the user just did) and returns it, or null if none. */
export async function undo(): Promise<ActionRecord | null> {
  return writing(async (db) => {
    // A time past tomorrow (from a record imported before times were checked) is not "just done".
    const last = await db.actions.where('createdAt').belowOrEqual(latestActionTime()).last();
    if (!last) return null;
    await removeRecords(db, [last]);
    return last;
  });
}

/** Deletes every action; returns how many there were. */
export async function deleteAll(): Promise<number> {
  return writing(async (db) => {
    const count = (await db.tallies.get('total'))?.n ?? 0;
    await Promise.all([db.actions.clear(), db.tallies.clear(), db.activity.clear()]);
    return count;
  });
}

/**
 * Deletes every action, even when the record cannot be read: if clearing it fails, the whole
 * database is removed (a fresh one is made on next use). Returns how many actions there were,
 * or null when the database had to be removed and the number is not known.
 */
export async function deleteEverything(): Promise<number | null> {
  try {
    return await deleteAll();
  } catch (error) {
    closeActionsDb();
    try {
      await Dexie.delete(DB_NAME);
    } catch {
      throw error;
    }
    return null;
  }
}
