/**
 * A polite live region that is always in the DOM (screen readers only announce changes to a
 * region that already exists), showing the latest message in a notice's look.
 */
export function StatusMessage({ message, tone = 'info', id }: { message: string; tone?: 'info' | 'success' | 'error'; id?: string }) {
  return (
    <p id={id} class={`notice notice--${tone}${message ? '' : ' notice--empty'}`} role="status" aria-live="polite">
      {message}
    </p>
  );
}
