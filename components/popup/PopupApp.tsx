import { useEffect, useRef } from 'preact/hooks';
import { SettingsProvider } from '@/components/ui/SettingsContext';
import { UiLanguageProvider } from '@/components/ui/UiLanguageProvider';
import { formatRoute, parentRoute, type Route } from '@/lib/router';
import { OpenTabInReader } from '@/components/reader/OpenTabInReader';
import { ActedOnProvider } from './ActedOnContext';
import { BackLink } from './BackLink';
import { PopupFooter } from './PopupFooter';
import { PopupHeader } from './PopupHeader';
import { RouteView } from './RouteView';
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

  const key = formatRoute(route);
  return (
    <div class="app">
      <PopupHeader />
      <main class="app-main" id="main">
        {parent && <BackLink to={parent} />}
        <RouteView key={key} route={route} cameFrom={previous} />
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
