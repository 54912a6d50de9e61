import { caseRole, campaignLinks } from '@/lib/data/case-roles';
import { pageReportsForState, pageStateName, type PageCase, type PageData, type PageMention } from '@/lib/data/page-data';
import type { DataLanguage } from '@/lib/data/schema';
import { dataLanguageOf, type UiLanguage } from '@/lib/i18n/languages';
import { statementParagraph } from './statement';
import type { CardCase, RaisedOccasion, StateCardModel, StateReport } from './types';

/** Our translation of a title, which the card notes (as lib/i18n/text-lang-attrs.ts decides). */
const translatedTitle = (shown: { text: string; translation: boolean }, english: string) => shown.translation && shown.text !== english;

function occasion(m: PageMention, c: PageCase, lang: DataLanguage, data: PageData): RaisedOccasion {
  const speakerName = m.speaker ? pageStateName(m.speaker, lang, data) : undefined;
  return {
    session: m.session,
    setting: m.setting,
    date: m.date,
    weakSourcesOnly: m.weakSourcesOnly,
    ...(m.group ? { group: m.group } : {}),
    ...(m.speaker && speakerName ? { speaker: { iso2: m.speaker, name: speakerName } } : {}),
    sources: m.sources.map((id) => c.sources[id]).filter((s) => s !== undefined),
  };
}

function cardCase(c: PageCase, role: CardCase['role'], mentions: readonly PageMention[], lang: DataLanguage, statementLang: DataLanguage, data: PageData): CardCase {
  const title = c.title[lang];
  const summary = c.summary[lang];
  return {
    id: c.id,
    role,
    state: { iso2: c.state, name: pageStateName(c.state, lang, data) ?? c.state },
    title,
    summary,
    translated: translatedTitle(title, c.title.en.text) || summary.translation,
    status: { asOf: c.status[lang].asOf, summary: c.status[lang].summary },
    raised: mentions.map((m) => occasion(m, c, lang, data)),
    reports: c.reports,
    statement: statementParagraph(c, statementLang, data),
  };
}

/**
 * What the card shows about one State, in `uiLang`, with statement paragraphs in
 * `statementLang`; undefined for a code that is not a State. Pure: the background answers the
 * content script with it, and an extension page can call it directly, given the page data.
 */
export function stateCardModel(iso2: string, uiLang: UiLanguage, statementLang: DataLanguage, data: PageData): StateCardModel | undefined {
  const code = iso2.toUpperCase();
  const lang = dataLanguageOf(uiLang);
  const name = pageStateName(code, lang, data);
  if (name === undefined) return undefined;
  const roles = data.cases.map((c) => caseRole(code, c));
  const cases = [
    ...roles.filter((r) => r.role === 'responsible').map((r) => cardCase(r.case, 'responsible', [], lang, statementLang, data)),
    ...roles.filter((r) => r.role === 'raised-before').map((r) => cardCase(r.case, 'raised', r.mentions, lang, statementLang, data)),
  ];
  const own = data.cases.filter((c) => c.state === code);
  const reports: StateReport[] = pageReportsForState(code, data).map((row) => ({
    ...row,
    cases: own.flatMap((c) => {
      const included = c.reports.find((r) => r.year === row.year);
      return included ? [{ id: c.id, title: c.title[lang], ishrCaseCodes: included.ishrCaseCodes }] : [];
    }),
  }));
  return { iso2: code, name, link: campaignLinks(data.cases).get(code) ?? null, cases, reports, statementLang };
}
