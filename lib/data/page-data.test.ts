import { describe, expect, it } from 'vitest';
import { casesForState, getCases, reportsNamingState, STATES } from '@/lib/data';
import { caseSummary, caseTitle } from '@/lib/data/case-text';
import { DATA_LANGUAGES } from '@/lib/data/schema';
import { PAGE_DATA, pageCasesForState, pageReportsForState } from '@/lib/data/page-data';
import { buildPageData } from '@/lib/data/page-data-build';
import { reportRows } from '@/lib/data/report-rows';

describe('the page data (the content script’s compact, pre-checked copy of the data pack)', () => {
  it('is what the build makes from the data pack now', () => {
    expect(PAGE_DATA).toEqual(buildPageData());
  });

  it('gives every State the same cases and report rows as the full data', () => {
    for (const state of STATES) {
      expect(pageReportsForState(state.iso2), state.iso2).toEqual(reportRows(reportsNamingState(state.iso2)));
      expect(pageCasesForState(state.iso2).map((c) => c.id), state.iso2).toEqual(casesForState(state.iso2).map((c) => c.id));
    }
  });

  it('carries each case’s title and summary in the six languages as the popup shows them', () => {
    for (const c of getCases()) {
      const page = PAGE_DATA.cases.find((p) => p.id === c.id)!;
      for (const lang of DATA_LANGUAGES) {
        expect(page.title[lang]).toEqual(caseTitle(c, lang));
        expect(page.summary[lang]).toEqual(caseSummary(c, lang));
      }
    }
  });
});
