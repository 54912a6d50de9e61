import { markFrom, setMarkFocusRing } from '@/lib/marking/mark-element';
import type { UiLanguage } from '@/lib/i18n';
import type { CardHost } from './card-host';
import type { CardModel } from './card-model';

export interface CardControllerOptions {
  doc: Document;
  host: CardHost;
  language: () => UiLanguage;
  model: (iso2: string, lang: UiLanguage) => CardModel | undefined;
  /** Listeners are removed when this aborts (the content script's context is invalidated). */
  signal: AbortSignal;
  /** Hover intent: how long the pointer rests on a mark before the card opens. */
  openDelayMs?: number;
  /** Grace period to move the pointer from the mark into the card. */
  closeDelayMs?: number;
}

export interface CardController {
  close(): void;
  readonly openMark: HTMLElement | null;
}

/**
 * Opens the card for a mark on hover (after a short rest) and on keyboard focus; closes it on
 * Escape, when focus leaves both mark and card, and when the pointer leaves them for longer
 * than the grace period. Tab from an open mark moves into the card; Escape returns to the mark.
 */
export function createCardController(options: CardControllerOptions): CardController {
  const { doc, host, signal } = options;
  const openDelay = options.openDelayMs ?? 250;
  const closeDelay = options.closeDelayMs ?? 350;
  let openMark: HTMLElement | null = null;
  let openTimer: ReturnType<typeof setTimeout> | undefined;
  let closeTimer: ReturnType<typeof setTimeout> | undefined;
  /** Set while we move focus back to a mark ourselves, so that focus does not reopen the card. */
  let quietFocus = false;
  /** A card opened by keyboard stays open while the pointer wanders elsewhere. */
  let openedByPointer = false;

  const inCard = (target: EventTarget | null) => !!target && target === host.element;

  function clearTimers(): void {
    clearTimeout(openTimer);
    clearTimeout(closeTimer);
    openTimer = closeTimer = undefined;
  }

  function open(mark: HTMLElement, byPointer: boolean): void {
    clearTimers();
    openedByPointer = byPointer;
    if (openMark === mark && host.open) return;
    const iso2 = mark.getAttribute('data-er-state') ?? '';
    const lang = options.language();
    const model = options.model(iso2, lang);
    if (!model) return;
    if (openMark && openMark !== mark) openMark.setAttribute('aria-expanded', 'false');
    openMark = mark;
    if (mark.hasAttribute('aria-expanded')) mark.setAttribute('aria-expanded', 'true');
    host.show(model, mark, lang);
  }

  function close(returnFocus = false): void {
    clearTimers();
    const mark = openMark;
    openMark = null;
    host.hide();
    if (!mark) return;
    if (mark.hasAttribute('aria-expanded')) mark.setAttribute('aria-expanded', 'false');
    if (returnFocus && mark.isConnected && mark.tabIndex >= 0) {
      quietFocus = true;
      mark.focus();
      quietFocus = false;
    }
  }

  function scheduleClose(): void {
    clearTimeout(openTimer);
    openTimer = undefined;
    if (!openMark || closeTimer) return;
    closeTimer = setTimeout(() => close(), closeDelay);
  }

  const listen = <K extends keyof DocumentEventMap>(type: K, handler: (event: DocumentEventMap[K]) => void, target: EventTarget = doc) =>
    target.addEventListener(type, handler as EventListener, { capture: true, passive: type !== 'keydown', signal });

  listen('mouseover', (event) => {
    const mark = markFrom(event.target);
    if (mark) {
      clearTimeout(closeTimer);
      closeTimer = undefined;
      if (mark === openMark) return;
      clearTimeout(openTimer);
      openTimer = setTimeout(() => open(mark, true), openDelay);
    } else if (inCard(event.target)) {
      clearTimeout(closeTimer);
      closeTimer = undefined;
    } else if (openedByPointer) {
      scheduleClose();
    } else {
      clearTimeout(openTimer);
      openTimer = undefined;
    }
  });

  listen('mouseout', (event) => {
    // Leaving the window altogether.
    if (!event.relatedTarget && openedByPointer) scheduleClose();
  });

  listen('click', (event) => {
    const mark = markFrom(event.target);
    // A mark in a link is the link's: let it navigate.
    if (mark && mark.tabIndex >= 0) open(mark, false);
  });

  listen('focusin', (event) => {
    const mark = markFrom(event.target);
    if (mark) {
      setMarkFocusRing(mark, true);
      if (!quietFocus) open(mark, false);
    } else if (!inCard(event.target) && openMark) {
      close();
    }
  });

  listen('focusout', (event) => {
    const mark = markFrom(event.target);
    if (mark) setMarkFocusRing(mark, false);
    // Focus left the page (another window, the address bar): close with the usual grace.
    if (!event.relatedTarget && openMark && (mark === openMark || inCard(event.target))) scheduleClose();
  });

  listen('keydown', (event) => {
    if (!openMark) return;
    const focusInCard = inCard(doc.activeElement);
    if (event.key === 'Escape') {
      const backToMark = focusInCard || doc.activeElement === openMark;
      event.stopPropagation();
      close(backToMark);
      return;
    }
    if (event.key !== 'Tab') return;
    const items = host.focusables();
    if (items.length === 0) return;
    const active = host.element?.shadowRoot?.activeElement ?? null;
    if (doc.activeElement === openMark && !event.shiftKey) {
      event.preventDefault();
      items[0]!.focus();
    } else if (focusInCard && event.shiftKey && active === items[0]) {
      event.preventDefault();
      quietFocus = true;
      openMark.focus();
      quietFocus = false;
    } else if (focusInCard && !event.shiftKey && active === items[items.length - 1]) {
      // Past the card's end: back to the mark with the card closed, so the next Tab goes on
      // through the page from where the reader was.
      event.preventDefault();
      close(true);
    }
  });

  const follow = () => {
    if (openMark) {
      if (openMark.isConnected) host.reposition();
      else close();
    }
  };
  listen('scroll', follow, doc);
  listen('resize', follow, doc.defaultView ?? doc);

  signal.addEventListener('abort', () => {
    clearTimers();
    openMark = null;
  });

  return {
    close: () => close(),
    get openMark() {
      return openMark;
    },
  };
}
