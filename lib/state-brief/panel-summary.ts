import { caseRole, campaignLinks } from '@/lib/data/case-roles';
import { pageReportsForState, pageStateName, type PageData } from '@/lib/data/page-data';
import { dataLanguageOf, type UiLanguage } from '@/lib/i18n/languages';
import type { PageStateSummary } from './types';

/**
 * One line of "States on this page" per State in `iso2s` (unknown codes are left out), in
 * `uiLang`: how it is linked to the campaign, the cases it is responsible for, the cases it
 * raised and where, the years of the reports that named it.
 */
export function pageStateSummaries(iso2s: readonly string[], uiLang: UiLanguage, data: PageData): PageStateSummary[] {
  const lang = dataLanguageOf(uiLang);
  const links = campaignLinks(data.cases);
  const out: PageStateSummary[] = [];
  for (const iso2 of new Set(iso2s.map((code) => code.toUpperCase()))) {
    const name = pageStateName(iso2, lang, data);
    if (name === undefined) continue;
    const roles = data.cases.map((c) => caseRole(iso2, c));
    out.push({
      iso2,
      name,
      link: links.get(iso2) ?? null,
      responsibleFor: roles.filter((r) => r.role === 'responsible').map((r) => ({ id: r.case.id, title: r.case.title[lang] })),
      raised: roles
        .filter((r) => r.role === 'raised-before')
        .map((r) => ({ id: r.case.id, title: r.case.title[lang], sessions: [...new Set(r.mentions.map((m) => m.session))] })),
      reportYears: [...new Set(pageReportsForState(iso2, data).map((r) => r.year))].sort((a, b) => a - b),
    });
  }
  return out;
}
