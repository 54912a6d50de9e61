import { useEffect, useRef } from 'preact/hooks';

let firstView = true;

/**
 * Moves focus into a view when the user navigates to it, so keyboard and screen-reader users
 * land at its top (or, back in a list, on the item they came from); the very first view leaves
 * focus where the browser put it.
 */
export function useViewFocus<T extends HTMLElement>(pick?: () => HTMLElement | null | undefined) {
  const ref = useRef<T>(null);
  useEffect(() => {
    if (firstView) {
      firstView = false;
      return;
    }
    (pick?.() ?? ref.current)?.focus();
  }, []);
  return ref;
}
