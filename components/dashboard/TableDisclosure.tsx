import type { ComponentChildren } from 'preact';
import { useState } from 'preact/hooks';

/**
 * The table behind a chart or map, in a <details> rendered only once opened (the map's table can
 * have 195 rows, and most visits never open it), scrolling in a keyboard-reachable region.
 * `children` returns the table's head and body.
 */
export function TableDisclosure({
  summary,
  testId,
  children,
}: {
  summary: string;
  testId?: string;
  children: () => ComponentChildren;
}) {
  const [open, setOpen] = useState(false);
  return (
    <details class="table-disclosure" onToggle={(event) => setOpen(event.currentTarget.open)}>
      <summary>{summary}</summary>
      {open && (
        <div class="table-scroll" tabIndex={0} role="region" aria-label={summary}>
          <table class="data-table data-table--compact" data-testid={testId}>
            {children()}
          </table>
        </div>
      )}
    </details>
  );
}
