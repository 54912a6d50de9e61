/** The parts of a key event that make a shortcut. */
export interface KeyPress {
  key: string;
  code: string;
  ctrlKey: boolean;
  altKey: boolean;
  shiftKey: boolean;
  metaKey: boolean;
}

const NAMED_KEYS: Record<string, string> = {
  Comma: 'Comma', Period: 'Period', Space: 'Space', Home: 'Home', End: 'End', PageUp: 'PageUp', PageDown: 'PageDown',
  Insert: 'Insert', Delete: 'Delete', ArrowUp: 'Up', ArrowDown: 'Down', ArrowLeft: 'Left', ArrowRight: 'Right',
};

/**
 * A key press as a WebExtension `commands` shortcut ("Ctrl+Shift+L"), or null while only
 * modifiers are down or for a key shortcuts cannot use. Letters and digits are read from the
 * physical key, so the shortcut is the same whatever the keyboard layout types there. On macOS
 * the Command key is "Command" and Control is "MacCtrl".
 */
export function shortcutFromKeyPress(event: KeyPress, mac: boolean): string | null {
  let key: string | undefined;
  if (/^Key[A-Z]$/.test(event.code)) key = event.code.slice(3);
  else if (/^Digit[0-9]$/.test(event.code)) key = event.code.slice(5);
  else if (/^F([1-9]|1[0-2])$/.test(event.key)) key = event.key;
  else key = NAMED_KEYS[event.code] ?? NAMED_KEYS[event.key];
  if (!key) return null;
  const parts: string[] = [];
  if (mac) {
    if (event.metaKey) parts.push('Command');
    if (event.ctrlKey) parts.push('MacCtrl');
  } else if (event.ctrlKey) {
    parts.push('Ctrl');
  }
  if (event.altKey) parts.push('Alt');
  // A shortcut needs Ctrl/Command/Alt (function keys may stand alone); Shift only as a third key.
  if (parts.length === 0 && !/^F\d+$/.test(key)) return null;
  if (event.shiftKey) parts.push('Shift');
  return [...parts, key].join('+');
}
