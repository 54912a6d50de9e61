import { describe, expect, it } from 'vitest';
import { shortcutFromKeyPress } from './shortcut';

const press = (code: string, mods: Partial<{ ctrl: boolean; alt: boolean; shift: boolean; meta: boolean }> = {}, key = '') => ({
  code,
  key,
  ctrlKey: !!mods.ctrl,
  altKey: !!mods.alt,
  shiftKey: !!mods.shift,
  metaKey: !!mods.meta,
});

describe('shortcutFromKeyPress', () => {
  it('writes shortcuts the way the commands API takes them', () => {
    expect(shortcutFromKeyPress(press('KeyL', { ctrl: true, shift: true }), false)).toBe('Ctrl+Shift+L');
    expect(shortcutFromKeyPress(press('Digit5', { alt: true }), false)).toBe('Alt+5');
    expect(shortcutFromKeyPress(press('ArrowUp', { ctrl: true }), false)).toBe('Ctrl+Up');
    expect(shortcutFromKeyPress(press('F7', {}, 'F7'), false)).toBe('F7');
  });

  it('reads letters from the physical key (any layout) and uses Command and MacCtrl on macOS', () => {
    expect(shortcutFromKeyPress(press('KeyL', { ctrl: true, shift: true }, 'Д'), false)).toBe('Ctrl+Shift+L');
    expect(shortcutFromKeyPress(press('KeyL', { meta: true, shift: true }), true)).toBe('Command+Shift+L');
    expect(shortcutFromKeyPress(press('KeyL', { ctrl: true }), true)).toBe('MacCtrl+L');
  });

  it('refuses modifiers alone, plain or Shift-only letters, and keys shortcuts cannot use', () => {
    expect(shortcutFromKeyPress(press('ShiftLeft', { shift: true }, 'Shift'), false)).toBeNull();
    expect(shortcutFromKeyPress(press('KeyL'), false)).toBeNull();
    expect(shortcutFromKeyPress(press('KeyL', { shift: true }), false)).toBeNull();
    expect(shortcutFromKeyPress(press('Backquote', { ctrl: true }, '`'), false)).toBeNull();
  });
});
