import { render, type ComponentChildren } from 'preact';
import { act } from 'preact/test-utils';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing';
import { seededRandom } from '../../scripts/lib/seeded-random';
import { stateCardModel } from '@/lib/state-brief/card-model';
import { buildPageData } from '@/lib/data/page-data-build';
import { statementLanguageFor } from '@/lib/state-brief/statement-language';
import { loadPageSettings } from '@/lib/platform/page-settings';
import { DashboardApp } from '@/components/dashboard/DashboardApp';
import { OptionsApp } from '@/components/options/OptionsApp';
import { PopupApp } from '@/components/popup/PopupApp';
import { markingOnFor } from '@/lib/marking/site-switch';
import { DEFAULT_SETTINGS, type Settings } from '@/lib/settings';
import { DISABLED_HOSTS_KEY, MISSION_EMAILS_KEY, SYNC_KEY } from '@/lib/settings-layout';
import { loadSettings, updateSettings } from '@/lib/platform/settings-store';
import { freshDatabase } from '@/lib/platform/store/test-helpers';
import { resolveUiLanguage } from '@/lib/ui-language';
import { hostileValue, pick } from '@/tests/support/hostile-values';

const PAGE_DATA = buildPageData();

// Every stored settings field, damaged on its own in many ways: each time the other fields must
// read back exactly, and every surface that reads settings must still load.

const VALID: Settings = {
  uiLanguage: 'fr',
  letterLanguage: 'ru',
  defaultMailProvider: 'outlook',
  defaultNetwork: 'bluesky',
  mastodonInstance: 'mastodon.social',
  sender: { name: 'Ana', organisation: 'ISHR', place: 'Genève' },
  missionEmails: { FR: 'france@example.org', EG: 'egypt@example.org', BR: 'brasil@example.org' },
  marking: { enabled: false, disabledHosts: ['news.un.org', 'www.ohchr.org'] },
  openUnPdfsInReader: true,
  markStates: 'linked',
  statementLanguage: 'fr',
  goal: { missions: 12, by: '2027-03-01' },
};

interface Stored {
  sync: Record<string, unknown>;
  local: Record<string, unknown>;
}

/** VALID as the extension stores it today; `legacy` as older versions did (all in the sync item). */
function stored(legacy: boolean): Stored {
  const { missionEmails, marking, ...rest } = VALID;
  return legacy
    ? { sync: structuredClone({ ...VALID }) as Record<string, unknown>, local: {} }
    : {
        sync: structuredClone({ ...rest, marking: { enabled: marking.enabled } }),
        local: structuredClone({ [MISSION_EMAILS_KEY]: missionEmails, [DISABLED_HOSTS_KEY]: marking.disabledHosts }),
      };
}

/** Where a value can be damaged: [area, path within it, the settings field it belongs to]. */
const PLACES: Array<{ legacy: boolean; area: 'sync' | 'local'; path: string[]; field: keyof Settings; entry?: string }> = [
  ...(['uiLanguage', 'letterLanguage', 'defaultMailProvider', 'defaultNetwork', 'mastodonInstance', 'sender', 'marking', 'markStates', 'statementLanguage', 'openUnPdfsInReader', 'goal'] as const).map(
    (field) => ({ legacy: false, area: 'sync' as const, path: [field], field }),
  ),
  ...['name', 'organisation', 'place'].map((key) => ({ legacy: false, area: 'sync' as const, path: ['sender', key], field: 'sender' as const })),
  { legacy: false, area: 'sync', path: ['marking', 'enabled'], field: 'marking' },
  { legacy: false, area: 'sync', path: ['goal', 'missions'], field: 'goal' },
  { legacy: false, area: 'sync', path: ['goal', 'by'], field: 'goal' },
  { legacy: false, area: 'local', path: [MISSION_EMAILS_KEY], field: 'missionEmails' },
  { legacy: false, area: 'local', path: [MISSION_EMAILS_KEY, 'EG'], field: 'missionEmails', entry: 'EG' },
  { legacy: false, area: 'local', path: [DISABLED_HOSTS_KEY], field: 'marking' },
  { legacy: false, area: 'local', path: [DISABLED_HOSTS_KEY, '1'], field: 'marking', entry: '1' },
  { legacy: true, area: 'sync', path: ['missionEmails'], field: 'missionEmails' },
  { legacy: true, area: 'sync', path: ['missionEmails', 'EG'], field: 'missionEmails', entry: 'EG' },
  { legacy: true, area: 'sync', path: ['marking', 'disabledHosts'], field: 'marking' },
  { legacy: true, area: 'sync', path: ['marking', 'disabledHosts', '1'], field: 'marking', entry: '1' },
];

