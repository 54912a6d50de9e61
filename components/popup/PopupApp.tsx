import { useEffect, useRef } from 'preact/hooks';
import { ErrorBoundary } from '@/components/ui/ErrorBoundary';
import { SettingsProvider } from '@/components/ui/SettingsContext';
import { UiLanguageProvider } from '@/components/ui/UiLanguageProvider';
import { formatRoute, parentRoute, type Route } from '@/lib/router';
import { rememberRoute, lastRoute } from '@/lib/platform/popup-resume';
import { OpenTabInReader } from '@/components/reader/OpenTabInReader';
import { ActedOnProvider } from './ActedOnContext';
import { ConfirmPrompt } from './ConfirmPrompt';
import { BackLink } from './BackLink';
import { PopupFooter } from './PopupFooter';
import { PopupHeader } from './PopupHeader';
import { RouteView } from './RouteView';
import { ViewProblem } from './ViewProblem';
import { navigate, useRoute } from './useRoute';

export function PopupApp() {
  return (
    <SettingsProvider>
      <UiLanguageProvider>
        <ActedOnProvider>
          <PopupShell />
        </ActedOnProvider>
      </UiLanguageProvider>
    </SettingsProvider>
  );
}

function PopupShell() {
  const route = useRoute();
  const previous = usePrevious(route);
  const parent = parentRoute(route);

  useEffect(() => {
    // Escape goes up one level; widgets that use Escape themselves call preventDefault.
    const onKey = (event: KeyboardEvent) => {
      if (event.key === 'Escape' && !event.defaultPrevented && parent) {
        event.preventDefault();
        navigate(parent);
      }
    };
    document.addEventListener('keydown', onKey);
    return () => document.removeEventListener('keydown', onKey);
  }, [parent]);

  // Opened from the toolbar (no address of its own): reopen where the user was.
  const resumed = useRef(Boolean(location.hash));
  useEffect(() => {
    if (resumed.current) return;
    void lastRoute()
      .then((last) => {
        resumed.current = true;
        if (last && !location.hash) navigate(last);
      })
      .catch(() => (resumed.current = true));
  }, []);
  useEffect(() => {
    // Not before the last view was read back, or the case list would overwrite it.
    if (resumed.current) void rememberRoute(route).catch(() => {});
  }, [formatRoute(route)]);

  const key = formatRoute(route);
  return (
    <div class="app">
      <PopupHeader />
      <main class="app-main" id="main">
        <ConfirmPrompt />
        {parent && <BackLink to={parent} />}
        {/* A view that fails shows why and the way back; header and footer stay. */}
        <ErrorBoundary key={key} fallback={(error, retry) => <ViewProblem error={error} retry={retry} />}>
          <RouteView route={route} cameFrom={previous} />
        </ErrorBoundary>
      </main>
      <OpenTabInReader />
      <PopupFooter />
    </div>
  );
}

function usePrevious(route: Route): Route | null {
  const current = useRef<Route>(route);
  const previous = useRef<Route | null>(null);
  if (formatRoute(current.current) !== formatRoute(route)) {
    previous.current = current.current;
    current.current = route;
  }
  return previous.current;
}
