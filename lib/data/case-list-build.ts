// Runs at build time (wxt.config.ts) and in tests, never in the extension: relative imports
// only, as the build loads it before aliases exist.
import { getCases, stateByIso2, stateName } from './index';
import { caseSummary, caseTitle } from './case-text';
import { perDataLanguage } from './data-languages';
import type { CaseListEntry } from './case-list';

/** The popup's case list from the data pack, which lib/data checks against its schemas as it loads. */
export function buildCaseList(): CaseListEntry[] {
  return getCases().map((c) => {
    const state = stateByIso2(c.state);
    if (!state) throw new Error(`campaign.json: case ${c.id} names an unknown State ${c.state}`);
    return {
      id: c.id,
      state: c.state,
      stateName: perDataLanguage((lang) => stateName(state, lang, 'short')),
      title: perDataLanguage((lang) => caseTitle(c, lang)),
      summary: perDataLanguage((lang) => caseSummary(c, lang)),
      englishTitle: c.title.en,
    };
  });
}

/** The `define` that puts the case list into a bundle. */
export function caseListDefine(): Record<string, string> {
  return { __ER_CASE_LIST__: JSON.stringify(buildCaseList()) };
}
