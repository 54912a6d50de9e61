import { HIGHLIGHT_PREFIX } from './highlights';

export type PageTheme = 'light' | 'dark';

/**
 * The `::highlight()` rules for every State code in `codes`. Only colours, text decoration and
 * text shadow apply to highlights; the background tint is what shows in every browser with
 * the API (a decoration inside `::highlight()` needs Firefox 146). Forced colours (Windows high
 * contrast) get the system's Mark colours.
 */
export function highlightCss(codes: readonly string[], theme: PageTheme): string {
  const selector = codes.map((iso2) => `::highlight(${HIGHLIGHT_PREFIX}${iso2.toLowerCase()})`).join(',');
  const look =
    theme === 'dark'
      ? 'background-color: rgba(96, 186, 255, 0.24); text-decoration: underline dotted rgba(140, 205, 255, 0.95);'
      : 'background-color: rgba(0, 133, 199, 0.11); text-decoration: underline dotted rgba(0, 105, 168, 0.9);';
  return `${selector} { ${look} }\n@media (forced-colors: active) { ${selector} { background-color: Mark; color: MarkText; text-decoration: underline solid; } }`;
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
  /** Shows the pointer cursor over the whole page while the pointer rests on a mark. */
  setPointer(on: boolean): void;
  /** Puts our sheets back if the page replaced the document's adopted stylesheets. */
  ensure(): void;
  remove(): void;
}

const POINTER_CSS = ':root { cursor: pointer !important; }';

/**
 * Adds our rules to the document without adding anything to the page's markup: constructed
 * stylesheets adopted by the document (not subject to the page's CSP, and `::highlight()`
 * rules apply only in the document's own scope, not in a shadow root). Where adopting fails,
 * <style> elements go in the root element, outside <body>.
 */
export function installDocumentStyle(doc: Document, css: string): DocumentStyle {
  let sheets: CSSStyleSheet[] | null = null;
  try {
    const rules = new CSSStyleSheet();
    rules.replaceSync(css);
    const cursor = new CSSStyleSheet();
    doc.adoptedStyleSheets = [...doc.adoptedStyleSheets, rules, cursor];
    if (doc.adoptedStyleSheets.includes(rules)) sheets = [rules, cursor];
  } catch {
    sheets = null;
  }
  if (sheets) {
    const [rules, cursor] = sheets as [CSSStyleSheet, CSSStyleSheet];
    let pointer = false;
    return {
      setPointer(on) {
        if (on === pointer) return;
        pointer = on;
        cursor.replaceSync(on ? POINTER_CSS : '');
      },
      ensure() {
        const adopted = doc.adoptedStyleSheets;
        if (!adopted.includes(rules)) doc.adoptedStyleSheets = [...adopted, rules, cursor];
      },
      remove() {
        doc.adoptedStyleSheets = doc.adoptedStyleSheets.filter((s) => s !== rules && s !== cursor);
      },
    };
  }
  const style = doc.createElement('style');
  style.textContent = css;
  const cursorStyle = doc.createElement('style');
  const root = doc.documentElement;
  const attach = () => {
    if (!style.isConnected) root.appendChild(style);
    if (!cursorStyle.isConnected) root.appendChild(cursorStyle);
  };
  attach();
  return {
    setPointer(on) {
      cursorStyle.textContent = on ? POINTER_CSS : '';
    },
    ensure: attach,
    remove() {
      style.remove();
      cursorStyle.remove();
    },
  };
}
