import { useEffect, useRef, useState } from 'preact/hooks';
import type { Translate } from '@/lib/i18n';
import type { UiLanguage } from '@/lib/i18n/languages';
import { loadStateMatcher } from '@/lib/matcher';
import { onPanelCommandInThisTab } from '@/lib/platform/panel-command';
import { openOwnPageBeside } from '@/lib/platform/open-tab';
import { highlightCss, installDocumentStyle } from '@/lib/marking/highlight-style';
import { createHighlightLayer } from '@/lib/marking/highlights';
import { findForMarkStates, markLevelOf, type MarkStates } from '@/lib/marking/mark-levels';
import type { FindStates } from '@/lib/reader/page-mentions';
import type { Settings } from '@/lib/settings';
import { stateCardModel } from '@/lib/state-brief/card-model';
import { pageStateSummaries } from '@/lib/state-brief/panel-summary';
import { packagedPageData } from '@/lib/platform/packaged-files';
import { bundledPageMessages } from '@/lib/i18n/page-catalogue';
import { statementLanguageFor } from '@/lib/state-brief/statement-language';
import { createPageLayer } from '@/components/page-ui/page-layer';
import type { PanelController, PanelSource } from '@/components/panel/panel-controller';
import { mentionContext } from '@/lib/state-brief/panel-model';
import { ReaderMarks } from '@/lib/reader/reader-marks';
import type { ReaderController } from './reader-controller';

/**
 * The panel sits below the reader's toolbar rather than over it. The toolbar's height (it wraps on
 * narrow windows) comes in as a custom property, which inherits into the shadow root.
 */
const TOOLBAR_BOTTOM = '--reader-toolbar-bottom';
const READER_UI_CSS = `.panel-frame { top: calc(var(${TOOLBAR_BOTTOM}, 48px) + 8px); } .panel { max-height: calc(100vh - var(${TOOLBAR_BOTTOM}, 48px) - 16px); }`;
/** Set on the root while the pointer rests on a mark: the text layer's own cursor is a text cursor. */
const ON_MARK_CLASS = 'reader-on-mark';

export interface ReaderMarksInput {
  controller: ReaderController | null;
  /** The document is open. */
  ready: boolean;
  markingOn: boolean;
  /** Which States are marked (all, or those linked to the campaign), as on web pages. */
  markStates: MarkStates;
  /** The language of the card's statement paragraphs ('page': the document's). */
  statementLanguage: Settings['statementLanguage'];
  lang: UiLanguage;
  t: Translate;
  /** The language the document is in, when the PDF does not say (see documentLanguage). */
  documentLanguage: (pdfLang: unknown) => string | undefined;
}

/** Ctrl+Shift+9 (⌘⇧9): the default shortcut, for when the browser has not taken it for the command. */
function isPanelShortcut(event: KeyboardEvent): boolean {
  return (event.ctrlKey || event.metaKey) && event.shiftKey && !event.altKey && (event.code === 'Digit9' || event.key === '9');
}

/**
 * The State marks, card and panel in the reader, made of the very parts the content script uses
 * on UN pages: the highlight styles, the card (components/card) and "States on this page"
 * (components/panel), here listing the States of the whole document with their pages. The card
 * and the panel live in the same closed shadow root element as on web pages. Returns what opens
 * the panel (the toolbar's button), once the document is open.
 */
