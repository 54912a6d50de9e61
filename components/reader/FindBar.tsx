import { useEffect, useRef, useState } from 'preact/hooks';
import { useI18n } from '@/components/I18nContext';
import type { DocumentSearch, SearchState } from '@/lib/reader/document-search';
import { Icon } from './icons';

function useSearchState(search: DocumentSearch): SearchState {
  const [state, setState] = useState(search.getState());
  useEffect(() => {
    setState(search.getState());
    return search.subscribe(setState);
  }, [search]);
  return state;
}

/**
 * Search inside the document: every page's text, matches painted on the pages. Enter finds the
 * next match, Shift+Enter the previous one, Escape closes.
 */
export function FindBar({
  search,
  focusRequest,
  onClose,
}: {
  search: DocumentSearch;
  /** Changes each time the search should take the focus (Ctrl+F). */
  focusRequest: number;
  onClose: () => void;
}) {
  const { t } = useI18n();
  const input = useRef<HTMLInputElement>(null);
  const state = useSearchState(search);
  const [query, setQuery] = useState(state.query);

  useEffect(() => {
    input.current?.focus();
    input.current?.select();
  }, [focusRequest]);

  const close = () => {
    search.clear();
    onClose();
  };

  const searching = query.trim() !== '' && state.query === query;
  const status = !searching
    ? ''
    : state.total > 0 && state.current > 0
      ? t('readerFindCount', { current: state.current, total: state.total })
      : state.done
        ? t('readerFindNone')
        : '';
  const none = searching && state.done && state.total === 0;

  return (
    <div class="reader-find" role="search">
      <label class="sr-only" for="reader-find-input">
        {t('readerFindLabel')}
      </label>
      <input
        id="reader-find-input"
        ref={input}
        type="search"
        class={`reader-find__input${none ? ' reader-find__input--none' : ''}`}
        placeholder={t('readerFindLabel')}
        value={query}
        aria-describedby="reader-find-status"
        onInput={(e) => {
          const value = e.currentTarget.value;
          setQuery(value);
          void search.search(value);
        }}
        onKeyDown={(e) => {
          if (e.key === 'Enter') {
            e.preventDefault();
            search.step(e.shiftKey);
          } else if (e.key === 'Escape') {
            e.preventDefault();
            close();
          }
        }}
      />
      <button type="button" class="reader-tool" aria-label={t('readerFindPrevious')} title={t('readerFindPrevious')} onClick={() => search.step(true)}>
        <Icon name="up" />
      </button>
      <button type="button" class="reader-tool" aria-label={t('readerFindNext')} title={t('readerFindNext')} onClick={() => search.step(false)}>
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
