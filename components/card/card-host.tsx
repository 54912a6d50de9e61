import { render } from 'preact';
import { anchorBox, placeCard } from '@/lib/marking/card-position';
import type { UiLanguage } from '@/lib/i18n/languages';
import type { UiHost } from '@/components/page-ui/ui-host';
import { pageI18nFor, PageI18nProvider } from './page-i18n';
import { StateCard } from './StateCard';
import type { StateCardModel, StatementParagraph } from '@/lib/state-brief/types';

/** What the card is placed next to: a mention's boxes, and the pointer when it opened the card. */
export interface CardAnchor {
  rects(): ArrayLike<DOMRectReadOnly>;
  point?: { x: number; y: number };
}

export interface CardHost {
  show(model: StateCardModel, anchor: CardAnchor, lang: UiLanguage): void;
  /** Moves the card next to its anchor again (after scrolling or resizing). */
  reposition(): void;
  hide(): void;
  readonly open: boolean;
  focusables(): HTMLElement[];
  /** Whether `node` is inside the card. */
  contains(node: Node | null): boolean;
}

export interface CardHostOptions {
  onOpenPage: (path: string) => void;
  /** Puts a statement paragraph on the clipboard; false when the browser refused. */
  onCopy: (statement: StatementParagraph) => Promise<boolean>;
  onClose: () => void;
  /** Room to leave free at the viewport's left and right (the open panel's). */
  inset?: () => { left: number; right: number };
}

export function createCardHost(doc: Document, ui: UiHost, options: CardHostOptions): CardHost {
  const frame = ui.cardContainer;
  let anchor: CardAnchor | null = null;
  let dir: 'ltr' | 'rtl' = 'ltr';

  function reposition(): void {
    if (!anchor) return;
    const card = frame.firstElementChild as HTMLElement | null;
    const box = anchorBox(anchor.rects(), anchor.point);
    if (!card || !box) return;
    card.style.removeProperty('max-height');
    const view = doc.documentElement;
    const place = placeCard(
      box,
      { width: frame.offsetWidth, height: card.offsetHeight },
      { width: view.clientWidth || window.innerWidth, height: window.innerHeight },
      dir,
      options.inset?.(),
    );
    if (place.maxHeight !== undefined) card.style.setProperty('max-height', `${place.maxHeight}px`);
    frame.style.transform = `translate(${place.left}px, ${place.top}px)`;
    frame.dataset.side = place.side;
  }

  return {
    show(model, target, lang) {
      ui.attach();
      anchor = target;
      const i18n = pageI18nFor(lang);
      dir = i18n.dir;
      frame.style.visibility = 'hidden';
      ui.update();
      render(
        <PageI18nProvider value={i18n}>
          <StateCard model={model} onOpenPage={options.onOpenPage} onCopy={options.onCopy} onClose={options.onClose} />
        </PageI18nProvider>,
        frame,
      );
      ui.update();
      reposition();
      frame.style.visibility = 'visible';
    },
    reposition,
    hide() {
      anchor = null;
      render(null, frame);
      ui.update();
    },
    get open() {
      return anchor !== null;
    },
    contains(node) {
      return node !== null && frame.contains(node);
    },
    focusables() {
      // The card's Tab stops: its actions are one (roving focus, see StateCard), the close button is reached by Escape.
      return Array.from(frame.querySelectorAll<HTMLElement>('a[href], button:not([disabled])')).filter((el) => el.tabIndex >= 0);
    },
  };
}
