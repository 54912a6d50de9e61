import { getCaseTranslation } from './index';
import { localized } from './localized';
import type { CampaignText, Case, CaseTextTranslation, DataLanguage } from './schema';

/** A case text as shown in one language. */
export interface CaseText {
  text: string;
  /** The language `text` is in: the language asked for, or 'en' where no text exists in it. */
  lang: DataLanguage;
  /**
   * True for our fr/es/ru/ar translation (`case-translations.json`) rather than the campaign's own
   * en/zh text. (Where the campaign's English is itself translated from its Chinese, see
   * `Case.translatedFrom`, it is still the campaign's text and not flagged here.)
   */
  translation: boolean;
}

function pick(own: CampaignText, ours: CaseTextTranslation | undefined, lang: DataLanguage): CaseText {
  const shown = localized(own, lang);
  if (shown.lang === lang) return { ...shown, translation: false };
  // A translation of English that has since changed would misquote the campaign: English instead.
  if (lang !== 'en' && lang !== 'zh' && ours && ours.source === own.en) return { text: ours[lang], lang, translation: true };
  return { ...shown, translation: false };
}

/** The case's title in `lang`: the campaign's own text, else our current translation, else English. */
export function caseTitle(c: Case, lang: DataLanguage): CaseText {
  return pick(c.title, getCaseTranslation(c.id)?.title, lang);
}

/** The case's summary in `lang`, chosen as `caseTitle` is. */
export function caseSummary(c: Case, lang: DataLanguage): CaseText {
  return pick(c.summary, getCaseTranslation(c.id)?.summary, lang);
}

/** The case's demands in `lang`, each chosen as `caseTitle` is (a translation matches by position and source). */
export function caseDemands(c: Case, lang: DataLanguage): CaseText[] {
  const ours = getCaseTranslation(c.id)?.demands;
  return c.demands.map((d, i) => pick(d, ours?.[i], lang));
}
