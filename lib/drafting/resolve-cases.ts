import { getCase, getCases } from '@/lib/data/index';
import type { Case } from '@/lib/data/schema';

/** The cases `caseIds` names ('all' or an empty list: all five), in the campaign's order. */
export function resolveCases(caseIds: readonly string[] | 'all'): Case[] {
  if (caseIds === 'all' || caseIds.length === 0) return getCases();
  const wanted = new Set(caseIds);
  for (const id of wanted) {
    if (!getCase(id)) throw new Error(`Unknown case id: ${id}`);
  }
  return getCases().filter((c) => wanted.has(c.id));
}
