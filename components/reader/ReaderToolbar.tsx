import { useEffect, useState } from 'preact/hooks';
import { useI18n } from '@/components/I18nContext';
import { downloadBlob } from '@/lib/platform/download';
import { Icon } from './icons';
import type { ReaderController, ReaderState } from './reader-controller';

const ZOOM_PRESETS = ['auto', 'page-width', 'page-fit'] as const;
const ZOOM_PERCENTS = [50, 75, 100, 125, 150, 200, 300, 400];

export interface ReaderToolbarProps {
  controller: ReaderController | null;
  /** Null until a document is open: the document controls are not shown before. */
  state: ReaderState | null;
  title: string | null;
  fileName: string;
  original: string | null;
  findOpen: boolean;
  onToggleFind: () => void;
  outline: { id: string; open: boolean; onToggle: () => void };
  /** Opens "States in this document" (there once the document is open). */
  onOpenStates: (() => void) | null;
}

export function ReaderToolbar({ controller, state, title, fileName, original, findOpen, onToggleFind, outline, onOpenStates }: ReaderToolbarProps) {
  const { t } = useI18n();
  return (
    <header class="reader-bar">
      <div class="reader-bar__start">
        <span class="reader-brand" aria-hidden="true">
          #
        </span>
        {state && state.outline.length > 0 && (
          <button
            type="button"
            class="reader-tool"
            aria-expanded={outline.open}
            aria-controls={outline.id}
            title={t('readerOutlineShow')}
            onClick={outline.onToggle}
          >
            <Icon name="outline" />
            <span class="reader-tool__text">{t('readerOutline')}</span>
          </button>
        )}
        <h1 class="reader-title" title={title ?? undefined}>
          <bdi>{title ?? t('readerName')}</bdi>
        </h1>
      </div>
      {state && controller && (
        <div class="reader-bar__controls" role="group" aria-label={t('readerToolbar')}>
          <PageControls controller={controller} state={state} />
          <ZoomControls controller={controller} state={state} />
          <button
            type="button"
            class="reader-tool"
            aria-expanded={findOpen}
            aria-keyshortcuts="Control+F"
            title={t('readerFind')}
            aria-label={t('readerFind')}
            onClick={onToggleFind}
          >
            <Icon name="search" />
          </button>
          {onOpenStates && (
            <button
              type="button"
              class="reader-tool"
              aria-haspopup="dialog"
              aria-keyshortcuts="Control+Shift+9"
              aria-label={t('readerStates')}
              title={`${t('readerStates')} (Ctrl+Shift+9)`}
              onClick={onOpenStates}
            >
              <Icon name="states" />
              <span class="reader-tool__text">{t('readerStatesShort')}</span>
            </button>
          )}
        </div>
      )}
      <div class="reader-bar__end">
        {original && (
          <a class="reader-tool reader-tool--link" href={original} target="_blank" rel="noopener noreferrer" title={t('readerOriginalTitle', { url: original })}>
            <Icon name="external" />
            <span class="reader-tool__text">{t('readerOriginal')}</span>
            <span class="sr-only"> {t('popupNewTab')}</span>
          </a>
        )}
        {state && controller && <DownloadButton controller={controller} fileName={fileName} />}
      </div>
    </header>
  );
}

function PageControls({ controller, state }: { controller: ReaderController; state: ReaderState }) {
  const { t } = useI18n();
  const [typed, setTyped] = useState(String(state.pageNumber));
  useEffect(() => setTyped(String(state.pageNumber)), [state.pageNumber]);
  const go = () => {
    const n = Number(typed);
    if (Number.isInteger(n) && n >= 1 && n <= state.pagesCount) controller.goToPage(n);
    else setTyped(String(state.pageNumber));
  };
  return (
    <div class="reader-pages">
      <button type="button" class="reader-tool" aria-label={t('readerPreviousPage')} title={t('readerPreviousPage')} disabled={state.pageNumber <= 1} onClick={() => controller.goToPage(state.pageNumber - 1)}>
        <Icon name="up" />
      </button>
      <input
        class="reader-pages__input"
        type="text"
        inputMode="numeric"
        aria-label={t('readerPageNumber')}
        value={typed}
        size={3}
        onInput={(e) => setTyped(e.currentTarget.value)}
        onKeyDown={(e) => {
          if (e.key === 'Enter') go();
        }}
        onBlur={go}
      />
      <span class="reader-pages__count">{t('readerPageCount', { count: state.pagesCount })}</span>
      <button
        type="button"
        class="reader-tool"
        aria-label={t('readerNextPage')}
        title={t('readerNextPage')}
        disabled={state.pageNumber >= state.pagesCount}
        onClick={() => controller.goToPage(state.pageNumber + 1)}
      >
        <Icon name="down" />
      </button>
    </div>
  );
}

function ZoomControls({ controller, state }: { controller: ReaderController; state: ReaderState }) {
  const { t } = useI18n();
  const presetLabel = { auto: t('readerZoomAuto'), 'page-width': t('readerZoomPageWidth'), 'page-fit': t('readerZoomPageFit') };
  const isPreset = (ZOOM_PRESETS as readonly string[]).includes(state.scaleValue);
  const percent = Math.round(state.scale * 100);
  const listed = ZOOM_PERCENTS.includes(percent) && !isPreset;
  return (
    <div class="reader-zoom">
      <button type="button" class="reader-tool" aria-label={t('readerZoomOut')} title={t('readerZoomOut')} onClick={() => controller.zoom(-1)}>
        <Icon name="minus" />
      </button>
      <select aria-label={t('readerZoom')} value={isPreset ? state.scaleValue : listed ? String(percent / 100) : 'custom'} onChange={(e) => {
        const value = e.currentTarget.value;
        if (value !== 'custom') controller.setScale(value);
      }}>
        {ZOOM_PRESETS.map((preset) => (
          <option key={preset} value={preset}>
            {presetLabel[preset]}
          </option>
        ))}
        {ZOOM_PERCENTS.map((p) => (
          <option key={p} value={String(p / 100)}>{`${p} %`}</option>
        ))}
        {!isPreset && !listed && <option value="custom">{`${percent} %`}</option>}
      </select>
      <button type="button" class="reader-tool" aria-label={t('readerZoomIn')} title={t('readerZoomIn')} onClick={() => controller.zoom(1)}>
        <Icon name="plus" />
      </button>
    </div>
  );
}

/** Saves the PDF as it was downloaded (pdf.js hands back the same bytes); nothing is fetched again. */
function DownloadButton({ controller, fileName }: { controller: ReaderController; fileName: string }) {
  const { t } = useI18n();
  const download = async () => {
    const data = await controller.document?.getData();
    if (data) downloadBlob(fileName, new Blob([data as BlobPart], { type: 'application/pdf' }));
  };
  return (
    <button type="button" class="reader-tool" title={t('readerDownloadTitle')} onClick={() => void download()}>
      <Icon name="download" />
      <span class="reader-tool__text">{t('readerDownload')}</span>
    </button>
  );
}
