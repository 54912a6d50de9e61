import type { UiLanguage } from './languages';
import { contextMenu } from './messages/context-menu';

/**
 * The background's strings (its context-menu titles) and nothing else: the whole catalogue, every
 * feature in six languages, would be most of the background's bundle.
 */
export type BackgroundMessageKey = keyof (typeof contextMenu)['en'] & string;

export function backgroundTranslate(lang: UiLanguage, key: BackgroundMessageKey): string {
  return contextMenu[lang][key];
}
