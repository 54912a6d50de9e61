import type { UiLanguage } from '@/lib/i18n/languages';
import { loadPageMessages } from '@/lib/i18n/page';
import type { Hit } from '@/lib/marking/hit-test';
import { isInsideInteractive } from '@/lib/marking/exclusions';
import type { UiHost } from '@/components/page-ui/ui-host';
import type { CardHost } from './card-host';
import type { StateCardModel } from '@/lib/state-brief/types';

/** How a card was opened: hover closes it when the pointer leaves; a click or the panel keeps it. */
export type OpenedBy = 'pointer' | 'click' | 'keyboard';

export interface CardControllerOptions {
  doc: Document;
  ui: UiHost;
  card: CardHost;
  language: () => UiLanguage;
  /** What the card shows about a State (the background answers it); undefined when nothing is to be shown. */
  model: (iso2: string, lang: UiLanguage) => Promise<StateCardModel | undefined> | StateCardModel | undefined;
  /** The "States on this page" panel is open: it then handles Escape for the card it opened. */
  panelOpen?: () => boolean;
  /** Our mention under a viewport point. */
  hitTest: (x: number, y: number) => Hit | null;
  /** Shows the pointer cursor while it rests on a mention (marks are drawn, not elements). */
  setPointer: (on: boolean) => void;
  /** Listeners are removed when this aborts (the content script's context is invalidated). */
  signal: AbortSignal;
  /** Hover intent: how long the pointer rests on a mention before the card opens. */
  openDelayMs?: number;
  /** Grace period to move the pointer from the mention into the card. */
  closeDelayMs?: number;
}

export interface CardController {
  /** Opens the card for a mention. */
  openFor(hit: Hit, by: OpenedBy, point?: { x: number; y: number }): void;
  close(): void;
  readonly isOpen: boolean;
  readonly openedBy: OpenedBy | null;
}

const sameMention = (a: Range, b: Range) =>
  a.startContainer === b.startContainer && a.startOffset === b.startOffset && a.endOffset === b.endOffset;

/**
 * Opens the card for a mention after the pointer rests on it, or at once on a click (a click
 * on a name inside a link is the link's); closes it when the pointer leaves mention and card
 * for longer than the grace period, on Escape, and on a click elsewhere. Only the user's own
 * (trusted) events count: a page cannot open the card by dispatching events.
 */
