import { describe, expect, it } from 'vitest';
import { caseStatus, custodyOf } from '@/lib/data/case-status';
import { getCase, getCases, stateByIso2 } from '@/lib/data/index';
import { DATA_LANGUAGES, type DataLanguage } from '@/lib/data/schema';
import { planMailCompose } from '@/lib/mail/compose-url';
import { postStateName } from '@/lib/drafting/state-short-name';
import { caseTexts } from '@/lib/drafting/draft-case-texts';
import { composeLetter, missionTitle } from './compose';
import { typesetChinese } from '@/lib/un-prose';
import { fillTemplate } from '@/lib/drafting/fill-template';
import { caseRole } from '@/lib/data/case-roles';
import { letterDate, letterMonthYear } from '@/lib/drafting/dates';
import { sessionName } from './council-session';
import { LETTER_TEMPLATES } from './templates';
import { mention, VIASNA_STATUS, withFacts } from './test-fixtures';

const sender = { name: 'Ana Pérez', organisation: 'Red de Defensoras', place: 'Quito' };
const NOV_2026 = new Date('2026-11-30T10:00:00Z');
const SEP_2025 = new Date('2025-09-01T10:00:00Z');
const all = () => getCases();
const hegazy = () => getCase('ibrahim-metwally-hegazy')!;
/** Belgium with the Netherlands and Luxembourg raised every case at HRC51 (test facts). */
const raisedByBenelux = () =>
  getCases().map((c) => withFacts(c.id, { stateMentions: [mention(['BE', 'NL', 'LU'], 'HRC51', '2022-09-29', 'BENELUX'), mention(['LU'], 'HRC54', '2023-09')] }));

describe('letter roles', () => {
  it('the State a case is about is responsible; a State that raised it is thanked; any other is a third State', () => {
    expect(caseRole('EG', hegazy()).role).toBe('responsible');
    const raised = raisedByBenelux()[3]!;
    expect(caseRole('BE', raised)).toMatchObject({ role: 'raised-before', mentions: [{ session: 'HRC51' }] });
    expect(caseRole('LU', raised).mentions.map((m) => m.session)).toEqual(['HRC51', 'HRC54']);
    expect(caseRole('FR', raised).role).toBe('third');
    // A State never raises its own case, even where a source lists it in a group.
    expect(caseRole('EG', withFacts(hegazy().id, { stateMentions: [mention(['EG'], 'HRC51', '2022-09-29')] })).role).toBe('responsible');
  });
});

function linesOf(text: string): string[] {
  return text.split('\n').filter((l) => l.trim());
}

/** How the ask for a release begins in both versions, before names and date ("J’appelle à la libération", then "de" or "d’"). */
function releaseAskStart(lang: DataLanguage): string {
  const { releaseAsk, releaseAskDated } = LETTER_TEMPLATES[lang];
  let n = 0;
  while (releaseAsk[n] === releaseAskDated[n] && releaseAsk[n] !== '{') n++;
  return plain(releaseAsk.slice(0, n)).replace(/de $/, '');
}

/** Text without the bidirectional marks and isolates an Arabic letter carries. */
function plain(text: string): string {
  return text.replace(/[\u200E\u200F\u2068\u2069]/g, '');
}

