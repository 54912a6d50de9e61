import { caseDemands, caseSummary, caseTitle, type CaseText } from '@/lib/data/case-text';
import type { Case, DataLanguage } from '@/lib/data/schema';

export interface CaseTexts {
  title: CaseText;
  summary: CaseText;
  demands: CaseText[];
}

/** A case's title, summary and demands in `lang`: the campaign's own text, our translation, or English. */
export function caseTexts(c: Case, lang: DataLanguage): CaseTexts {
  return { title: caseTitle(c, lang), summary: caseSummary(c, lang), demands: caseDemands(c, lang) };
}
