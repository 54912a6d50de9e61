import type { Case, CampaignText, DataLanguage } from '@/lib/data/schema';

/** Whether any text of the case lacks `lang` and will be shown in English instead. */
export function caseHasFallback(c: Case, lang: DataLanguage): boolean {
  const texts: CampaignText[] = [
    c.title,
    c.summary,
    c.callToAction,
    ...c.background,
    ...c.demands,
    ...c.whatHappened.map((e) => e.text),
    ...c.updates.map((u) => u.text),
    ...c.subjects.flatMap((s) => (s.role ? [s.name, s.role] : [s.name])),
  ];
  return texts.some((text) => !text[lang]);
}
