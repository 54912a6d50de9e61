import { describe, expect, it } from 'vitest';
import { parseSettings, type Settings } from './settings';
import { composeSettings, DISABLED_HOSTS_KEY, MISSION_EMAILS_KEY, planWrite, syncItemFor } from './settings-layout';

const legacy = {
  uiLanguage: 'ar',
  defaultNetwork: 'mastodon',
  missionEmails: { FR: 'france@example.org', BR: 'brasil@example.org' },
  marking: { enabled: true, disabledHosts: ['news.un.org'] },
  goal: { missions: 5 },
};

describe('composeSettings', () => {
  it('reads a layout where everything is in the sync item (older versions)', () => {
    const settings = composeSettings({ sync: legacy, local: {} });
    expect(settings.missionEmails).toEqual(legacy.missionEmails);
    expect(settings.marking).toEqual(legacy.marking);
    expect(settings.uiLanguage).toBe('ar');
  });

  it('reads addresses from both places, local winning for a State in both', () => {
    const settings = composeSettings({
      sync: legacy,
      local: { [MISSION_EMAILS_KEY]: { FR: 'new-france@example.org', EG: 'egypt@example.org' }, [DISABLED_HOSTS_KEY]: [] },
    });
    expect(settings.missionEmails).toEqual({ FR: 'new-france@example.org', BR: 'brasil@example.org', EG: 'egypt@example.org' });
    // Once there is a local list of sites, it is the list.
    expect(settings.marking.disabledHosts).toEqual([]);
  });
});

describe('syncItemFor', () => {
  it('leaves out what lives in local storage and keeps what this version does not know', () => {
    const stored = {
      ...legacy,
      futureField: { deep: [1, 2] },
      sender: { name: 'old', pronouns: 'she/her' },
      marking: { ...legacy.marking, colour: 'teal' },
      goal: { missions: 5, by: '2027-01-01', reminder: true },
    };
    const next: Settings = { ...parseSettings(stored), sender: { name: 'Ana', organisation: '', place: '' }, goal: { missions: 7 } };
    expect(syncItemFor(next, stored)).toEqual({
      uiLanguage: 'ar',
      letterLanguage: 'auto',
      defaultMailProvider: 'gmail',
      defaultNetwork: 'mastodon',
      mastodonInstance: '',
      openUnPdfsInReader: false,
      futureField: { deep: [1, 2] },
      sender: { name: 'Ana', organisation: '', place: '', pronouns: 'she/her' },
      marking: { enabled: true, colour: 'teal' },
      markStates: 'all',
      statementLanguage: 'page',
      // A date the user removed stays removed; a key this version does not know stays.
      goal: { missions: 7, reminder: true },
    });
  });
});

describe('planWrite', () => {
  const stored = { sync: { uiLanguage: 'en', marking: { enabled: true } }, local: {} };

  it('writes only the item a changed field lives in', () => {
    const next = { ...parseSettings(stored.sync), missionEmails: { FR: 'f@example.org' } };
    expect(planWrite(next, { missionEmails: next.missionEmails }, stored)).toEqual({ local: { [MISSION_EMAILS_KEY]: { FR: 'f@example.org' } } });
    const french = { ...parseSettings(stored.sync), uiLanguage: 'fr' as const };
    expect(Object.keys(planWrite(french, { uiLanguage: 'fr' }, stored))).toEqual(['sync']);
  });

  it('moves legacy fields to local storage on any write, even an empty one', () => {
    const settings = composeSettings({ sync: legacy, local: {} });
    const plan = planWrite(settings, {}, { sync: legacy, local: {} });
    expect(plan.local).toEqual({ [MISSION_EMAILS_KEY]: legacy.missionEmails, [DISABLED_HOSTS_KEY]: ['news.un.org'] });
    expect(plan.sync).not.toHaveProperty('missionEmails');
    expect(plan.sync?.marking).toEqual({ enabled: true });
  });

  it('writes nothing when there is nothing to change or move', () => {
    expect(planWrite(parseSettings(stored.sync), {}, stored)).toEqual({});
  });
});
