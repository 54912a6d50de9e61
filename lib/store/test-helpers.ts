import Dexie from 'dexie';
import type { NewAction } from '@/lib/actions/schema';
import { DB_NAME, resetActionsDbForTests } from './db';

/** Closes the shared connection and deletes the database (fake-indexeddb in unit tests). */
export async function freshDatabase(): Promise<void> {
  resetActionsDbForTests();
  await Dexie.delete(DB_NAME);
}

export function letter(state: string, cases: string[], extra: Partial<NewAction> = {}): NewAction {
  return { kind: 'letter-drafted', cases, state, channel: 'gmail', language: 'en', ...extra };
}

export function post(cases: string[], extra: Partial<NewAction> = {}): NewAction {
  return { kind: 'post', cases, state: null, channel: 'x', language: 'en', ...extra };
}
