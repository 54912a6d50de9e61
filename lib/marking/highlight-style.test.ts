// @vitest-environment node
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { highlightCss } from '@/lib/marking/highlight-style';

const CSS_FILE = resolve(import.meta.dirname, '../../entrypoints/un-pages.content/highlights.css');

describe('the highlight stylesheet', () => {
  it('that ships with the content script holds the light rules, forced colours included', () => {
    const css = readFileSync(CSS_FILE, 'utf8');
    expect(css.endsWith(highlightCss('light'))).toBe(true);
    expect(css).toMatch(/@media \(forced-colors: active\) \{ ::highlight\(endreprisals\) \{ background-color: Mark; color: MarkText/);
  });

  it('styles two highlight names only, one per level, none with the States’ prefix, and has a palette for dark pages', () => {
    for (const theme of ['light', 'dark'] as const) {
      const names = new Set(highlightCss(theme).match(/::highlight\([^)]*\)/g));
      expect(names).toEqual(new Set(['::highlight(endreprisals)', '::highlight(endreprisals_quiet)']));
      for (const name of names) expect(name).not.toMatch(/endreprisals-/);
      // The clear level is drawn more strongly than the quiet one: a deeper tint, a solid line.
      const rule = (n: string) => new RegExp(`::highlight\\(${n}\\) \\{ ([^}]*) \\}`).exec(highlightCss(theme))![1]!;
      const alpha = (r: string) => Number(/background-color: rgba\([^)]*, ([\d.]+)\)/.exec(r)![1]);
      expect(alpha(rule('endreprisals'))).toBeGreaterThan(2 * alpha(rule('endreprisals_quiet')));
      expect(rule('endreprisals')).toContain('underline solid');
      expect(rule('endreprisals_quiet')).toContain('underline dotted');
    }
    expect(highlightCss('dark')).not.toBe(highlightCss('light'));
  });
});
