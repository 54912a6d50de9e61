import { useEffect, useMemo, useRef, useState } from 'preact/hooks';
import { useI18n } from '@/components/I18nContext';
import { SettingsProvider, useSettings } from '@/components/ui/SettingsContext';
import { UiLanguageProvider } from '@/components/ui/UiLanguageProvider';
import { dataLanguageOf } from '@/lib/i18n';
import { documentLanguage } from '@/lib/reader/document-language';
import { pdfFileName } from '@/lib/reader/file-name';
import { isRefusal, resolvePdfSource, type PdfSource } from '@/lib/reader/pdf-source';
import { parseReaderRequest } from '@/lib/reader/reader-address';
import { FindBar } from './FindBar';
import { OutlinePanel } from './OutlinePanel';
import { ReaderController } from './reader-controller';
import { ReaderContext } from './ReaderContext';
import { ReaderProblem } from './ReaderProblem';
import { ReaderStatus } from './ReaderStatus';
import { ReaderToolbar } from './ReaderToolbar';
import { useDocumentLoad } from './useDocumentLoad';
import { useDocumentTitle } from './useDocumentTitle';
import { useReaderMarks } from './useReaderMarks';
import { useReaderState } from './useReaderState';

export function ReaderApp() {
  return (
    <SettingsProvider>
      <UiLanguageProvider>
        <ReaderPage />
      </UiLanguageProvider>
    </SettingsProvider>
  );
}

const OUTLINE_ID = 'reader-outline';

function ReaderPage() {
  const { t, lang } = useI18n();
  // The address is read once: a later language switch must not fetch the document again.
  const [lang0] = useState(lang);
  const request = useMemo(() => parseReaderRequest(location.search, location.hash), []);
  const resolved = useMemo(() => {
    if (!request) return null;
    return resolvePdfSource(request.src, request.lang, { fallbackLang: dataLanguageOf(lang0) });
  }, [request, lang0]);
  const source: PdfSource | null = resolved && !isRefusal(resolved) ? resolved : null;

  const container = useRef<HTMLDivElement>(null);
  const [controller, setController] = useState<ReaderController | null>(null);
  useEffect(() => {
    if (!container.current) return undefined;
    const created = new ReaderController(container.current, t);
    setController(created);
    return () => created.destroy();
    // One controller for the page's life; labels follow the language the page opened in.
  }, []);

  const [attempt, setAttempt] = useState(0);
  const phase = useDocumentLoad(source, controller, attempt);
  const state = useReaderState(controller);
  const [findOpen, setFindOpen] = useState(false);
  const [findFocus, setFindFocus] = useState(0);
  const [outlineOpen, setOutlineOpen] = useState(false);
  const ready = phase.kind === 'ready';
  const title = useDocumentTitle(controller, source, ready);
  const { settings } = useSettings();
  const openStatesPanel = useReaderMarks({
    controller,
    ready,
    markingOn: settings.marking.enabled,
    markStates: settings.markStates,
    statementLanguage: settings.statementLanguage,
    lang,
    t,
    documentLanguage: (pdfLang) => documentLanguage(pdfLang, request?.src, request?.lang ?? dataLanguageOf(lang0)),
  });

  useEffect(() => {
    // Ctrl+F (⌘F) searches the document, not the page around it, which holds only the toolbar.
    const onKey = (event: KeyboardEvent) => {
      if ((event.ctrlKey || event.metaKey) && !event.altKey && event.key.toLowerCase() === 'f') {
        event.preventDefault();
        setFindOpen(true);
        setFindFocus((n) => n + 1);
      }
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, []);

  const original = source?.original ?? (resolved && isRefusal(resolved) ? resolved.original : null);
  const problem = !resolved
    ? ({ kind: 'not-an-address' } as const)
    : isRefusal(resolved)
      ? ({ kind: resolved.refused } as const)
      : phase.kind === 'problem'
        ? phase.problem
        : null;

  return (
    <ReaderContext.Provider value={controller}>
      <div class="reader">
        <ReaderToolbar
          controller={controller}
          state={ready ? state : null}
          title={title}
          fileName={source ? pdfFileName(source.symbol, phase.kind === 'ready' ? phase.finalUrl : source.fetchUrl) : 'document.pdf'}
          original={original}
          findOpen={findOpen}
          onToggleFind={() => {
            if (findOpen) controller?.search?.clear();
            else setFindFocus((n) => n + 1);
            setFindOpen(!findOpen);
          }}
          outline={{ id: OUTLINE_ID, open: outlineOpen, onToggle: () => setOutlineOpen(!outlineOpen) }}
          onOpenStates={openStatesPanel}
        />
        {findOpen && ready && controller?.search && (
          <FindBar
            search={controller.search}
            focusRequest={findFocus}
            onClose={() => {
              setFindOpen(false);
              // Back to the pages, where the keys scroll again.
              container.current?.focus();
            }}
          />
        )}
        {ready && state?.textFound === false && (
          <p class="reader-notice" role="status">
            {t('readerNoText')}
          </p>
        )}
        <div class="reader-body">
          {ready && outlineOpen && state && state.outline.length > 0 && controller && (
            <OutlinePanel id={OUTLINE_ID} items={state.outline} controller={controller} />
          )}
          <main class="reader-main">
            {/* pdf.js draws the pages here; it needs an absolutely positioned container holding one div. */}
            {/* Laid out (not display:none) while the document opens, so the first zoom fits its width. */}
            <div
              id="viewerContainer"
              class={`reader-container${ready ? '' : ' reader-container--waiting'}`}
              ref={container}
              tabIndex={ready ? 0 : -1}
              dir="ltr"
              role="region"
              aria-label={t('readerDocument')}
              aria-hidden={ready ? undefined : 'true'}
            >
              <div class="pdfViewer" />
            </div>
            {problem ? (
              <ReaderProblem
                problem={problem}
                original={original}
                onRetry={problem.kind === 'network' || problem.kind === 'password' ? () => setAttempt((n) => n + 1) : null}
              />
            ) : (
              !ready && <ReaderStatus phase={phase} original={original} />
            )}
          </main>
        </div>
      </div>
    </ReaderContext.Provider>
  );
}
