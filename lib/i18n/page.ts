import type { UiLanguage } from './languages';
import type { pageLayer } from './messages/page-layer';
import { fillPlaceholders } from './fill';

/**
 * The strings of the card and the panel on UN pages, in one language at a time. The content
 * script does not carry them: it asks the background for the user's language when a card or the
 * panel first opens (the six languages would weigh on every UN page); the reader, an extension
 * page, takes them from its own bundle. Whoever draws the card or the panel first waits for
 * `loadPageMessages`.
 */
export type PageMessages = (typeof pageLayer)['en'];
export type PageMessageKey = keyof PageMessages & string;
export type PageTranslate = (key: PageMessageKey, params?: Record<string, string | number>) => string;
export type PageMessagesLoader = (lang: UiLanguage) => Promise<PageMessages>;

/** Where the package keeps every language's page-layer strings, which the background hands out. */
export const PAGE_MESSAGES_FILE = 'data/page-layer-strings.json';

let loader: PageMessagesLoader | undefined;
const loaded = new Map<UiLanguage, PageMessages>();
/** Loads under way: a card and the panel opening together ask once. */
const loading = new Map<UiLanguage, Promise<void>>();

/** Where this script's page-layer strings come from; set by the page layer (components/page-ui/page-layer.ts) as it is made. */
export function setPageMessagesLoader(load: PageMessagesLoader): void {
  loader = load;
  loaded.clear();
  loading.clear();
}

/** Loads the strings of `lang` once; later calls resolve at once. A failed load is not kept. */
export function loadPageMessages(lang: UiLanguage): Promise<void> {
  if (loaded.has(lang)) return Promise.resolve();
  const load = loader;
  if (!load) return Promise.reject(new Error('No source of the page layer’s strings was set'));
  let pending = loading.get(lang);
  if (!pending) {
    const started: Promise<void> = load(lang)
      .then((messages) => {
        if (loader === load) loaded.set(lang, messages);
      })
      .finally(() => {
        if (loading.get(lang) === started) loading.delete(lang);
      });
    pending = started;
    loading.set(lang, pending);
  }
  return pending;
}

export function pageMessagesLoaded(lang: UiLanguage): boolean {
  return loaded.has(lang);
}

/** A translator over the loaded strings of `lang`; throws if they were not loaded first. */
export function pageTranslatorFor(lang: UiLanguage): PageTranslate {
  const messages = loaded.get(lang);
  if (!messages) throw new Error(`The page layer’s strings in ${lang} were not loaded`);
  return (key, params) => fillPlaceholders(messages[key], params);
}
