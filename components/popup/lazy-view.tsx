import type { ComponentType, FunctionComponent } from 'preact';
import { useEffect, useState } from 'preact/hooks';

/**
 * A view whose code is loaded the first time it is shown (a dynamic import from the package), so
 * the popup's first view does not carry the letters', posts' and missions' code and libraries.
 * Nothing is drawn while it loads (a few milliseconds); a failed load throws to the view's error
 * boundary, whose "Try again" loads it afresh.
 */
export function lazyView<P extends object>(load: () => Promise<ComponentType<P>>): FunctionComponent<P> {
  let loaded: ComponentType<P> | undefined;
  let loading: Promise<ComponentType<P>> | undefined;
  return function LazyView(props: P) {
    // A counter, not the component: useState would call a function given to it.
    const [, setLoads] = useState(0);
    const [failure, setFailure] = useState<unknown>(null);
    useEffect(() => {
      if (loaded) return;
      let current = true;
      loading ??= load();
      loading.then(
        (view) => {
          loaded = view;
          if (current) setLoads((n) => n + 1);
        },
        (error: unknown) => {
          loading = undefined;
          if (current) setFailure(error);
        },
      );
      return () => {
        current = false;
      };
    }, []);
    if (failure) throw failure;
    const View = loaded;
    return View ? <View {...props} /> : null;
  };
}
