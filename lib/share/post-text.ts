import { getCampaign, stateByIso2, stateName } from '@/lib/data/index';
import type { Case, DataLanguage, State } from '@/lib/data/schema';
import { caseTexts } from '@/lib/letters/case-texts';
import { fillTemplate } from '@/lib/letters/fill';
import { resolveCases } from '@/lib/letters/resolve-cases';
import { sessionNumber } from '@/lib/letters/session';
import { POST_TEMPLATES } from './post-templates';
import { campaignLink, caseLink } from './links';

export { resolveCases };

function stateOf(c: Case): State {
  const state = stateByIso2(c.state);
  if (!state) throw new Error(`Case ${c.id} names an unknown State ${c.state}`);
  return state;
}

/**
 * A State's short name for a post: the UNTERM short name without a trailing qualifier in
 * parentheses ("Venezuela", not "Venezuela (Bolivarian Republic of)"), as people write it in
 * a post and so that a name in parentheses never nests.
 */
export function postStateName(state: State, lang: DataLanguage): string {
  return stateName(state, lang, 'short').replace(/\s*\([^)]*\)\s*$/, '');
}

/** The page a suggested post links to: the case's story page for one case, else the campaign page. */
export function postLink(caseIds: readonly string[] | 'all'): string {
  const cases = resolveCases(caseIds);
  return cases.length === 1 ? caseLink(cases[0]!) : campaignLink();
}

/**
 * A short post in `lang` for one case, several, or all five: solidarity, the campaign's ask
 * (States to raise the cases in public at the Human Rights Council), the campaign's hashtags
 * (#停止报复 and #EndReprisals in Chinese, #EndReprisals otherwise) and a link to the
 * campaign's page. Built only from the case data and the templates in post-templates.json.
 */
export function suggestedPost(caseIds: string[] | 'all', lang: DataLanguage): string {
  const campaign = getCampaign();
  const cases = resolveCases(caseIds);
  const template = POST_TEMPLATES[lang];
  const shared = {
    session: campaign.targetSession,
    sessionNumber: sessionNumber(campaign.targetSession),
    hashtags: (lang === 'zh' ? campaign.hashtags.zh : campaign.hashtags.en).join(' '),
    link: postLink(caseIds),
  };
  const named = (c: Case) => ({ caseName: caseTexts(c, lang).title.text, stateName: postStateName(stateOf(c), lang) });

  if (cases.length === 1) return fillTemplate(template.single, { ...shared, ...named(cases[0]!) });

  const states = [...new Set(cases.map((c) => c.state))].map((iso2) => postStateName(stateByIso2(iso2)!, lang));
  return fillTemplate(template.multi, {
    ...shared,
    caseLines: cases.map((c) => fillTemplate(template.caseLine, named(c))).join('\n'),
    stateList: states.join(template.listSeparator),
  });
}
