import type { SgReport } from '@/lib/data/schema';
import { casesForState, reportsNamingState } from '@/lib/data';
import { caseSummary, caseTitle, type CaseText } from '@/lib/data/case-text';
import { caseStatus } from '@/lib/data/case-status';
import { stateByIso2, stateName } from '@/lib/data/states';
import { dataLanguageOf, translate, type UiLanguage } from '@/lib/i18n';
import { needsTranslationNote } from '@/components/cases/text-attrs';

/** A case text in the UI's data language, our translation of it, or English (see `lib/data/case-text.ts`). */
export type LocalText = CaseText;

export interface CardReport {
  year: number;
  session: string;
  symbol: string | null;
  symbolVerified: boolean;
  /** The report's list of States in our data is not the whole list. */
  partial: boolean;
  /** What the research inferred rather than read, as written in the data (English). */
  inferred: string | null;
}

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
  const state = stateByIso2(iso2);
  if (!state) return undefined;
  const lang = dataLanguageOf(uiLang);
  return {
    iso2: state.iso2,
    name: stateName(state, lang, 'short'),
    cases: casesForState(state.iso2).map((c) => {
      const title = caseTitle(c, lang);
      const summary = caseSummary(c, lang);
      const status = caseStatus(c, lang);
      return {
        id: c.id,
        title,
        summary,
        translated: needsTranslationNote(title, c.title.en) || summary.translation,
        status: { asOf: status.asOf, summary: status.summary },
      };
    }),
    reports: reportRows(reportsNamingState(state.iso2)),
  };
}

/** One row per report (year and symbol), oldest first; two sources on one report become one row. */
export function reportRows(reports: readonly SgReport[]): CardReport[] {
  const rows = new Map<string, CardReport>();
  for (const r of reports) {
    const key = `${r.year}|${r.symbol ?? r.session}`;
    const row: CardReport = {
      year: r.year,
      session: r.session,
      symbol: r.symbol,
      symbolVerified: r.symbolVerified,
      partial: r.listCompleteness !== 'complete',
      inferred: r.inferred ?? null,
    };
    const seen = rows.get(key);
    rows.set(
      key,
      seen
        ? {
            ...seen,
            symbolVerified: seen.symbolVerified || row.symbolVerified,
            partial: seen.partial && row.partial,
            inferred: seen.inferred && row.inferred ? seen.inferred : null,
          }
        : row,
    );
  }
  return [...rows.values()].sort((a, b) => a.year - b.year);
}

/** Accessible name of a mark, e.g. "Egypt — reprisal cases". */
export function markLabel(iso2: string, uiLang: UiLanguage): string {
  const state = stateByIso2(iso2);
  const name = state ? stateName(state, dataLanguageOf(uiLang), 'short') : iso2;
  const hasCases = state ? casesForState(state.iso2).length > 0 : false;
  return translate(uiLang, hasCases ? 'cardMarkLabelCases' : 'cardMarkLabel', { state: name });
}
