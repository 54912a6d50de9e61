/** Our one element in the page: outside <body>, holding the card and the panel in a closed shadow root. */
export const UI_HOST_TAG = 'endreprisals-ui';

export interface UiHost {
  /** Where the card renders. */
  readonly cardContainer: HTMLElement;
  /** Where the panel renders. */
  readonly panelContainer: HTMLElement;
  /** The host element: page events that happen inside our UI are retargeted to it. */
  readonly element: HTMLElement;
  /** The focused element inside our UI, if any. */
  activeElement(): Element | null;
  /** Listens to keys pressed inside our UI (card and panel alike). */
  onKey(handler: (event: KeyboardEvent) => void, signal?: AbortSignal): void;
  /** Puts the host back into the page if the page removed it. */
  attach(): void;
  /**
   * Shows the host while the card or the panel has content, and takes it out of rendering
   * (and so out of the page's accessibility tree) when neither has.
   */
  update(): void;
  destroy(): void;
}

/**
 * The host's own style, inline and important so that no page rule can move, hide, scale or
 * blend it. Each property is set on its own: Firefox lets a later `all: initial` win over
 * longhands set after it.
 */
const HOST_STYLE: ReadonlyArray<readonly [string, string]> = [
  ['position', 'fixed'],
  ['inset', 'auto'],
  ['margin', '0'],
  ['padding', '0'],
  ['border', '0'],
  ['transform', 'none'],
  ['translate', 'none'],
  ['rotate', 'none'],
  ['scale', 'none'],
  ['zoom', '1'],
  ['filter', 'none'],
  ['clip-path', 'none'],
  ['mask', 'none'],
  ['opacity', '1'],
  ['visibility', 'visible'],
  ['mix-blend-mode', 'normal'],
  ['contain', 'none'],
  ['pointer-events', 'auto'],
  ['top', '0'],
  ['left', '0'],
  ['width', '0'],
  ['height', '0'],
  ['z-index', '2147483647'],
  ['display', 'none'],
];

/**
 * Events the page makes (dispatchEvent, element.click()) are stopped at the root of our UI, so
 * only the user's own clicks and keys reach the card and the panel: a page cannot open our
 * pages or act on the user's behalf.
 */
const GUARDED_EVENTS = ['click', 'auxclick', 'dblclick', 'mousedown', 'mouseup', 'pointerdown', 'pointerup', 'keydown', 'keyup', 'keypress', 'input', 'change', 'submit'];

/**
 * Styles the shadow root. A constructed stylesheet is not subject to the page's CSP
 * `style-src`; where adopting it fails (content-script sandboxes in some Firefox versions),
 * a <style> element in the shadow root is the fallback.
 */
function applyStyles(shadow: ShadowRoot, css: string): void {
  try {
    const sheet = new CSSStyleSheet();
    sheet.replaceSync(css);
    shadow.adoptedStyleSheets = [sheet];
    if (shadow.adoptedStyleSheets.length === 1) return;
  } catch {
    // fall through to the <style> element
  }
  const style = shadow.ownerDocument.createElement('style');
  style.textContent = css;
  shadow.appendChild(style);
}

/**
 * The host of our UI on a page. It goes in the root element, after <body>: the page's body,
 * its markup and its serialisation stay exactly as the page made them. The shadow root is
 * closed, so the page's scripts cannot read or change what is inside.
 */
export function createUiHost(doc: Document, css: string): UiHost {
  const host = doc.createElement(UI_HOST_TAG);
  for (const [property, value] of HOST_STYLE) host.style.setProperty(property, value, 'important');
  const shadow = host.attachShadow({ mode: 'closed' });
  applyStyles(shadow, css);
  const cardContainer = doc.createElement('div');
  cardContainer.className = 'frame';
  const panelContainer = doc.createElement('div');
  panelContainer.className = 'panel-frame';
  shadow.append(panelContainer, cardContainer);
  for (const type of GUARDED_EVENTS) {
    shadow.addEventListener(
      type,
      (event) => {
        if (event.isTrusted) return;
        event.stopImmediatePropagation();
        event.preventDefault();
      },
      true,
    );
  }
  const attach = () => {
    if (!host.isConnected) doc.documentElement.appendChild(host);
  };
  const update = () => {
    cardContainer.hidden = cardContainer.childElementCount === 0;
    panelContainer.hidden = panelContainer.childElementCount === 0;
    const open = !cardContainer.hidden || !panelContainer.hidden;
    host.hidden = !open;
    host.style.setProperty('display', open ? 'block' : 'none', 'important');
  };
  update();
  attach();
  return {
    cardContainer,
    panelContainer,
    element: host,
    activeElement: () => shadow.activeElement,
    onKey: (handler, signal) => shadow.addEventListener('keydown', handler as EventListener, { signal }),
    attach,
    update,
    destroy: () => host.remove(),
  };
}
