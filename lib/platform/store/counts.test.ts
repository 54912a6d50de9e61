import { beforeEach, expect, it } from 'vitest';
import { deleteAction, markLetterSent, recordAction } from './actions';
import { dashboardCounts } from './counts';
import { freshDatabase, letter, post } from './test-helpers';

beforeEach(freshDatabase);

it('is all zeros for the asked cases when nothing was done', async () => {
  expect(await dashboardCounts(['viasna'])).toEqual({
    total: 0,
    byKind: { post: 0, 'letter-drafted': 0, 'letter-sent': 0, 'case-shared': 0, 'post-published': 0 },
    lettersDrafted: {},
    lettersSent: {},
    cases: { viasna: { byKind: { post: 0, 'letter-drafted': 0, 'letter-sent': 0, 'case-shared': 0, 'post-published': 0 }, missionsDrafted: [], missionsSent: [] } },
  });
});

it('counts totals, kinds, letters per mission and what was done for each case', async () => {
  await recordAction(post(['viasna', 'jiang-tianyong']));
  await recordAction(post(['viasna']));
  await recordAction({ ...post(['burundi-lawyers']), kind: 'case-shared' });
  const toFrance = await recordAction(letter('FR', ['viasna', 'burundi-lawyers']));
  await recordAction(letter('FR', ['viasna']));
  const toBelarus = await recordAction(letter('BY', ['viasna']));
  await markLetterSent(toFrance.id);
  const sentBy = await markLetterSent(toBelarus.id);
  await deleteAction(sentBy.id);

  const counts = await dashboardCounts(['ibrahim-metwally-hegazy']);
  expect(counts.total).toBe(7);
  expect(counts.byKind).toEqual({ post: 2, 'letter-drafted': 3, 'letter-sent': 1, 'case-shared': 1, 'post-published': 0 });
  expect(counts.lettersDrafted).toEqual({ FR: 2, BY: 1 });
  expect(counts.lettersSent).toEqual({ FR: 1 });
  expect(counts.cases.viasna).toEqual({
    byKind: { post: 2, 'letter-drafted': 3, 'letter-sent': 1, 'case-shared': 0, 'post-published': 0 },
    missionsDrafted: ['BY', 'FR'],
    missionsSent: ['FR'],
  });
  expect(counts.cases['burundi-lawyers']).toEqual({
    byKind: { post: 0, 'letter-drafted': 1, 'letter-sent': 1, 'case-shared': 1, 'post-published': 0 },
    missionsDrafted: ['FR'],
    missionsSent: ['FR'],
  });
  expect(counts.cases['jiang-tianyong']!.byKind.post).toBe(1);
  expect(counts.cases['ibrahim-metwally-hegazy']!.byKind.post).toBe(0);
});

it('does not mix up a case whose id starts with another case id', async () => {
  await recordAction(post(['viasna']));
  await recordAction(post(['viasna-extra']));
  const counts = await dashboardCounts();
  expect(counts.cases.viasna!.byKind.post).toBe(1);
  expect(counts.cases['viasna-extra']!.byKind.post).toBe(1);
});
