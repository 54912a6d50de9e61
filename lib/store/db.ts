import Dexie, { type EntityTable } from 'dexie';
import type { StoredAction } from './stored-action';
import { facetsOf } from './stored-action';

export const DB_NAME = 'endreprisals';

/** Indexes of schema version 1: what the dashboard could query by then. */
export const SCHEMA_V1 = { actions: 'id, createdAt, kind, state, *cases' } as const;

/**
 * Version 2 adds what lets the dashboard count 100,000 actions without reading them:
 * `*facets` (one "case|kind" and "case|kind|State" key per case, see facetsOf), `[kind+state]`
 * for distinct missions per kind, and `draftId`, which links a letter-sent action to the draft it
 * reports as sent.
 */
export const SCHEMA_V2 = { actions: 'id, createdAt, kind, state, *cases, *facets, [kind+state], draftId' } as const;

export const CURRENT_VERSION = 2;

export type ActionsDb = Dexie & { actions: EntityTable<StoredAction, 'id'> };

/** Declares every schema version with its upgrade, so a database of any older version opens. */
export function declareSchema(db: Dexie): void {
  db.version(1).stores(SCHEMA_V1);
  db.version(2)
    .stores(SCHEMA_V2)
    .upgrade((tx) =>
      tx
        .table('actions')
        .toCollection()
        .modify((row: StoredAction) => {
          row.facets = facetsOf(row);
        }),
    );
}

export function openActionsDb(name = DB_NAME): ActionsDb {
  const db = new Dexie(name) as ActionsDb;
  declareSchema(db);
  return db;
}

let shared: ActionsDb | undefined;

/** The extension's one database connection per page or worker, opened on first use. */
export function actionsDb(): ActionsDb {
  shared ??= openActionsDb();
  return shared;
}

/** Lets tests start from a fresh database; closes the shared connection. */
export function resetActionsDbForTests(): void {
  shared?.close();
  shared = undefined;
}
