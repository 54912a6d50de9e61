import { afterEach, describe, expect, it, vi } from 'vitest';
import { pageLayer } from './messages/page-layer';
import { loadPageMessages, pageMessagesLoaded, pageTranslatorFor, setPageMessagesLoader } from './page';
import { bundledPageMessages, pageMessagesFile } from './page-catalogue';

describe('the page layer’s strings (asked for one language at a time)', () => {
  // The other tests' strings, as the setup file gave them.
  afterEach(async () => {
    setPageMessagesLoader(bundledPageMessages);
    await Promise.all((['en', 'zh-CN', 'fr', 'es', 'ru', 'ar'] as const).map((lang) => loadPageMessages(lang)));
  });

  it('are not there before they are loaded, and are asked for once per language', async () => {
    const loader = vi.fn((lang: 'fr' | 'ar' | 'en' | 'zh-CN' | 'es' | 'ru') => Promise.resolve(pageLayer[lang]));
    setPageMessagesLoader(loader);
    expect(pageMessagesLoaded('fr')).toBe(false);
    expect(() => pageTranslatorFor('fr')).toThrow(/not loaded/);
    await Promise.all([loadPageMessages('fr'), loadPageMessages('fr')]);
    await loadPageMessages('fr');
    expect(loader).toHaveBeenCalledTimes(1);
    expect(pageTranslatorFor('fr')('cardClose')).toBe(pageLayer.fr.cardClose);
    expect(pageMessagesLoaded('ar')).toBe(false);
  });

  it('keep no failed answer: the next card asks again', async () => {
    let fail = true;
    setPageMessagesLoader(async (lang) => {
      if (fail) throw new Error('background asleep');
      return pageLayer[lang];
    });
    await expect(loadPageMessages('ru')).rejects.toThrow('background asleep');
    fail = false;
    await loadPageMessages('ru');
    expect(pageTranslatorFor('ru')('cardClose')).toBe(pageLayer.ru.cardClose);
  });

  it('ship in the package with every language the catalogue has', () => {
    expect(JSON.parse(pageMessagesFile())).toEqual(pageLayer);
  });
});
