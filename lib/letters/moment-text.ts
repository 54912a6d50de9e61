import { daysUntil, type UpcomingMoment } from '@/lib/data/calendar';
import type { DataLanguage } from '@/lib/data/schema';
import type { Translate, UiLanguage } from '@/lib/i18n';
import { letterDate, letterMonthYear } from '@/lib/drafting/dates';

/** What the moment is, in the interface language. */
export function momentLabel(t: Translate, moment: UpcomingMoment, lang: DataLanguage): string {
  if (moment.kind === 'council-session') {
    return t('momentSession', { start: letterDate(moment.date, lang), end: letterDate(moment.endDate ?? moment.date, lang) });
  }
  const dialogue = moment.kind === 'reprisals-dialogue';
  if (moment.expected) return t(dialogue ? 'momentDialogueExpected' : 'momentThirdExpected', { monthYear: letterMonthYear(moment.year, moment.month, lang) });
  return t(dialogue ? 'momentDialogueDated' : 'momentThirdDated', { date: letterDate(moment.date, lang) });
}

/** "in 12 days", "in about 10 months" as the language says it (Intl.RelativeTimeFormat). */
export function howFarOff(t: Translate, moment: UpcomingMoment, today: Date, uiLang: UiLanguage): string {
  const days = daysUntil(moment, today);
  if (days === 0) return t('momentToday');
  const format = new Intl.RelativeTimeFormat(uiLang, { numeric: 'auto' });
  if (days < 45) return format.format(days, 'day');
  return format.format(Math.round(days / 30.44), 'month');
}
