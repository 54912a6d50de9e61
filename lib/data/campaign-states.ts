/**
 * The States linked to the campaign, by ISO2 code: the State responsible for a case, or one that
 * raised a case at the UN (see `campaignLinks` in case-roles.ts). Made when the extension is
 * built (page-data-build.ts): the content script on UN pages marks these States more clearly
 * than the others, from the first mark on, without asking the background.
 */
export type CampaignLink = 'responsible' | 'raised';

declare const __ER_CAMPAIGN_STATES__: Record<string, CampaignLink>;

export const CAMPAIGN_STATES: Readonly<Record<string, CampaignLink>> = __ER_CAMPAIGN_STATES__;

export function campaignLinkOf(iso2: string): CampaignLink | undefined {
  const code = iso2.toUpperCase();
  return Object.hasOwn(CAMPAIGN_STATES, code) ? CAMPAIGN_STATES[code] : undefined;
}
