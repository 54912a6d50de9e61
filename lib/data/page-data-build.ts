// Runs at build time (wxt.config.ts) and in tests, never in the extension: relative imports
// only, as the build loads it before aliases exist.
import { z } from 'zod';
import { getCases, getReports, reportsNamingState } from './index';
import { caseSummary, caseTitle } from './case-text';
import { caseStatus } from './case-status';
import { campaignLinks } from './case-roles';
import { reportRows, type CardReport } from './report-rows';
import { State, type Case, type Source } from './schema';
import { perDataLanguage } from './data-languages';
import { parsePack } from './parse-pack';
import { STATES } from './states';
import { untermStateName } from './state-name-lookup';
import type { PageCase, PageCaseReport, PageData, PageMention, PageSource } from './page-data';
import type { CampaignLink } from './campaign-states';

function pageSource({ id, url, title, strength, publisher, date, plainHttp }: Source): PageSource {
  return { id, url, title, strength, ...(publisher ? { publisher } : {}), ...(date ? { date } : {}), ...(plainHttp ? { plainHttp } : {}) };
}

/** The reports that included the case, by the years the case gives, with the symbol of each. */
function caseReports(c: Case): PageCaseReport[] {
  return c.sgReportYears.map((year) => {
    const report = getReports().find((r) => r.year === year);
    return {
      year,
      symbol: report?.symbol ?? null,
      symbolVerified: report?.symbolVerified ?? false,
      // ISHR's database numbers its records by the year of the report that carries the case.
      ishrCaseCodes: c.ishrCaseCodes.filter((code) => code.startsWith(`${year}-`)),
    };
  });
}

function pageCase(c: Case): PageCase {
  const mentions: PageMention[] = [...c.stateMentions]
    .sort((a, b) => a.date.localeCompare(b.date))
    .map(({ states, group, speaker, session, setting, date, sources, weakSourcesOnly }) => ({
      states,
      ...(group ? { group } : {}),
      ...(speaker ? { speaker } : {}),
      session,
      setting,
      date,
      sources,
      weakSourcesOnly,
    }));
  const cited = new Set([...c.status.sources, ...mentions.flatMap((m) => m.sources)]);
  return {
    id: c.id,
    state: c.state,
    title: perDataLanguage((lang) => caseTitle(c, lang)),
    summary: perDataLanguage((lang) => caseSummary(c, lang)),
    status: perDataLanguage((lang) => {
      const { asOf, summary, people } = caseStatus(c, lang);
      return { asOf, summary, held: people.filter((p) => p.custody === 'held').map((p) => p.name) };
    }),
    statusSources: c.status.sources,
    reports: caseReports(c),
    stateMentions: mentions,
    sources: Object.fromEntries(c.sources.filter((s) => cited.has(s.id)).map((s) => [s.id, pageSource(s)])),
  };
}

/**
 * The compact, already checked form of the data the in-page features need (see PageData).
 * Loading lib/data validates every file of the pack against its schema; a broken pack fails
 * the build here, naming the file and field.
 */
export function buildPageData(): PageData {
  parsePack('states.generated.json', z.array(State), STATES);
  const named = [...new Set(getReports().flatMap((r) => r.statesNamed.map((s) => s.iso2)))].sort();
  const rows: CardReport[] = [];
  const rowIndex = new Map<string, number>();
  const indexOf = (row: CardReport) => {
    const key = JSON.stringify(row);
    let i = rowIndex.get(key);
    if (i === undefined) rowIndex.set(key, (i = rows.push(row) - 1));
    return i;
  };
  const reportsByState = Object.fromEntries(named.map((iso2) => [iso2, reportRows(reportsNamingState(iso2), iso2).map(indexOf)]));
  const stateNames = Object.fromEntries(
    STATES.map((s) => [s.iso2, perDataLanguage((lang) => untermStateName(s.iso2, lang) ?? s.iso2)]),
  );
  return { cases: getCases().map(pageCase), reportRows: rows, reportsByState, stateNames };
}

/** The page data as the package ships it (PAGE_DATA_FILE). */
export function pageDataFile(): string {
  return JSON.stringify(buildPageData());
}

/** Each State linked to the campaign (see campaign-states.ts), from the data pack. */
export function buildCampaignStates(): Record<string, CampaignLink> {
  const links = campaignLinks(getCases());
  // A mention must name a State in the data: a typo in the pack would otherwise mark nothing.
  for (const iso2 of links.keys()) {
    if (!STATES.some((s) => s.iso2 === iso2)) throw new Error(`campaign.json: a case or mention names an unknown State ${iso2}`);
  }
  return Object.fromEntries([...links].sort(([a], [b]) => a.localeCompare(b)));
}

/** The `define` that puts the campaign's States into a bundle (the marks on UN pages use them). */
export function campaignStatesDefine(): Record<string, string> {
  return { __ER_CAMPAIGN_STATES__: JSON.stringify(buildCampaignStates()) };
}
