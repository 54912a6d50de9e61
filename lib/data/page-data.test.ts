import { describe, expect, it } from 'vitest';
import { casesForState, getCases, reportsNamingState, STATES } from '@/lib/data';
import { caseSummary, caseTitle } from '@/lib/data/case-text';
import { DATA_LANGUAGES } from '@/lib/data/schema';
import { pageCasesForState, pageReportsForState, pageStateName } from '@/lib/data/page-data';
import { buildPageData, pageDataFile } from '@/lib/data/page-data-build';
import { untermStateName } from '@/lib/data/state-name-lookup';

const PAGE_DATA = buildPageData();
import { reportRows } from '@/lib/data/report-rows';

describe('the page data (the compact, pre-checked copy of the data pack the card and the panel are built from)', () => {
  it('ships as the JSON of what the build makes from the data pack', () => {
    expect(JSON.parse(pageDataFile())).toEqual(PAGE_DATA);
  });

  it('names every State in the six languages as the State name table does, and no other code', () => {
    for (const state of STATES) {
      for (const lang of DATA_LANGUAGES) expect(pageStateName(state.iso2.toLowerCase(), lang, PAGE_DATA), `${state.iso2} ${lang}`).toBe(untermStateName(state.iso2, lang));
    }
    expect(pageStateName('ZZ', 'en', PAGE_DATA)).toBeUndefined();
  });

  it('gives every State the same cases and report rows as the full data', () => {
    for (const state of STATES) {
      // With what was inferred about this State's own entry where the data says so.
      expect(pageReportsForState(state.iso2, PAGE_DATA), state.iso2).toEqual(reportRows(reportsNamingState(state.iso2), state.iso2));
      expect(pageCasesForState(state.iso2, PAGE_DATA).map((c) => c.id), state.iso2).toEqual(casesForState(state.iso2).map((c) => c.id));
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
