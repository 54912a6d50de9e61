import Dexie from 'dexie';
import { ACTION_KINDS, type ActionKind } from '@/lib/actions/schema';
import { actionsDb } from './db';

export type KindCounts = Record<ActionKind, number>;

export interface CaseProgress {
  byKind: KindCounts;
  /** ISO2 of the missions a letter about this case was drafted to / marked sent to, sorted. */
  missionsDrafted: string[];
  missionsSent: string[];
}

export interface DashboardCounts {
  total: number;
  byKind: KindCounts;
  /** Letters per State's mission, by ISO2. */
  lettersDrafted: Record<string, number>;
  lettersSent: Record<string, number>;
  /** Every case named in some action, plus those asked for. */
  cases: Record<string, CaseProgress>;
}

function zeroKinds(): KindCounts {
  return Object.fromEntries(ACTION_KINDS.map((kind) => [kind, 0])) as KindCounts;
}

/**
 * The dashboard's numbers, from index counts only: cost grows with the number of distinct cases
 * and States, not with the number of actions, so 100,000 actions open as fast as a few.
 */
export async function dashboardCounts(caseIds: readonly string[] = []): Promise<DashboardCounts> {
  const db = actionsDb();
  const table = db.actions;
  return db.transaction('r', table, async () => {
    const lettersTo = async (kind: ActionKind): Promise<Record<string, number>> => {
      const keys = (await table
        .where('[kind+state]')
        .between([kind, Dexie.minKey], [kind, Dexie.maxKey])
        .uniqueKeys()) as unknown as Array<[ActionKind, string]>;
      const counts = await Promise.all(keys.map((key) => table.where('[kind+state]').equals(key).count()));
      return Object.fromEntries(keys.map(([, state], i) => [state, counts[i]!]));
    };

    const caseProgress = async (caseId: string): Promise<CaseProgress> => {
      const facets = (await table
        .where('facets')
        .startsWith(`${caseId}|`)
        .uniqueKeys()) as string[];
      const progress: CaseProgress = { byKind: zeroKinds(), missionsDrafted: [], missionsSent: [] };
      await Promise.all(
        facets.map(async (facet) => {
          const [id, kind, state] = facet.split('|') as [string, ActionKind, string | undefined];
          if (id !== caseId) return;
          if (state === undefined) progress.byKind[kind] = await table.where('facets').equals(facet).count();
          else if (kind === 'letter-drafted') progress.missionsDrafted.push(state);
          else if (kind === 'letter-sent') progress.missionsSent.push(state);
        }),
      );
      progress.missionsDrafted.sort();
      progress.missionsSent.sort();
      return progress;
    };

    const [total, kindCounts, lettersDrafted, lettersSent, namedCases] = await Promise.all([
      table.count(),
      Promise.all(ACTION_KINDS.map((kind) => table.where('kind').equals(kind).count())),
      lettersTo('letter-drafted'),
      lettersTo('letter-sent'),
      table.orderBy('cases').uniqueKeys() as Promise<string[]>,
    ]);
    const allCaseIds = [...new Set([...caseIds, ...namedCases])];
    const progresses = await Promise.all(allCaseIds.map(caseProgress));
    const byKind = zeroKinds();
    ACTION_KINDS.forEach((kind, i) => (byKind[kind] = kindCounts[i]!));
    return {
      total,
      byKind,
      lettersDrafted,
      lettersSent,
      cases: Object.fromEntries(allCaseIds.map((id, i) => [id, progresses[i]!])),
    };
  });
}
