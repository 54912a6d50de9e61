import type { EntityTable, Table } from 'dexie';
import type { ActionRecord } from '@/lib/actions/action-record';

/** A running count; the row is deleted when it reaches zero, so a key's presence means "some". */
export interface TallyRow {
  key: string;
  n: number;
}

/** Actions per UTC day (days since the epoch). */
export interface ActivityRow {
  day: number;
  n: number;
}

export const DAY = 86_400_000;

/**
 * The tally keys one action adds to:
 * - `total`, `kind|<kind>`
 * - `case|<case>|<kind>` for each case it is about
 * - `state|<kind>|<ISO2>` when it went to a State's mission
 * - `caseState|<case>|<kind>|<ISO2>` for each case with that State (distinct missions per case)
 */
export function tallyKeys(action: Pick<ActionRecord, 'kind' | 'cases' | 'state'>): string[] {
  const keys = ['total', `kind|${action.kind}`];
  for (const caseId of new Set(action.cases)) {
    keys.push(`case|${caseId}|${action.kind}`);
    if (action.state) keys.push(`caseState|${caseId}|${action.kind}|${action.state}`);
  }
  if (action.state) keys.push(`state|${action.kind}|${action.state}`);
  return keys;
}

export interface TallyDelta {
  tallies: Map<string, number>;
  activity: Map<number, number>;
}

/** What adding (`sign` 1) or removing (`sign` -1) these actions changes in the tallies. */
export function tallyDelta(actions: Iterable<Pick<ActionRecord, 'kind' | 'cases' | 'state' | 'createdAt'>>, sign: 1 | -1): TallyDelta {
  const tallies = new Map<string, number>();
  const activity = new Map<number, number>();
  for (const action of actions) {
    for (const key of tallyKeys(action)) tallies.set(key, (tallies.get(key) ?? 0) + sign);
    const day = Math.floor(action.createdAt / DAY);
    activity.set(day, (activity.get(day) ?? 0) + sign);
  }
  return { tallies, activity };
}

async function applyTo<K extends string | number, R extends { n: number }>(
  table: Table<R, K>,
  deltas: Map<K, number>,
  row: (key: K, n: number) => R,
): Promise<void> {
  const keys = [...deltas.keys()];
  if (keys.length === 0) return;
  const current = await table.bulkGet(keys);
  const put: R[] = [];
  const remove: K[] = [];
  keys.forEach((key, i) => {
    const n = (current[i]?.n ?? 0) + deltas.get(key)!;
    if (n > 0) put.push(row(key, n));
    else remove.push(key);
  });
  await table.bulkPut(put);
  await table.bulkDelete(remove);
}

/** Applies a delta; call inside the read-write transaction that changes the actions. */
export async function applyTallyDelta(
  talliesTable: EntityTable<TallyRow, 'key'>,
  activityTable: EntityTable<ActivityRow, 'day'>,
  delta: TallyDelta,
): Promise<void> {
  await applyTo(talliesTable, delta.tallies, (key, n) => ({ key, n }));
  await applyTo(activityTable, delta.activity, (day, n) => ({ day, n }));
}

/** Recomputes every tally from the actions themselves (schema upgrade, repair). */
export async function rebuildTallies(
  actionsTable: EntityTable<ActionRecord, 'id'>,
  talliesTable: EntityTable<TallyRow, 'key'>,
  activityTable: EntityTable<ActivityRow, 'day'>,
): Promise<void> {
  const delta: TallyDelta = { tallies: new Map(), activity: new Map() };
  await actionsTable.each((action) => {
    const one = tallyDelta([action], 1);
    for (const [key, n] of one.tallies) delta.tallies.set(key, (delta.tallies.get(key) ?? 0) + n);
    for (const [day, n] of one.activity) delta.activity.set(day, (delta.activity.get(day) ?? 0) + n);
  });
  await talliesTable.clear();
  await activityTable.clear();
  await talliesTable.bulkPut([...delta.tallies].map(([key, n]) => ({ key, n })));
  await activityTable.bulkPut([...delta.activity].map(([day, n]) => ({ day, n })));
}
