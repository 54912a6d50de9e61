import { listen, type Handler } from '@/lib/platform/messaging';
import { stateCardModel } from '@/lib/state-brief/card-model';
import { pageStateSummaries } from '@/lib/state-brief/panel-summary';
import { packagedPageData, packagedPageMessages } from '@/lib/platform/packaged-files';

/** `er:state-card`: what the card on a UN page shows about one State (the router checked the request). */
export const answerStateCard: Handler<'er:state-card'> = async ({ iso2, lang, statementLang }) =>
  stateCardModel(iso2, lang, statementLang, await packagedPageData()) ?? null;

/** `er:page-states`: one line of "States on this page" per State. */
export const answerPageStates: Handler<'er:page-states'> = async ({ iso2s, lang }) => ({ states: pageStateSummaries(iso2s, lang, await packagedPageData()) });

/** `er:page-strings`: the card's and the panel's strings in one language. */
export const answerPageStrings: Handler<'er:page-strings'> = async ({ lang }) => ({ strings: await packagedPageMessages(lang) });

export function registerStateBrief(): void {
  listen({ 'er:state-card': answerStateCard, 'er:page-states': answerPageStates, 'er:page-strings': answerPageStrings });
}
