// @vitest-environment node
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { HIGHLIGHT_CSS_FILE, renderHighlightCss } from '@/scripts/generate-highlight-css';
import { highlightCss } from '@/lib/marking/highlight-style';
import { STATES } from '@/lib/data/states';

describe('the highlight stylesheet', () => {
  it('is exactly what scripts/generate-highlight-css.ts writes', () => {
    expect(readFileSync(HIGHLIGHT_CSS_FILE, 'utf8')).toBe(renderHighlightCss());
  });

  it('styles the highlight of every State, in forced colours too', () => {
    const css = renderHighlightCss();
    for (const s of STATES) expect(css).toContain(`::highlight(endreprisals-${s.iso2.toLowerCase()})`);
    expect(css).toMatch(/@media \(forced-colors: active\) \{[^}]*background-color: Mark; color: MarkText/);
  });

  it('has a palette for dark pages', () => {
    expect(highlightCss(['EG'], 'dark')).not.toBe(highlightCss(['EG'], 'light'));
    expect(highlightCss(['EG'], 'dark')).toContain('::highlight(endreprisals-eg)');
  });
});
