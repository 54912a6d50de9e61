import { z } from 'zod';
import { Action } from '@/lib/actions/schema';

/**
 * An action as the store keeps and exports it: the Action contract plus `draftId`, set on a
 * letter-sent action recorded by markLetterSent to point at the letter-drafted action it follows.
 */
export const ActionRecord = Action.extend({ draftId: z.uuid().optional() });
export type ActionRecord = z.infer<typeof ActionRecord>;

/** The row in IndexedDB: the record plus index keys derived from it (never exported). */
export type StoredAction = ActionRecord & { facets?: string[] };

/**
 * Keys of the multi-entry `facets` index: "case|kind" for every case and, when the action went
 * to a State's mission, "case|kind|ISO2". Counting a range of this index answers "how many posts
 * about Viasna" or "to which missions were Viasna letters sent" without reading any row.
 */
export function facetsOf(action: Pick<Action, 'cases' | 'kind' | 'state'>): string[] {
  const keys = new Set<string>();
  for (const caseId of action.cases) {
    keys.add(`${caseId}|${action.kind}`);
    if (action.state) keys.add(`${caseId}|${action.kind}|${action.state}`);
  }
  return [...keys];
}

export function toStored(record: ActionRecord): StoredAction {
  return { ...record, facets: facetsOf(record) };
}

export function fromStored(row: StoredAction): ActionRecord {
  const { facets: _facets, ...record } = row;
  return record;
}
