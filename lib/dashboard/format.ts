import type { UiLanguage } from '@/lib/i18n';
import type { Translate } from '@/lib/i18n';
import type { TimeUnit } from '@/lib/platform/store/timeline';

export interface Formatters {
  number: (n: number) => string;
  date: (time: number) => string;
  dateTime: (time: number) => string;
  /** Name of a language code ("ar" → "Arabic" in English, "阿拉伯语" in Chinese). */
  languageName: (code: string) => string;
  /** A calendar year as the language writes it. */
  year: (year: number) => string;
  bucket: (unit: TimeUnit, start: number, short?: boolean) => string;
}

const cache = new Map<UiLanguage, Formatters>();

const validTime = (time: number) => !Number.isNaN(new Date(time).getTime());

/** Number, date and language-name formatting in the UI language, built once per language. */
export function formattersFor(lang: UiLanguage, t: Translate): Formatters {
  const cached = cache.get(lang);
  if (cached) return cached;
  const number = new Intl.NumberFormat(lang);
  const date = new Intl.DateTimeFormat(lang, { dateStyle: 'medium' });
  const dateTime = new Intl.DateTimeFormat(lang, { dateStyle: 'medium', timeStyle: 'short' });
  const dayShort = new Intl.DateTimeFormat(lang, { month: 'short', day: 'numeric' });
  const month = new Intl.DateTimeFormat(lang, { month: 'short', year: 'numeric' });
  const monthShort = new Intl.DateTimeFormat(lang, { month: 'short' });
  const year = new Intl.DateTimeFormat(lang, { year: 'numeric' });
  const languages = new Intl.DisplayNames([lang], { type: 'language' });
  const formatters: Formatters = {
    number: (n) => number.format(n),
    // A stored time no Date can hold (imported before times were checked) shows as its number.
    date: (time) => (validTime(time) ? date.format(time) : String(time)),
    dateTime: (time) => (validTime(time) ? dateTime.format(time) : String(time)),
    year: (y) => year.format(new Date(y, 6, 1)),
    languageName: (code) => languages.of(code) ?? code,
    bucket: (unit, start, short = false) => {
      if (unit === 'day') return short ? dayShort.format(start) : date.format(start);
      if (unit === 'week') return short ? dayShort.format(start) : t('dashboardWeekOf', { date: date.format(start) });
      if (unit === 'month') return short ? monthShort.format(start) : month.format(start);
      return year.format(start);
    },
  };
  cache.set(lang, formatters);
  return formatters;
}
