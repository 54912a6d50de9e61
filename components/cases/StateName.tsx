import { useI18n } from '@/components/I18nContext';
import { stateByIso2, stateName } from '@/lib/data/states';
import { dataLanguageOf } from '@/lib/i18n';

/** A State's UN short name in the UI's language (all six are official, so there is no fallback). */
export function StateName({ iso2, class: className }: { iso2: string; class?: string }) {
  const { lang } = useI18n();
  const state = stateByIso2(iso2);
  return <span class={className}>{state ? stateName(state, dataLanguageOf(lang), 'short') : iso2}</span>;
}
