import '@/lib/zod-jitless';
import { UN_SITE_MATCHES } from '@/lib/un-sites';
import { createMarker } from '@/lib/marking/marker';
import { MARK_TAG } from '@/lib/marking/mark-element';
import { markingOnFor } from '@/lib/marking/site-switch';
import { listen, send } from '@/lib/messages';
import { getStateMatcher, loadStateMatcher } from '@/lib/matcher';
import { loadSettings, onSettingsChanged } from '@/lib/settings-store';
import { resolveUiLanguage } from '@/lib/ui-language';
import type { Settings } from '@/lib/settings';
import { cardModel, markLabel } from '@/components/card/card-model';
import { createCardHost } from '@/components/card/card-host';
import { createCardController } from '@/components/card/card-controller';

/**
 * Marks State names on UN pages and shows a card about reprisals for each. Test pages:
 * https://www.ohchr.org/en/reprisals, https://news.un.org/en/, https://undocs.org/A/HRC/51/47
 * (test-only builds with E2E_LOCAL_HOSTS=1 also run on 127.0.0.1 and localhost; see wxt.config.ts).
 */
export default defineContentScript({
  matches: UN_SITE_MATCHES,
  runAt: 'document_idle',
  async main(ctx) {
    let settings: Settings = await loadSettings();
    if (ctx.isInvalid) return;
    const host = location.hostname;
    const language = () => resolveUiLanguage(settings.uiLanguage);
    const root = document.body;
    if (!root) return;

    const marker = createMarker({
      root,
      // Compiled in slices before the first scan (in one go it would hold the page up for
      // longer than a long task); getStateMatcher then returns that same matcher.
      ready: () => loadStateMatcher(),
      find: (text) => getStateMatcher().find(text),
      label: (iso2) => markLabel(iso2, language()),
      // ctx.isInvalid also notices an extension that was updated or reloaded under us (the
      // browser leaves this script orphaned in the page), and tears everything down.
      whenIdle: (work) => {
        if (!ctx.isInvalid) ctx.requestIdleCallback(() => work(), { timeout: 300 });
      },
    });
    const cardHost = createCardHost(document, {
      onOpenPage: (path) => {
        controller.close();
        // The background refuses what it must (see lib/background/open-page.ts); nothing to show here.
        void send('er:open-page', { path }).catch(() => undefined);
      },
      onClose: () => controller.close(),
    });
    const controller = createCardController({
      doc: document,
      host: cardHost,
      language,
      model: (iso2, lang) => (ctx.isInvalid ? undefined : cardModel(iso2, lang)),
      signal: ctx.signal,
    });

    function apply(): void {
      if (markingOnFor(settings.marking, host)) {
        void marker.start();
      } else {
        controller.close();
        marker.stop();
      }
    }

    const stopWatchingSettings = onSettingsChanged((next) => {
      const languageChanged = next.uiLanguage !== settings.uiLanguage;
      settings = next;
      if (languageChanged && marker.running) {
        // Mark labels are in the UI language: mark again with the new ones.
        controller.close();
        marker.stop();
      }
      apply();
    });

    const stopListening = listen({
      'er:marking-status': () => ({ host, on: markingOnFor(settings.marking, host), marks: root.querySelectorAll(MARK_TAG).length }),
    });

    // Single-page navigation: the old card points at content that is going away; new content
    // arrives through the mutation observer, and one rescan afterwards catches what it missed.
    ctx.addEventListener(window, 'wxt:locationchange', () => {
      controller.close();
      ctx.setTimeout(() => {
        if (marker.running) void marker.rescan();
      }, 500);
    });

    ctx.onInvalidated(() => {
      stopWatchingSettings();
      stopListening();
      marker.stop();
      cardHost.destroy();
    });

    apply();
  },
});
