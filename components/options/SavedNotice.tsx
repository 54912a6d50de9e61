import { useEffect, useRef, useState } from 'preact/hooks';

/**
 * The "Saved." message after each change, shown in a polite live region. It is cleared first
 * and clears itself after a few seconds so every save is announced again.
 */
export function useSavedNotice(text: string): [message: string, notify: () => void] {
  const [message, setMessage] = useState('');
  const timer = useRef<ReturnType<typeof setTimeout> | undefined>(undefined);
  useEffect(() => () => clearTimeout(timer.current), []);
  const notify = () => {
    clearTimeout(timer.current);
    setMessage('');
    requestAnimationFrame(() => setMessage(text));
    timer.current = setTimeout(() => setMessage(''), 4000);
  };
  return [message, notify];
}

export function SavedNotice({ message }: { message: string }) {
  return (
    <p class="saved-notice" role="status" aria-live="polite">
      {message}
    </p>
  );
}
