import { caseRole } from '@/lib/data/case-roles';
import { PAGE_DATA, type PageCase, type PageMention } from '@/lib/data/page-data';

/** The cases a State raised at the UN, each with the State's own mentions of it, oldest first. */
export interface RaisedEntry {
  case: PageCase;
  mentions: PageMention[];
}

/**
 * The record of the campaign cases `iso2` raised, where and when, from the data's sourced
 * mentions (a joint statement counts for every State it spoke for), in the campaign's order.
 * The State responsible for a case never raised it: it is not in its own record.
 */
export function raisedRecord(iso2: string, cases: readonly PageCase[] = PAGE_DATA.cases): RaisedEntry[] {
  return cases
    .map((c) => caseRole(iso2, c))
    .filter((r) => r.role === 'raised-before')
    .map((r) => ({ case: r.case, mentions: r.mentions }));
}
