import Dexie from 'dexie';
import type { NewAction } from '@/lib/actions/schema';
import { DB_NAME, closeActionsDb } from './db';

/** A plausible action time (1 March 2025, UTC) that tests count from. */
export const T0 = Date.UTC(2025, 2, 1);

/** Closes the shared connection and deletes the database (fake-indexeddb in unit tests). */
export async function freshDatabase(): Promise<void> {
  closeActionsDb();
  await Dexie.delete(DB_NAME);
}

export function letter(state: string, cases: string[], extra: Partial<NewAction> = {}): NewAction {
  return { kind: 'letter-drafted', cases, state, channel: 'gmail', language: 'en', ...extra };
}

export function post(cases: string[], extra: Partial<NewAction> = {}): NewAction {
  return { kind: 'post', cases, state: null, channel: 'x', language: 'en', ...extra };
}
