import type { DataLanguage } from '@/lib/data/schema';
import { langTagOf } from '@/lib/ui-language';

/**
 * `lang`/`dir` for a text shown in a UI whose data language is `wanted`: English shown in its
 * place is marked lang="en" and left-to-right so it is read and laid out as English. `lang` is
 * always set: Preact clears a dropped `lang` to lang="" (language unknown) when the UI language
 * changes in place, rather than removing it.
 */
export function textLangAttrs(value: { lang: DataLanguage }, wanted: DataLanguage): { lang: string; dir?: 'ltr' } {
  return value.lang === wanted ? { lang: langTagOf(value.lang) } : { lang: langTagOf(value.lang), dir: 'ltr' };
}

/**
 * Whether a shown text needs the "our translation" note: it is our translation and reads
 * differently from the English (a person's name kept as the campaign spells it is not).
 */
export function needsTranslationNote(value: { text: string; translation: boolean }, english: string): boolean {
  return value.translation && value.text !== english;
}
