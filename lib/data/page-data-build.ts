// Runs at build time (wxt.config.ts) and in tests, never in the extension: relative imports
// only, as the build loads it before aliases exist.
import { z } from 'zod';
import { getCases, getReports, reportsNamingState } from './index';
import { caseSummary, caseTitle } from './case-text';
import { caseStatus } from './case-status';
import { reportRows, type CardReport } from './report-rows';
import { DATA_LANGUAGES, State, type DataLanguage } from './schema';
import { parsePack } from './parse-pack';
import { STATES } from './states';
import type { PageData } from './page-data';

function perLanguage<T>(make: (lang: DataLanguage) => T): Record<DataLanguage, T> {
  return Object.fromEntries(DATA_LANGUAGES.map((lang) => [lang, make(lang)])) as Record<DataLanguage, T>;
}

/**
 * The compact, already checked form of the data the content script needs (see PageData).
 * Loading lib/data validates every file of the pack against its schema; a broken pack fails
 * the build here, naming the file and field.
 */
export function buildPageData(): PageData {
  parsePack('states.generated.json', z.array(State), STATES);
  const named = [...new Set(getReports().flatMap((r) => r.statesNamed.map((s) => s.iso2)))].sort();
  const rows: CardReport[] = [];
  const rowIndex = new Map<string, number>();
  const indexOf = (row: CardReport) => {
    const key = JSON.stringify(row);
    let i = rowIndex.get(key);
    if (i === undefined) rowIndex.set(key, (i = rows.push(row) - 1));
    return i;
  };
  const reportsByState = Object.fromEntries(named.map((iso2) => [iso2, reportRows(reportsNamingState(iso2)).map(indexOf)]));
  return {
    cases: getCases().map((c) => ({
      id: c.id,
      state: c.state,
      title: perLanguage((lang) => caseTitle(c, lang)),
      summary: perLanguage((lang) => caseSummary(c, lang)),
      status: perLanguage((lang) => {
        const { asOf, summary } = caseStatus(c, lang);
        return { asOf, summary };
      }),
    })),
    reportRows: rows,
    reportsByState,
  };
}

/** The `define` that puts the page data into a bundle. */
export function pageDataDefine(): Record<string, string> {
  return { __ER_PAGE_DATA__: JSON.stringify(buildPageData()) };
}
