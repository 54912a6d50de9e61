import type { Route } from '@/lib/router';
import { formatRoute, parseRoute } from '@/lib/router';
import { sessionArea } from './session-storage';

const KEY = 'popupLastRoute';

/**
 * Where the popup was, so opening it again (after a mail or network tab closed it) comes back
 * to the same view instead of the case list. Kept in session storage only.
 */
export async function rememberRoute(route: Route): Promise<void> {
  // A selection route only passes on to the page it leads to, which is remembered instead.
  if (route.name === 'selection') return;
  await sessionArea().set({ [KEY]: formatRoute(route) });
}

/** The view to reopen, or null for the case list. */
export async function lastRoute(): Promise<Route | null> {
  const stored = (await sessionArea().get(KEY))[KEY];
  if (typeof stored !== 'string') return null;
  const route = parseRoute(stored);
  return route.name === 'list' || route.name === 'selection' ? null : route;
}
