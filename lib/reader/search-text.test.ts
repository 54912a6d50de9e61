import { describe, expect, it } from 'vitest';
import { buildPageText } from './page-text';
import { findInText, foldQuery, searchable } from './search-text';

const find = (text: string, query: string) => findInText(searchable(text), foldQuery(query)).map(([a, b]) => text.slice(a, b));

describe('searching page text', () => {
  it('ignores case and accents', () => {
    expect(find('Le Bélarus et la Côte d’Ivoire', 'belarus')).toEqual(['Bélarus']);
    expect(find('Le Bélarus et la Côte d’Ivoire', 'CÔTE')).toEqual(['Côte']);
  });

  it('ignores how spaces and line ends fall', () => {
    const page = buildPageText([{ str: 'the Human', hasEOL: true }, { str: 'Rights  Council' }]);
    expect(find(page.text, 'human rights council')).toEqual(['Human\nRights  Council']);
  });

  it('finds Arabic whatever the letter forms and vowel marks', () => {
    expect(find('ذكرت ﻣﺼﺮ والصِّين', 'مصر')).toEqual(['ﻣﺼﺮ']);
    expect(find('ذكرت ﻣﺼﺮ والصِّين', 'الصين')).toEqual(['الصِّين']);
    expect(find('ﺍﻷﺭﺩﻥ', 'الأردن')).toEqual(['ﺍﻷﺭﺩﻥ']);
  });

  it('finds Chinese, Russian and repeated matches without overlap', () => {
    expect(find('中国和埃及，中国', '中国')).toEqual(['中国', '中国']);
    expect(find('Беларуси и БЕЛАРУСЬ', 'беларус')).toEqual(['Беларус', 'БЕЛАРУС']);
    expect(find('aaaa', 'aa')).toEqual(['aa', 'aa']);
  });

  it('finds nothing for an empty or blank query', () => {
    expect(find('Egypt', '   ')).toEqual([]);
    expect(find('Egypt', '')).toEqual([]);
  });
});
