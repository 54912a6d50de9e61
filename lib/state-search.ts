import type { State } from '@/lib/data/schema';

const NAME_LANGS = ['en', 'fr', 'es', 'ru', 'zh', 'ar'] as const;

/**
 * Folds a name for matching typed input: case, accents, Arabic vowel marks and hamza seats,
 * Russian "ё" and punctuation are all ignored, so "cote d ivoire" finds "Côte d’Ivoire" and
 * "مصر" finds "مِصر".
 */
export function foldForSearch(text: string): string {
  return text
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/ё/g, 'е')
    .replace(/[أإآٱ]/g, 'ا')
    .replace(/ى/g, 'ي')
    .replace(/ة/g, 'ه')
    .replace(/\u0640/g, '')
    .replace(/[\p{P}\p{S}\s]+/gu, ' ')
    .trim();
}

interface Indexed {
  state: State;
  names: string[];
}

// Folding 2,340 names takes a few milliseconds; a search box asks on every keystroke.
const indexes = new WeakMap<readonly State[], Indexed[]>();

function indexOf(states: readonly State[]): Indexed[] {
  let index = indexes.get(states);
  if (!index) {
    index = states.map((state) => ({
      state,
      names: [...new Set(NAME_LANGS.flatMap((lang) => [foldForSearch(state.short[lang]), foldForSearch(state.formal[lang])]))],
    }));
    indexes.set(states, index);
  }
  return index;
}

function rank(entry: Indexed, query: string, rawQuery: string): number | null {
  if (rawQuery.length === 2 && rawQuery.toUpperCase() === entry.state.iso2) return 0;
  let best: number | null = null;
  for (const name of entry.names) {
    const score = name === query ? 0 : name.startsWith(query) ? 1 : name.includes(` ${query}`) ? 2 : name.includes(query) ? 3 : null;
    if (score !== null && (best === null || score < best)) best = score;
  }
  return best;
}

/**
 * States whose short or formal name in any of the six UN languages (or whose ISO code) matches
 * `query`: exact names first, then names that start with it, then words that start with it, then
 * any substring. Ties keep the order of `states`; an empty query returns them all.
 */
export function searchStates(states: readonly State[], query: string): State[] {
  const folded = foldForSearch(query);
  if (!folded) return [...states];
  const scored: Array<{ state: State; score: number; order: number }> = [];
  indexOf(states).forEach((entry, order) => {
    const score = rank(entry, folded, query.trim());
    if (score !== null) scored.push({ state: entry.state, score, order });
  });
  return scored.sort((a, b) => a.score - b.score || a.order - b.order).map((s) => s.state);
}
