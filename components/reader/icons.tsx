/** Small line icons for the reader's buttons; always decorative (the button carries the label). */
const PATHS = {
  up: 'M4 10l4-4 4 4',
  down: 'M4 6l4 4 4-4',
  minus: 'M3.5 8h9',
  plus: 'M3.5 8h9M8 3.5v9',
  search: 'M7 12a5 5 0 1 1 0-10 5 5 0 0 1 0 10zm3.6-1.4L14 14',
  close: 'M3.5 3.5l9 9m0-9l-9 9',
  download: 'M8 2.5v8m-3.5-3.5L8 10.5 11.5 7M3 13.5h10',
  external: 'M9.5 2.5h4v4m0-4L7.5 8.5M12 9.5v4H2.5V4h4',
  outline: 'M2.5 4h11M2.5 8h11M2.5 12h11',
  // A text line under a marked word: the States named in the document.
  states: 'M2.5 5.5h11M2.5 10.5h4m3 0h4M9.5 12.5h4',
} as const;

export function Icon({ name }: { name: keyof typeof PATHS }) {
  return (
    <svg class="reader-icon" viewBox="0 0 16 16" width="16" height="16" aria-hidden="true" focusable="false">
      <path d={PATHS[name]} fill="none" stroke="currentColor" stroke-width="1.6" stroke-linecap="round" stroke-linejoin="round" />
    </svg>
  );
}
