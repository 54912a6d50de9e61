import Dexie from 'dexie';
import { beforeEach, expect, it } from 'vitest';
import type { Action } from '@/lib/actions/schema';
import { actionsDb, CURRENT_VERSION, DB_NAME, SCHEMA_V1 } from './db';
import { dashboardCounts } from './counts';
import { countActions, listActions, markLetterSent } from './actions';
import { freshDatabase } from './test-helpers';

beforeEach(freshDatabase);

function v1Rows(): Action[] {
  const rows: Action[] = [];
  for (let i = 0; i < 300; i++) {
    const letterKind = i % 3 !== 0;
    rows.push({
      id: crypto.randomUUID(),
      kind: letterKind ? (i % 3 === 1 ? 'letter-drafted' : 'letter-sent') : 'post',
      cases: i % 5 === 0 ? ['viasna', 'burundi-lawyers'] : ['jiang-tianyong'],
      state: letterKind ? (['CN', 'FR', 'BR'] as const)[i % 3]! : null,
      channel: letterKind ? 'outlook' : 'mastodon',
      language: (['en', 'zh', 'ar'] as const)[i % 3]!,
      createdAt: 1_600_000_000_000 + i * 60_000,
      ...(i % 7 === 0 ? { note: `note ${i} <script>alert(1)</script>` } : {}),
    });
  }
  return rows;
}

it('opens a database written by schema version 1 with every row intact and the new indexes filled', async () => {
  const old = new Dexie(DB_NAME);
  old.version(1).stores(SCHEMA_V1);
  const rows = v1Rows();
  await old.table('actions').bulkAdd(rows);
  old.close();

  const db = actionsDb();
  await db.open();
  expect(db.verno).toBe(CURRENT_VERSION);

  const byId = (a: { id: string }, b: { id: string }) => a.id.localeCompare(b.id);
  expect((await listActions()).sort(byId)).toEqual([...rows].sort(byId));

  // The upgrade computed the tallies v2 added from the old rows.
  expect(await countActions()).toBe(rows.length);
  const counts = await dashboardCounts();
  const expectCases = (id: string, kind: Action['kind']) => rows.filter((r) => r.kind === kind && r.cases.includes(id)).length;
  expect(counts.cases['jiang-tianyong']!.byKind.post).toBe(expectCases('jiang-tianyong', 'post'));
  expect(counts.cases.viasna!.byKind.post).toBe(expectCases('viasna', 'post'));
  expect(counts.lettersSent).toEqual({
    BR: rows.filter((r) => r.kind === 'letter-sent' && r.state === 'BR').length,
  });
  const draft = rows.find((r) => r.kind === 'letter-drafted')!;
  const sent = await markLetterSent(draft.id);
  expect(await db.actions.where('draftId').equals(draft.id).primaryKeys()).toEqual([sent.id]);
});

it('creates a new database directly at the current version', async () => {
  const db = actionsDb();
  await db.open();
  expect(db.verno).toBe(CURRENT_VERSION);
  expect(db.actions.schema.indexes.map((i) => i.name)).toEqual(
    expect.arrayContaining(['createdAt', 'kind', 'state', 'cases', 'draftId']),
  );
});
