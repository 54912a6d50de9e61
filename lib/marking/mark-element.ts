/**
 * The element that wraps one mention of a State. A custom tag (like Hypothesis's
 * <hypothesis-highlight>) is styled by almost no page stylesheet, and the inline `all: unset`
 * undoes the few universal rules that would. Inline styles are set through CSSOM, which a page's
 * Content-Security-Policy `style-src` does not block (the `style` attribute in markup it would).
 */
export const MARK_TAG = 'er-state';
export const MARK_ATTR = 'data-er-state';
/** Our card's host element: never scanned, never observed as page content. */
export const HOST_TAG = 'er-card-host';

const MARK_STYLE: ReadonlyArray<readonly [string, string]> = [
  ['all', 'unset'],
  ['display', 'inline'],
  ['text-decoration-line', 'underline'],
  ['text-decoration-style', 'dotted'],
  ['text-decoration-thickness', '1.5px'],
  ['text-decoration-color', 'rgba(0, 133, 199, 0.85)'],
  ['text-underline-offset', '0.18em'],
  ['text-decoration-skip-ink', 'auto'],
  ['cursor', 'help'],
];

export interface MarkOptions {
  /** Accessible name, e.g. "Egypt — reprisal cases". */
  label: string;
  /**
   * False inside links and buttons: a second focus stop and a nested button there would break
   * the page's own control; such marks still show the card on hover.
   */
  focusable: boolean;
}

const MARK_CSS = MARK_STYLE.map(([property, value]) => `${property}: ${value} !important`).join('; ');

/**
 * A mark for `iso2`. Pages can hold tens of thousands of mentions, so each mark is a shallow
 * clone of a prototype built once per State and kind, style included (parsing the style for
 * each mark would double the marking time). Should a page's CSP keep a cloned style attribute
 * from applying, each mark gets the style through CSSOM instead.
 */
export function createMark(doc: Document, iso2: string, options: MarkOptions): HTMLElement {
  let cache = prototypesByDoc.get(doc);
  if (!cache) prototypesByDoc.set(doc, (cache = { prototypes: new Map(), clonedStyleWorks: undefined }));
  let slots = cache.prototypes.get(iso2);
  if (!slots) cache.prototypes.set(iso2, (slots = [undefined, undefined]));
  const slot = options.focusable ? 1 : 0;
  let prototype = slots[slot];
  if (!prototype || prototype.label !== options.label) {
    prototype = slots[slot] = { label: options.label, element: buildMark(doc, iso2, options) };
  }
  const mark = prototype.element.cloneNode(false) as HTMLElement;
  cache.clonedStyleWorks ??= mark.style.length > 0;
  if (!cache.clonedStyleWorks) mark.style.cssText = MARK_CSS;
  return mark;
}

type Prototype = { label: string; element: HTMLElement };
/** Per document, per State: the prototype of a plain mark [0] and of a focusable one [1]. */
const prototypesByDoc = new WeakMap<
  Document,
  { prototypes: Map<string, [Prototype | undefined, Prototype | undefined]>; clonedStyleWorks: boolean | undefined }
>();

function buildMark(doc: Document, iso2: string, options: MarkOptions): HTMLElement {
  const mark = doc.createElement(MARK_TAG);
  mark.style.cssText = MARK_CSS;
  mark.setAttribute(MARK_ATTR, iso2);
  if (options.focusable) {
    mark.setAttribute('tabindex', '0');
    mark.setAttribute('role', 'button');
    mark.setAttribute('aria-haspopup', 'dialog');
    mark.setAttribute('aria-expanded', 'false');
    mark.setAttribute('aria-label', options.label);
  } else {
    mark.setAttribute('title', options.label);
  }
  return mark;
}

export function isMark(node: Node | null | undefined): node is HTMLElement {
  return !!node && node.nodeType === 1 && (node as Element).localName === MARK_TAG;
}

/** The mark an event target is in, if any. */
export function markFrom(target: EventTarget | null): HTMLElement | null {
  if (!target || !(target as Node).nodeType) return null;
  const node = target as Node;
  const element = node.nodeType === 1 ? (node as Element) : node.parentElement;
  const mark = element?.closest(MARK_TAG);
  return mark ? (mark as HTMLElement) : null;
}

/** Shows where keyboard focus is: `all: unset` removed the browser's own outline. */
export function setMarkFocusRing(mark: HTMLElement, on: boolean): void {
  if (on) {
    mark.style.setProperty('outline', '2px solid #0077b6', 'important');
    mark.style.setProperty('outline-offset', '1px', 'important');
    mark.style.setProperty('border-radius', '2px', 'important');
  } else {
    mark.style.removeProperty('outline');
    mark.style.removeProperty('outline-offset');
    mark.style.removeProperty('border-radius');
  }
}
