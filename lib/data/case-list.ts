import type { CaseText } from './case-text';
import type { DataLanguage } from './data-languages';

/**
 * What the popup's list of cases shows of each case: its State's name, title and summary in
 * each language, chosen as the case view chooses them (case-text.ts). Built from the data pack
 * when the extension is built (case-list-build.ts), so the popup's first view carries a few
 * lines per case, not the whole pack and its schema library; a case's own view loads the pack.
 */
export interface CaseListEntry {
  id: string;
  state: string;
  stateName: Record<DataLanguage, string>;
  title: Record<DataLanguage, CaseText>;
  summary: Record<DataLanguage, CaseText>;
  /** The campaign's English title, against which a translated title is noted. */
  englishTitle: string;
}

declare const __ER_CASE_LIST__: CaseListEntry[];

export const CASE_LIST: readonly CaseListEntry[] = __ER_CASE_LIST__;
