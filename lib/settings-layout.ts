import { DisabledHosts, isPlainObject, MissionEmails, parseSettings, Settings, SETTINGS_OBJECT_FIELDS } from './settings';

/**
 * Where each setting is stored. The small, bounded choices stay together in one `settings` item
 * of storage.sync, so the browser can carry them to the user's other devices. What grows with
 * use (mission addresses, sites where marking is off) lives in storage.local, which has no 8 KB
 * limit per item: one sync item cannot hold ~190 addresses.
 *
 * Older versions kept everything in the sync item ("legacy" fields below); those are read as
 * well, moved to local on the next write, and never dropped.
 */
import { DISABLED_HOSTS_KEY, LOCAL_KEYS, MISSION_EMAILS_KEY, SYNC_KEY } from './settings-keys';

export { DISABLED_HOSTS_KEY, LOCAL_KEYS, MISSION_EMAILS_KEY, SYNC_KEY };

export interface StoredSettings {
  /** The sync item as stored (any value). */
  sync: unknown;
  /** The local items as stored (absent keys are undefined). */
  local: { [MISSION_EMAILS_KEY]?: unknown; [DISABLED_HOSTS_KEY]?: unknown };
}

function legacyEmails(sync: unknown): unknown {
  return isPlainObject(sync) ? sync.missionEmails : undefined;
}

function legacyHosts(sync: unknown): unknown {
  return isPlainObject(sync) && isPlainObject(sync.marking) ? sync.marking.disabledHosts : undefined;
}

/** Whether the sync item still holds fields that now live in local storage. */
export function hasLegacyFields(sync: unknown): boolean {
  return legacyEmails(sync) !== undefined || legacyHosts(sync) !== undefined;
}

/**
 * The settings from what is stored. Addresses: the legacy ones with the local ones over them
 * (local wins for a State in both). Sites: the local list once there is one, else the legacy one.
 */
export function composeSettings(stored: StoredSettings): Settings {
  const base = parseSettings(stored.sync);
  const localEmails = stored.local[MISSION_EMAILS_KEY];
  const localHosts = stored.local[DISABLED_HOSTS_KEY];
  return {
    ...base,
    missionEmails: { ...MissionEmails.parse(legacyEmails(stored.sync)), ...MissionEmails.parse(localEmails) },
    marking: {
      ...base.marking,
      disabledHosts: localHosts === undefined ? DisabledHosts.parse(legacyHosts(stored.sync)) : DisabledHosts.parse(localHosts),
    },
  };
}

const KNOWN_KEYS = new Set(Object.keys(Settings.shape));

/**
 * The sync item to write for `settings`: every field this version knows, validated, without the
 * fields that live in local storage, plus whatever the stored item holds that this version does
 * not know (a newer version's fields, at the top level and inside object fields), unchanged.
 */
export function syncItemFor(settings: Settings, storedSync: unknown): Record<string, unknown> {
  const stored = isPlainObject(storedSync) ? storedSync : {};
  const item: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(stored)) if (!KNOWN_KEYS.has(key)) item[key] = value;
  const { missionEmails: _emails, marking, ...rest } = settings;
  Object.assign(item, rest, { marking: { enabled: marking.enabled } });
  for (const [field, knownKeys] of Object.entries(SETTINGS_OBJECT_FIELDS)) {
    const mine = item[field];
    const theirs = stored[field];
    if (!isPlainObject(mine) || !isPlainObject(theirs)) continue;
    const kept = Object.entries(theirs).filter(([key]) => !knownKeys.includes(key));
    item[field] = { ...Object.fromEntries(kept), ...mine };
  }
  return item;
}

export interface SettingsWrite {
  sync?: Record<string, unknown>;
  local?: { [MISSION_EMAILS_KEY]?: Record<string, string>; [DISABLED_HOSTS_KEY]?: string[] };
}

/**
 * What to write so that the stored settings become `next` after `patch`: only the items a field
 * of the patch lives in, plus the move of legacy fields out of the sync item (local first, so
 * that a failure in between loses nothing).
 */
export function planWrite(next: Settings, patch: Partial<Settings>, stored: StoredSettings): SettingsWrite {
  const legacy = hasLegacyFields(stored.sync);
  const local: NonNullable<SettingsWrite['local']> = {};
  if ('missionEmails' in patch || legacyEmails(stored.sync) !== undefined) local[MISSION_EMAILS_KEY] = next.missionEmails;
  if ('marking' in patch || legacyHosts(stored.sync) !== undefined) local[DISABLED_HOSTS_KEY] = next.marking.disabledHosts;
  const touchesSync = Object.keys(patch).some((key) => key !== 'missionEmails');
  return {
    ...(Object.keys(local).length > 0 ? { local } : {}),
    ...(touchesSync || legacy ? { sync: syncItemFor(next, stored.sync) } : {}),
  };
}
