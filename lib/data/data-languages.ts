/**
 * Languages the shipped data and letters may be written in: the six UN languages. Kept apart
 * from the data's zod schemas (schema.ts) so that code needing only the list does not carry zod.
 */
export const DATA_LANGUAGES = ['en', 'zh', 'fr', 'es', 'ru', 'ar'] as const;
export type DataLanguage = (typeof DATA_LANGUAGES)[number];

/** One value per data language, made by `make`. */
export function perDataLanguage<T>(make: (lang: DataLanguage) => T): Record<DataLanguage, T> {
  return Object.fromEntries(DATA_LANGUAGES.map((lang) => [lang, make(lang)])) as Record<DataLanguage, T>;
}
