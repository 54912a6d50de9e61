import { listen, type Handler } from '@/lib/platform/messaging';
import { stateCardModel } from '@/lib/state-brief/card-model';
import { pageStateSummaries } from '@/lib/state-brief/panel-summary';

/** `er:state-card`: what the card on a UN page shows about one State (the router checked the request). */
export const answerStateCard: Handler<'er:state-card'> = ({ iso2, lang, statementLang }) => stateCardModel(iso2, lang, statementLang) ?? null;

/** `er:page-states`: one line of "States on this page" per State. */
export const answerPageStates: Handler<'er:page-states'> = ({ iso2s, lang }) => ({ states: pageStateSummaries(iso2s, lang) });

export function registerStateBrief(): void {
  listen({ 'er:state-card': answerStateCard, 'er:page-states': answerPageStates });
}
