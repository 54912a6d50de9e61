import { describe, expect, it } from 'vitest';
import { getCases, reportsNamingState, STATES } from '@/lib/data';
import { buildPageData } from '@/lib/data/page-data-build';
import { reportRows } from '@/lib/data/report-rows';
import type { DataLanguage } from '@/lib/data/data-languages';
import type { UiLanguage } from '@/lib/i18n/languages';
import { stateCardModel as cardModelFrom } from './card-model';
import { pageStateSummaries as summariesFrom } from './panel-summary';

const DATA = buildPageData();
const stateCardModel = (iso2: string, ui: UiLanguage, statement: DataLanguage) => cardModelFrom(iso2, ui, statement, DATA);
const pageStateSummaries = (iso2s: string[], ui: UiLanguage) => summariesFrom(iso2s, ui, DATA);

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

describe('the record of cases a State raised (the card’s "raised" cases)', () => {
  const record = (iso2: string) =>
    stateCardModel(iso2, 'en', 'en')!
      .cases.filter((c) => c.role === 'raised')
      .map((c) => ({ id: c.id, sessions: c.raised.map((o) => `${o.session} ${o.date}`) }));

  it('counts a joint statement for every State it spoke for', () => {
    for (const iso2 of ['BE', 'NL', 'LU']) {
      expect(record(iso2).map((e) => e.id), iso2).toEqual(['jiang-tianyong', 'viasna', 'burundi-lawyers', 'ibrahim-metwally-hegazy', 'venezuela-organisations']);
    }
  });

  it('is empty for a State that never raised a case, and for the State responsible for one', () => {
    expect(record('TD')).toEqual([]);
    expect(record('EG')).toEqual([]);
    expect(record('BY')).toEqual([]);
  });

  it('traces every occasion to a mention of the data pack and to its sources, oldest first, none lost', () => {
    const cases = getCases();
    const states = new Set(cases.flatMap((c) => c.stateMentions.flatMap((m) => m.states)));
    let occasions = 0;
    for (const iso2 of states) {
      for (const c of stateCardModel(iso2, 'en', 'en')!.cases.filter((k) => k.role === 'raised')) {
        const full = cases.find((f) => f.id === c.id)!;
        const dates = c.raised.map((o) => o.date);
        expect(dates, `${iso2} ${c.id}`).toEqual([...dates].sort());
        for (const o of c.raised) {
          occasions++;
          const mention = full.stateMentions.find((f) => f.session === o.session && f.date === o.date && f.states.includes(iso2));
          expect(mention, `${iso2} ${c.id} ${o.session}`).toBeDefined();
          expect(o.sources.map((s) => s.id)).toEqual(mention!.sources);
          expect(o.sources.length).toBeGreaterThan(0);
          for (const s of o.sources) expect(s.url).toBe(full.sources.find((f) => f.id === s.id)!.url);
        }
      }
    }
    const all = cases.reduce((n, c) => n + c.stateMentions.reduce((k, m) => k + m.states.filter((s) => s !== c.state).length, 0), 0);
    expect(occasions).toBe(all);
  });
});
