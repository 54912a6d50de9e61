import { useMemo, useState } from 'preact/hooks';
import { useI18n } from '@/components/I18nContext';
import { ActedBadge } from '@/components/cases/ActedBadge';
import { useActedOn } from '@/components/popup/ActedOnContext';
import { stateName } from '@/lib/data/states';
import { dataLanguageOf } from '@/lib/i18n';
import { searchMissions } from '@/lib/letters/missions';
import { useSortedStates } from './use-sorted-states';

const SHOWN = 8;

/**
 * A search box over the 195 States (any of the six UN languages) with a results list that
 * arrow keys move through and Enter picks (the ARIA combobox pattern).
 */
export function MissionPicker({ onPick, autoFocus }: { onPick: (iso2: string) => void; autoFocus?: boolean }) {
  const { t, lang } = useI18n();
  const acted = useActedOn();
  const dataLang = dataLanguageOf(lang);
  const states = useSortedStates(lang);
  const [query, setQuery] = useState('');
  const [active, setActive] = useState(0);
  const results = useMemo(() => (query.trim() ? searchMissions(query, states).slice(0, SHOWN) : []), [states, query]);
  const open = results.length > 0;

  const onKeyDown = (event: KeyboardEvent) => {
    if (event.key === 'ArrowDown' && open) {
      event.preventDefault();
      setActive((i) => (i + 1) % results.length);
    } else if (event.key === 'ArrowUp' && open) {
      event.preventDefault();
      setActive((i) => (i - 1 + results.length) % results.length);
    } else if (event.key === 'Enter' && open) {
      event.preventDefault();
      onPick(results[active]!.iso2);
    } else if (event.key === 'Escape' && query) {
      // Clearing the box comes before leaving the view.
      event.preventDefault();
      setQuery('');
    }
  };

  return (
    <div class="combobox">
      <label for="state-search" class="field__label">
        {t('letterStateSearchLabel')}
      </label>
      <input
        id="state-search"
        type="text"
        role="combobox"
        autoComplete="off"
        spellcheck={false}
        autoFocus={autoFocus}
        aria-autocomplete="list"
        aria-expanded={open}
        aria-controls="state-results"
        aria-activedescendant={open ? `state-option-${results[active]!.iso2}` : undefined}
        value={query}
        onInput={(event) => {
          setQuery(event.currentTarget.value);
          setActive(0);
        }}
        onKeyDown={onKeyDown}
      />
      <ul id="state-results" role="listbox" class="combobox__list" hidden={!open} aria-label={t('letterStateLabel')}>
        {results.map((state, i) => (
          <li
            key={state.iso2}
            id={`state-option-${state.iso2}`}
            role="option"
            aria-selected={i === active}
            class={`combobox__option${i === active ? ' combobox__option--active' : ''}`}
            onMouseDown={(event) => event.preventDefault()}
            onClick={() => onPick(state.iso2)}
          >
            <span>{stateName(state, dataLang)}</span>
            <ActedBadge count={acted.states[state.iso2] ?? 0} label={t('missionsActed', { count: acted.states[state.iso2] ?? 0 })} />
          </li>
        ))}
      </ul>
      <p class="field__hint" aria-live="polite">
        {query.trim() && !open ? t('letterStateNoResults', { query: query.trim() }) : ''}
      </p>
    </div>
  );
}
