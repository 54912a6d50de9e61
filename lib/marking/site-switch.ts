import type { Settings } from '@/lib/settings';

type MarkingSettings = Settings['marking'];

/** Host names are compared as browsers show them: lower case, no trailing dot. */
export function normalizeHost(host: string): string {
  return host.trim().toLowerCase().replace(/\.$/, '');
}

/** Whether State names are marked on `host`: on globally and not switched off for that site. */
export function markingOnFor(marking: MarkingSettings, host: string): boolean {
  return marking.enabled && !marking.disabledHosts.includes(normalizeHost(host));
}

/** The marking settings with the switch for one site set to `on`. */
export function withSiteMarking(marking: MarkingSettings, host: string, on: boolean): MarkingSettings {
  const h = normalizeHost(host);
  const others = marking.disabledHosts.filter((d) => d !== h);
  return { ...marking, disabledHosts: on ? others : [...others, h] };
}
