import { readdirSync, readFileSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';

/**
 * One palette and one scale: every colour, type size and space is a token in
 * components/ui/tokens.css (colours with a dark value); the stylesheets of the pages, the card and
 * the panel only use tokens that exist.
 */
const ROOT = resolve(import.meta.dirname, '../..');
const TOKENS = join(ROOT, 'components/ui/tokens.css');
// The marks drawn on UN pages follow the page's background, not the system scheme (lib/marking/highlight-style.ts).
const OWN_COLOURS = new Set(['entrypoints/un-pages.content/highlights.css']);

function filesUnder(dir: string, test: (name: string) => boolean): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return filesUnder(path, test);
    return test(entry.name) ? [path] : [];
  });
}

const stylesheets = [
  ...filesUnder(join(ROOT, 'components'), (name) => name.endsWith('.css')),
  ...filesUnder(join(ROOT, 'entrypoints'), (name) => name.endsWith('.css')),
  join(ROOT, 'components/card/card-styles.ts'),
  join(ROOT, 'components/panel/panel-styles.ts'),
].filter((path) => path !== TOKENS && !OWN_COLOURS.has(relative(ROOT, path)));

const withoutComments = (css: string) => css.replace(/\/\*[\s\S]*?\*\//g, '');
const tokensCss = withoutComments(readFileSync(TOKENS, 'utf8'));
const darkStart = tokensCss.indexOf('@media (prefers-color-scheme: dark)');
const declared = (css: string) => new Set([...css.matchAll(/(--[\w-]+)\s*:/g)].map((m) => m[1]!));
const light = declared(tokensCss.slice(0, darkStart));
const dark = declared(tokensCss.slice(darkStart));

/*
 * Declarations that set type or space. Borders, widths, heights, positioning offsets and line
 * heights are not on the scale and may stay literal.
 */
const SPACING_OR_TYPE = /(?<![\w-])(font-size|font|padding(?:-[a-z-]+)?|margin(?:-[a-z-]+)?|(?:row-|column-)?gap)\s*:\s*([^;{}]+)/g;
/*
 * A length other than 0 written out (a percentage is a share of the box, as in an animation's
 * travel, not a length on the scale). 1px is allowed: it is a border's width, below the 4px grid,
 * used to nudge a badge by a hairline or to overlap a neighbour's border (margin: -1px).
 */
const LITERAL_LENGTH = /(?<![\w.#-])-?(?:\d*\.)?\d+(?:px|r?em|pt|ch|ex|vw|vh)(?![\w-])/g;
const HAIRLINE = /^-?1px$/;
/*
 * Labels of the activity chart are drawn in the SVG's own units, which scale with the drawing
 * (components/dashboard/ActivityChart.tsx): their size is a size in the drawing, not on the page.
 */
const SVG_UNITS = new Set(['components/dashboard/dashboard.css .activity-chart__grid text, .activity-chart__label']);

/** Each `property: value` for type or space, with the selector of its rule, comments removed. */
function spacingAndType(css: string): Array<{ selector: string; property: string; value: string }> {
  const found: Array<{ selector: string; property: string; value: string }> = [];
  for (const rule of withoutComments(css).matchAll(/([^{}]*)\{([^{}]*)\}/g)) {
    const selector = rule[1]!.trim().replace(/\s+/g, ' ');
    for (const decl of rule[2]!.matchAll(SPACING_OR_TYPE)) found.push({ selector, property: decl[1]!, value: decl[2]!.trim() });
  }
  return found;
}

function literalLengths(property: string, value: string): string[] {
  // A line height after the size in the `font` shorthand (13px/1.45) is not a type size.
  const sized = property === 'font' ? value.replace(/\/\s*[^\s]+/, '') : value;
  return (sized.match(LITERAL_LENGTH) ?? []).filter((length) => !HAIRLINE.test(length));
}

describe('design tokens', () => {
  it('are read by every stylesheet checked here', () => {
    expect(stylesheets.length).toBeGreaterThan(5);
    for (const path of stylesheets) expect(readFileSync(path, 'utf8'), relative(ROOT, path)).toMatch(/var\(--/);
  });

  it('give every colour and shadow a dark value', () => {
    const themed = [...light].filter((name) => name.startsWith('--color-') || name.startsWith('--shadow-'));
    expect(themed.length).toBeGreaterThan(40);
    expect(themed.filter((name) => !dark.has(name))).toEqual([]);
    expect([...dark].filter((name) => !light.has(name))).toEqual([]);
  });

  it('are the only colours: no stylesheet names one itself', () => {
    for (const path of stylesheets) {
      const css = withoutComments(readFileSync(path, 'utf8'))
        // An SVG drawn in a data: address (the select arrow) carries its own stroke.
        .replace(/url\("data:[^"]*"\)/g, '');
      const literals = css.match(/#[0-9a-fA-F]{3,8}\b|\b(?:rgba?|hsla?)\(|(?<![\w-])(?:white|black)(?![\w-])/g) ?? [];
      expect(literals, relative(ROOT, path)).toEqual([]);
    }
  });

  it('that stylesheets use are all declared', () => {
    for (const path of stylesheets) {
      const css = readFileSync(path, 'utf8');
      const used = [...css.matchAll(/var\((--[\w-]+)/g)].map((m) => m[1]!);
      expect(used.filter((name) => !light.has(name)), relative(ROOT, path)).toEqual([]);
    }
  });

  it('are the only type sizes and spaces: no stylesheet writes a length for font-size, padding, margin or gap', () => {
    let checked = 0;
    for (const path of stylesheets) {
      const name = relative(ROOT, path);
      const literal = spacingAndType(readFileSync(path, 'utf8'))
        .filter(({ selector }) => !SVG_UNITS.has(`${name} ${selector}`))
        .flatMap(({ selector, property, value }) => {
          checked++;
          return literalLengths(property, value).map((length) => `${selector} { ${property}: ${value} } (${length})`);
        });
      expect(literal, name).toEqual([]);
    }
    expect(checked).toBeGreaterThan(200);
  });

  it('catch a written-out length but let 0, a hairline, a token and a line height through', () => {
    const lengths = (css: string) => spacingAndType(css).flatMap(({ property, value }) => literalLengths(property, value));
    expect(lengths('.a { padding: 6px var(--space-2); margin: -4px 0 0; gap: 0.5rem; font-size: 13.5px; }')).toEqual(['6px', '-4px', '0.5rem', '13.5px']);
    expect(lengths('.a { font: 600 17px/1.45 var(--font-sans); }')).toEqual(['17px']);
    expect(lengths('.a { padding: 0; margin: -1px; gap: var(--space-1); font: 400 var(--text-sm)/20px var(--font-sans); }')).toEqual([]);
    expect(lengths('.a { border: 2px solid; width: 360px; line-height: 18px; inset-block-start: 16px; }')).toEqual([]);
  });
});
