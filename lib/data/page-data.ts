import type { CaseText } from './case-text';
import type { CardReport } from './report-rows';
import type { DataLanguage } from './schema';

/** A campaign case as the card and panel on UN pages show it: title, summary and status per language. */
export interface PageCase {
  id: string;
  state: string;
  title: Record<DataLanguage, CaseText>;
  summary: Record<DataLanguage, CaseText>;
  /** Where the case stands today, per language (see `caseStatus`). */
  status: Record<DataLanguage, { asOf: string; summary: CaseText }>;
}

/**
 * What the content script on UN pages shows about cases and reports: built from the data
 * pack when the extension is built (lib/data/page-data-build.ts, which checks the pack against
 * its schemas), so the script carries neither the schema library nor the full case texts.
 */
export interface PageData {
  cases: PageCase[];
  /** Every distinct report row; a State's rows are indices into it (most States share rows). */
  reportRows: CardReport[];
  /** Indices into `reportRows` per ISO2 code of a State the reports name. */
  reportsByState: Record<string, number[]>;
}

declare const __ER_PAGE_DATA__: PageData;

export const PAGE_DATA: PageData = __ER_PAGE_DATA__;

export function pageCasesForState(iso2: string): PageCase[] {
  const code = iso2.toUpperCase();
  return PAGE_DATA.cases.filter((c) => c.state === code);
}

export function pageReportsForState(iso2: string): CardReport[] {
  return (PAGE_DATA.reportsByState[iso2.toUpperCase()] ?? []).map((i) => PAGE_DATA.reportRows[i]!);
}
