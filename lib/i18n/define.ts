import type { UiLanguage } from './languages';

/**
 * A feature's strings in every UI language. English defines the keys; the type makes a missing
 * key in any other language a compile error. `{name}` marks a placeholder.
 */
export function defineMessages<const T extends Record<string, string>>(
  catalog: { en: T } & Record<Exclude<UiLanguage, 'en'>, Record<keyof T, string>>,
): Record<UiLanguage, Record<keyof T, string>> {
  return catalog;
}
