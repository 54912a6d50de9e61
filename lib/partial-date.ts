/**
 * Formats a date only as precisely as its source gives it: "2016" stays a year, "2016-12" a
 * month, "2016-11-21" a day. Computed in UTC so the day never shifts with the user's time zone.
 */
export function formatPartialDate(date: string, locale: string): string {
  const match = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$/.exec(date);
  if (!match) return date;
  const [, year, month, day] = match;
  const when = new Date(Date.UTC(Number(year), month ? Number(month) - 1 : 0, day ? Number(day) : 1));
  const options: Intl.DateTimeFormatOptions = day
    ? { year: 'numeric', month: 'long', day: 'numeric' }
    : month
      ? { year: 'numeric', month: 'long' }
      : { year: 'numeric' };
  return new Intl.DateTimeFormat(locale, { ...options, timeZone: 'UTC' }).format(when);
}
