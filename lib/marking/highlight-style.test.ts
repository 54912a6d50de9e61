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

  it('styles one highlight name only, and has a palette for dark pages', () => {
    for (const theme of ['light', 'dark'] as const) {
      expect(new Set(highlightCss(theme).match(/::highlight\([^)]*\)/g))).toEqual(new Set(['::highlight(endreprisals)']));
    }
    expect(highlightCss('dark')).not.toBe(highlightCss('light'));
  });
});
