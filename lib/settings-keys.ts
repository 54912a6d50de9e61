/**
 * Where settings are stored (see settings-layout.ts). Kept apart, without zod, so that the content
 * script on UN pages can read the two settings it needs (lib/platform/page-settings.ts).
 */
export const SYNC_KEY = 'settings';
export const MISSION_EMAILS_KEY = 'missionEmails';
export const DISABLED_HOSTS_KEY = 'markingDisabledHosts';
export const LOCAL_KEYS = [MISSION_EMAILS_KEY, DISABLED_HOSTS_KEY] as const;
