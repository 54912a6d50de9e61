import { UN_SITE_MATCHES } from '@/lib/un-sites';
import { createMarker } from '@/lib/marking/marker';
import { findWithPageLanguage } from '@/lib/marking/find-adapter';
import { highlightCss, installDocumentStyle, pageTheme, pointerCursor, type DocumentStyle } from '@/lib/marking/highlight-style';
import { loadPageSettings, onPageSettingsChanged, type PageSettings } from '@/lib/platform/page-settings';
import { markingOnFor } from '@/lib/marking/site-switch';
import type { FindMatches } from '@/lib/marking/types';
import { askPageStates, askPageStrings, askStateCard, askToOpenPage, listenInPage } from '@/lib/platform/page-messages';
import { createHighlightLayer } from '@/lib/marking/highlights';
import { findForMarkStates, markLevelOf } from '@/lib/marking/mark-levels';
import { statementLanguageFor } from '@/lib/state-brief/statement-language';
import type { StateCardModel } from '@/lib/state-brief/types';
import { getStateMatcher, loadStateMatcher } from '@/lib/matcher';
import { resolveUiLanguage } from '@/lib/ui-language';
import { THEME_CSS } from '@/components/page-ui/theme-css';
import { createPageLayer } from '@/components/page-ui/page-layer';
import { markerSource } from '@/components/panel/panel-controller';
// The highlight rules, in place before the page is first styled (see highlight-style.ts).
import './highlights.css';

/**
 * Marks State names on UN pages with CSS highlights (the page's DOM is never changed), shows a
 * card about reprisals for each, and lists them in "States on this page". Test pages:
 * https://www.ohchr.org/en/reprisals, https://news.un.org/en/, https://undocs.org/A/HRC/51/47.
 */
export default defineContentScript({
  matches: UN_SITE_MATCHES,
  runAt: 'document_idle',
  async main(ctx) {
    let settings: PageSettings = await loadPageSettings();
    if (ctx.isInvalid) return;
    const host = location.hostname;
    const language = () => resolveUiLanguage(settings.uiLanguage);
    const markingOn = () => markingOnFor(settings.marking, host);
    const root = document.body;
    if (!root) return;

    let find: FindMatches | undefined;
    /** The settings marking was started with: a change of which States are marked starts it again. */
    let markedStates = settings.markStates;
    /** Dark pages get their own colours on top of highlights.css. */
    let darkStyle: DocumentStyle | null = null;
    const pointer = pointerCursor(document);
    const marker = createMarker({
      root,
      // Compiled in slices before the first scan (in one go it would hold the page up for
      // longer than a long task); getStateMatcher then returns that same matcher.
      ready: () => loadStateMatcher(),
      find: (text, context) => (find ??= findForMarkStates(findWithPageLanguage(getStateMatcher()), settings.markStates))(text, context),
      // States linked to the campaign marked clearly, the others quietly (see mark-levels.ts).
      layer: createHighlightLayer(markLevelOf),
      // ctx.isInvalid also notices an extension that was updated or reloaded under us (the
      // browser leaves this script orphaned in the page), and tears everything down.
      whenIdle: (work) => {
        if (!ctx.isInvalid) ctx.requestIdleCallback(() => work(), { timeout: 300 });
      },
      onChange: () => panel.refresh(),
    });

    /** Cards already asked for, by State, language and statement language (the data does not change while the page is open). */
    const cards = new Map<string, Promise<StateCardModel | undefined>>();
    const cardModel = (iso2: string, lang: ReturnType<typeof language>): Promise<StateCardModel | undefined> => {
      const statementLang = statementLanguageFor(settings.statementLanguage, document.documentElement.lang, lang);
      const key = `${iso2}|${lang}|${statementLang}`;
      let model = cards.get(key);
      if (!model) {
        model = askStateCard({ iso2: iso2.toUpperCase(), lang, statementLang }).then(
          (answer) => answer ?? undefined,
          (error: unknown) => {
            cards.delete(key); // asked again next time (the background may have been restarting)
            throw error;
          },
        );
        cards.set(key, model);
      }
      return model;
    };

    const { ui, card, panel } = createPageLayer({
      doc: document,
      css: { before: THEME_CSS },
      language,
      markingOn,
      model: (iso2, lang) => (ctx.isInvalid ? undefined : cardModel(iso2, lang)),
      strings: (lang) => askPageStrings({ lang }),
      summaries: (iso2s, lang) => (ctx.isInvalid ? Promise.resolve([]) : askPageStates({ iso2s, lang })),
      // The background refuses what it must (see lib/platform/background/open-page.ts).
      openPage: askToOpenPage,
      source: markerSource(marker),
      hitTest: (x, y) => (marker.running ? marker.hitTest(x, y) : null),
      setPointer: (on) => pointer.set(on && marker.running),
      signal: ctx.signal,
    });

    function apply(): void {
      if (markingOn()) {
        if (!darkStyle && pageTheme(document) === 'dark') {
          darkStyle = installDocumentStyle(document, highlightCss('dark'));
        }
        void marker.start();
      } else {
        card.close();
        marker.stop();
        pointer.set(false);
        darkStyle?.remove();
        darkStyle = null;
      }
      panel.refresh();
    }

    const stopWatchingSettings = onPageSettingsChanged((next) => {
      const languageChanged = next.uiLanguage !== settings.uiLanguage || next.statementLanguage !== settings.statementLanguage;
      settings = next;
      if (languageChanged) card.close();
      if (next.markStates !== markedStates) {
        // Marked again from the start with the other set of States.
        markedStates = next.markStates;
        find = undefined;
        card.close();
        marker.stop();
      }
      apply();
    });

    const stopListening = listenInPage({
      'er:marking-status': () => ({ host, on: markingOn(), marks: marker.index.mentionCount }),
      'er:open-panel': () => {
        panel.open();
        return { opened: true };
      },
    });

    // Single-page navigation: the old card points at content that is going away; new content
    // arrives through the mutation observer, and one rescan afterwards catches what it missed.
    ctx.addEventListener(window, 'wxt:locationchange', () => {
      card.close();
      ctx.setTimeout(() => {
        if (marker.running) void marker.rescan();
      }, 500);
    });

    ctx.onInvalidated(() => {
      stopWatchingSettings();
      stopListening();
      panel.close();
      marker.stop();
      pointer.remove();
      darkStyle?.remove();
      ui.destroy();
    });

    apply();
  },
});
