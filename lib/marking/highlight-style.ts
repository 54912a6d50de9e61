import { QUIET_HIGHLIGHT, STYLED_HIGHLIGHT } from './highlights';

export type PageTheme = 'light' | 'dark';

/**
 * The `::highlight()` rules of the marks, two levels (see STYLED_HIGHLIGHT): States linked to the
 * campaign with a tint and a solid underline, every other State with a faint tint and a dotted
 * underline. Only colours, text decoration and text shadow apply to highlights; the background
 * tint is what shows in every browser with the API (a decoration inside `::highlight()` needs
 * Firefox 146), so each level has its own. Forced colours (Windows high contrast)
 * get the system's Mark colours for the clear level, an underline for the quiet one.
 */
export function highlightCss(theme: PageTheme): string {
  const clear = `::highlight(${STYLED_HIGHLIGHT})`;
  const quiet = `::highlight(${QUIET_HIGHLIGHT})`;
  const [clearLook, quietLook] =
    theme === 'dark'
      ? ['background-color: rgba(96, 186, 255, 0.3); text-decoration: underline solid rgba(140, 205, 255, 0.95);', 'background-color: rgba(96, 186, 255, 0.1); text-decoration: underline dotted rgba(140, 205, 255, 0.6);']
      : ['background-color: rgba(0, 133, 199, 0.16); text-decoration: underline solid rgba(0, 105, 168, 0.9);', 'background-color: rgba(0, 133, 199, 0.05); text-decoration: underline dotted rgba(0, 105, 168, 0.55);'];
  return (
    `${clear} { ${clearLook} }\n${quiet} { ${quietLook} }\n` +
    `@media (forced-colors: active) { ${clear} { background-color: Mark; color: MarkText; text-decoration: underline solid; } ${quiet} { text-decoration: underline dotted; } }\n`
  );
}

/** `rgb(r, g, b)` / `rgba(r, g, b, a)` as numbers; null for anything else. */
function parseRgb(value: string): [number, number, number, number] | null {
  const m = /^rgba?\(\s*([\d.]+)[,\s]+([\d.]+)[,\s]+([\d.]+)(?:[,\s/]+([\d.]+%?))?\s*\)$/.exec(value.trim());
  if (!m) return null;
  const alpha = m[4] === undefined ? 1 : m[4].endsWith('%') ? parseFloat(m[4]) / 100 : parseFloat(m[4]);
  return [Number(m[1]), Number(m[2]), Number(m[3]), alpha];
}

/** Relative luminance (WCAG) of an sRGB colour. */
function luminance([r, g, b]: readonly number[]): number {
  const lin = (c: number) => {
    const s = c / 255;
    return s <= 0.04045 ? s / 12.92 : ((s + 0.055) / 1.055) ** 2.4;
  };
  return 0.2126 * lin(r!) + 0.7152 * lin(g!) + 0.0722 * lin(b!);
}

/**
 * Whether the page is drawn dark: its body's or root's background, else the canvas the
 * browser draws (dark when the page opts into a dark colour scheme and the user prefers it).
 */
export function pageTheme(doc: Document): PageTheme {
  const view = doc.defaultView;
  if (!view) return 'light';
  for (const element of [doc.body, doc.documentElement]) {
    if (!element) continue;
    const rgb = parseRgb(view.getComputedStyle(element).backgroundColor);
    if (rgb && rgb[3] > 0.5) return luminance(rgb) < 0.2 ? 'dark' : 'light';
  }
  const scheme = view.getComputedStyle(doc.documentElement).colorScheme ?? '';
  const prefersDark = view.matchMedia?.('(prefers-color-scheme: dark)').matches ?? false;
  return /\bdark\b/.test(scheme) && (prefersDark || !/\blight\b/.test(scheme)) ? 'dark' : 'light';
}

export interface DocumentStyle {
  /** Puts our sheet back if the page replaced the document's adopted stylesheets. */
  ensure(): void;
  remove(): void;
}

/**
 * Adds rules to the document without adding anything to the page's markup: a constructed
 * stylesheet adopted by the document (not subject to the page's CSP; `::highlight()` rules
 * apply only in the document's own scope, not in a shadow root). Where adopting fails, a
 * <style> element goes in the root element, outside <body>. The highlight rules themselves
 * come with the content script (highlights.css, in place before the page is first styled):
 * adding a sheet later makes the browser restyle the whole page, so this is kept for what
 * only shows at run time (dark pages, the pointer over a mark).
 */
export function installDocumentStyle(doc: Document, css: string): DocumentStyle & { replace(css: string): void } {
  try {
    const sheet = new CSSStyleSheet();
    sheet.replaceSync(css);
    doc.adoptedStyleSheets = [...doc.adoptedStyleSheets, sheet];
    if (doc.adoptedStyleSheets.includes(sheet)) {
      return {
        replace: (next) => sheet.replaceSync(next),
        ensure() {
          const adopted = doc.adoptedStyleSheets;
          if (!adopted.includes(sheet)) doc.adoptedStyleSheets = [...adopted, sheet];
        },
        remove() {
          doc.adoptedStyleSheets = doc.adoptedStyleSheets.filter((s) => s !== sheet);
        },
      };
    }
  } catch {
    // fall through to the <style> element
  }
  const style = doc.createElement('style');
  style.textContent = css;
  const attach = () => {
    if (!style.isConnected) doc.documentElement.appendChild(style);
  };
  attach();
  return {
    replace: (next) => void (style.textContent = next),
    ensure: attach,
    remove: () => style.remove(),
  };
}

const POINTER_CSS = ':root { cursor: pointer !important; }';

/**
 * The pointer cursor over the whole page while the pointer rests on a mark: highlights take no
 * `cursor`, and nothing may be set on the page's elements. The sheet is adopted at the first
 * hover, and only its rule changes after that (the root's cursor, inherited: a cheap restyle).
 */
export function pointerCursor(doc: Document): { set(on: boolean): void; remove(): void } {
  let style: ReturnType<typeof installDocumentStyle> | null = null;
  let on = false;
  return {
    set(next) {
      if (next === on) return;
      on = next;
      if (!style) {
        if (!next) return;
        style = installDocumentStyle(doc, POINTER_CSS);
        return;
      }
      style.ensure();
      style.replace(next ? POINTER_CSS : '');
    },
    remove() {
      style?.remove();
      style = null;
      on = false;
    },
  };
}
