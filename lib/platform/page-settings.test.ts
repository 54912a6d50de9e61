import { describe, expect, it } from 'vitest';
import { readPageSettings } from '@/lib/platform/page-settings';
import { composeSettings } from '@/lib/settings-layout';
import { DISABLED_HOSTS_KEY } from '@/lib/settings-keys';

const pick = (sync: unknown, localHosts: unknown) => {
  const s = composeSettings({ sync, local: localHosts === undefined ? {} : { [DISABLED_HOSTS_KEY]: localHosts } });
  return { uiLanguage: s.uiLanguage, marking: s.marking, markStates: s.markStates, statementLanguage: s.statementLanguage };
};

describe('readPageSettings', () => {
  it('reads what composeSettings reads, for good, partial and broken settings in either layout', () => {
    const syncs: unknown[] = [
      undefined,
      null,
      {},
      'settings',
      { uiLanguage: 'ar', marking: { enabled: false, disabledHosts: ['www.ohchr.org'] } },
      { uiLanguage: 'zh-CN' },
      { uiLanguage: 'de', marking: { enabled: 'yes', disabledHosts: 'www.un.org' } },
      { uiLanguage: 3, marking: [] },
      { marking: { enabled: true } },
      { marking: { disabledHosts: ['a.org', 7, ' News.UN.org. ', 'a.org', 'bad host', 'x'.repeat(254)] } },
      { marking: null, letterLanguage: 'fr', sender: { name: 'A' } },
      { markStates: 'linked', statementLanguage: 'ar' },
      { markStates: 'some', statementLanguage: 'de' },
      { markStates: 'all', statementLanguage: 'page', uiLanguage: 'fr' },
      { markStates: ['linked'], statementLanguage: null },
    ];
    const locals: unknown[] = [undefined, [], ['www.ohchr.org', 'WWW.OHCHR.ORG', 5], 'www.un.org', null, { a: 1 }];
    for (const sync of syncs) {
      for (const local of locals) {
        expect(readPageSettings({ sync, localDisabledHosts: local }), JSON.stringify({ sync, local })).toEqual(pick(sync, local));
      }
    }
  });
});
