import { z } from 'zod';
import { localized } from '@/lib/data/index';
import type { Case, CampaignText, DataLanguage } from '@/lib/data/schema';
import raw from './templates/case-translations.json';

const text = z.string().trim().min(1);
const Translation = z.object({ source: text, fr: text, es: text, ru: text, ar: text });
type Translation = z.infer<typeof Translation>;

const CaseTranslations = z.object({
  note: text,
  translatedFrom: z.literal('en'),
  cases: z.record(z.string(), z.object({ title: Translation, summary: Translation, demands: z.array(Translation).min(1) })),
});

/**
 * Our translations of the campaign's English case texts into French, Spanish, Russian and
 * Arabic (the campaign wrote them in English and Chinese only). Each quotes the English it
 * translates; when the data's English changes, the stale translation is no longer used.
 */
export const CASE_TRANSLATIONS = CaseTranslations.parse(raw).cases;

export interface CaseTextInLanguage {
  text: string;
  /** The language `text` is in: `lang` when available, otherwise 'en'. */
  lang: DataLanguage;
  /** True when the text is our translation rather than the campaign's own words. */
  translated: boolean;
}

function pick(original: CampaignText, translation: Translation | undefined, lang: DataLanguage): CaseTextInLanguage {
  const own = localized(original, lang);
  if (own.lang === lang) return { ...own, translated: false };
  if (lang !== 'en' && lang !== 'zh' && translation && translation.source === original.en) {
    return { text: translation[lang], lang, translated: true };
  }
  return { ...own, translated: false };
}

export interface CaseTexts {
  title: CaseTextInLanguage;
  summary: CaseTextInLanguage;
  demands: CaseTextInLanguage[];
}

/** A case's title, summary and demands in `lang`: the campaign's own text, our translation, or English. */
export function caseTexts(c: Case, lang: DataLanguage): CaseTexts {
  const t = CASE_TRANSLATIONS[c.id];
  return {
    title: pick(c.title, t?.title, lang),
    summary: pick(c.summary, t?.summary, lang),
    demands: c.demands.map((d, i) => pick(d, t?.demands[i], lang)),
  };
}
