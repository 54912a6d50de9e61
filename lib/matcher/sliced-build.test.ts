import { describe, expect, it, vi } from 'vitest';
import type { DataLanguage } from '@/lib/data/schema';
import type { NameEntry } from './matcher';

/** A fresh copy of the matcher modules: nothing compiled or cached yet. */
async function freshModules() {
  vi.resetModules();
  return {
    index: await import('./index'),
    matcher: await import('./matcher'),
    nameTable: await import('./name-table'),
    steps: await import('./steps'),
  };
}

/** Index of the first element where two typed arrays differ (-1: equal), much faster than toEqual on 65,536 elements. */
function firstDifference(x: ArrayLike<number>, y: ArrayLike<number>): number {
  if (x.length !== y.length) return Math.min(x.length, y.length);
  for (let i = 0; i < x.length; i++) if (x[i] !== y[i]) return i;
  return -1;
}

const FILLER: Record<DataLanguage, string> = {
  en: 'Human rights defenders from',
  fr: 'Des défenseurs des droits humains de',
  es: 'Defensores de derechos humanos de',
  ru: 'Правозащитники из',
  zh: '人权维护者来自',
  ar: 'المدافعون عن حقوق الإنسان من',
};
const ARABIC_CLITICS = ['', 'و', 'ب', 'ل', 'وب'];

/**
 * Every name in every searched form (Russian cases, Arabic forms behind clitics, dash
 * variants), in running text of its language, some in capitals: a long text in the six
 * languages with thousands of names of every kind.
 */
function mixedText(names: readonly NameEntry[], surfaceForms: (name: string, lang: DataLanguage) => Array<{ form: string }>): string {
  const parts: string[] = [];
  names.forEach((n, i) => {
    for (const [k, { form }] of surfaceForms(n.name, n.lang).entries()) {
      const clitic = n.lang === 'ar' ? ARABIC_CLITICS[(i + k) % ARABIC_CLITICS.length]! : '';
      const written = (i + k) % 7 === 0 ? form.toUpperCase() : form;
      parts.push(`${FILLER[n.lang]} ${clitic}${written}${n.lang === 'zh' ? '。' : '. '}`);
    }
  });
  return parts.join('');
}

// Each test builds the whole matcher at least once (twice for comparisons): allow for a busy machine.
const BUILD_TIMEOUT = 30_000;

describe('the time-sliced build of the State matcher', () => {
  it('builds the same automaton and pattern table as the build in one go', async () => {
    const { index, matcher, steps } = await freshModules();
    const names = index.allStateNames();
    let pauses = 0;
    const sliced = await steps.runStepsSliced(matcher.compileSteps(names), { sliceMs: 0, yieldFn: async () => void pauses++ });
    const inOneGo = matcher.compileWithReport(names);
    // Every stage pauses: the fold tables, the pattern table, the trie, the rows, the failure links.
    expect(pauses).toBeGreaterThan(300);
    expect(sliced.patternCount).toBe(inOneGo.patternCount);
    expect(sliced.patterns).toEqual(inOneGo.patterns);
    const a = sliced.automaton;
    const b = inOneGo.automaton;
    expect(Object.keys(a).sort()).toEqual(Object.keys(b).sort());
    for (const key of Object.keys(a) as Array<keyof typeof a>) {
      const x = a[key];
      const y = b[key];
      if (typeof x === 'number') expect(x, key).toBe(y);
      else expect(firstDifference(x, y as typeof x), key).toBe(-1);
    }
    expect(a.fail.length).toBeGreaterThan(10_000);
  }, BUILD_TIMEOUT);

  it('finds the same names as the matcher built in one go, in a long text in the six languages', async () => {
    const { index, nameTable } = await freshModules();
    const loaded = await index.loadStateMatcher({ sliceMs: 1, yieldFn: () => new Promise((r) => setTimeout(r, 0)) });
    const names = index.allStateNames();
    const inOneGo = index.compileMatcher(names);
    const text = mixedText(names, nameTable.surfaceForms);
    const found = loaded.find(text);
    expect(found).toEqual(inOneGo.find(text));
    expect(new Set(found.map((m) => m.iso2)).size).toBe(195);
    expect(found.length).toBeGreaterThan(4000);
  }, BUILD_TIMEOUT);

  it('is shared: getStateMatcher afterwards, and loads under way, give the same instance', async () => {
    const { index } = await freshModules();
    const first = index.loadStateMatcher();
    const second = index.loadStateMatcher();
    const loaded = await first;
    expect(await second).toBe(loaded);
    expect(index.getStateMatcher()).toBe(loaded);
    expect(await index.loadStateMatcher()).toBe(loaded);
  }, BUILD_TIMEOUT);

  it('gives the same instance when the matcher is also built in one go while the sliced build pauses', async () => {
    const { index } = await freshModules();
    let inOneGo: unknown;
    let pauses = 0;
    const loaded = await index.loadStateMatcher({
      sliceMs: 0,
      yieldFn: async () => {
        // Half way through, another caller (the context menu, say) needs the matcher now.
        if (++pauses === 200) inOneGo = index.getStateMatcher();
      },
    });
    expect(pauses).toBeGreaterThan(200);
    expect(loaded).toBe(inOneGo);
    expect(index.getStateMatcher()).toBe(loaded);
  }, BUILD_TIMEOUT);

  it('records the compile as a performance measure', async () => {
    const { index } = await freshModules();
    performance.clearMeasures(index.COMPILE_MEASURE);
    await index.loadStateMatcher({ yieldFn: () => Promise.resolve() });
    expect(performance.getEntriesByName(index.COMPILE_MEASURE, 'measure')).toHaveLength(1);
    // Already compiled: nothing more to measure.
    await index.loadStateMatcher();
    expect(performance.getEntriesByName(index.COMPILE_MEASURE, 'measure')).toHaveLength(1);
  }, BUILD_TIMEOUT);
});
