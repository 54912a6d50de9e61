import type { ComponentChildren } from 'preact';
import { useState } from 'preact/hooks';

/**
 * <details> whose content is rendered only once opened: the map's table can have 195 rows, and
 * most visits never open it.
 */
export function Disclosure({ summary, children }: { summary: string; children: () => ComponentChildren }) {
  const [open, setOpen] = useState(false);
  return (
    <details class="dash-details" onToggle={(event) => setOpen(event.currentTarget.open)}>
      <summary>{summary}</summary>
      {open && children()}
    </details>
  );
}