describe('templates per role, in the six languages', () => {
  for (const lang of DATA_LANGUAGES) {
    const t = LETTER_TEMPLATES[lang];

    it(`${lang}: third State — asks to raise each case by name at the next dialogue, dated and signed`, () => {
      const letter = composeLetter({ lang, state: 'FR', caseIds: [], sender, today: NOV_2026 });
      expect(letter.kind).toBe('third');
      const { subject, body } = letter;
      for (const text of [subject, body]) {
        expect(text).not.toMatch(/[{}]/);
        expect(text).not.toMatch(/\(HRC\d+\)|\bHRC51\b|CDH51/);
      }
      expect(body).toContain(missionTitle('FR', lang));
      expect(body).toContain(t.askThird);
      expect(body).not.toContain(t.askResponsible);
      expect(body).not.toContain(t.thanksIntro);
      expect(body).toContain('ISHR');
      expect(body).toContain(t.closing);
      expect(body).toContain(t.salutation);
      for (const c of getCases()) {
        expect(body).toContain(caseTexts(c, lang).title.text);
        expect(body).toContain(postStateName(stateByIso2(c.state)!, lang));
      }
      // Labels that belong in the interface never reach the letter.
      expect(body).not.toMatch(/\((traduction|traducción|перевод|ترجمة|translation|译文)\)/);
      expect(plain(linesOf(body).at(-1)!)).toBe('Red de Defensoras');
      expect(plain(linesOf(body)[0]!)).toMatch(/^Quito/);
      expect(body).not.toMatch(/\n{3,}/);
    });

    it(`${lang}: responsible State — asks the State to act, never to raise its own case`, () => {
      const letter = composeLetter({ lang, state: 'EG', caseIds: [hegazy().id], sender, today: NOV_2026 });
      expect(letter.kind).toBe('responsible');
      expect(letter.subject.replace(/^\u200F/, '')).toBe(t.subjectResponsible);
      expect(letter.body).toContain(t.askResponsible);
      for (const ask of [t.askThird, t.askAgain, t.askMixed, t.askAlso]) expect(letter.body).not.toContain(ask);
      // Its own State is not named after the case as for a third State.
      expect(letter.body).not.toContain(`(${postStateName(stateByIso2('EG')!, lang)})`);
    });

    it(`${lang}: State that raised the cases — thanks, citing when, and asks again`, () => {
      const letter = composeLetter({ lang, state: 'BE', caseIds: [], cases: raisedByBenelux(), sender, today: NOV_2026 });
      expect(letter.kind).toBe('raised-before');
      expect(letter.body).toContain(t.thanksIntro);
      expect(letter.body).toContain(sessionName('HRC51', t, 'item'));
      expect(letter.body).not.toContain(sessionName('HRC54', t, 'item'));
      expect(letter.body).toContain(t.askAgain);
      expect(letter.body.indexOf(t.thanksIntro)).toBeLessThan(letter.body.indexOf(t.askAgain));
    });

    it(`${lang}: a letter to a State about its own case and others asks each thing of it in turn`, () => {
      const { body } = composeLetter({ lang, state: 'EG', caseIds: [], sender, today: NOV_2026 });
      expect(body.indexOf(t.askResponsible)).toBeGreaterThan(0);
      expect(body.indexOf(t.askAlso)).toBeGreaterThan(body.indexOf(t.askResponsible));
    });
  }

  it('Chinese templates use full-width punctuation', () => {
    for (const [field, value] of Object.entries(LETTER_TEMPLATES.zh)) {
      if (typeof value !== 'string' || ['lang', 'listSeparator', 'occasionSeparator'].includes(field)) continue;
      const prose = value.replace(/\{\w+\}/g, '').replace(/#EndReprisals|#停止报复|ISHR/g, '');
      expect(prose, field).not.toMatch(/[(),:;]/);
    }
    const { body } = composeLetter({ lang: 'zh', state: 'DE', caseIds: ['jiang-tianyong'], sender, today: NOV_2026 });
    expect(body).toContain('尊敬的大使阁下：');
    expect(body).toContain('顺致崇高的敬意。');
  });

  it('Arabic: every line of subject and body reads right to left, whatever script it starts with', () => {
    const letter = composeLetter({ lang: 'ar', state: 'SA', caseIds: [], sender: { name: 'Sara', place: 'Amman' }, today: NOV_2026 });
    for (const line of [letter.subject, ...linesOf(letter.body)]) expect(line, line).toMatch(/^[\u200F\u0600-\u06FF]/);
    expect(letter.body).toContain('صاحب السعادة،');
    expect(letter.body).toContain('الدورة');
  });

  it('uses the diplomatic closings the reviewer gave', () => {
    expect(LETTER_TEMPLATES.en.closing).toBe('Please accept, Excellency, the assurances of my highest consideration.');
    expect(LETTER_TEMPLATES.es.closing).toMatch(/^Hago propicia la ocasión/);
    expect(LETTER_TEMPLATES.ru.closing).toBe('Примите, Ваше Превосходительство, уверения в моем самом высоком уважении.');
    expect(LETTER_TEMPLATES.ar.closing).toBe('وتفضلوا سعادتكم بقبول فائق الاحترام والتقدير.');
  });
});

describe('the moment a letter speaks of', () => {
  it('names a sourced dialogue with its date and session', () => {
    const en = composeLetter({ lang: 'en', state: 'FR', caseIds: ['viasna'], sender, today: SEP_2025 });
    expect(en.body).toContain('on 24 September 2025, at the 60th session of the Human Rights Council');
    expect(en.subject).toContain('(24 September 2025)');
    const zh = composeLetter({ lang: 'zh', state: 'FR', caseIds: ['viasna'], sender, today: SEP_2025 });
    expect(zh.body).toContain('人权理事会第六十届会议');
    const ar = composeLetter({ lang: 'ar', state: 'FR', caseIds: ['viasna'], sender, today: SEP_2025 });
    expect(ar.body).toContain('الدورة الستين لمجلس حقوق الإنسان');
  });

  it('after the last sourced dialogue, speaks of the next September as expected, never of a past session', () => {
    for (const lang of DATA_LANGUAGES) {
      const { body, subject } = composeLetter({ lang, state: 'FR', caseIds: ['viasna'], sender, today: NOV_2026 });
      const opening = body.split('\n\n')[3]!;
      expect(opening, lang).toMatch(/2027/);
      for (const past of ['60', '六十', 'الستين', '51']) expect(opening, lang).not.toContain(past);
      expect(subject, lang).toMatch(/2027/);
    }
    expect(composeLetter({ lang: 'ru', state: 'FR', caseIds: ['viasna'], sender, today: NOV_2026 }).body).toContain('в сентябре 2027 года');
  });

  it('mentions the Third Committee when it comes before the dialogue', () => {
    const after = composeLetter({ lang: 'en', state: 'FR', caseIds: ['viasna'], sender, today: new Date('2025-09-30T10:00:00Z') });
    expect(after.body).toContain('The Third Committee of the General Assembly is to discuss the same report on 16 October 2025.');
    expect(composeLetter({ lang: 'en', state: 'FR', caseIds: ['viasna'], sender, today: SEP_2025 }).body).not.toContain('Third Committee');
  });
});

describe('the case as it stands', () => {
  const viasna = () => withFacts('viasna', { status: VIASNA_STATUS });

  it('asks the State concerned to release only those still held, and quotes the 2022 demand as past', () => {
    const { body } = composeLetter({ lang: 'en', state: 'BY', caseIds: [], cases: [viasna()], sender, today: NOV_2026 });
    expect(body).toContain('As of 13 December 2025: Test summary');
    expect(body).toContain('In September 2022, the #EndReprisals campaign asked: “We want the Viasna case');
    expect(body).toContain('I call for the release of Marfa Rabkova.');
    expect(body).not.toMatch(/release of[^\n]*Bialiatski/);
    // The release is asked once: what is still open (the same release) is not asked again.
    expect(body).not.toContain('Still open');
    const short = composeLetter({ lang: 'en', state: 'BY', caseIds: [], cases: [viasna()], sender, today: NOV_2026, version: 'short' });
    expect(short.body).toContain('1. Human Rights Centre Viasna\nI call for the release of Marfa Rabkova, still detained as of 13 December 2025.\n\n');
  });

  it('a French letter about Viasna to a third State reads right for 2026', () => {
    const letter = composeLetter({ lang: 'fr', state: 'CH', caseIds: [], cases: [viasna()], sender, today: NOV_2026 });
    expect(letter.body).toContain('Au 13 décembre 2025 : Résumé de test : un membre libéré, un autre toujours détenu.');
    expect(letter.body).toContain('En septembre 2022, la campagne #EndReprisals demandait : « ');
    expect(letter.body).toContain('septembre 2027');
    expect(letter.body).not.toContain('J’appelle à la libération');
    const short = composeLetter({ lang: 'fr', state: 'CH', caseIds: [], cases: [viasna()], sender, today: NOV_2026, version: 'short' });
    expect(short.body).toContain('1. Centre des droits humains Viasna (Bélarus)\nEn suspens au 13 décembre 2025 : Libération de Marfa Rabkova (test).\n\n');
    expect(short.body).not.toContain('En septembre 2022');
  });

  it('to Egypt about Hegazy: his status first, dated; the 2022 demand quoted once; his release asked once', () => {
    for (const lang of DATA_LANGUAGES) {
      const t = LETTER_TEMPLATES[lang];
      for (const version of ['full', 'short'] as const) {
        const { body } = composeLetter({ lang, state: 'EG', caseIds: [hegazy().id], sender, today: NOV_2026, version });
        const ask = plain(body).split('\n').filter((l) => l.startsWith(releaseAskStart(lang)));
        expect(ask, `${lang} ${version}`).toHaveLength(1);
        expect(ask[0]).toContain(caseStatus(hegazy(), lang).people[0]!.name.text);
        // What is still open is his release: asked above, not repeated.
        expect(body).not.toContain(fillTemplate(t.stillOpen, { date: letterDate(hegazy().status.asOf, lang), items: '' }).trim());
        expect(body).not.toContain(fillTemplate(t.stillOpenUndated, { items: '' }).trim());
        const quotes = body.split(t.demandQuote.split('{demands}')[0]!).length - 1;
        expect(quotes, `${lang} ${version}`).toBe(version === 'full' ? 1 : 0);
        if (version === 'full') {
          const status = fillTemplate(t.situation, { date: letterDate(hegazy().status.asOf, lang), summary: '' });
          expect(plain(body).indexOf(plain(status))).toBeGreaterThan(0);
          expect(plain(body).indexOf(plain(status))).toBeLessThan(plain(body).indexOf(plain(t.demandQuote.split('{demands}')[0]!)));
        }
      }
    }
    expect(composeLetter({ lang: 'en', state: 'EG', caseIds: [hegazy().id], sender, today: NOV_2026 }).body).toContain(
      'I call for the release of Ibrahim Metwally Hegazy.',
    );
    expect(composeLetter({ lang: 'fr', state: 'EG', caseIds: [hegazy().id], sender, today: NOV_2026, version: 'short' }).body).toContain(
      'J’appelle à la libération d’Ibrahim Metwally Hegazy, en détention au 22 septembre 2025.',
    );
  });

  it('with the real data, never asks for the release of someone released, in any language, to any State', () => {
    for (const lang of DATA_LANGUAGES) {
      const t = LETTER_TEMPLATES[lang];
      const askStart = releaseAskStart(lang);
      for (const state of ['CN', 'BY', 'BI', 'EG', 'VE', 'BE', 'BR']) {
        for (const version of ['full', 'short'] as const) {
          const { body, roles } = composeLetter({ lang, state, caseIds: [], sender, today: NOV_2026, version });
          const asks = plain(body).split('\n').filter((l) => l.startsWith(askStart));
          for (const c of all()) {
            const people = caseStatus(c, lang).people;
            const responsible = roles.some((r) => r.case.id === c.id && r.role === 'responsible');
            for (const p of people) {
              const asked = asks.some((l) => l.includes(p.name.text));
              expect(asked, `${lang} ${state} ${version}: ${p.name.text}`).toBe(responsible && p.custody === 'held');
            }
          }
        }
      }
    }
    // Viasna: five released, two held, as of the data's date.
    const { body } = composeLetter({ lang: 'en', state: 'BY', caseIds: ['viasna'], sender, today: NOV_2026 });
    expect(body).toContain('I call for the release of Valiantsin Stefanovich and Marfa Rabkova.');
  });

  it('where people are held, what the data says is still open is their release (so the release ask may stand for it)', () => {
    for (const c of all()) {
      if (!c.status.people.some((p) => custodyOf(p.situation) === 'held')) continue;
      expect(c.status.stillOpen.length, c.id).toBeGreaterThan(0);
      for (const item of c.status.stillOpen) expect(item.en, c.id).toMatch(/\breleas/i);
    }
  });

  it('names people and organisations as the data spells them in Russian and Arabic', () => {
    const ru = composeLetter({ lang: 'ru', state: 'BY', caseIds: ['viasna'], sender, today: NOV_2026 }).body;
    expect(ru).toContain('1. Правозащитный центр «Весна»\n');
    expect(ru).toContain('Призываю освободить тех, кто по-прежнему находится под стражей: Валентин Стефанович и Марфа Рабкова.');
    // A quotation inside the quoted demand takes the inner marks.
    expect(ru).toContain('«Мы хотим, чтобы дело „Весны“');
    const two = composeLetter({ lang: 'ru', state: 'FR', caseIds: ['viasna', 'venezuela-organisations'], sender, today: NOV_2026 }).body;
    expect(two.indexOf('1. Правозащитный центр «Весна» (Беларусь)')).toBeGreaterThan(0);
    expect(two.indexOf('1. Правозащитный центр «Весна» (Беларусь)')).toBeLessThan(two.indexOf('2. Пять организаций'));
    const ar = composeLetter({ lang: 'ar', state: 'EG', caseIds: [hegazy().id], sender, today: NOV_2026 }).body;
    expect(ar).toContain('وأدعو إلى الإفراج عن إبراهيم متولي حجازي.');
    expect(ar).toContain('مركز فياسنا لحقوق الإنسان'.slice(0, 0) + 'إبراهيم متولي حجازي');
    const arViasna = composeLetter({ lang: 'ar', state: 'BY', caseIds: ['viasna'], sender, today: NOV_2026 }).body;
    expect(arViasna).toContain('مركز فياسنا لحقوق الإنسان');
    // Names no source spells in Arabic stay in Latin script, each isolated for right-to-left order.
    expect(arViasna).toContain('وأدعو إلى الإفراج عن \u2068Valiantsin Stefanovich\u2069 و\u2068Marfa Rabkova\u2069.');
  });

  it('sets the Chinese case texts with full-width punctuation and dates as the letter writes them', () => {
    expect(typesetChinese('江天勇自 2019 年 2 月 28 日刑满出狱,但并未获得自由:据报道(2022 年)')).toBe('江天勇自2019年2月28日刑满出狱，但并未获得自由：据报道（2022年）');
    expect(typesetChinese('1,000 人; 10:30')).toBe('1,000人；10:30');
    for (const version of ['full', 'short'] as const) {
      const { body } = composeLetter({ lang: 'zh', state: 'BE', caseIds: [], sender: {}, today: NOV_2026, version });
      expect(body.replace(/#EndReprisals|ISHR/g, '')).not.toMatch(/[,:;()]/);
    }
  });

  it('writes dates as UN Arabic, Russian and French documents do', () => {
    expect(letterDate('2025-09-22', 'ar')).toBe('22 أيلول/سبتمبر 2025');
    expect(letterDate('2023-06', 'ar')).toBe('حزيران/يونيه 2023');
    expect(letterDate('2025-09-22', 'ru')).toBe('22 сентября 2025 года');
    expect(letterMonthYear(2027, 9, 'ru', 'in')).toBe('сентябре 2027 года');
    expect(letterDate('2026-12-01', 'fr')).toBe('1er décembre 2026');
    expect(letterDate('2026-12-11', 'fr')).toBe('11 décembre 2026');
  });
});

describe('short version, personal paragraph, signature', () => {
  it('keeps the same asks and every case in fewer words', () => {
    for (const lang of DATA_LANGUAGES) {
      const full = composeLetter({ lang, state: 'BE', caseIds: [], cases: raisedByBenelux(), sender, today: NOV_2026 });
      const short = composeLetter({ lang, state: 'BE', caseIds: [], cases: raisedByBenelux(), sender, today: NOV_2026, version: 'short' });
      expect(short.body.length, lang).toBeLessThan(full.body.length / 2);
      expect(short.body).toContain(LETTER_TEMPLATES[lang].askAgain);
      expect(short.body).toContain(sessionName('HRC51', LETTER_TEMPLATES[lang], 'item'));
      for (const c of all()) expect(short.body).toContain(caseTexts(c, lang).title.text);
      expect(short.subject).toBe(full.subject);
    }
  });

  it('the short French letter to Belgium about all five cases fits a Gmail link, with the real data; the Russian one does not', () => {
    const message = (lang: DataLanguage, version: 'full' | 'short') => {
      const l = composeLetter({ lang, state: 'BE', caseIds: [], sender, today: NOV_2026, version });
      expect(l.kind).toBe('raised-before');
      return { to: 'mission.belgium@example.org', subject: l.subject, body: l.body };
    };
    expect(planMailCompose('gmail', message('fr', 'full')).bodyOnClipboard).toBe(true);
    expect(planMailCompose('gmail', message('fr', 'short')).bodyOnClipboard).toBe(false);
    expect(planMailCompose('gmail', message('ru', 'short')).bodyOnClipboard).toBe(true);
  });

  it('condenses the thanks into one sentence: the first and the latest session where the State raised the cases', () => {
    const be = composeLetter({ lang: 'fr', state: 'BE', caseIds: [], sender, today: NOV_2026, version: 'short' }).body;
    expect(be).toContain(
      'Je remercie votre Gouvernement d’avoir évoqué publiquement ces cas, pour la première fois à la 45e session du Conseil des droits de l’homme et, plus récemment, à la Troisième Commission de l’Assemblée générale, à sa 80e session.',
    );
    // Germany raised two of the five (Viasna and Hegazy, at HRC51 and HRC54): "some of these cases".
    const de = composeLetter({ lang: 'en', state: 'DE', caseIds: [], sender, today: NOV_2026, version: 'short' });
    expect(de.roles.filter((r) => r.role === 'raised-before').map((r) => r.case.id)).toEqual(['viasna', 'ibrahim-metwally-hegazy']);
    expect(de.body).toContain(
      'I thank your Government for having already raised some of these cases publicly, first at the 51st session of the Human Rights Council and most recently at the 54th session of the Human Rights Council.',
    );
    expect(de.body).toContain(LETTER_TEMPLATES.en.askMixed);
  });

  it('puts the personal paragraph before the closing and drops empty signature parts', () => {
    const { body } = composeLetter({ lang: 'en', state: 'CH', caseIds: ['viasna'], sender: { name: '  Ana\nPérez ' }, personal: 'I met Viasna’s lawyers.\n\n\n\nThank you.', today: NOV_2026 });
    expect(body).toContain('I met Viasna’s lawyers.\n\nThank you.\n\nPlease accept');
    expect(body.endsWith('highest consideration.\n\nAna Pérez')).toBe(true);
    expect(body.startsWith('30 November 2026\n\nH.E. the Ambassador and Permanent Representative\n')).toBe(true);
  });

  it('reports when a text is our translation, for the interface to say so', () => {
    expect(composeLetter({ lang: 'fr', state: 'CH', caseIds: ['viasna'], sender, today: NOV_2026 }).translated).toBe(true);
    // The status is written from English-language sources: its Chinese is our translation.
    expect(composeLetter({ lang: 'zh', state: 'CH', caseIds: ['viasna'], sender, today: NOV_2026 }).translated).toBe(true);
    expect(composeLetter({ lang: 'en', state: 'CH', caseIds: ['viasna'], sender, today: NOV_2026 }).translated).toBe(false);
    // A name no source spells in Russian stays in Latin script without counting as English text.
    expect(composeLetter({ lang: 'ru', state: 'BY', caseIds: ['viasna'], sender, today: NOV_2026 }).englishFallback).toBe(false);
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
    ['en', 'NL', 'Permanent Mission of the Kingdom of the Netherlands to the United Nations Office at Geneva'],
    ['fr', 'NL', "Mission permanente du Royaume des Pays-Bas auprès de l'Office des Nations Unies à Genève"],
    ['ru', 'NL', 'Постоянное представительство Королевства Нидерландов при Отделении Организации Объединенных Наций в Женеве'],
    ['ar', 'NL', 'البعثة الدائمة لمملكة هولندا لدى مكتب الأمم المتحدة في جنيف'],
    ['en', 'VA', 'Permanent Observer Mission of the Holy See to the United Nations Office at Geneva'],
    ['fr', 'PS', "Mission permanente d'observation de l'État de Palestine auprès de l'Office des Nations Unies à Genève"],
  ] as const)('%s %s', (lang, iso2, title) => {
    expect(missionTitle(iso2, lang as DataLanguage)).toBe(title);
  });

  it('rejects an unknown State or case', () => {
    expect(() => missionTitle('XX', 'en')).toThrow(/XX/);
    expect(() => composeLetter({ lang: 'en', state: 'XX', caseIds: [], sender: {} })).toThrow(/XX/);
    expect(() => composeLetter({ lang: 'en', state: 'CH', caseIds: ['nobody'], sender: {} })).toThrow(/nobody/);
  });
});
