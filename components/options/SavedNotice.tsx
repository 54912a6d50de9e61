import { useEffect, useRef, useState } from 'preact/hooks';

/**
 * Whether to show "Saved." after a change, for a polite live region. It is cleared first and
 * clears itself after a few seconds so every save is announced again. The text itself is
 * rendered by the caller, so it follows a language change made by that very save.
 */
export function useSavedNotice(): [shown: boolean, notify: () => void] {
  const [shown, setShown] = useState(false);
  const timer = useRef<ReturnType<typeof setTimeout> | undefined>(undefined);
  useEffect(() => () => clearTimeout(timer.current), []);
  const notify = () => {
    clearTimeout(timer.current);
    setShown(false);
    requestAnimationFrame(() => setShown(true));
    timer.current = setTimeout(() => setShown(false), 4000);
  };
  return [shown, notify];
}

export function SavedNotice({ message }: { message: string }) {
  return (
    <p class="saved-notice" role="status" aria-live="polite">
      {message}
    </p>
  );
}
