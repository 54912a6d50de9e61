import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing';
import { STATES } from '@/lib/data/states';
import { enforceSyncQuotaPerItem } from '@/tests/support/storage-quota';
import { DEFAULT_SETTINGS } from '@/lib/settings';
import { DISABLED_HOSTS_KEY, MISSION_EMAILS_KEY, SYNC_KEY } from '@/lib/settings-layout';
import { loadSettings, migrateSettingsLayout, onSettingsChanged, SettingsWriteError, updateSettings } from './settings-store';

beforeEach(() => fakeBrowser.reset());
afterEach(() => vi.restoreAllMocks());

const everyMission = () => Object.fromEntries(STATES.map((s) => [s.iso2, `permanent.mission.${s.iso2.toLowerCase()}@mission-geneva.example.org`]));

async function stored() {
  return { sync: await fakeBrowser.storage.sync.get(null), local: await fakeBrowser.storage.local.get(null) };
}

describe('mission addresses', () => {
  it('stores an address for every one of the 195 States and reads them all back', async () => {
    enforceSyncQuotaPerItem();
    const addresses = everyMission();
    expect(Object.keys(addresses)).toHaveLength(195);
    await updateSettings({ uiLanguage: 'zh-CN' });
    await updateSettings({ missionEmails: addresses });
    expect((await loadSettings()).missionEmails).toEqual(addresses);
    // Other settings still save: the sync item stays small.
    await updateSettings({ defaultNetwork: 'weibo' });
    expect(await loadSettings()).toMatchObject({ uiLanguage: 'zh-CN', defaultNetwork: 'weibo', missionEmails: addresses });
    expect(JSON.stringify((await stored()).sync[SYNC_KEY]).length).toBeLessThan(1000);
  });

  it('moves addresses an older version kept in the sync item to local storage, losing none', async () => {
    const old = Object.fromEntries(Object.entries(everyMission()).slice(0, 120));
    await fakeBrowser.storage.sync.set({
      [SYNC_KEY]: { uiLanguage: 'ru', missionEmails: old, marking: { enabled: false, disabledHosts: ['news.un.org'] }, fromNewer: 1 },
    });
    expect((await loadSettings()).missionEmails).toEqual(old);
    await migrateSettingsLayout();
    const after = await stored();
    expect(after.local[MISSION_EMAILS_KEY]).toEqual(old);
    expect(after.local[DISABLED_HOSTS_KEY]).toEqual(['news.un.org']);
    expect(after.sync[SYNC_KEY]).toMatchObject({ uiLanguage: 'ru', marking: { enabled: false }, fromNewer: 1 });
    expect(after.sync[SYNC_KEY]).not.toHaveProperty('missionEmails');
    expect(await loadSettings()).toMatchObject({ uiLanguage: 'ru', missionEmails: old, marking: { enabled: false, disabledHosts: ['news.un.org'] } });
    // Running it again changes nothing.
    await migrateSettingsLayout();
    expect(await stored()).toEqual(after);
  });

  it('keeps the legacy addresses when moving them fails half way', async () => {
    const old = { FR: 'france@example.org' };
    await fakeBrowser.storage.sync.set({ [SYNC_KEY]: { missionEmails: old } });
    vi.spyOn(fakeBrowser.storage.local, 'set').mockRejectedValue(new Error('IO error'));
    await expect(migrateSettingsLayout()).rejects.toBeInstanceOf(SettingsWriteError);
    expect((await stored()).sync[SYNC_KEY]).toEqual({ missionEmails: old });
    expect((await loadSettings()).missionEmails).toEqual(old);
  });
});

describe('failures', () => {
  it('reports a refused write as a SettingsWriteError naming the cause, and stores nothing of it', async () => {
    await updateSettings({ uiLanguage: 'es' });
    const before = await stored();
    vi.spyOn(fakeBrowser.storage.sync, 'set').mockRejectedValue(new Error('QUOTA_BYTES_PER_ITEM quota exceeded'));
    const failed = updateSettings({ uiLanguage: 'ar' });
    await expect(failed).rejects.toBeInstanceOf(SettingsWriteError);
    await expect(failed).rejects.toThrow('QUOTA_BYTES_PER_ITEM quota exceeded');
    expect(await stored()).toEqual(before);
    // The next write is not stuck behind the failed one.
    vi.restoreAllMocks();
    await expect(updateSettings({ uiLanguage: 'fr' })).resolves.toMatchObject({ uiLanguage: 'fr' });
  });

  it('never writes when the stored settings cannot be read', async () => {
    await updateSettings({ uiLanguage: 'es', missionEmails: { FR: 'f@example.org' } });
    const before = await stored();
    vi.spyOn(fakeBrowser.storage.sync, 'get').mockRejectedValue(new Error('storage unavailable'));
    const set = vi.spyOn(fakeBrowser.storage.sync, 'set');
    await expect(updateSettings({ defaultNetwork: 'x' })).rejects.toThrow('storage unavailable');
    expect(set).not.toHaveBeenCalled();
    vi.restoreAllMocks();
    expect(await stored()).toEqual(before);
  });

  it('reads a damaged store as valid settings', async () => {
    await fakeBrowser.storage.sync.set({ [SYNC_KEY]: 'not settings' });
    await fakeBrowser.storage.local.set({ [MISSION_EMAILS_KEY]: [1, 2], [DISABLED_HOSTS_KEY]: { a: 1 } });
    expect(await loadSettings()).toEqual(DEFAULT_SETTINGS);
  });

  it('keeps every change of two quick writes', async () => {
    await Promise.all([updateSettings({ uiLanguage: 'ar' }), updateSettings({ defaultNetwork: 'threads' }), updateSettings({ missionEmails: { EG: 'e@example.org' } })]);
    expect(await loadSettings()).toMatchObject({ uiLanguage: 'ar', defaultNetwork: 'threads', missionEmails: { EG: 'e@example.org' } });
  });
});

it('tells listeners about a change in either storage area', async () => {
  const seen: string[] = [];
  const stop = onSettingsChanged((settings) => seen.push(`${settings.uiLanguage} ${Object.keys(settings.missionEmails).join(',')}`));
  await updateSettings({ uiLanguage: 'ru' });
  await vi.waitFor(() => expect(seen.at(-1)).toBe('ru '));
  await updateSettings({ missionEmails: { BY: 'b@example.org' } });
  await vi.waitFor(() => expect(seen.at(-1)).toBe('ru BY'));
  stop();
});
