import { describe, expect, it } from 'vitest';
import { DEFAULT_SETTINGS, parseSettings, type Settings } from './settings';

const full: Settings = {
  uiLanguage: 'fr',
  letterLanguage: 'ru',
  defaultMailProvider: 'outlook',
  defaultNetwork: 'bluesky',
  mastodonInstance: 'mastodon.social',
  sender: { name: 'Ana', organisation: 'ISHR', place: 'Genève' },
  missionEmails: { FR: 'mission.france@example.org', EG: 'egypt@example.org' },
  marking: { enabled: false, disabledHosts: ['news.un.org'] },
  openUnPdfsInReader: true,
  markStates: 'linked',
  statementLanguage: 'fr',
  goal: { missions: 12, by: '2027-03-01' },
};

describe('parseSettings', () => {
  it('keeps valid settings as they are', () => {
    expect(parseSettings(full)).toEqual(full);
  });

  it('reads anything that is not an object as nothing stored', () => {
    for (const stored of [undefined, null, 'settings', 42, true, [], [full]]) expect(parseSettings(stored)).toEqual(DEFAULT_SETTINGS);
  });

  it('drops one bad mission address and keeps the others', () => {
    const parsed = parseSettings({ ...full, missionEmails: { FR: 'a@b.org', EG: 42, CN: null, xx: 'lower@case.org', BR: ' b@c.org ', DE: '' } });
    expect(parsed.missionEmails).toEqual({ FR: 'a@b.org', BR: 'b@c.org' });
    expect({ ...parsed, missionEmails: full.missionEmails }).toEqual(full);
  });

  it('drops one bad site and keeps the others and the switch', () => {
    const parsed = parseSettings({ ...full, marking: { enabled: false, disabledHosts: ['News.UN.org.', 7, null, 'a b', 'news.un.org', 'x'.repeat(300)] } });
    expect(parsed.marking).toEqual({ enabled: false, disabledHosts: ['news.un.org'] });
  });

  it('keeps a goal whose date is not a date, without the date', () => {
    for (const by of ['soon', '2027-02-30', '2027-13-01', 20270301, null, '']) {
      expect(parseSettings({ ...full, goal: { missions: 12, by } }).goal, String(by)).toEqual({ missions: 12 });
    }
    for (const missions of [0, -1, 1.5, 196, '12', Number.NaN, null]) {
      expect(parseSettings({ ...full, goal: { missions, by: '2027-03-01' } }).goal, String(missions)).toBeNull();
    }
  });

  it('cuts over-long sender details instead of dropping them', () => {
    const parsed = parseSettings({ ...full, sender: { name: 'N'.repeat(5000), organisation: 3, place: 'Genève' } });
    expect(parsed.sender).toEqual({ name: 'N'.repeat(300), organisation: '', place: 'Genève' });
  });

  it('costs a bad field that field only', () => {
    const junk: Record<keyof Settings, unknown> = {
      uiLanguage: 'klingon',
      letterLanguage: { en: true },
      defaultMailProvider: 'carrier-pigeon',
      defaultNetwork: null,
      mastodonInstance: ['mastodon.social'],
      sender: 'Ana',
      missionEmails: 'FR:a@b.org',
      marking: [true],
      openUnPdfsInReader: 'yes',
      markStates: 'some',
      statementLanguage: 'de',
      goal: 'ten',
    };
    for (const key of Object.keys(junk) as Array<keyof Settings>) {
      const parsed = parseSettings({ ...full, [key]: junk[key] });
      expect(parsed[key], key).toEqual(DEFAULT_SETTINGS[key]);
      expect({ ...parsed, [key]: full[key] }, key).toEqual(full);
    }
  });
});