export function createCardController(options: CardControllerOptions): CardController {
  const { doc, ui, card, signal } = options;
  const view = doc.defaultView ?? window;
  const openDelay = options.openDelayMs ?? 250;
  const closeDelay = options.closeDelayMs ?? 350;
  let openRange: Range | null = null;
  let openedBy: OpenedBy | null = null;
  let pendingHit: Hit | null = null;
  let openTimer: ReturnType<typeof setTimeout> | undefined;
  let closeTimer: ReturnType<typeof setTimeout> | undefined;
  let frame = 0;
  let lastPoint: { x: number; y: number } | null = null;
  /** Counts opens and closes: an answer that arrives after a later open or a close is dropped. */
  let opening = 0;

  function cancelOpen(): void {
    clearTimeout(openTimer);
    openTimer = undefined;
    pendingHit = null;
  }
  function cancelClose(): void {
    clearTimeout(closeTimer);
    closeTimer = undefined;
  }

  function openFor(hit: Hit, by: OpenedBy, point?: { x: number; y: number }): void {
    cancelOpen();
    cancelClose();
    const lang = options.language();
    const ticket = ++opening;
    const range = hit.range;
    void Promise.all([options.model(hit.iso2, lang), loadPageMessages(lang)]).then(
      ([model]) => {
        if (ticket !== opening || !model || signal.aborted || range.collapsed) return;
        openRange = range;
        openedBy = by;
        card.show(model, { rects: () => range.getClientRects(), point }, lang);
      },
      () => undefined,
    );
  }

  function close(): void {
    cancelOpen();
    cancelClose();
    opening++;
    openRange = null;
    openedBy = null;
    card.hide();
  }

  function scheduleClose(): void {
    if (!openRange || closeTimer) return;
    closeTimer = setTimeout(() => close(), closeDelay);
  }

  function testPointer(): void {
    frame = 0;
    if (!lastPoint) return;
    const { x, y } = lastPoint;
    const hit = options.hitTest(x, y);
    options.setPointer(!!hit);
    if (hit) {
      if (openRange && sameMention(openRange, hit.range)) {
        cancelClose();
        return;
      }
      if (pendingHit && sameMention(pendingHit.range, hit.range)) return;
      cancelOpen();
      pendingHit = hit;
      openTimer = setTimeout(() => {
        const target = pendingHit;
        pendingHit = null;
        if (target && !target.range.collapsed) openFor(target, 'pointer', { x, y });
      }, openDelay);
      if (openedBy === 'pointer') scheduleClose();
    } else {
      cancelOpen();
      if (openedBy === 'pointer') scheduleClose();
    }
  }

  const listen = <K extends keyof WindowEventMap>(type: K, handler: (event: WindowEventMap[K]) => void, passive = true) =>
    view.addEventListener(type, handler as EventListener, { capture: true, passive, signal });

  listen('pointermove', (event) => {
    if (!event.isTrusted) return;
    if (event.target === ui.element) {
      // Inside the card (or panel): keep the card, and no hover on what is under it.
      cancelOpen();
      cancelClose();
      options.setPointer(false);
      lastPoint = null;
      return;
    }
    lastPoint = { x: event.clientX, y: event.clientY };
    if (!frame) frame = view.requestAnimationFrame(testPointer);
  });

  listen('mouseout', (event) => {
    if (!event.isTrusted || event.relatedTarget) return;
    // The pointer left the window.
    lastPoint = null;
    cancelOpen();
    options.setPointer(false);
    if (openedBy === 'pointer') scheduleClose();
  });

  listen('click', (event) => {
    if (!event.isTrusted || event.target === ui.element || event.button !== 0) return;
    const hit = options.hitTest(event.clientX, event.clientY);
    const selecting = !(doc.getSelection()?.isCollapsed ?? true);
    if (hit && !selecting && !isInsideInteractive(hit.range.startContainer)) {
      openFor(hit, 'click', { x: event.clientX, y: event.clientY });
    } else if (openRange && openedBy !== 'keyboard' && !(hit && sameMention(hit.range, openRange))) {
      close();
    }
  });

  listen(
    'keydown',
    (event) => {
      if (!event.isTrusted || event.key !== 'Escape' || !openRange || openedBy === 'keyboard') return;
      if (ui.activeElement()) return; // the panel and the card handle their own keys
      close();
    },
    false,
  );

  // Escape in a card the panel did not open: the card closes and the reader is back at the
  // mention (selected, as the panel leaves it), not at the top of the page.
  ui.onKey((event) => {
    if (!event.isTrusted || event.key !== 'Escape' || !openRange || options.panelOpen?.()) return;
    if (!card.contains(ui.activeElement())) return;
    event.preventDefault();
    const range = openRange;
    close();
    (ui.activeElement() as HTMLElement | null)?.blur();
    const selection = doc.getSelection();
    if (selection && !range.collapsed) {
      selection.removeAllRanges();
      selection.addRange(range.cloneRange());
    }
  }, signal);

  const follow = () => {
    if (!openRange) return;
    if (openRange.collapsed || !openRange.startContainer.isConnected) close();
    else card.reposition();
  };
  listen('scroll', follow);
  listen('resize', follow);

  signal.addEventListener('abort', () => {
    cancelOpen();
    cancelClose();
    if (frame) view.cancelAnimationFrame(frame);
    openRange = null;
  });

  return {
    openFor,
    close,
    get isOpen() {
      return openRange !== null;
    },
    get openedBy() {
      return openedBy;
    },
  };
}
