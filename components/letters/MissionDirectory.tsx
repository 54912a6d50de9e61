import { useMemo, useRef, useState } from 'preact/hooks';
import { useI18n } from '@/components/I18nContext';
import { ActedBadge } from '@/components/cases/ActedBadge';
import { useActedOn } from '@/components/popup/ActedOnContext';
import { useViewFocus } from '@/components/popup/useViewFocus';
import { ExternalLink } from '@/components/ui/ExternalLink';
import { useSettings } from '@/components/ui/SettingsContext';
import { stateName } from '@/lib/data/states';
import { dataLanguageOf } from '@/lib/i18n';
import { formatRoute } from '@/lib/router';
import { BLUE_BOOK_URL, MISSIONS_PAGE_URL, searchMissions } from '@/lib/letters/missions';
import { useSortedStates } from './use-sorted-states';

/**
 * All 195 States, searchable in the six UN languages, each leading to a letter to its mission.
 * Arrow keys move between the search box and the results as well as Tab does.
 */
export function MissionDirectory({ initialQuery = '' }: { initialQuery?: string }) {
  const { t, lang } = useI18n();
  const { settings } = useSettings();
  const acted = useActedOn();
  const heading = useViewFocus<HTMLHeadingElement>();
  const dataLang = dataLanguageOf(lang);
  const states = useSortedStates(lang);
  const [query, setQuery] = useState(initialQuery);
  const results = useMemo(() => searchMissions(query, states), [states, query]);
  const list = useRef<HTMLUListElement>(null);

  const moveFocus = (event: KeyboardEvent) => {
    if (event.key !== 'ArrowDown' && event.key !== 'ArrowUp') return;
    const links = [...(list.current?.querySelectorAll<HTMLAnchorElement>('a') ?? [])];
    const search = document.getElementById('mission-search');
    const at = links.indexOf(document.activeElement as HTMLAnchorElement);
    const next = event.key === 'ArrowDown' ? at + 1 : at - 1;
    event.preventDefault();
    if (next < 0) search?.focus();
    else links[Math.min(next, links.length - 1)]?.focus();
  };

  return (
    <section class="view" aria-labelledby="missions-heading" onKeyDown={moveFocus}>
      <h1 id="missions-heading" class="view__title" tabIndex={-1} ref={heading}>
        {t('missionsHeading')}
      </h1>
      <p class="view__lead">
        {t('missionsIntro')} <ExternalLink href={MISSIONS_PAGE_URL}>{t('missionsListPage')}</ExternalLink> · <ExternalLink href={BLUE_BOOK_URL}>{t('letterBlueBook')}</ExternalLink>
      </p>
      <div class="field">
        <label for="mission-search" class="field__label">
          {t('letterStateSearchLabel')}
        </label>
        <input
          id="mission-search"
          type="search"
          autoComplete="off"
          spellcheck={false}
          aria-describedby="mission-count"
          value={query}
          onInput={(event) => setQuery(event.currentTarget.value)}
          onKeyDown={(event) => {
            // Escape clears the search first; a second Escape leaves the view.
            if (event.key === 'Escape' && query) {
              event.preventDefault();
              setQuery('');
            }
          }}
        />
        <p id="mission-count" class="field__hint" aria-live="polite">
          {results.length === 0 ? t('letterStateNoResults', { query: query.trim() }) : t('letterStateResults', { count: results.length })}
        </p>
      </div>
      <ul class="state-list" ref={list}>
        {results.map((state) => {
          const count = acted.states[state.iso2] ?? 0;
          return (
            <li key={state.iso2}>
              <a class="state-list__link" href={formatRoute({ name: 'letter', state: state.iso2, cases: null })} data-state={state.iso2}>
                <span class="state-list__name">{stateName(state, dataLang)}</span>
                {state.observer && <span class="tag">{t('missionsObserver')}</span>}
                {settings.missionEmails[state.iso2] && <span class="tag tag--ok">{t('missionsEmailSaved')}</span>}
                <ActedBadge count={count} label={t('missionsActed', { count })} />
              </a>
            </li>
          );
        })}
      </ul>
    </section>
  );
}
