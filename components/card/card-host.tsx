import { render } from 'preact';
import { HOST_TAG } from '@/lib/marking/mark-element';
import { placeCard } from '@/lib/marking/card-position';
import { i18nFor, I18nProvider } from '@/components/I18nContext';
import type { UiLanguage } from '@/lib/i18n';
import { StateCard } from './StateCard';
import { CARD_CSS } from './card-styles';
import type { CardModel } from './card-model';

export interface CardHost {
  show(model: CardModel, anchor: Element, lang: UiLanguage): void;
  /** Moves the card next to its anchor again (after scrolling or resizing). */
  reposition(): void;
  hide(): void;
  readonly open: boolean;
  /** The element page events are retargeted to when they happen inside the card. */
  readonly element: HTMLElement | null;
  focusables(): HTMLElement[];
  destroy(): void;
}

const HOST_STYLE: ReadonlyArray<readonly [string, string]> = [
  ['all', 'initial'],
  ['position', 'fixed'],
  ['top', '0'],
  ['left', '0'],
  ['width', '0'],
  ['height', '0'],
  ['z-index', '2147483647'],
];

/**
 * Styles the shadow root. A constructed stylesheet is not subject to the page's CSP
 * `style-src`; where adopting it fails (content-script sandboxes in some Firefox versions),
 * a <style> element is the fallback.
 */
function applyStyles(shadow: ShadowRoot): void {
  try {
    const sheet = new CSSStyleSheet();
    sheet.replaceSync(CARD_CSS);
    shadow.adoptedStyleSheets = [sheet];
    if (shadow.adoptedStyleSheets.length === 1) return;
  } catch {
    // fall through to the <style> element
  }
  const style = shadow.ownerDocument.createElement('style');
  style.textContent = CARD_CSS;
  shadow.appendChild(style);
}

export function createCardHost(doc: Document, callbacks: { onOpenPage: (path: string) => void; onClose: () => void }): CardHost {
  let host: HTMLElement | null = null;
  let frame: HTMLDivElement | null = null;
  let anchor: Element | null = null;
  let dir: 'ltr' | 'rtl' = 'ltr';

  function ensure(): HTMLDivElement {
    if (host && frame && host.isConnected) return frame;
    host = doc.createElement(HOST_TAG);
    for (const [property, value] of HOST_STYLE) host.style.setProperty(property, value, 'important');
    const shadow = host.attachShadow({ mode: 'open' });
    applyStyles(shadow);
    frame = doc.createElement('div');
    frame.className = 'frame';
    shadow.appendChild(frame);
    // Outside <body>: the marker observes only the body, so the card is never page content.
    doc.documentElement.appendChild(host);
    return frame;
  }

  function reposition(): void {
    if (!frame || !anchor) return;
    const card = frame.firstElementChild as HTMLElement | null;
    if (!card) return;
    card.style.removeProperty('max-height');
    const rects = anchor.getClientRects();
    const r = rects[0] ?? anchor.getBoundingClientRect();
    const view = doc.documentElement;
    const place = placeCard(
      { top: r.top, left: r.left, width: r.width, height: r.height },
      { width: frame.offsetWidth, height: card.offsetHeight },
      { width: view.clientWidth || window.innerWidth, height: window.innerHeight },
      dir,
    );
    if (place.maxHeight !== undefined) card.style.setProperty('max-height', `${place.maxHeight}px`);
    frame.style.transform = `translate(${place.left}px, ${place.top}px)`;
    frame.dataset.side = place.side;
  }

  return {
    show(model, target, lang) {
      const container = ensure();
      anchor = target;
      dir = i18nFor(lang).dir;
      container.style.visibility = 'hidden';
      render(
        <I18nProvider value={i18nFor(lang)}>
          <StateCard model={model} onOpenPage={callbacks.onOpenPage} onClose={callbacks.onClose} />
        </I18nProvider>,
        container,
      );
      reposition();
      container.style.visibility = 'visible';
    },
    reposition,
    hide() {
      anchor = null;
      if (frame) render(null, frame);
    },
    get open() {
      return anchor !== null;
    },
    get element() {
      return host;
    },
    focusables() {
      if (!frame) return [];
      return Array.from(frame.querySelectorAll<HTMLElement>('a[href], button:not([disabled])'));
    },
    destroy() {
      if (frame) render(null, frame);
      host?.remove();
      host = null;
      frame = null;
      anchor = null;
    },
  };
}
