import { LANGUAGE_NATIVE_NAMES } from '@/lib/i18n';
import { DATA_LANGUAGES, type DataLanguage } from '@/lib/data/schema';
import { langTagOf } from '@/lib/ui-language';

/** The six UN languages, each named in itself, for letters. `extra` adds leading options such as "auto". */
export function LetterLanguageOptions() {
  return (
    <>
      {DATA_LANGUAGES.map((code) => (
        <option key={code} value={code} lang={langTagOf(code)}>
          {LANGUAGE_NATIVE_NAMES[code === 'zh' ? 'zh-CN' : code]}
        </option>
      ))}
    </>
  );
}

export function isDataLanguage(value: string): value is DataLanguage {
  return (DATA_LANGUAGES as readonly string[]).includes(value);
}
