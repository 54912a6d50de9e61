import { afterEach, describe, expect, it, vi } from 'vitest';
import caseTranslationsJson from './case-translations.json';
import { caseDemands, caseSummary, caseTitle } from './case-text';
import { getCase, getCases, getCaseTranslation } from './index';
import { parsePack } from './parse-pack';
import { CaseTranslations, type Case } from './schema';

const viasna = () => structuredClone(getCase('viasna')!);

describe('case-translations.json', () => {
  it('translates every case, and each translation still quotes the current English', () => {
    const ids = Object.keys(parsePack('case-translations.json', CaseTranslations, caseTranslationsJson).cases);
    expect(ids.sort()).toEqual(getCases().map((c) => c.id).sort());
    for (const c of getCases()) {
      const t = getCaseTranslation(c.id)!;
      expect(t.title.source, c.id).toBe(c.title.en);
      expect(t.summary.source, c.id).toBe(c.summary.en);
      expect(t.demands.map((d) => d.source), c.id).toEqual(c.demands.map((d) => d.en));
    }
  });

  it('names the file and field when malformed', () => {
    const broken = structuredClone(caseTranslationsJson) as { cases: Record<string, { demands: Array<Record<string, unknown>> }> };
    delete broken.cases['viasna']!.demands[1]!.ar;
    expect(() => parsePack('case-translations.json', CaseTranslations, broken)).toThrow(
      /^case-translations\.json: cases\.viasna\.demands\.1\.ar: /m,
    );
  });

  describe('at load', () => {
    afterEach(() => {
      vi.doUnmock('./case-translations.json');
      vi.resetModules();
    });

    it('a malformed file throws at import', async () => {
      const broken = structuredClone(caseTranslationsJson) as { cases: Record<string, { title: Record<string, unknown> }> };
      broken.cases['burundi-lawyers']!.title.fr = ' ';
      vi.resetModules();
      vi.doMock('./case-translations.json', () => ({ default: broken }));
      await expect(import('./index')).rejects.toThrow(/case-translations\.json: cases\.burundi-lawyers\.title\.fr: /);
    });
  });
});

describe('caseTitle, caseSummary, caseDemands', () => {
  it('give the campaign’s own English and Chinese, not flagged as translations', () => {
    const c = viasna();
    expect(caseTitle(c, 'en')).toEqual({ text: c.title.en, lang: 'en', translation: false });
    expect(caseTitle(c, 'zh')).toEqual({ text: c.title.zh, lang: 'zh', translation: false });
    expect(caseSummary(c, 'zh')).toEqual({ text: c.summary.zh, lang: 'zh', translation: false });
    expect(caseDemands(c, 'en')).toEqual(c.demands.map((d) => ({ text: d.en, lang: 'en', translation: false })));
  });

  it('give our translation in French, Spanish, Russian and Arabic, flagged as one', () => {
    const c = viasna();
    const ours = getCaseTranslation('viasna')!;
    expect(caseTitle(c, 'fr')).toEqual({ text: 'Centre des droits humains Viasna', lang: 'fr', translation: true });
    for (const lang of ['fr', 'es', 'ru', 'ar'] as const) {
      expect(caseTitle(c, lang)).toEqual({ text: ours.title[lang], lang, translation: true });
      expect(caseSummary(c, lang)).toEqual({ text: ours.summary[lang], lang, translation: true });
      expect(caseDemands(c, lang)).toEqual(ours.demands.map((d) => ({ text: d[lang], lang, translation: true })));
    }
    expect(caseSummary(c, 'ru').text).not.toBe(c.summary.en);
  });

  it('prefer a text the data itself has in the language over our translation', () => {
    const c: Case = { ...viasna(), title: { en: 'Human Rights Centre Viasna', zh: '维亚斯纳人权中心', es: 'Viasna (data)' } };
    expect(caseTitle(c, 'es')).toEqual({ text: 'Viasna (data)', lang: 'es', translation: false });
    expect(caseTitle(c, 'fr').translation).toBe(true);
  });

  it('fall back to English, per text, where the English no longer matches what was translated', () => {
    const c = viasna();
    c.summary = { ...c.summary, en: 'A changed English summary.' };
    c.demands = [c.demands[0]!, { ...c.demands[1]!, en: 'A changed demand.' }];
    expect(caseSummary(c, 'fr')).toEqual({ text: 'A changed English summary.', lang: 'en', translation: false });
    expect(caseTitle(c, 'fr').translation).toBe(true);
    const demands = caseDemands(c, 'ar');
    expect(demands[0]).toEqual({ text: getCaseTranslation('viasna')!.demands[0]!.ar, lang: 'ar', translation: true });
    expect(demands[1]).toEqual({ text: 'A changed demand.', lang: 'en', translation: false });
  });

  it('fall back to English for a case with no translation, and for a demand beyond the translated ones', () => {
    const unknown: Case = { ...viasna(), id: 'not-translated' };
    expect(caseTitle(unknown, 'ru')).toEqual({ text: unknown.title.en, lang: 'en', translation: false });
    const more = viasna();
    more.demands = [...more.demands, { en: 'A third demand.', zh: '第三项诉求' }];
    expect(caseDemands(more, 'es').map((d) => d.lang)).toEqual(['es', 'es', 'en']);
  });
});
