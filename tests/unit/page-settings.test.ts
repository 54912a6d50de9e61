import { describe, expect, it } from 'vitest';
import { readPageSettings } from '@/lib/marking/page-settings';
import { Settings } from '@/lib/settings';

const pick = (stored: unknown) => {
  const s = Settings.parse(stored ?? {});
  return { uiLanguage: s.uiLanguage, marking: s.marking };
};

describe('readPageSettings', () => {
  it('reads what Settings.parse reads, for good, partial and broken settings', () => {
    const cases: unknown[] = [
      undefined,
      null,
      {},
      { uiLanguage: 'ar', marking: { enabled: false, disabledHosts: ['www.ohchr.org'] } },
      { uiLanguage: 'zh-CN' },
      { uiLanguage: 'de', marking: { enabled: 'yes', disabledHosts: 'www.un.org' } },
      { uiLanguage: 3, marking: [] },
      { marking: { enabled: true } },
      { marking: { disabledHosts: ['a.org', 7] } },
      { marking: null, letterLanguage: 'fr', sender: { name: 'A' } },
    ];
    for (const stored of cases) expect(readPageSettings(stored), JSON.stringify(stored)).toEqual(pick(stored));
  });
});
