import { describe, expect, it } from 'vitest';
import { rovingTarget } from './roving';

describe('roving focus in a row of actions', () => {
  it('moves forward and back in the reading direction, wrapping round', () => {
    expect(rovingTarget('ArrowRight', 0, 3, 'ltr')).toBe(1);
    expect(rovingTarget('ArrowLeft', 0, 3, 'ltr')).toBe(2);
    expect(rovingTarget('ArrowLeft', 0, 3, 'rtl')).toBe(1);
    expect(rovingTarget('ArrowRight', 0, 3, 'rtl')).toBe(2);
    expect(rovingTarget('ArrowDown', 2, 3, 'ltr')).toBe(0);
    expect(rovingTarget('ArrowUp', 1, 3, 'rtl')).toBe(0);
    expect(rovingTarget('End', 0, 3, 'ltr')).toBe(2);
    expect(rovingTarget('Home', 2, 3, 'ltr')).toBe(0);
  });

  it('leaves other keys (Tab, Enter, letters) and empty rows alone', () => {
    for (const key of ['Tab', 'Enter', ' ', 'a', 'Escape']) expect(rovingTarget(key, 0, 3, 'ltr')).toBeNull();
    expect(rovingTarget('ArrowRight', 0, 0, 'ltr')).toBeNull();
  });
});
