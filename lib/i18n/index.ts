// The interface languages, their message catalogues (messages/) and the translator the pages use.
import { UI_LANGUAGES, type UiLanguage } from './languages';
import { common } from './messages/common';
import { dashboard } from './messages/dashboard';
import { popup } from './messages/popup';
import { compose } from './messages/compose';
import { letters } from './messages/letters';
import { options } from './messages/options';
import { pageLayer } from './messages/page-layer';
import { marking } from './messages/marking';
import { contextMenu } from './messages/context-menu';
import { status } from './messages/status';
import { letterFlow } from './messages/letter-flow';
import { problems } from './messages/problems';
import { reader } from './messages/reader';
import { fillPlaceholders } from './fill';

// Each feature keeps its strings in its own file under messages/; they meet here. The content
// script on UN pages and the background take only their own catalogues, through ./page.ts and
// ./background.ts.
const catalogs = [common, pageLayer, marking, contextMenu, popup, compose, letters, letterFlow, options, dashboard, status, problems, reader] as const;

type Merge<C extends readonly unknown[]> = C extends readonly [infer H, ...infer R]
  ? (H extends Record<UiLanguage, infer M> ? M : never) & Merge<R>
  : unknown;
export type Messages = Merge<typeof catalogs>;
export type MessageKey = keyof Messages & string;

const merged = Object.fromEntries(
  UI_LANGUAGES.map((lang) => [
    lang,
    Object.assign({}, ...catalogs.map((c) => c[lang])) as Messages,
  ]),
) as Record<UiLanguage, Messages>;

/** The message for `key` in `lang`, with `{placeholders}` filled from `params`. */
export function translate(lang: UiLanguage, key: MessageKey, params?: Record<string, string | number>): string {
  return fillPlaceholders(merged[lang][key] as string, params);
}

export type Translate = (key: MessageKey, params?: Record<string, string | number>) => string;

export function translatorFor(lang: UiLanguage): Translate {
  return (key, params) => translate(lang, key, params);
}

export * from './languages';
