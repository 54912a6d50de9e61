import { useMemo } from 'preact/hooks';
import { STATES, stateName } from '@/lib/data/states';
import type { State } from '@/lib/data/schema';
import { dataLanguageOf, type UiLanguage } from '@/lib/i18n';

/** All 195 States in the alphabetical order of the UI language. */
export function useSortedStates(lang: UiLanguage): State[] {
  return useMemo(() => {
    const dataLang = dataLanguageOf(lang);
    const collator = new Intl.Collator(lang);
    return [...STATES].sort((a, b) => collator.compare(stateName(a, dataLang), stateName(b, dataLang)));
  }, [lang]);
}
