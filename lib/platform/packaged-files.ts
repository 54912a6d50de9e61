import { browser } from 'wxt/browser';
import { PAGE_DATA_FILE, type PageData } from '@/lib/data/page-data';
import { PAGE_MESSAGES_FILE, type PageMessages } from '@/lib/i18n/page';
import type { UiLanguage } from '@/lib/i18n/languages';

const reading = new Map<string, Promise<unknown>>();

/**
 * A JSON file of the package, read once on first use and kept. The files are made and checked
 * when the package is built (wxt.config.ts), so they are not parsed against a schema again.
 * A failed read is not kept: the next use asks again.
 */
function packagedJson<T>(file: string): Promise<T> {
  let read = reading.get(file);
  if (!read) {
    read = fetch(browser.runtime.getURL(`/${file}` as '/popup.html')).then((response) => {
      if (!response.ok) throw new Error(`${file}: ${response.status} ${response.statusText}`);
      return response.json();
    });
    reading.set(file, read);
    read.catch(() => reading.delete(file));
  }
  return read as Promise<T>;
}

/** The card's and the panel's data (see PageData). */
export function packagedPageData(): Promise<PageData> {
  return packagedJson<PageData>(PAGE_DATA_FILE);
}

/** The card's and the panel's strings in `lang` (see lib/i18n/page.ts). */
export async function packagedPageMessages(lang: UiLanguage): Promise<PageMessages> {
  return (await packagedJson<Record<UiLanguage, PageMessages>>(PAGE_MESSAGES_FILE))[lang];
}
