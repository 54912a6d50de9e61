import type { UiLanguage } from './languages';
import { pageLayer } from './messages/page-layer';
import type { PageMessages } from './page';

/** The page layer's strings from the bundle: for extension pages (the reader), the build and tests. */
export function bundledPageMessages(lang: UiLanguage): Promise<PageMessages> {
  return Promise.resolve(pageLayer[lang]);
}

/** Every language's page-layer strings, as the package ships them for the background to hand out. */
export function pageMessagesFile(): string {
  return JSON.stringify(pageLayer);
}
