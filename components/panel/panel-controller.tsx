import { render } from 'preact';
import type { UiLanguage } from '@/lib/i18n/languages';
import { loadPageMessages, pageMessagesLoaded } from '@/lib/i18n/page';
import type { Marker } from '@/lib/marking/marker';
import type { UiHost } from '@/components/page-ui/ui-host';
import type { CardController } from '@/components/card/card-controller';
import type { CardHost } from '@/components/card/card-host';
import { pageI18nFor, PageI18nProvider } from '@/components/card/page-i18n';
import { StatesPanel, type PanelPosition, type PanelTexts } from './StatesPanel';
import { mentionContext, panelStates } from '@/lib/state-brief/panel-model';
import type { PageStateSummary } from '@/lib/state-brief/types';

/** A mention brought into view: a live range over it, and the words around it for screen readers. */
export interface ShownMention {
  range: Range;
  context: string;
}

/** Where the panel's States and mentions come from: the page's marks, or a document's (the reader). */
export interface PanelSource {
  /** Mentions per State (ISO2 code). */
  countsByState(): ReadonlyMap<string, number>;
  /** The pages that name a State, for a document with pages. */
  pagesOf?(iso2: string): readonly number[];
  /** Brings mention `n` (0-based, in reading order) of a State into view; null when it is gone. */
  show(iso2: string, n: number): ShownMention | null | Promise<ShownMention | null>;
  /** A line under the panel's keys (e.g. how much of a document has been read). */
  note?(): string | null;
}

/** The marks of a web page, as the panel reads them. */
export function markerSource(marker: Marker): PanelSource {
  return {
    countsByState: () => marker.index.countsByState(),
    show(iso2, n) {
      const mention = marker.index.mentionsOf(iso2)[n];
      if (!mention) return null;
      mention.node.parentElement?.scrollIntoView({ block: 'center', inline: 'nearest' });
      marker.updateWindow();
      const range = marker.rangeOf(mention);
      return range ? { range, context: mentionContext(mention.node.data, mention.start, mention.end) } : null;
    },
  };
}

export interface PanelControllerOptions {
  doc: Document;
  ui: UiHost;
  source: PanelSource;
  card: CardController;
  cardHost: CardHost;
  language: () => UiLanguage;
  markingOn: () => boolean;
  /** How each State is linked to the campaign (the background answers it). */
  summaries: (iso2s: string[], lang: UiLanguage) => Promise<PageStateSummary[]>;
  signal: AbortSignal;
  /** Wording for a document rather than a page (the reader's). */
  texts?: () => PanelTexts;
}

export interface PanelController {
  /** Opens the panel (or moves focus into it when it is open). */
  open(): void;
  close(): void;
  /** Shows the mentions as they are now (after the page changed). */
  refresh(): void;
  readonly isOpen: boolean;
  /** Room the panel takes at the viewport's left and right, for the card to keep clear of. */
  inset(): { left: number; right: number };
}

const PANEL_ROOM = 360 + 16 + 8;

/**
 * The "States on this page" dialog: opened by the keyboard shortcut, the context menu or the
 * popup (all of them the user's own acts, relayed by the extension). Focus stays inside the
 * panel and the card it opens; Escape closes the card first, then the panel, and gives focus
 * back to where it was.
 */
