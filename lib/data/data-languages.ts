/**
 * Languages the shipped data and letters may be written in: the six UN languages. Kept apart
 * from the data's zod schemas (schema.ts) so that code needing only the list does not carry zod.
 */
export const DATA_LANGUAGES = ['en', 'zh', 'fr', 'es', 'ru', 'ar'] as const;
export type DataLanguage = (typeof DATA_LANGUAGES)[number];
