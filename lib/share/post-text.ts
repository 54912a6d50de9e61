import { nextMomentOfKind } from '@/lib/data/calendar';
import { getCampaign, stateByIso2 } from '@/lib/data/index';
import { localized } from '@/lib/data/localized';
import type { Case, DataLanguage, State } from '@/lib/data/schema';
import { isRtl } from '@/lib/i18n/languages';
import { caseTexts } from '@/lib/drafting/draft-case-texts';
import { fillTemplate } from '@/lib/drafting/fill-template';
import { resolveCases } from '@/lib/drafting/resolve-cases';
import { rtlLines } from '@/lib/drafting/rtl-lines';
import { letterDate, letterMonthYear } from '@/lib/drafting/dates';
import { postStateName } from '@/lib/drafting/state-short-name';
import { POST_TEMPLATES } from './post-templates';
import { campaignLink, caseLink } from './links';

export { resolveCases };

function stateOf(c: Case): State {
  const state = stateByIso2(c.state);
  if (!state) throw new Error(`Case ${c.id} names an unknown State ${c.state}`);
  return state;
}

/** The page a suggested post links to: the case's story page for one case, else the campaign page. */
export function postLink(caseIds: readonly string[] | 'all'): string {
  const cases = resolveCases(caseIds);
  return cases.length === 1 ? caseLink(cases[0]!) : campaignLink();
}

/** A case about several people, none an organisation they belong to (the four Burundian lawyers). */
function isGroupOfPeople(c: Case): boolean {
  return c.subjects.length > 1 && c.subjects.every((s) => s.kind === 'person');
}

/** Several subjects that are not one organisation and its members ("their cases", not "this case"). */
export function caseIsPlural(c: Case): boolean {
  return isGroupOfPeople(c) || c.subjects.filter((s) => s.kind === 'organisation').length > 1;
}

/**
 * How a post names a case: by the people's names where the case is a group of people ("four
 * lawyers" means little in a post), else by the case's title.
 */
export function postCaseName(c: Case, lang: DataLanguage): string {
  if (isGroupOfPeople(c)) return c.subjects.map((s) => localized(s.name, lang).text).join(POST_TEMPLATES[lang].listSeparator);
  return caseTexts(c, lang).title.text;
}

/** "September 2027" (expected) or "24 September 2025" (sourced): the next dialogue on reprisals. */
export function nextDialogueWhen(lang: DataLanguage, today: Date = new Date()): string {
  const next = nextMomentOfKind('reprisals-dialogue', today);
  if (next && !next.expected) return letterDate(next.date, lang);
  return letterMonthYear(next?.year ?? today.getUTCFullYear(), next?.month ?? 9, lang);
}

/**
 * A short post in `lang` for one case, several, or all five: solidarity, the ask (States to
 * name the cases at the Council's next dialogue on reprisals, with its date or month from the
 * calendar, never a past session), the campaign's hashtags (#停止报复 and #EndReprisals in
 * Chinese, #EndReprisals otherwise) and a link to the case's or the campaign's page.
 */
export function suggestedPost(caseIds: string[] | 'all', lang: DataLanguage, today: Date = new Date()): string {
  const campaign = getCampaign();
  const cases = resolveCases(caseIds);
  const template = POST_TEMPLATES[lang];
  const shared = {
    when: nextDialogueWhen(lang, today),
    hashtags: (lang === 'zh' ? campaign.hashtags.zh : campaign.hashtags.en).join(' '),
    link: postLink(caseIds),
  };
  const named = (c: Case) => ({ caseName: postCaseName(c, lang), stateName: postStateName(stateOf(c), lang) });

  // In Arabic, names in Latin script are isolated and each line of text reads right to left;
  // the hashtag and link lines are left as they are, for the networks to recognise them.
  const laidOut = (post: string) =>
    isRtl(lang) ? post.split('\n').map((line) => (line === shared.hashtags || line === shared.link ? line : rtlLines(line))).join('\n') : post;

  if (cases.length === 1) {
    const c = cases[0]!;
    return laidOut(fillTemplate(caseIsPlural(c) ? template.singlePlural : template.single, { ...shared, ...named(c) }));
  }

  const states = [...new Set(cases.map((c) => c.state))].map((iso2) => postStateName(stateByIso2(iso2)!, lang));
  return laidOut(fillTemplate(template.multi, {
    ...shared,
    caseLines: cases.map((c) => fillTemplate(template.caseLine, { caseName: caseTexts(c, lang).title.text, stateName: postStateName(stateOf(c), lang) })).join('\n'),
    stateList: states.join(template.listSeparator),
  }));
}
