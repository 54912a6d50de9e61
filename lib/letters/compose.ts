import { getCampaign, stateByIso2, stateName } from '@/lib/data/index';
import type { DataLanguage, State } from '@/lib/data/schema';
import { resolveCases } from './resolve-cases';
import { caseTexts } from './case-texts';
import { fillTemplate } from './fill';
import { ofState } from './mission-address';
import { sessionNumber, sessionOrdinalEn } from './session';
import { LETTER_TEMPLATES } from './templates';

export interface LetterSender {
  name: string;
  organisation: string;
  /** City and/or country, as the user writes it. */
  place: string;
}

export interface LetterRequest {
  lang: DataLanguage;
  /** ISO 3166-1 alpha-2 code of the State whose Permanent Mission receives the letter. */
  state: string;
  /** The cases to raise; an empty list means all five. */
  caseIds: string[];
  /** Every part is optional: empty parts leave no line behind. */
  sender: Partial<LetterSender>;
}

export interface Letter {
  subject: string;
  body: string;
}

function requireState(iso2: string): State {
  const state = stateByIso2(iso2);
  if (!state) throw new Error(`Unknown State: ${iso2}`);
  return state;
}

/**
 * "Permanent Mission of the Arab Republic of Egypt to the United Nations Office at Geneva" in
 * `lang` ("Permanent Observer Mission" for the Holy See and the State of Palestine).
 */
export function missionTitle(iso2: string, lang: DataLanguage): string {
  const state = requireState(iso2);
  const t = LETTER_TEMPLATES[lang];
  return fillTemplate(state.observer ? t.observerMissionTitle : t.missionTitle, { ofState: ofState(state, lang) });
}

/** One line of user input: line breaks and runs of spaces become single spaces. */
function oneLine(value: string | undefined): string {
  return (value ?? '').replace(/\s+/g, ' ').trim();
}

/**
 * A letter in `lang` to the Permanent Mission of `state` in Geneva asking it to raise the chosen
 * cases publicly, by name, in the interactive dialogue on reprisals at the session the campaign
 * targets. Each case appears with its name, State, summary and the campaign's demand (in
 * French, Spanish, Russian and Arabic our translation, labelled as one).
 */
export function composeLetter({ lang, state: iso2, caseIds, sender }: LetterRequest): Letter {
  const campaign = getCampaign();
  const t = LETTER_TEMPLATES[lang];
  const cases = resolveCases(caseIds);
  const session = campaign.targetSession;
  const sessionValues = {
    session,
    sessionNumber: sessionNumber(session),
    sessionOrdinal: sessionOrdinalEn(session),
  };

  const caseBlocks = cases.map((c, i) => {
    const texts = caseTexts(c, lang);
    const translated = texts.demands.some((d) => d.translation);
    return fillTemplate(t.caseBlock, {
      number: String(i + 1),
      caseName: texts.title.text,
      stateName: stateName(requireState(c.state), lang, 'short'),
      summary: texts.summary.text,
      demandLabel: translated ? t.translatedDemandLabel : t.demandLabel,
      demands: texts.demands.map((d) => d.text).join(lang === 'zh' ? '' : ' '),
    });
  });

  const ask = cases.length === 1 ? t.askOne : fillTemplate(t.askMany, { caseCount: String(cases.length) });

  return {
    subject: fillTemplate(t.subject, sessionValues),
    body: fillTemplate(t.body, {
      ...sessionValues,
      missionTitle: missionTitle(iso2, lang),
      ask,
      caseBlocks: caseBlocks.join('\n\n'),
      senderName: oneLine(sender.name),
      senderOrganisation: oneLine(sender.organisation),
      senderPlace: oneLine(sender.place),
    }),
  };
}
