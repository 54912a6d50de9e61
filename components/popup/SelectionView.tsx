import { useEffect, useState } from 'preact/hooks';
import { replaceRoute } from './useRoute';

/**
 * The context menu's "Reprisal cases for “…”" opens the popup on the selected text; this finds
 * the case, letter or mission search it leads to and goes there in its place. The State matcher
 * and the case data are loaded for it alone.
 */
export function SelectionView({ text }: { text: string }) {
  const [failure, setFailure] = useState<unknown>(null);
  useEffect(() => {
    let current = true;
    import('@/lib/selection-path').then(
      ({ routeForSelection }) => current && replaceRoute(routeForSelection(text)),
      (error: unknown) => current && setFailure(error),
    );
    return () => {
      current = false;
    };
  }, [text]);
  // The view's error boundary says what failed and offers to try again.
  if (failure) throw failure;
  return null;
}
