/** The × that closes the card or the panel; `tabIndex` -1 where Escape is the keyboard's way (the card). */
export function CloseButton({ label, onClose, tabIndex }: { label: string; onClose: () => void; tabIndex?: number }) {
  return (
    <button type="button" class="close" aria-label={label} title={label} tabIndex={tabIndex} onClick={onClose}>
      <svg viewBox="0 0 16 16" width="14" height="14" aria-hidden="true" focusable="false">
        <path d="M3.5 3.5l9 9m0-9l-9 9" stroke="currentColor" stroke-width="1.8" stroke-linecap="round" />
      </svg>
    </button>
  );
}
