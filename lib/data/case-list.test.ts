import { describe, expect, it } from 'vitest';
import { getCases, stateByIso2, stateName } from '@/lib/data';
import { caseSummary, caseTitle } from '@/lib/data/case-text';
import { DATA_LANGUAGES } from '@/lib/data/data-languages';
import { CASE_LIST } from './case-list';

describe('the case list the popup opens with (built from the data pack)', () => {
  it('has every case of the pack, in its order, with the texts and State names the case view shows', () => {
    expect(CASE_LIST.map((c) => c.id)).toEqual(getCases().map((c) => c.id));
    for (const c of getCases()) {
      const entry = CASE_LIST.find((e) => e.id === c.id)!;
      expect(entry.state).toBe(c.state);
      expect(entry.englishTitle).toBe(c.title.en);
      for (const lang of DATA_LANGUAGES) {
        expect(entry.title[lang], `${c.id} ${lang}`).toEqual(caseTitle(c, lang));
        expect(entry.summary[lang], `${c.id} ${lang}`).toEqual(caseSummary(c, lang));
        expect(entry.stateName[lang], `${c.id} ${lang}`).toBe(stateName(stateByIso2(c.state)!, lang, 'short'));
      }
    }
  });
});
