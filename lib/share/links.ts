import { getCampaign } from '@/lib/data/index';
import type { Case } from '@/lib/data/schema';

/** The campaign's own page (ISHR's #EndReprisals campaign page), from the campaign's sources. */
export function campaignLink(): string {
  const sources = getCampaign().sources;
  const ishr = sources.find((s) => isIshr(s.url));
  return (ishr ?? sources[0]!).url;
}

/**
 * The page a post about one case links to: the case's story page on ISHR's #EndReprisals site
 * where the data has one, else the campaign page.
 */
export function caseLink(c: Case): string {
  const story = c.sources.find((s) => s.id.startsWith('ishr-story-') && isIshr(s.url));
  return story?.url ?? campaignLink();
}

function isIshr(url: string): boolean {
  const host = new URL(url).hostname;
  return host === 'ishr.ch' || host.endsWith('.ishr.ch');
}
