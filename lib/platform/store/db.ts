import Dexie, { type EntityTable, type Transaction } from 'dexie';
import type { ActionRecord } from '@/lib/actions/action-record';
import { rebuildTallies, type ActivityRow, type TallyRow } from './tallies';

export const DB_NAME = 'endreprisals';

/** Schema version 1: the actions and the indexes the list and look-ups use. */
export const SCHEMA_V1 = { actions: 'id, createdAt, kind, state, *cases' } as const;

/**
 * Version 2 keeps running totals beside the actions (`tallies`: per kind, case, State; `activity`:
 * per UTC day), updated in the same transaction as every write, so the dashboard reads a few hundred
 * small rows instead of counting 100,000 (IndexedDB counts and unique-key scans walk every entry).
 * `draftId` links a letter-sent action to the draft it reports as sent.
 */
export const SCHEMA_V2 = {
  actions: 'id, createdAt, kind, state, *cases, draftId',
  tallies: 'key',
  activity: 'day',
} as const;

export const CURRENT_VERSION = 2;

export type ActionsDb = Dexie & {
  actions: EntityTable<ActionRecord, 'id'>;
  tallies: EntityTable<TallyRow, 'key'>;
  activity: EntityTable<ActivityRow, 'day'>;
};

/** Declares every schema version with its upgrade, so a database of any older version opens. */
export function declareSchema(db: Dexie): void {
  db.version(1).stores(SCHEMA_V1);
  db.version(2)
    .stores(SCHEMA_V2)
    .upgrade((tx: Transaction) => rebuildTallies(tx.table('actions'), tx.table('tallies'), tx.table('activity')));
}

export function openActionsDb(name = DB_NAME): ActionsDb {
  const db = new Dexie(name) as ActionsDb;
  declareSchema(db);
  return db;
}

let shared: ActionsDb | undefined;

/** The extension's one database connection per page or worker, opened on first use. */
export function actionsDb(): ActionsDb {
  // A connection that failed to open (storage blocked, disk full) or was closed (the database was
  // deleted elsewhere) stays so; start a new one, so that trying again can succeed.
  if (shared && (shared.hasFailed() || shared.hasBeenClosed())) shared = undefined;
  shared ??= openActionsDb();
  return shared;
}

/** Closes the shared connection; the next use opens a new one (after a reset, on a fresh database). */
export function closeActionsDb(): void {
  shared?.close();
  shared = undefined;
}
