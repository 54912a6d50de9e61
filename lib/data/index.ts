// The data pack the extension ships (see README.md here): the campaign, its cases, the reports, parsed once.
import { z } from 'zod';
import campaignJson from './campaign.json';
import caseTranslationsJson from './case-translations.json';
import reportsJson from './reports.json';
import { parsePack } from './parse-pack';
import { Campaign, CaseTranslations, SgReport, type Case } from './schema';

export { localized } from './localized';
export { STATES, stateByIso2, stateName } from './states';

// Parsed once, at first import: a malformed pack throws here, naming the file and field.
const campaign = parsePack('campaign.json', Campaign, campaignJson);
const reports = parsePack('reports.json', z.array(SgReport), reportsJson);
const caseTranslations = parsePack('case-translations.json', CaseTranslations, caseTranslationsJson).cases;

export function getCampaign(): Campaign {
  return campaign;
}

export function getCases(): Case[] {
  return campaign.cases;
}

export function getCase(id: string): Case | undefined {
  return campaign.cases.find((c) => c.id === id);
}

export function casesForState(iso2: string): Case[] {
  const code = iso2.toUpperCase();
  return campaign.cases.filter((c) => c.state === code);
}

/** The Secretary-General's reprisals reports, 2010 onwards, oldest first. */
export function getReports(): SgReport[] {
  return reports;
}

/** Reports that a source says name the State (lists are often partial: see `listCompleteness`). */
export function reportsNamingState(iso2: string): SgReport[] {
  const code = iso2.toUpperCase();
  return reports.filter((r) => r.statesNamed.some((s) => s.iso2 === code));
}

/**
 * Our fr/es/ru/ar translations of a case's title, summary and demands, each quoting the English it
 * translates. Read case texts through `case-text.ts`, which uses a translation only while it matches.
 */
export function getCaseTranslation(caseId: string): CaseTranslations['cases'][string] | undefined {
  return caseTranslations[caseId];
}
