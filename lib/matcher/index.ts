/**
 * Finds the names of States in page text, in the six UN languages, in one pass.
 *
 * What is matched: every UNTERM short and formal name of the 195 States, with and without its
 * article ("the Bahamas", "la Chine", "l’Égypte"), the UN's former names since 2010 ("the
 * former Yugoslav Republic of Macedonia", "Swaziland": lib/data/former-state-names.json) as
 * today's State, a short list of common names (variants.ts), every Russian case form, Arabic
 * names behind و ف ب ك ل clitics, and French names after d’/du/des/au/aux. The names come from
 * the compact table lib/data/state-names.generated.json, not the data pack. Latin and Cyrillic names must keep their capitals ("turkey" is not Türkiye;
 * "EGYPT" is Egypt); accents, ё/е, Arabic hamza forms, tatweel and harakat, dashes and
 * apostrophes are folded. Names are whole words except in Chinese, where the longest name wins.
 * What is not: demonyms and adjectives, names inside longer place names ("New Guinea", "印度洋"),
 * currencies ("US dollars", "долл. США"), and the contexts in false-friends.ts (first names,
 * the US state of Georgia, 发展中国家…); given the page's language (find's `pageLanguage`),
 * names of another language that mean something else there ("Argentine" on an English page).
 */
import { stateNameRows } from '@/lib/data/state-name-lookup';
import { yieldToPage } from '@/lib/yield-to-page';
import { compileMatcher, compileSteps, type FindOptions, type NameEntry, type StateMatch, type StateMatcher } from './matcher';
import { stateNamesSteps } from './name-table';
import { runSteps, runStepsSliced, type Steps } from './steps';

export { compileMatcher, type FindOptions, type NameEntry, type StateMatch, type StateMatcher };

/** The performance measure of a time-sliced build of the State matcher (loadStateMatcher). */
export const COMPILE_MEASURE = 'endreprisals:compile';
/** Work per slice of the time-sliced build, in ms: well under the 50 ms of a long task. */
const COMPILE_SLICE_MS = 8;

let cachedNames: NameEntry[] | undefined;
let cachedMatcher: StateMatcher | undefined;
let loading: Promise<StateMatcher> | undefined;

/** Every name the State matcher searches for (before case forms and clitics are added). */
export function allStateNames(): NameEntry[] {
  cachedNames ??= runSteps(stateNamesSteps(stateNameRows()));
  return cachedNames.map((n) => ({ ...n }));
}

/**
 * The one build of the State matcher, whether run in one go or in slices. A build that finds
 * names or a matcher already made (by the other kind of build while it was paused) uses them,
 * so every caller gets the same instance.
 */
function* stateMatcherSteps(): Steps<StateMatcher> {
  const names = cachedNames ?? (yield* stateNamesSteps(stateNameRows()));
  cachedNames ??= names;
  if (cachedMatcher) return cachedMatcher;
  const { matcher } = yield* compileSteps(cachedNames);
  cachedMatcher ??= matcher;
  return cachedMatcher;
}

/** The matcher for all States, compiled on first use and shared afterwards. */
export function getStateMatcher(): StateMatcher {
  return cachedMatcher ?? runSteps(stateMatcherSteps());
}

export interface LoadOptions {
  /** Work per slice, in ms (default 8). */
  sliceMs?: number;
  /** Gives the page its turn between slices (default: yieldToPage). */
  yieldFn?: () => Promise<unknown>;
  /** Called with the length of each slice, in ms. */
  onSlice?: (ms: number) => void;
}

/**
 * The same matcher as getStateMatcher, compiled in slices of a few milliseconds so that a page
 * is never held up for long: building it takes longer in one go than the 50 ms of a long task.
 * For content scripts; getStateMatcher afterwards returns the same instance. A call made while
 * a build is under way shares that build (and its options).
 */
export function loadStateMatcher(options: LoadOptions = {}): Promise<StateMatcher> {
  if (cachedMatcher) return Promise.resolve(cachedMatcher);
  loading ??= compileInSlices(options).finally(() => {
    loading = undefined;
  });
  return loading;
}

async function compileInSlices(options: LoadOptions): Promise<StateMatcher> {
  const startMark = `${COMPILE_MEASURE}:start`;
  performance.mark(startMark);
  const matcher = await runStepsSliced(stateMatcherSteps(), {
    sliceMs: options.sliceMs ?? COMPILE_SLICE_MS,
    yieldFn: options.yieldFn ?? (() => yieldToPage()),
    onSlice: options.onSlice,
  });
  performance.measure(COMPILE_MEASURE, startMark);
  return matcher;
}