export function useReaderMarks({ controller, ready, markingOn, markStates, statementLanguage, lang, t, documentLanguage }: ReaderMarksInput): (() => void) | null {
  const current = useRef({ markingOn, markStates, statementLanguage, lang, t });
  current.current = { markingOn, markStates, statementLanguage, lang, t };
  const parts = useRef<{ panel: PanelController; apply: (restart: boolean) => void } | null>(null);
  const [openPanel, setOpenPanel] = useState<(() => void) | null>(null);

  useEffect(() => {
    // The matcher is compiled while the document downloads (in slices: the page stays responsive).
    if (markingOn) void loadStateMatcher();
  }, [markingOn]);

  useEffect(() => {
    const pdf = controller?.document;
    if (!controller || !ready || !pdf) return undefined;
    const abort = new AbortController();
    const { signal } = abort;
    const style = installDocumentStyle(document, highlightCss('light'));

    /** The document's language (its /Lang, else the address's): for the matcher and the statement paragraphs. */
    const language = pdf.getMetadata().then(
      ({ info }) => documentLanguage((info as { Language?: unknown }).Language),
      () => documentLanguage(undefined),
    );
    let pageLanguage: string | undefined;
    void language.then((found) => (pageLanguage = found));

    const makeMarks = () => {
      const markStates = current.current.markStates;
      let finder: Promise<FindStates> | undefined;
      return new ReaderMarks({
        host: controller,
        pagesCount: pdf.numPages,
        finder: () =>
          (finder ??= Promise.all([loadStateMatcher(), language]).then(([matcher, found]) => {
            const find = findForMarkStates((text, context) => matcher.find(text, context), markStates);
            return (text: string) => find(text, { pageLanguage: found });
          })),
        // States linked to the campaign marked clearly, the others quietly, as on web pages.
        layer: createHighlightLayer(markLevelOf),
        onChange: () => panel.refresh(),
      });
    };
    let marks = makeMarks();
    let marksFor = current.current.markStates;

    const toolbar = document.querySelector<HTMLElement>('.reader-bar');
    const toolbarSize = new ResizeObserver(() => {
      document.documentElement.style.setProperty(TOOLBAR_BOTTOM, `${Math.round(toolbar?.getBoundingClientRect().bottom ?? 48)}px`);
    });
    if (toolbar) toolbarSize.observe(toolbar);
    const source: PanelSource = {
      countsByState: () => marks.mentions.countsByState(),
      pagesOf: (iso2) => marks.mentions.pagesOf(iso2),
      show: async (iso2, n) => {
        const shown = await marks.reveal(iso2, n);
        if (!shown) return null;
        const { mention, page } = shown;
        const words = mentionContext(shown.pageText, mention.start, mention.stop);
        return { range: shown.range, context: `${current.current.t('readerPageLandmark', { page })}: ${words}` };
      },
      note: () =>
        marks.mentions.complete ? null : current.current.t('readerStatesReading', { read: marks.mentions.pagesRead, count: marks.mentions.pagesCount }),
    };
    const { ui, card, panel } = createPageLayer({
      doc: document,
      css: { after: READER_UI_CSS },
      language: () => current.current.lang,
      markingOn: () => current.current.markingOn,
      // An extension page reads the data itself: the card is made here, not asked of the background.
      model: async (iso2, uiLang) =>
        stateCardModel(iso2.toUpperCase(), uiLang, statementLanguageFor(current.current.statementLanguage, pageLanguage, uiLang), await packagedPageData()),
      strings: bundledPageMessages,
      summaries: async (iso2s, uiLang) => pageStateSummaries(iso2s, uiLang, await packagedPageData()),
      openPage: openOwnPageBeside,
      source,
      hitTest: (x, y) => marks.hitTest(x, y),
      setPointer: (on) => document.documentElement.classList.toggle(ON_MARK_CLASS, on && marks.isRunning),
      signal,
      texts: () => {
        const tr = current.current.t;
        return { title: tr('readerStates'), noStates: tr('readerStatesNone'), markingOff: tr('readerStatesOff'), pages: tr('readerStatesPages') };
      },
    });

    const apply = (restart: boolean) => {
      if (restart) card.close();
      if (current.current.markStates !== marksFor) {
        // Marked again from the start with the other set of States.
        marks.stop();
        marks = makeMarks();
        marksFor = current.current.markStates;
      }
      if (current.current.markingOn) marks.start();
      else {
        card.close();
        marks.stop();
        document.documentElement.classList.remove(ON_MARK_CLASS);
      }
      panel.refresh();
    };
    parts.current = { panel, apply };
    apply(false);
    // pdf.js may have started drawing the first page before this: its marks are read now.
    if (current.current.markingOn) marks.prefetch(controller.getState().pageNumber);

    window.addEventListener(
      'keydown',
      (event) => {
        if (!event.isTrusted || !isPanelShortcut(event)) return;
        event.preventDefault();
        panel.open();
      },
      { signal },
    );
    // The shortcut as the browser hands it to the extension (it never reaches the page then).
    const stopPanelCommand = onPanelCommandInThisTab(() => panel.open());
    setOpenPanel(() => () => panel.open());

    return () => {
      abort.abort();
      toolbarSize.disconnect();
      stopPanelCommand();
      parts.current = null;
      setOpenPanel(null);
      panel.close();
      marks.stop();
      ui.destroy();
      style.remove();
      document.documentElement.classList.remove(ON_MARK_CLASS);
    };
    // documentLanguage is read once per document, like the address it comes from.
  }, [controller, ready]);

  const applied = useRef({ lang, statementLanguage, markStates });
  useEffect(() => {
    const before = applied.current;
    applied.current = { lang, statementLanguage, markStates };
    parts.current?.apply(before.lang !== lang || before.statementLanguage !== statementLanguage || before.markStates !== markStates);
  }, [markingOn, markStates, statementLanguage, lang]);

  return openPanel;
}
