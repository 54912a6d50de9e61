import { browser } from 'wxt/browser';
import { PAGE_DATA_FILE, type PageData } from '@/lib/data/page-data';

let reading: Promise<PageData> | undefined;

/**
 * The page data file of the package (see PageData), read once on first use and kept. It was
 * checked against the data's schemas when the package was built, so it is not parsed again.
 * A failed read is not kept: the next card asks again.
 */
export function packagedPageData(): Promise<PageData> {
  reading ??= fetch(browser.runtime.getURL(`/${PAGE_DATA_FILE}` as '/popup.html')).then((response) => {
    if (!response.ok) throw new Error(`${PAGE_DATA_FILE}: ${response.status} ${response.statusText}`);
    return response.json() as Promise<PageData>;
  });
  reading.catch(() => {
    reading = undefined;
  });
  return reading;
}
