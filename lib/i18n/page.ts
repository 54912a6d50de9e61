import type { UiLanguage } from './languages';
import { pageLayer } from './messages/page-layer';
import { fillPlaceholders } from './fill';

/**
 * The strings of the content script on UN pages (card and panel) and nothing else: the other
 * catalogues would more than double the script every UN page loads.
 */
export type PageMessageKey = keyof (typeof pageLayer)['en'] & string;
export type PageTranslate = (key: PageMessageKey, params?: Record<string, string | number>) => string;

export function pageTranslatorFor(lang: UiLanguage): PageTranslate {
  const messages = pageLayer[lang];
  return (key, params) => fillPlaceholders(messages[key], params);
}