export function createPanelController(options: PanelControllerOptions): PanelController {
  const { doc, ui, source, card, cardHost, signal } = options;
  let isOpen = false;
  let active: string | null = null;
  let position: PanelPosition | null = null;
  const positions = new Map<string, number>();
  let returnFocus: Element | null = null;
  /** Steps may finish later (a document's page is drawn first): only the latest one counts. */
  let stepRun = 0;
  /** The summaries the background gave, in `summariesLang`; the States asked for and not answered yet. */
  const summaries = new Map<string, PageStateSummary>();
  let summariesLang: UiLanguage | null = null;
  const asked = new Set<string>();

  /** Asks for the summaries of the States listed that have none yet; draws again when they come. */
  function fetchSummaries(iso2s: string[], lang: UiLanguage): void {
    if (summariesLang !== lang) {
      summaries.clear();
      asked.clear();
      summariesLang = lang;
    }
    const missing = iso2s.filter((iso2) => !summaries.has(iso2) && !asked.has(iso2));
    if (missing.length === 0) return;
    for (const iso2 of missing) asked.add(iso2);
    void options.summaries(missing, lang).then(
      (answer) => {
        if (summariesLang !== lang || signal.aborted) return;
        for (const summary of answer) summaries.set(summary.iso2, summary);
        draw();
      },
      () => {
        // Asked again at the next draw.
        for (const iso2 of missing) asked.delete(iso2);
      },
    );
  }

  function draw(): void {
    if (!isOpen) return;
    const lang = options.language();
    if (!pageMessagesLoaded(lang)) {
      // Drawn again once the strings are here (asked of the background on UN pages).
      void loadPageMessages(lang).then(draw, (error: unknown) => console.error('EndReprisals: the panel’s strings could not be loaded', error));
      return;
    }
    const i18n = pageI18nFor(lang);
    ui.panelContainer.dataset.dir = i18n.dir;
    const states = options.markingOn() ? panelStates(source.countsByState(), summariesLang === lang ? summaries : new Map(), lang, source.pagesOf?.bind(source)) : [];
    fetchSummaries(
      states.map((s) => s.iso2),
      lang,
    );
    if (active && !states.some((s) => s.iso2 === active)) active = null;
    render(
      <PageI18nProvider value={i18n}>
        <StatesPanel
          states={states}
          markingOn={options.markingOn()}
          active={active}
          position={position}
          texts={options.texts?.()}
          note={options.markingOn() ? (source.note?.() ?? null) : null}
          onActivate={(iso2) => {
            if (iso2 === active) return;
            active = iso2;
            draw();
          }}
          onStep={step}
          onClose={close}
        />
      </PageI18nProvider>,
      ui.panelContainer,
    );
    ui.update();
  }

  function panelFocusables(): HTMLElement[] {
    return Array.from(
      ui.panelContainer.querySelectorAll<HTMLElement>('button:not([disabled]), a[href], [tabindex="0"]'),
    ).filter((el) => el.tabIndex >= 0);
  }

  function focusActive(): void {
    const button =
      ui.panelContainer.querySelector<HTMLElement>('button.state-button[tabindex="0"]') ??
      ui.panelContainer.querySelector<HTMLElement>('button.close');
    button?.focus();
  }

  /** Goes to the next (or previous) mention of a State: scrolled to, selected, with its card. */
  function step(iso2: string, delta: 1 | -1): void {
    active = iso2;
    const run = ++stepRun;
    const total = source.countsByState().get(iso2) ?? 0;
    if (total === 0) {
      draw();
      return;
    }
    const current = positions.get(iso2);
    const next = current === undefined ? (delta === 1 ? 0 : total - 1) : (current + delta + total) % total;
    positions.set(iso2, next);
    const show = (shown: ShownMention | null) => {
      if (run !== stepRun || !isOpen) return;
      if (!shown) {
        draw();
        return;
      }
      const { range } = shown;
      const selection = doc.getSelection();
      if (selection) {
        selection.removeAllRanges();
        selection.addRange(range.cloneRange());
      }
      card.openFor({ iso2, range }, 'keyboard');
      position = { iso2, n: next + 1, total, context: shown.context };
      draw();
    };
    const shown = source.show(iso2, next);
    if (shown instanceof Promise) void shown.then(show, () => show(null));
    else show(shown);
  }

  function open(): void {
    if (isOpen) {
      focusActive();
      return;
    }
    ui.attach();
    const focused = doc.activeElement;
    returnFocus = focused && focused !== ui.element ? focused : null;
    isOpen = true;
    position = null;
    const lang = options.language();
    if (pageMessagesLoaded(lang)) {
      draw();
      focusActive();
      return;
    }
    // The first open on a UN page waits for the strings (asked of the background).
    void loadPageMessages(lang).then(
      () => {
        if (!isOpen) return;
        draw();
        focusActive();
      },
      (error: unknown) => console.error('EndReprisals: the panel’s strings could not be loaded', error),
    );
  }

  function close(): void {
    if (!isOpen) return;
    isOpen = false;
    if (card.openedBy === 'keyboard') card.close();
    render(null, ui.panelContainer);
    ui.update();
    const target = returnFocus as HTMLElement | null;
    returnFocus = null;
    if (target && target.isConnected && target !== doc.body && typeof target.focus === 'function') {
      target.focus({ preventScroll: true });
    } else {
      (ui.activeElement() as HTMLElement | null)?.blur();
    }
  }

  ui.onKey((event) => {
    if (!isOpen || !event.isTrusted) return;
    if (event.key === 'Escape') {
      event.preventDefault();
      event.stopPropagation();
      const inCard = cardHost.focusables().includes(ui.activeElement() as HTMLElement);
      if (card.isOpen && (inCard || card.openedBy === 'keyboard')) {
        card.close();
        focusActive();
      } else {
        close();
      }
      return;
    }
    if (event.key !== 'Tab') return;
    // Focus stays in the dialog. The card the panel opened belongs to the State it is open for:
    // its one Tab stop comes right after that State's entry, then the rest of the panel, round again.
    const inPanel = panelFocusables();
    const entry = inPanel.findIndex((el) => el.classList.contains('state-button') && el.tabIndex === 0);
    const inCard = card.isOpen ? cardHost.focusables() : [];
    const items = entry >= 0 ? [...inPanel.slice(0, entry + 1), ...inCard, ...inPanel.slice(entry + 1)] : [...inPanel, ...inCard];
    if (items.length === 0) return;
    const at = items.indexOf(ui.activeElement() as HTMLElement);
    const next = event.shiftKey ? (at <= 0 ? items.length - 1 : at - 1) : at === items.length - 1 ? 0 : at + 1;
    event.preventDefault();
    items[next]!.focus();
  }, signal);

  signal.addEventListener('abort', () => {
    if (isOpen) render(null, ui.panelContainer);
    isOpen = false;
  });

  return {
    open,
    close,
    refresh: draw,
    get isOpen() {
      return isOpen;
    },
    inset() {
      if (!isOpen) return { left: 0, right: 0 };
      return options.language() === 'ar' ? { left: PANEL_ROOM, right: 0 } : { left: 0, right: PANEL_ROOM };
    },
  };
}
