import { describe, expect, it } from 'vitest';
import { fillTemplate, MissingPlaceholderError, placeholdersOf } from './fill-template';

describe('fillTemplate', () => {
  it('replaces every placeholder, including repeated ones', () => {
    expect(fillTemplate('{a} and {b}, then {a}', { a: 'x', b: 'y' })).toBe('x and y, then x');
  });

  it('throws on a placeholder without a value instead of leaving it in the text', () => {
    expect(() => fillTemplate('Dear {name}', {})).toThrow(MissingPlaceholderError);
  });

  it('does not re-read braces that come from values', () => {
    expect(fillTemplate('{a}', { a: '{b}' })).toBe('{b}');
  });

  it('drops a line whose placeholders are all empty, keeping real blank lines', () => {
    const t = 'Yours,\n\n{name}\n{organisation}\n{place}';
    expect(fillTemplate(t, { name: 'Ana', organisation: '', place: 'Quito, Ecuador' })).toBe(
      'Yours,\n\nAna\nQuito, Ecuador',
    );
    expect(fillTemplate(t, { name: '', organisation: '', place: '' })).toBe('Yours,');
  });

  it('keeps a line that has text around an empty placeholder', () => {
    expect(fillTemplate('Name: {name}\nEnd', { name: '' })).toBe('Name: \nEnd');
  });

  it('does not leave two blank lines where an optional paragraph was dropped', () => {
    expect(fillTemplate('A\n\n{extra}\n\nB', { extra: '' })).toBe('A\n\nB');
    expect(fillTemplate('A\n\n{extra}\n\nB', { extra: 'X' })).toBe('A\n\nX\n\nB');
  });

  it('lists placeholders once, in order', () => {
    expect(placeholdersOf('{b} {a} {b} {c1}')).toEqual(['b', 'a', 'c1']);
  });
});
