import { useEffect, useState } from 'preact/hooks';
import { formatRoute, parseRoute, type Route } from '@/lib/router';

/** The route in the page's hash, updated on every hashchange (links, back button, `navigate`). */
export function useRoute(): Route {
  const [route, setRoute] = useState<Route>(() => parseRoute(location.hash));
  useEffect(() => {
    const onChange = () => setRoute(parseRoute(location.hash));
    window.addEventListener('hashchange', onChange);
    return () => window.removeEventListener('hashchange', onChange);
  }, []);
  return route;
}

export function navigate(route: Route): void {
  location.hash = formatRoute(route);
}

/** Goes to `route` in place of the current one (the back button skips what it replaces). */
export function replaceRoute(route: Route): void {
  location.replace(formatRoute(route));
}
