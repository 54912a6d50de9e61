import { readdirSync, readFileSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';

/**
 * One palette: every colour is a token in components/ui/tokens.css, with a dark value; the
 * stylesheets of the pages, the card and the panel only use tokens that exist.
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
});
