import type { Hit } from '@/lib/marking/hit-test';
import type { UiLanguage } from '@/lib/i18n/languages';
import { setPageMessagesLoader, type PageMessagesLoader } from '@/lib/i18n/page';
import { copyStatement } from '@/lib/platform/copy-statement';
import type { PageStateSummary, StateCardModel } from '@/lib/state-brief/types';
import { createCardController, type CardController } from '@/components/card/card-controller';
import { createCardHost, type CardHost } from '@/components/card/card-host';
import { CARD_CSS } from '@/components/card/card-styles';
import { createPanelController, type PanelController, type PanelSource } from '@/components/panel/panel-controller';
import type { PanelTexts } from '@/components/panel/StatesPanel';
import { PANEL_CSS } from '@/components/panel/panel-styles';
import { createUiHost, type UiHost } from './ui-host';

export interface PageLayerOptions {
  doc: Document;
  /** Styles around the card's and the panel's: the theme before them, the host page's adjustments after. */
  css?: { before?: string; after?: string };
  language: () => UiLanguage;
  markingOn: () => boolean;
  /** Where the card's model comes from: built in the page, or asked of the background. */
  model: (iso2: string, lang: UiLanguage) => Promise<StateCardModel | undefined> | StateCardModel | undefined;
  /** Where the card's and the panel's strings come from: asked of the background, or the page's own bundle. */
  strings: PageMessagesLoader;
  /** How each State the panel lists is linked to the campaign, from the same place as the card's model. */
  summaries: (iso2s: string[], lang: UiLanguage) => Promise<PageStateSummary[]>;
  /** How one of our pages (a case, a letter, a report in the reader) is opened from the card. */
  openPage: (path: string) => Promise<void>;
  /** The marks the panel lists and steps through. */
  source: PanelSource;
  hitTest: (x: number, y: number) => Hit | null;
  setPointer: (on: boolean) => void;
  signal: AbortSignal;
  texts?: () => PanelTexts;
}

export interface PageLayer {
  ui: UiHost;
  cardHost: CardHost;
  card: CardController;
  panel: PanelController;
}

/**
 * The in-page layer over marked text, on UN pages and in the reader alike: the closed shadow root
 * element, the State card (opened from a mark or from the panel) and "States on this page". The
 * caller says where the card's model comes from and how a page is opened; the rest is the same.
 */
export function createPageLayer(options: PageLayerOptions): PageLayer {
  const { doc, signal } = options;
  setPageMessagesLoader(options.strings);
  const ui = createUiHost(doc, (options.css?.before ?? '') + CARD_CSS + PANEL_CSS + (options.css?.after ?? ''));
  const cardHost = createCardHost(doc, ui, {
    onOpenPage: (path) => {
      card.close();
      // Refused or failed, there is nothing to show in the page (the card is already closed).
      void options.openPage(path).catch(() => undefined);
    },
    onCopy: (statement) => copyStatement(doc, statement),
    onClose: () => card.close(),
    inset: () => panel.inset(),
  });
  const card = createCardController({
    doc,
    ui,
    card: cardHost,
    language: options.language,
    model: options.model,
    panelOpen: () => panel.isOpen,
    hitTest: options.hitTest,
    setPointer: options.setPointer,
    signal,
  });
  const panel = createPanelController({
    doc,
    ui,
    source: options.source,
    card,
    cardHost,
    language: options.language,
    markingOn: options.markingOn,
    summaries: options.summaries,
    signal,
    texts: options.texts,
  });
  return { ui, cardHost, card, panel };
}
