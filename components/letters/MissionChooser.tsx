import { useMemo, useState } from 'preact/hooks';
import { useI18n } from '@/components/I18nContext';
import { ActedBadge } from '@/components/cases/ActedBadge';
import { SourceList } from '@/components/cases/SourceList';
import { useActedOn } from '@/components/popup/ActedOnContext';
import { ExternalLink } from '@/components/ui/ExternalLink';
import { Field, SelectField } from '@/components/ui/Field';
import { useSettings } from '@/components/ui/SettingsContext';
import { getCouncil } from '@/lib/data/council';
import { M49_REGIONS, type M49Region } from '@/lib/data/regions';
import type { Case } from '@/lib/data/schema';
import { stateByIso2, stateName } from '@/lib/data/states';
import { dataLanguageOf, type MessageKey, type Translate } from '@/lib/i18n';
import { MISSIONS_PAGE_URL, searchMissions } from '@/lib/letters/missions';
import { suggestMissions, type MissionSuggestion, type SuggestionReason } from '@/lib/letters/suggestions';
import { useSortedStates } from './use-sorted-states';

const REGION_LABEL: Record<M49Region, MessageKey> = {
  africa: 'regionAfrica',
  americas: 'regionAmericas',
  asia: 'regionAsia',
  europe: 'regionEurope',
  oceania: 'regionOceania',
};

function councilEnd(m: MissionSuggestion): string {
  const seat = m.reasons.find((r) => r.kind === 'council');
  return seat?.kind === 'council' ? seat.termEnd : '';
}

function reasonText(t: Translate, reason: SuggestionReason): string {
  switch (reason.kind) {
    case 'raised':
      return t('reasonRaised', { sessions: reason.sessions.join(', ') });
    case 'council':
      return t('reasonCouncil', { year: reason.termEnd.slice(0, 4) });
    case 'concerned':
      return t('reasonConcerned');
  }
}

/**
 * Whom to write to: the States that raised the cases before, this year's Council members, then
 * every other State, each with why it is suggested; filtered by a name in any UN language, by
 * region and by Council membership. Several can be chosen for a round of letters.
 */
export function MissionChooser({ cases, selected, onChange, onStart, today = new Date() }: {
  cases: Case[];
  selected: string[];
  onChange: (iso2s: string[]) => void;
  onStart: () => void;
  today?: Date;
}) {
  const { t, lang } = useI18n();
  const { settings } = useSettings();
  const acted = useActedOn();
  const dataLang = dataLanguageOf(lang);
  const sorted = useSortedStates(lang);
  const [query, setQuery] = useState('');
  const [region, setRegion] = useState<M49Region | ''>('');
  const [councilOnly, setCouncilOnly] = useState(false);
  const [tried, setTried] = useState(false);
  const suggestions = useMemo(() => suggestMissions(cases, today), [cases, today]);
  const matching = useMemo(() => new Set(searchMissions(query, sorted).map((s) => s.iso2)), [query, sorted]);
  const order = useMemo(() => new Map(sorted.map((s, i) => [s.iso2, i])), [sorted]);

  const keep = (m: MissionSuggestion) => matching.has(m.iso2) && (!region || m.region === region) && (!councilOnly || m.council);
  const rest = suggestions.rest.filter(keep).sort((a, b) => order.get(a.iso2)! - order.get(b.iso2)!);
  const groups: Array<{ id: string; title: string; list: MissionSuggestion[] }> = [
    { id: 'raised', title: t('chooserRaisedHeading'), list: suggestions.raised.filter(keep) },
    {
      id: 'council',
      title: t('chooserCouncilHeading', { year: suggestions.year }),
      // By term end (those leaving soonest first), then by name.
      list: suggestions.council.filter(keep).sort((a, b) => councilEnd(a).localeCompare(councilEnd(b)) || order.get(a.iso2)! - order.get(b.iso2)!),
    },
    { id: 'rest', title: t('chooserRestHeading'), list: rest },
  ];
  const shown = groups.reduce((n, g) => n + g.list.length, 0);

  const toggle = (iso2: string, on: boolean) => onChange(on ? [...selected.filter((s) => s !== iso2), iso2] : selected.filter((s) => s !== iso2));
  const start = () => {
    setTried(true);
    if (selected.length > 0) onStart();
  };

  return (
    <fieldset class="chooser">
      <legend class="field__label">{t('chooserMissionsLegend')}</legend>
      <div class="chooser__filters">
        <Field id="mission-filter" small class="chooser__search" label={t('letterStateSearchLabel')}>
          <input id="mission-filter" type="search" autoComplete="off" spellcheck={false} value={query} onInput={(e) => setQuery(e.currentTarget.value)} />
        </Field>
        <SelectField<M49Region | ''>
          id="mission-region"
          small
          class="chooser__region"
          label={t('chooserRegion')}
          value={region}
          options={[{ value: '', label: t('chooserRegionAll') }, ...M49_REGIONS.map((r) => ({ value: r, label: t(REGION_LABEL[r]) }))]}
          onChange={setRegion}
        />
        <label class="check chooser__council">
          <input type="checkbox" checked={councilOnly} onChange={(e) => setCouncilOnly(e.currentTarget.checked)} />
          <span>{t('chooserCouncilOnly', { year: suggestions.year })}</span>
        </label>
      </div>
      {!suggestions.councilComplete && <p class="note">{t('chooserCouncilIncomplete', { year: suggestions.year })}</p>}
      <p class="field__hint" aria-live="polite">
        {shown === 0 ? t('chooserNoMatch') : t('letterStateResults', { count: shown })}
      </p>
      <div class="chooser__list">
        {groups.map(
          (group) =>
            group.list.length > 0 && (
              <section key={group.id} class="chooser__group" aria-labelledby={`chooser-${group.id}`}>
                <h2 id={`chooser-${group.id}`} class="chooser__heading">
                  {group.title}
                </h2>
                <ul class="chooser__items">
                  {group.list.map((m) => {
                    const state = stateByIso2(m.iso2)!;
                    const count = acted.states[m.iso2] ?? 0;
                    return (
                      <li key={m.iso2}>
                        <label class="check chooser__item" data-state={m.iso2}>
                          <input type="checkbox" checked={selected.includes(m.iso2)} onChange={(e) => toggle(m.iso2, e.currentTarget.checked)} />
                          <span class="check__text">
                            <span class="check__title">
                              {stateName(state, dataLang)}
                              {settings.missionEmails[m.iso2] && <span class="tag tag--ok">{t('missionsEmailSaved')}</span>}
                              <ActedBadge count={count} label={t('missionsActed', { count })} />
                            </span>
                            {m.reasons.length > 0 && <span class="check__meta">{m.reasons.map((r) => reasonText(t, r)).join(' · ')}</span>}
                          </span>
                        </label>
                      </li>
                    );
                  })}
                </ul>
              </section>
            ),
        )}
      </div>
      <details class="chooser__sources">
        <summary>{t('chooserSourcesSummary')}</summary>
        <p class="note">{t('chooserSourcesText')}</p>
        <SourceList sources={getCouncil().sources} />
        <p class="note">
          <ExternalLink href={MISSIONS_PAGE_URL}>{t('missionsListPage')}</ExternalLink>
        </p>
      </details>
      <div class="chooser__start">
        {tried && selected.length === 0 && <p class="field__error">{t('chooserNoneSelected')}</p>}
        <button type="button" class="button button--primary" onClick={start} data-testid="start-queue">
          {t('chooserStart', { count: selected.length })}
        </button>
      </div>
    </fieldset>
  );
}
