import type { CampaignText, DataLanguage } from './schema';

/**
 * The text in `lang`, or in English where the data has no text in that language. `lang` says
 * which language was returned, so the UI can mark fallbacks with lang="en".
 */
export function localized(text: CampaignText, lang: DataLanguage): { text: string; lang: DataLanguage } {
  const inLang = text[lang];
  return inLang ? { text: inLang, lang } : { text: text.en, lang: 'en' };
}
