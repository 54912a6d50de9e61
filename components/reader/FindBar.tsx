import { useEffect, useRef, useState } from 'preact/hooks';
import { useI18n } from '@/components/I18nContext';
import { Icon } from './icons';
import type { FindResult, ReaderController } from './reader-controller';

/** pdf.js FindState values (web/pdf_find_controller.js). */
const NOT_FOUND = 1;
const PENDING = 3;

/**
 * Search inside the document (pdf.js's find controller: every page's text, highlighted in the
 * text layer). Enter finds the next match, Shift+Enter the previous one, Escape closes.
 */
export function FindBar({
  controller,
  result,
  focusRequest,
  onClose,
}: {
  controller: ReaderController;
  result: FindResult | null;
  /** Changes each time the search should take the focus (Ctrl+F). */
  focusRequest: number;
  onClose: () => void;
}) {
  const { t } = useI18n();
  const input = useRef<HTMLInputElement>(null);
  const [query, setQuery] = useState(result?.query ?? '');

  useEffect(() => {
    input.current?.focus();
    input.current?.select();
  }, [focusRequest]);

  const close = () => {
    controller.closeFind();
    onClose();
  };
  const step = (previous: boolean) => {
    if (query.trim()) controller.find(query, { again: true, previous });
  };

  const shown = result && result.query === query && query.trim() ? result : null;
  const status = !shown
    ? ''
    : shown.state === PENDING && shown.total === 0
      ? ''
      : shown.state === NOT_FOUND || shown.total === 0
        ? t('readerFindNone')
        : t('readerFindCount', { current: shown.current, total: shown.total });

  return (
    <div class="reader-find" role="search">
      <label class="sr-only" for="reader-find-input">
        {t('readerFindLabel')}
      </label>
      <input
        id="reader-find-input"
        ref={input}
        type="search"
        class={`reader-find__input${shown && shown.state === NOT_FOUND ? ' reader-find__input--none' : ''}`}
        placeholder={t('readerFindLabel')}
        value={query}
        aria-describedby="reader-find-status"
        onInput={(e) => {
          const value = e.currentTarget.value;
          setQuery(value);
          if (value.trim()) controller.find(value);
          else controller.closeFind();
        }}
        onKeyDown={(e) => {
          if (e.key === 'Enter') {
            e.preventDefault();
            step(e.shiftKey);
          } else if (e.key === 'Escape') {
            e.preventDefault();
            close();
          }
        }}
      />
      <button type="button" class="reader-tool" aria-label={t('readerFindPrevious')} title={t('readerFindPrevious')} onClick={() => step(true)}>
        <Icon name="up" />
      </button>
      <button type="button" class="reader-tool" aria-label={t('readerFindNext')} title={t('readerFindNext')} onClick={() => step(false)}>
        <Icon name="down" />
      </button>
      <p id="reader-find-status" class="reader-find__status" role="status" aria-live="polite">
        {status}
      </p>
      <button type="button" class="reader-tool reader-find__close" aria-label={t('readerFindClose')} title={t('readerFindClose')} onClick={close}>
        <Icon name="close" />
      </button>
    </div>
  );
}
