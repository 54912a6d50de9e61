import { casesForState } from '@/lib/data';
import { getStateMatcher } from '@/lib/matcher';
import type { FindMatches } from '@/lib/marking/types';
import { formatRoute, parseRoute, type Route } from '@/lib/router';

// The popup loads this module only for a selection route (the context menu's "Reprisal cases
// for “…”"): the State matcher and the case data stay out of the background and the first view.

const QUERY_MAX = 100;

/**
 * Where "Reprisal cases for “…”" leads: the case when the selection names one State with one
 * campaign case, the letter to that State's mission when it has none or several, else the
 * missions list searched for the selection.
 */
export function pathForSelection(selection: string, find: FindMatches, cases: (iso2: string) => ReadonlyArray<{ id: string }>): string {
  const text = selection.trim().replace(/\s+/g, ' ');
  const states = [...new Set(find(text).map((m) => m.iso2))];
  if (states.length === 1) {
    const iso2 = states[0]!;
    const forState = cases(iso2);
    if (forState.length === 1) return `popup.html${formatRoute({ name: 'case', caseId: forState[0]!.id })}`;
    return `popup.html${formatRoute({ name: 'letter', state: iso2, cases: null })}`;
  }
  return `popup.html${formatRoute({ name: 'missions', query: text.slice(0, QUERY_MAX) })}`;
}

/** The popup's route for a selection, found with the State matcher and the campaign's cases. */
export function routeForSelection(selection: string): Route {
  const matcher = getStateMatcher();
  const path = pathForSelection(selection, (text) => matcher.find(text), casesForState);
  return parseRoute(path.slice(path.indexOf('#')));
}