/** Sets the value at `path`; where an earlier damage left no object on the way, there is nothing to set. */
function setAt(target: Record<string, unknown>, path: string[], value: unknown): void {
  let at: unknown = target;
  for (const key of path.slice(0, -1)) at = typeof at === 'object' && at !== null ? (at as Record<string, unknown>)[key] : undefined;
  if (typeof at === 'object' && at !== null) (at as Record<string, unknown>)[path.at(-1)!] = value;
}

async function store({ sync, local }: Stored): Promise<void> {
  fakeBrowser.reset();
  await fakeBrowser.storage.sync.set({ [SYNC_KEY]: sync.__whole__ ?? sync });
  await fakeBrowser.storage.local.set(local);
}

describe('damaged stored settings', () => {
  beforeEach(() => fakeBrowser.reset());

  it('cost the damaged field (or list entry) only, in today’s layout and the older one', async () => {
    const random = seededRandom(1_130);
    let tried = 0;
    for (const place of PLACES) {
      for (let i = 0; i < 25; i++) {
        const damaged = stored(place.legacy);
        const junk = hostileValue(random);
        setAt(damaged[place.area], place.path, junk);
        await store(damaged);
        const settings = await loadSettings();
        const label = `${place.area}:${place.path.join('.')} = ${JSON.stringify(junk)?.slice(0, 60)}`;
        // Every other field reads back exactly.
        for (const key of Object.keys(VALID) as Array<keyof Settings>) {
          if (key !== place.field) expect(settings[key], `${label} → ${key}`).toEqual(VALID[key]);
        }
        // The damaged field is valid: its default, a valid reading of the junk, or the rest of its list.
        const again = await loadSettings();
        expect(again, label).toEqual(settings);
        if (place.field === 'missionEmails') {
          expect(Object.entries(settings.missionEmails).every(([k, v]) => /^[A-Z]{2}$/.test(k) && typeof v === 'string'), label).toBe(true);
          if (place.entry) expect(settings.missionEmails, label).toMatchObject({ FR: VALID.missionEmails.FR, BR: VALID.missionEmails.BR });
        }
        if (place.field === 'marking' && place.entry) expect(settings.marking.disabledHosts, label).toContain('news.un.org');
        if (place.path.length > 1 && place.field === 'sender') {
          const kept = Object.entries(VALID.sender).filter(([k]) => k !== place.path[1]);
          for (const [k, v] of kept) expect(settings.sender[k as keyof Settings['sender']], label).toBe(v);
        }
        if (place.path.join('.') === 'goal.by') expect(settings.goal?.missions, label).toBe(12);
        // The content script reads the same two settings without the schema, and works with them.
        const page = await loadPageSettings();
        expect(page, label).toEqual({ uiLanguage: settings.uiLanguage, marking: settings.marking, markStates: settings.markStates, statementLanguage: settings.statementLanguage });
        expect(typeof markingOnFor(page.marking, 'news.un.org'), label).toBe('boolean');
        const ui = resolveUiLanguage(page.uiLanguage);
        expect(stateCardModel('EG', ui, statementLanguageFor(page.statementLanguage, 'en', ui), PAGE_DATA), label).toBeDefined();
        tried++;
      }
    }
    expect(tried).toBeGreaterThanOrEqual(500);
  }, 60_000);

  it('whole items that are not what they should be read as defaults for their fields', async () => {
    const random = seededRandom(30);
    for (let i = 0; i < 40; i++) {
      const junk = hostileValue(random);
      await store({ sync: { __whole__: junk }, local: { [MISSION_EMAILS_KEY]: hostileValue(random), [DISABLED_HOSTS_KEY]: hostileValue(random) } });
      const settings = await loadSettings();
      expect(Object.keys(settings).sort()).toEqual(Object.keys(DEFAULT_SETTINGS).sort());
      expect(settings.uiLanguage).toBe('auto');
    }
  });

  it('are mended, not spread, by the next save, which keeps every valid field', async () => {
    const damaged = stored(false);
    setAt(damaged.sync, ['goal', 'by'], 'soon');
    setAt(damaged.local, [MISSION_EMAILS_KEY, 'EG'], 42);
    setAt(damaged.sync, ['fromNewer'], { keep: [1, 2] });
    await store(damaged);
    await updateSettings({ defaultNetwork: 'threads' });
    expect(await loadSettings()).toEqual({
      ...VALID,
      defaultNetwork: 'threads',
      goal: { missions: 12 },
      missionEmails: { FR: VALID.missionEmails.FR, BR: VALID.missionEmails.BR },
    });
    expect((await fakeBrowser.storage.sync.get(SYNC_KEY))[SYNC_KEY]).toMatchObject({ fromNewer: { keep: [1, 2] }, goal: { missions: 12 } });
  });
});

