import { caseDemands, caseSummary, caseTitle } from '@/lib/data/case-text';
import type { Case, CampaignText, DataLanguage } from '@/lib/data/schema';

/**
 * Whether any text of the case lacks `lang` and will be shown in English instead (the title,
 * summary and demands count as present where our translation of them is current).
 */
export function caseHasFallback(c: Case, lang: DataLanguage): boolean {
  const chosen = [caseTitle(c, lang), caseSummary(c, lang), ...caseDemands(c, lang)];
  if (chosen.some((text) => text.lang !== lang)) return true;
  const texts: CampaignText[] = [
    c.callToAction,
    // A first paragraph that repeats the summary is shown as the summary.
    ...c.background.filter((paragraph, i) => i > 0 || paragraph.en !== c.summary.en),
    ...c.whatHappened.map((e) => e.text),
    ...c.updates.map((u) => u.text),
    ...c.subjects.flatMap((s) => (s.role ? [s.name, s.role] : [s.name])),
    c.status.summary,
    ...c.status.stillOpen,
    ...c.status.people.map((p) => p.text),
    ...c.stateMentions.map((m) => m.text),
    ...c.corrections.flatMap((k) => [k.note, k.campaignSaid]),
  ];
  return texts.some((text) => !text[lang]);
}
