import { describe, expect, it } from 'vitest';
import { reportsNamingState, STATES } from '@/lib/data';
import { reportRows } from '@/lib/data/report-rows';
import { stateCardModel } from './card-model';
import { pageStateSummaries } from './panel-summary';

describe('the State card model', () => {
  it('Germany: raised Viasna at HRC51 (29 Sep 2022) and HRC54, with sources; a paragraph for each case', () => {
    const de = stateCardModel('de', 'en', 'fr')!;
    expect(de).toMatchObject({ iso2: 'DE', name: 'Germany', link: 'raised', statementLang: 'fr' });
    expect(de.cases.map((c) => [c.id, c.role, c.state.name])).toEqual([
      ['viasna', 'raised', 'Belarus'],
      ['ibrahim-metwally-hegazy', 'raised', 'Egypt'],
    ]);
    const viasna = de.cases[0]!;
    expect(viasna.raised.map((o) => [o.session, o.date, o.setting])).toEqual([
      ['HRC51', '2022-09-29', 'reprisals-dialogue'],
      ['HRC54', '2023-09', 'reprisals-dialogue'],
    ]);
    expect(viasna.raised[0]!.sources.map((s) => s.id)).toEqual(['ishr-campaign-2022', 'ishr-campaign-2022-fr']);
    expect(viasna.raised[0]!.sources[0]!.url).toMatch(/^https:\/\/ishr\.ch\//);
    expect(viasna.statement.lang).toBe('fr');
    expect(viasna.statement.text).toContain('Centre des droits humains Viasna (Bélarus)');
    expect(de.reports).toEqual([]);
  });

  it('a joint statement names its group and who delivered it, in the UI language', () => {
    const lu = stateCardModel('LU', 'fr', 'en')!;
    const hrc52 = lu.cases.find((c) => c.id === 'viasna')!.raised.find((o) => o.session === 'HRC52')!;
    expect(hrc52).toMatchObject({ group: 'BENELUX', speaker: { iso2: 'BE', name: 'Belgique' }, setting: 'other' });
  });

  it('Egypt: responsible for its case, with the dated status, the report that included it and its ISHR record', () => {
    const eg = stateCardModel('EG', 'en', 'en')!;
    expect(eg.link).toBe('responsible');
    expect(eg.cases).toHaveLength(1);
    const [hegazy] = eg.cases;
    expect(hegazy).toMatchObject({ id: 'ibrahim-metwally-hegazy', role: 'responsible', raised: [] });
    expect(hegazy!.status.asOf).toBe('2025-09-22');
    expect(hegazy!.status.summary.text).toMatch(/^Still detained/);
    expect(hegazy!.reports).toEqual([{ year: 2018, symbol: 'A/HRC/39/41', symbolVerified: true, ishrCaseCodes: ['2018-032-001'] }]);
    const row2018 = eg.reports.find((r) => r.year === 2018)!;
    expect(row2018.cases).toEqual([{ id: 'ibrahim-metwally-hegazy', title: hegazy!.title, ishrCaseCodes: ['2018-032-001'] }]);
    expect(eg.reports.find((r) => r.year === 2014)!.cases).toEqual([]);
    expect(hegazy!.statement.text).toContain('We call for the release of Ibrahim Metwally Hegazy.');
  });

  it('an unrelated State: no link, no case, and the reports that named it (if any)', () => {
    const td = stateCardModel('TD', 'en', 'en')!;
    expect(td).toMatchObject({ iso2: 'TD', name: 'Chad', link: null, cases: [], reports: [] });
    expect(stateCardModel('ZZ', 'en', 'en')).toBeUndefined();
  });

  it('gives every State the report rows of the full data, with what was inferred about its own entry', () => {
    for (const state of STATES) {
      const model = stateCardModel(state.iso2, 'en', 'en')!;
      expect(model.reports.map(({ cases: _cases, ...row }) => row), state.iso2).toEqual(reportRows(reportsNamingState(state.iso2), state.iso2));
    }
    const dz = stateCardModel('DZ', 'en', 'en')!;
    expect(dz.reports.find((r) => r.year === 2017)!.inferred).toBe('Identified as Algeria from the Bosnian name in a wire copy.');
  });
});

describe('the panel summaries', () => {
  it('say how each State is linked: responsible, raised where, or neither', () => {
    const [de, eg, td] = pageStateSummaries(['DE', 'EG', 'TD', 'ZZ'], 'en');
    expect(de).toMatchObject({ iso2: 'DE', link: 'raised', responsibleFor: [] });
    expect(de!.raised.map((r) => [r.id, r.sessions])).toEqual([
      ['viasna', ['HRC51', 'HRC54']],
      ['ibrahim-metwally-hegazy', ['HRC51']],
    ]);
    expect(eg).toMatchObject({ link: 'responsible', raised: [] });
    expect(eg!.responsibleFor.map((c) => c.title.text)).toEqual(['Ibrahim Metwally Hegazy']);
    expect(eg!.reportYears).toEqual([...eg!.reportYears].sort());
    expect(td).toMatchObject({ link: null, responsibleFor: [], raised: [], reportYears: [] });
  });
});
