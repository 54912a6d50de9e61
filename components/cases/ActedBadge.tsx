/** A check mark with the number of the user's actions; `label` is what screen readers hear instead. */
export function ActedBadge({ count, label }: { count: number; label: string }) {
  if (count <= 0) return null;
  return (
    <span class="acted-badge">
      <svg aria-hidden="true" width="14" height="14" viewBox="0 0 24 24" fill="none" stroke="currentColor" stroke-width="3">
        <path d="M5 12.5l4.5 4.5L19 7.5" />
      </svg>
      <span aria-hidden="true">{count}</span>
      <span class="sr-only">{label}</span>
    </span>
  );
}
