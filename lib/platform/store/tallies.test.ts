import { beforeEach, expect, it } from 'vitest';
import { mergeActions, deleteAction, listActions, markLetterSent, recordAction, setNote, undo, deleteAll } from './actions';
import { actionsDb } from './db';
import { rebuildTallies, tallyDelta, tallyKeys } from './tallies';
import { freshDatabase, letter, post } from './test-helpers';

beforeEach(freshDatabase);

async function snapshot() {
  const db = actionsDb();
  const byKey = <T extends { key?: string; day?: number }>(rows: T[]) => rows.sort((a, b) => String(a.key ?? a.day).localeCompare(String(b.key ?? b.day)));
  return { tallies: byKey(await db.tallies.toArray()), activity: byKey(await db.activity.toArray()) };
}

async function rebuilt() {
  const db = actionsDb();
  await db.transaction('rw', db.actions, db.tallies, db.activity, () => rebuildTallies(db.actions, db.tallies, db.activity));
  return snapshot();
}

/** The tallies a recount of the stored rows gives, computed without writing. */
async function recount() {
  const { tallies, activity } = tallyDelta(await actionsDb().actions.toArray(), 1);
  return {
    tallies: [...tallies].map(([key, n]) => ({ key, n })).sort((a, b) => a.key.localeCompare(b.key)),
    activity: [...activity].map(([day, n]) => ({ day, n })).sort((a, b) => String(a.day).localeCompare(String(b.day))),
  };
}

it('names the keys an action counts towards', () => {
  expect(tallyKeys({ kind: 'letter-sent', cases: ['viasna', 'viasna', 'burundi-lawyers'], state: 'FR' })).toEqual([
    'total',
    'kind|letter-sent',
    'case|viasna|letter-sent',
    'caseState|viasna|letter-sent|FR',
    'case|burundi-lawyers|letter-sent',
    'caseState|burundi-lawyers|letter-sent|FR',
    'state|letter-sent|FR',
  ]);
  expect(tallyKeys({ kind: 'post', cases: [], state: null })).toEqual(['total', 'kind|post']);
});

// 300 writes with a full recount after each: seconds on a busy machine, hence the longer limit.
it('stays equal to a recount from the rows after any sequence of writes', async () => {
  let seed = 7;
  const random = () => ((seed = (seed * 48_271) % 2_147_483_647) / 2_147_483_647);
  const pick = <T>(list: readonly T[]) => list[Math.floor(random() * list.length)]!;
  const cases = ['viasna', 'jiang-tianyong', 'burundi-lawyers'];
  for (let step = 0; step < 300; step++) {
    const existing = await listActions();
    const roll = random();
    const createdAt = Math.floor(1_700_000_000_000 + random() * 90 * 86_400_000);
    if (roll < 0.35) await recordAction(post([pick(cases)], { createdAt }));
    else if (roll < 0.6) await recordAction(letter(pick(['FR', 'BR', 'EG']), [pick(cases), pick(cases)], { createdAt }));
    else if (roll < 0.7 && existing.some((a) => a.kind === 'letter-drafted'))
      await markLetterSent(pick(existing.filter((a) => a.kind === 'letter-drafted')).id);
    else if (roll < 0.8 && existing.length) await deleteAction(pick(existing).id);
    else if (roll < 0.85) await undo();
    else if (roll < 0.9 && existing.length) await setNote(pick(existing).id, random() < 0.5 ? 'note' : '');
    else if (roll < 0.99) {
      const again = existing.slice(0, 3);
      await mergeActions([...again, { id: crypto.randomUUID(), kind: 'case-shared', cases: [pick(cases)], state: null, channel: null, language: 'en', createdAt }]);
    } else await deleteAll();
    expect(await snapshot(), `after step ${step}`).toEqual(await recount());
  }
  expect((await listActions()).length).toBeGreaterThan(0);
  // A rebuild from the rows (what the schema upgrade runs) gives the same tallies.
  const kept = await snapshot();
  expect(await rebuilt()).toEqual(kept);
}, 30_000);
