// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { caseStatus, custodyOf, heldPeople } from './case-status';
import { getCase, getCases } from './index';

describe('caseStatus', () => {
  it('gives Viasna as of 15 December 2025: five released, two still in prison, with HRW as a source', () => {
    const status = caseStatus(getCase('viasna')!, 'en');
    expect(status.asOf).toBe('2025-12-15');
    expect(status.summary).toEqual({ text: expect.stringContaining('Valiantsin Stefanovich and Marfa Rabkova remain in prison'), lang: 'en', translation: false });
    expect(status.people.filter((p) => p.custody === 'held').map((p) => p.name.text)).toEqual(['Valiantsin Stefanovich', 'Marfa Rabkova']);
    const bialiatski = status.people.find((p) => p.name.text === 'Ales Bialiatski')!;
    expect(bialiatski).toMatchObject({ situation: 'released', since: '2025-12-13', weakSourcesOnly: false });
    expect(bialiatski.text.text).toContain('Nobel Peace Prize');
    expect(bialiatski.sources.map((s) => s.url)).toContain('https://www.hrw.org/news/2025/12/15/more-than-1000-belarusians-remain-in-prison-for-exercising-their-rights');
    expect(status.stillOpen[0]!.text).toMatch(/^Release of Valiantsin Stefanovich and Marfa Rabkova/);
    expect(status.translated).toBe(false);
  });

  it('is in every UI language, flagged as our translation, with names as sources spell them', () => {
    const viasna = getCase('viasna')!;
    const fr = caseStatus(viasna, 'fr');
    expect(fr.summary).toMatchObject({ lang: 'fr', translation: true });
    expect(fr.stillOpen[0]).toMatchObject({ lang: 'fr', translation: true });
    expect(fr.translated).toBe(true);
    const ru = caseStatus(viasna, 'ru');
    expect(ru.people.map((p) => p.name.text)).toContain('Марфа Рабкова');
    expect(ru.people.find((p) => p.name.text === 'Марфа Рабкова')!.name).toEqual({ text: 'Марфа Рабкова', lang: 'ru', translation: false });
    // No Russian spelling has a source for the Venezuelan directors: their names stay in Latin script.
    expect(caseStatus(getCase('venezuela-organisations')!, 'ru').people.map((p) => p.name)).toEqual([
      { text: 'Rocío San Miguel', lang: 'en', translation: false },
      { text: 'Carlos Correa', lang: 'en', translation: false },
    ]);
    const ar = caseStatus(getCase('ibrahim-metwally-hegazy')!, 'ar');
    expect(ar.people[0]!.name.text).toBe('إبراهيم متولي حجازي');
    for (const c of getCases()) {
      for (const lang of ['zh', 'fr', 'es', 'ru', 'ar'] as const) {
        const s = caseStatus(c, lang);
        expect([s.summary, ...s.stillOpen, ...s.people.map((p) => p.text)].every((t) => t.lang === lang), `${c.id} ${lang}`).toBe(true);
      }
    }
  });

  it('says who is held in each case', () => {
    expect(Object.fromEntries(getCases().map((c) => [c.id, heldPeople(c)]))).toEqual({
      'jiang-tianyong': [],
      viasna: ['Valiantsin Stefanovich', 'Marfa Rabkova'],
      'burundi-lawyers': [],
      'ibrahim-metwally-hegazy': ['Ibrahim Metwally Hegazy'],
      'venezuela-organisations': [],
    });
    expect(custodyOf('released-with-restrictions')).toBe('not-held');
    expect(custodyOf('on-trial')).toBe('held');
  });

  it('keeps Rocío San Miguel released only under a substitute measure, with the source of the gag', () => {
    const person = caseStatus(getCase('venezuela-organisations')!, 'en').people.find((p) => p.name.text === 'Rocío San Miguel')!;
    expect(person).toMatchObject({ situation: 'released-with-restrictions', since: '2026-01-08', lastConfirmed: '2026-01-10' });
    expect(person.text.text).toMatch(/substitute precautionary measure/);
    expect(person.sources.map((s) => s.publisher)).toContain('EFE (via Infobae)');
  });
});