describe('every page still loads on damaged settings', () => {
  const host = document.createElement('div');
  document.body.append(host);
  beforeEach(async () => {
    await freshDatabase();
    // The options page lists the sites the user granted; the fake browser has no permissions API.
    vi.spyOn(fakeBrowser.permissions, 'getAll').mockResolvedValue({ origins: [], permissions: [] });
  });
  afterEach(async () => {
    vi.restoreAllMocks();
    await act(() => render(null, host));
    location.hash = '';
  });

  async function mount(app: ComponentChildren): Promise<void> {
    await act(() => render(app, host));
  }

  const random = seededRandom(77);
  const damagedStores = Array.from({ length: 4 }, (_, i) => {
    const damaged = stored(i % 2 === 1);
    // Several fields damaged at once, on top of one another.
    for (const place of PLACES.filter((p) => p.legacy === (i % 2 === 1))) if (random() < 0.5) setAt(damaged[place.area], place.path, hostileValue(random));
    return damaged;
  });
  const whole = [{ sync: { __whole__: 'not settings' }, local: { [MISSION_EMAILS_KEY]: [1], [DISABLED_HOSTS_KEY]: 'x' } }, ...damagedStores];

  it.each(whole.map((s, i) => [i, s] as const))('store %i: the popup, the options and the dashboard render', async (_, damaged) => {
    await store(damaged);
    await mount(<PopupApp />);
    await expect.poll(() => host.querySelectorAll('[data-case-link]').length, { timeout: 5_000 }).toBe(5);
    expect(host.querySelector('[data-testid="view-problem"]')).toBeNull();
    await act(() => render(null, host));

    await mount(<OptionsApp />);
    await expect.poll(() => host.querySelector('h1')?.textContent ?? '', { timeout: 5_000 }).not.toBe('');
    expect(host.querySelector('[data-testid="part-problem"]')).toBeNull();
    expect(host.querySelector('[data-testid="mission-address-count"]')).not.toBeNull();
    await act(() => render(null, host));

    document.documentElement.removeAttribute('data-ready');
    await mount(<DashboardApp />);
    await expect.poll(() => document.documentElement.getAttribute('data-ready'), { timeout: 10_000 }).toBe('0');
    expect(host.querySelector('[data-testid="section-problem"]')).toBeNull();
    expect(host.querySelector('#goal-heading')).not.toBeNull();
  }, 30_000);
});

// The seed picks values of every kind; make sure the list above covers each field at least once.
it('damages every settings field somewhere', () => {
  expect(new Set(PLACES.map((p) => p.field))).toEqual(new Set(Object.keys(VALID)));
  expect(pick(seededRandom(1), [1])).toBe(1);
});
