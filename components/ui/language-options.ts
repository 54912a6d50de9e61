import type { SelectOption } from './Field';
import { DATA_LANGUAGES, type DataLanguage } from '@/lib/data/data-languages';
import { directionOf, LANGUAGE_NATIVE_NAMES, UI_LANGUAGES, uiLanguageOfData, type UiLanguage } from '@/lib/i18n/languages';
import { langTagOf } from '@/lib/ui-language';

/** The six interface languages, each named in itself, for a SelectField. */
export function uiLanguageOptions(): Array<SelectOption<UiLanguage>> {
  return UI_LANGUAGES.map((code) => ({ value: code, label: LANGUAGE_NATIVE_NAMES[code], lang: code, dir: directionOf(code) }));
}

/** The six UN languages of letters, each named in itself, for a SelectField. */
export function dataLanguageOptions(): Array<SelectOption<DataLanguage>> {
  return DATA_LANGUAGES.map((code) => ({
    value: code,
    label: LANGUAGE_NATIVE_NAMES[uiLanguageOfData(code)],
    lang: langTagOf(code),
    dir: directionOf(code),
  }));
}
