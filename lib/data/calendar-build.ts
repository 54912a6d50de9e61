// Runs at build time (wxt.config.ts) and in tests, never in the extension: relative imports
// only, as the build loads it before aliases exist.
import calendarJson from './calendar.json';
import { CampaignCalendar } from './calendar-schema';
import { parsePack } from './parse-pack';

/** The calendar checked against its schema: a malformed file fails the build, naming the field. */
export function buildCalendar(): CampaignCalendar {
  return parsePack('calendar.json', CampaignCalendar, calendarJson);
}

/** The `define` that puts the checked calendar into a bundle. */
export function calendarDefine(): Record<string, string> {
  return { __ER_CALENDAR__: JSON.stringify(buildCalendar()) };
}
