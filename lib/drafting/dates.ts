import type { DataLanguage } from '@/lib/data/schema';
import { formatPartialDate } from '@/lib/partial-date';

/**
 * Locale for dates in letters: day-month-year in English as UN documents write it, Chinese as
 * written in mainland China, Arabic with Western digits as UN Arabic documents write them.
 */
export function letterLocale(lang: DataLanguage): string {
  return lang === 'en' ? 'en-GB' : lang === 'zh' ? 'zh-CN' : lang === 'ar' ? 'ar-u-nu-latn' : lang;
}

// Month names as UN Arabic documents write them, the Levantine name then the Egyptian one
// ("أيلول/سبتمبر"), as the case texts do; the locale's own names are one or the other.
const AR_MONTHS = [
  'كانون الثاني/يناير',
  'شباط/فبراير',
  'آذار/مارس',
  'نيسان/أبريل',
  'أيار/مايو',
  'حزيران/يونيه',
  'تموز/يوليه',
  'آب/أغسطس',
  'أيلول/سبتمبر',
  'تشرين الأول/أكتوبر',
  'تشرين الثاني/نوفمبر',
  'كانون الأول/ديسمبر',
];

function arabicDate(date: string): string {
  const match = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$/.exec(date);
  if (!match) return date;
  const [, year, month, day] = match;
  if (!month) return year!;
  const monthYear = `${AR_MONTHS[Number(month) - 1]} ${year}`;
  return day ? `${Number(day)} ${monthYear}` : monthYear;
}

/**
 * A date ("2025-09-24", "2023-09" or "2022") written in the letter's language, only as precise as
 * it is. Russian writes "года" in full ("22 сентября 2025 года"), as the case texts do, rather
 * than the locale's "г."; French writes "1er" for the first of the month.
 */
export function letterDate(date: string, lang: DataLanguage): string {
  if (lang === 'ar') return arabicDate(date);
  const formatted = formatPartialDate(date, letterLocale(lang));
  if (lang === 'ru') return formatted.replace(/\s?г\.$/, ' года');
  // French writes the first of the month as an ordinal: "1er décembre 2026".
  if (lang === 'fr') return formatted.replace(/^1 /, '1er ');
  return formatted;
}

// Russian month names after "в" (prepositional case): "в сентябре 2027 года".
const RU_MONTHS_IN = ['январе', 'феврале', 'марте', 'апреле', 'мае', 'июне', 'июле', 'августе', 'сентябре', 'октябре', 'ноябре', 'декабре'];

/**
 * "September 2027" in the letter's language. `in` gives the form that follows the preposition
 * the templates use ("в сентябре 2027 года" in Russian; the same as the plain form elsewhere).
 */
export function letterMonthYear(year: number, month: number, lang: DataLanguage, form: 'plain' | 'in' = 'plain'): string {
  if (lang === 'ru' && form === 'in') return `${RU_MONTHS_IN[month - 1]} ${year} года`;
  return letterDate(`${year}-${String(month).padStart(2, '0')}`, lang);
}
