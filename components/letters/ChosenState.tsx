import { useI18n } from '@/components/I18nContext';
import { ActedBadge } from '@/components/cases/ActedBadge';
import { useActedOn } from '@/components/popup/ActedOnContext';
import { stateByIso2, stateName } from '@/lib/data/states';
import { dataLanguageOf } from '@/lib/i18n';

/** The State the letter goes to, with the user's earlier letters to it and a way to change it. */
export function ChosenState({ iso2, onChange }: { iso2: string; onChange: () => void }) {
  const { t, lang } = useI18n();
  const acted = useActedOn();
  const state = stateByIso2(iso2);
  const count = acted.states[iso2] ?? 0;
  const name = state ? stateName(state, dataLanguageOf(lang)) : iso2;
  return (
    <div class="chosen-state">
      <p class="chosen-state__name" data-testid="chosen-state">
        {t('letterStateChosen', { state: name })}
        <ActedBadge count={count} label={t('letterActedState', { count })} />
      </p>
      <button type="button" class="button button--small button--quiet" onClick={onChange}>
        {t('letterStateChange')}
        <span class="sr-only"> ({t('letterStateLabel')})</span>
      </button>
    </div>
  );
}
