import { describe, expect, it } from 'vitest';
import type { State } from '@/lib/data/schema';
import { foldForSearch, searchStates } from './state-search';

// Shapes of two real UNTERM entries, enough to exercise matching in every script.
const egypt: State = {
  iso2: 'EG',
  m49: '818',
  observer: false,
  short: { en: 'Egypt', fr: 'Égypte', es: 'Egipto', ru: 'Египет', zh: '埃及', ar: 'مصر' },
  formal: {
    en: 'the Arab Republic of Egypt',
    fr: "la République arabe d'Égypte",
    es: 'la República Árabe de Egipto',
    ru: 'Арабская Республика Египет',
    zh: '阿拉伯埃及共和国',
    ar: 'جمهورية مصر العربية',
  },
};
const ivoire: State = {
  iso2: 'CI',
  m49: '384',
  observer: false,
  short: { en: "Côte d'Ivoire", fr: "Côte d'Ivoire", es: "Côte d'Ivoire", ru: 'Кот-д’Ивуар', zh: '科特迪瓦', ar: 'كوت ديفوار' },
  formal: {
    en: "the Republic of Côte d'Ivoire",
    fr: "la République de Côte d'Ivoire",
    es: "la República de Côte d'Ivoire",
    ru: 'Республика Кот-д’Ивуар',
    zh: '科特迪瓦共和国',
    ar: 'جمهورية كوت ديفوار',
  },
};
const states = [ivoire, egypt];

describe('foldForSearch', () => {
  it('ignores case, accents, punctuation and Arabic vowel marks', () => {
    expect(foldForSearch("Côte d’Ivoire")).toBe('cote d ivoire');
    expect(foldForSearch('ÉGYPTE')).toBe('egypte');
    expect(foldForSearch('مِصْر')).toBe('مصر');
  });
});

describe('searchStates', () => {
  it('finds a State by a name in any of the six languages', () => {
    for (const q of ['egy', 'Égypte', 'egipto', 'Египет', '埃及', 'مصر']) {
      expect(searchStates(states, q).map((s) => s.iso2)).toEqual(['EG']);
    }
  });
  it('finds by the formal name, a word inside it and the ISO code', () => {
    expect(searchStates(states, 'arab republic').map((s) => s.iso2)).toEqual(['EG']);
    expect(searchStates(states, 'cote d ivoire').map((s) => s.iso2)).toEqual(['CI']);
    expect(searchStates(states, 'eg').map((s) => s.iso2)).toEqual(['EG']);
  });
  it('ranks names starting with the query before names merely containing it', () => {
    // "rep" starts no short name but begins a word of both formal names; order then follows input.
    expect(searchStates(states, 'rep').map((s) => s.iso2)).toEqual(['CI', 'EG']);
    // Côte d'Ivoire's formal name starts with it, Egypt's only has it as a word: input order loses.
    expect(searchStates([egypt, ivoire], 'республика').map((s) => s.iso2)).toEqual(['CI', 'EG']);
  });
  it('returns every State for an empty query and none for a miss', () => {
    expect(searchStates(states, '  ')).toHaveLength(2);
    expect(searchStates(states, 'atlantis')).toEqual([]);
  });
});

describe('searchStates over the shipped 195 States', async () => {
  const { STATES } = await import('@/lib/data/states');
  it('puts an exact name first in every script', () => {
    expect(searchStates(STATES, '中国')[0]?.iso2).toBe('CN');
    expect(searchStates(STATES, 'Suisse').map((s) => s.iso2)).toEqual(['CH']);
    expect(searchStates(STATES, 'Франция')[0]?.iso2).toBe('FR');
    expect(searchStates(STATES, 'مصر')[0]?.iso2).toBe('EG');
  });
  it('finds every State by its own English short name', () => {
    for (const state of STATES) expect(searchStates(STATES, state.short.en)[0]?.iso2).toBe(state.iso2);
  });
});
