/**
 * Hash routes of the popup page. The same page is opened in a tab by content scripts and the
 * dashboard, so every view has an address: `#/`, `#/case/<id>`, `#/post/<id|all>`,
 * `#/letter?state=<ISO2>&cases=<id,id>`, `#/missions?q=<search>`, and `#/selection?text=<text>`
 * (the context menu's "Reprisal cases for “…”": the popup finds the page the text leads to).
 */
export type Route =
  | { name: 'list' }
  | { name: 'case'; caseId: string }
  | { name: 'post'; target: string | 'all' }
  | { name: 'letter'; state: string | null; cases: string[] | null }
  | { name: 'missions'; query: string }
  | { name: 'selection'; text: string };

/** Longest selected text a `selection` route carries (a selection of a whole page is cut here). */
export const SELECTION_MAX = 10_000;

const ID = /^[a-z0-9-]+$/;
const ISO2 = /^[A-Z]{2}$/;

/** Reads a location hash (with or without the leading "#"); anything unknown is the case list. */
export function parseRoute(hash: string): Route {
  const raw = hash.replace(/^#/, '');
  const [pathPart = '', queryPart = ''] = raw.split('?', 2);
  const segments = pathPart.split('/').filter(Boolean).map(safeDecode);
  const query = new URLSearchParams(queryPart);
  const [head, arg] = segments;

  if (head === 'case' && arg && ID.test(arg) && segments.length === 2) return { name: 'case', caseId: arg };
  if (head === 'post' && arg && ID.test(arg) && segments.length === 2) return { name: 'post', target: arg };
  if (head === 'missions' && segments.length === 1) return { name: 'missions', query: (query.get('q') ?? '').slice(0, 200) };
  if (head === 'selection' && segments.length === 1) return { name: 'selection', text: (query.get('text') ?? '').slice(0, SELECTION_MAX) };
  if (head === 'letter' && segments.length === 1) {
    const state = (query.get('state') ?? '').trim().toUpperCase();
    const cases = (query.get('cases') ?? '')
      .split(',')
      .map((id) => id.trim())
      .filter((id) => ID.test(id));
    return {
      name: 'letter',
      state: ISO2.test(state) ? state : null,
      cases: query.has('cases') && cases.length > 0 ? cases : null,
    };
  }
  return { name: 'list' };
}

/** The hash (starting with "#/") for a route; `parseRoute(formatRoute(r))` gives back `r`. */
export function formatRoute(route: Route): string {
  switch (route.name) {
    case 'list':
      return '#/';
    case 'case':
      return `#/case/${encodeURIComponent(route.caseId)}`;
    case 'post':
      return `#/post/${encodeURIComponent(route.target)}`;
    case 'missions':
      return route.query ? `#/missions?q=${encodeURIComponent(route.query)}` : '#/missions';
    case 'selection':
      return `#/selection?text=${encodeURIComponent(route.text)}`;
    case 'letter': {
      const params: string[] = [];
      if (route.state) params.push(`state=${encodeURIComponent(route.state)}`);
      // Commas stay readable: ids never contain them.
      if (route.cases && route.cases.length > 0) params.push(`cases=${route.cases.map(encodeURIComponent).join(',')}`);
      return params.length > 0 ? `#/letter?${params.join('&')}` : '#/letter';
    }
  }
}

/** Where "back" (and Escape) leads from a route; the list has no parent. */
export function parentRoute(route: Route): Route | null {
  switch (route.name) {
    case 'list':
      return null;
    case 'post':
      return route.target === 'all' ? { name: 'list' } : { name: 'case', caseId: route.target };
    case 'letter':
      return route.cases && route.cases.length === 1 ? { name: 'case', caseId: route.cases[0]! } : { name: 'list' };
    default:
      return { name: 'list' };
  }
}

function safeDecode(segment: string): string {
  try {
    return decodeURIComponent(segment);
  } catch {
    return segment;
  }
}
