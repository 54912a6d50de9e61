import type { CaseText } from '@/lib/data/case-text';
import { pageCasesForState, pageReportsForState } from '@/lib/data/page-data';
import type { CardReport } from '@/lib/data/report-rows';
// The matcher's compact name table: the full State data (formal names, M49) stays out of the page.
import { untermStateName } from '@/lib/data/state-name-lookup';
import { dataLanguageOf, type UiLanguage } from '@/lib/i18n/languages';
import { needsTranslationNote } from '@/components/cases/text-attrs';

export { reportRows, type CardReport } from '@/lib/data/report-rows';

/** A case text in the UI's data language, our translation of it, or English (see `lib/data/case-text.ts`). */
export type LocalText = CaseText;

export interface CardModel {
  iso2: string;
  name: string;
  /**
   * `translated`: the title or summary is our translation, which the card notes. `status`: where
   * the case stands today and the date of the newest fact it rests on (see `caseStatus`).
   */
  cases: Array<{ id: string; title: LocalText; summary: LocalText; translated: boolean; status: { asOf: string; summary: LocalText } }>;
  reports: CardReport[];
}

/** What the card shows for one State, in the UI language; undefined for an unknown code. */
export function cardModel(iso2: string, uiLang: UiLanguage): CardModel | undefined {
  const code = iso2.toUpperCase();
  const lang = dataLanguageOf(uiLang);
  const name = untermStateName(code, lang);
  if (name === undefined) return undefined;
  return {
    iso2: code,
    name,
    cases: pageCasesForState(code).map((c) => {
      const title = c.title[lang];
      const summary = c.summary[lang];
      return { id: c.id, title, summary, translated: needsTranslationNote(title, c.title.en.text) || summary.translation, status: c.status[lang] };
    }),
    reports: pageReportsForState(code),
  };
}
