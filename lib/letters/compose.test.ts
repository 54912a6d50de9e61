import { describe, expect, it } from 'vitest';
import { getCases, stateByIso2, stateName } from '@/lib/data/index';
import { DATA_LANGUAGES } from '@/lib/data/schema';
import { caseTexts } from './case-texts';
import { composeLetter, missionTitle } from './compose';
import { LETTER_TEMPLATES } from './templates';

const fullSender = { name: 'Ana Pérez', organisation: 'Red de Defensoras', place: 'Quito, Ecuador' };

describe('composeLetter in every language', () => {
  for (const lang of DATA_LANGUAGES) {
    it(`${lang}: addresses the mission, names every case with State, summary and demand, and signs`, () => {
      const { subject, body } = composeLetter({ lang, state: 'DE', caseIds: [], sender: fullSender });
      for (const text of [subject, body]) expect(text).not.toMatch(/[{}]/);
      expect(subject).toContain('HRC51');
      expect(body.startsWith(missionTitle('DE', lang))).toBe(true);
      for (const c of getCases()) {
        const texts = caseTexts(c, lang);
        expect(texts.title.lang).toBe(lang);
        expect(texts.summary.lang).toBe(lang);
        expect(body).toContain(texts.title.text);
        expect(body).toContain(stateName(stateByIso2(c.state)!, lang, 'short'));
        expect(body).toContain(texts.summary.text);
        for (const d of texts.demands) {
          expect(d.lang).toBe(lang);
          expect(body).toContain(d.text);
        }
      }
      const t = LETTER_TEMPLATES[lang];
      const label = lang === 'en' || lang === 'zh' ? t.demandLabel : t.translatedDemandLabel;
      expect(body.split(label).length - 1).toBe(5);
      expect(body.endsWith('Ana Pérez\nRed de Defensoras\nQuito, Ecuador')).toBe(true);
      expect(body).not.toMatch(/\n{3,}/);
    });
  }

  it('quotes the campaign’s own demands verbatim in English and Chinese', () => {
    const zh = composeLetter({ lang: 'zh', state: 'FR', caseIds: ['jiang-tianyong'], sender: {} }).body;
    expect(zh).toContain(getCases()[0]!.demands.map((d) => d.zh).join(''));
    const en = composeLetter({ lang: 'en', state: 'FR', caseIds: ['jiang-tianyong'], sender: {} }).body;
    expect(en).toContain(getCases()[0]!.demands.map((d) => d.en).join(' '));
  });
});

describe('mission titles', () => {
  it.each([
    ['en', 'EG', 'Permanent Mission of the Arab Republic of Egypt to the United Nations Office at Geneva'],
    ['fr', 'EG', "Mission permanente de la République arabe d'Égypte auprès de l'Office des Nations Unies à Genève"],
    ['fr', 'BI', "Mission permanente de la République du Burundi auprès de l'Office des Nations Unies à Genève"],
    ['es', 'EG', 'Misión Permanente de la República Árabe de Egipto ante la Oficina de las Naciones Unidas en Ginebra'],
    ['ru', 'EG', 'Постоянное представительство Арабской Республики Египет при Отделении Организации Объединенных Наций в Женеве'],
    ['ar', 'EG', 'البعثة الدائمة لجمهورية مصر العربية لدى مكتب الأمم المتحدة في جنيف'],
    ['ar', 'SA', 'البعثة الدائمة للمملكة العربية السعودية لدى مكتب الأمم المتحدة في جنيف'],
    ['zh', 'EG', '阿拉伯埃及共和国常驻联合国日内瓦办事处代表团'],
    ['en', 'VA', 'Permanent Observer Mission of the Holy See to the United Nations Office at Geneva'],
    ['fr', 'PS', "Mission permanente d'observation de l'État de Palestine auprès de l'Office des Nations Unies à Genève"],
    ['ru', 'VA', 'Постоянная миссия наблюдателя Святого Престола при Отделении Организации Объединенных Наций в Женеве'],
    ['es', 'PS', 'Misión Permanente de Observación del Estado de Palestina ante la Oficina de las Naciones Unidas en Ginebra'],
  ] as const)('%s %s', (lang, iso2, title) => {
    expect(missionTitle(iso2, lang)).toBe(title);
  });

  it('rejects an unknown State', () => {
    expect(() => missionTitle('XX', 'en')).toThrow(/XX/);
    expect(() => composeLetter({ lang: 'en', state: 'XX', caseIds: [], sender: {} })).toThrow(/XX/);
  });
});

describe('cases and signature', () => {
  it('mentions only the chosen cases, numbered, with singular wording for one', () => {
    const one = composeLetter({ lang: 'en', state: 'CH', caseIds: ['viasna'], sender: {} }).body;
    expect(one).toContain(LETTER_TEMPLATES.en.askOne);
    expect(one).toContain('1. Human Rights Centre Viasna — Belarus');
    expect(one).not.toContain('Jiang Tianyong');
    expect(one).not.toContain('2. ');

    const two = composeLetter({ lang: 'ru', state: 'CH', caseIds: ['venezuela-organisations', 'viasna'], sender: {} }).body;
    expect(two).toContain('(всего: 2)');
    expect(two.indexOf('1. Правозащитный центр Viasna')).toBeLessThan(two.indexOf('2. Пять организаций'));
  });

  it('defaults to all five cases', () => {
    const body = composeLetter({ lang: 'fr', state: 'CH', caseIds: [], sender: {} }).body;
    expect(body).toContain('les 5 cas suivants');
    expect(body).toContain('5. Cinq organisations de la société civile — Venezuela (République bolivarienne du)');
  });

  it.each([
    [{ name: 'Ana Pérez', organisation: '', place: '' }, 'Yours faithfully,\n\nAna Pérez'],
    [{ name: '', organisation: 'ISHR supporters', place: 'Geneva' }, 'Yours faithfully,\n\nISHR supporters\nGeneva'],
    [{ name: '  Ana\nPérez ', organisation: undefined, place: 'Lyon, France' }, 'Yours faithfully,\n\nAna Pérez\nLyon, France'],
    [{}, 'Yours faithfully,'],
  ])('signature %j leaves no empty lines', (sender, ending) => {
    const body = composeLetter({ lang: 'en', state: 'CH', caseIds: ['viasna'], sender }).body;
    expect(body.endsWith(ending)).toBe(true);
    expect(body).not.toMatch(/\n{3,}|\n$/);
  });

  it('signs in Chinese and Arabic in the right place', () => {
    expect(composeLetter({ lang: 'zh', state: 'CN', caseIds: [], sender: { name: '李明' } }).body.endsWith('此致\n敬礼\n\n李明')).toBe(true);
    expect(
      composeLetter({ lang: 'ar', state: 'EG', caseIds: [], sender: { name: 'سارة', place: 'عمّان' } }).body.endsWith(
        'وتفضلوا بقبول فائق الاحترام والتقدير.\n\nسارة\nعمّان',
      ),
    ).toBe(true);
  });

  it('rejects an unknown case', () => {
    expect(() => composeLetter({ lang: 'en', state: 'CH', caseIds: ['nobody'], sender: {} })).toThrow(/nobody/);
  });
});

describe('case texts in letters', () => {
  it('fall back to English, marked as such, when the English changed', () => {
    const c = { ...getCases()[0]!, summary: { en: 'A changed English summary.', zh: '改变' } };
    expect(caseTexts(c, 'fr').summary).toEqual({ text: 'A changed English summary.', lang: 'en', translation: false });
    expect(caseTexts(c, 'zh').summary).toEqual({ text: '改变', lang: 'zh', translation: false });
  });
});
