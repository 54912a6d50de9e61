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

function isKind(value: string | undefined): value is ActionKind {
  return (ACTION_KINDS as readonly string[]).includes(value ?? '');
}

/**
 * The dashboard's numbers, from the running tallies: a few hundred rows at most (kinds × cases ×
 * States), however many actions there are.
 */
export async function dashboardCounts(caseIds: readonly string[] = []): Promise<DashboardCounts> {
  const rows = await actionsDb().tallies.toArray();
  const counts: DashboardCounts = { total: 0, byKind: zeroKinds(), lettersDrafted: {}, lettersSent: {}, cases: {} };
  const progress = (caseId: string) =>
    (counts.cases[caseId] ??= { byKind: zeroKinds(), missionsDrafted: [], missionsSent: [] });
  caseIds.forEach(progress);
  for (const { key, n } of rows) {
    const [group, a, b, c] = key.split('|');
    if (group === 'total') counts.total = n;
    else if (group === 'kind' && isKind(a)) counts.byKind[a] = n;
    else if (group === 'case' && a && isKind(b)) progress(a).byKind[b] = n;
    else if (group === 'state' && b) {
      if (a === 'letter-drafted') counts.lettersDrafted[b] = n;
      else if (a === 'letter-sent') counts.lettersSent[b] = n;
    } else if (group === 'caseState' && a && c) {
      if (b === 'letter-drafted') progress(a).missionsDrafted.push(c);
      else if (b === 'letter-sent') progress(a).missionsSent.push(c);
    }
  }
  for (const p of Object.values(counts.cases)) {
    p.missionsDrafted.sort();
    p.missionsSent.sort();
  }
  return counts;
}
