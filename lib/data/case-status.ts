import type { CaseText } from './case-text';
import { localized } from './localized';
import type { CampaignText, Case, DataLanguage, PersonSituation, Source } from './schema';

/** Whether a person in this situation is held (in detention) or not. */
export type Custody = 'held' | 'not-held' | 'unknown';

const CUSTODY: Record<PersonSituation, Custody> = {
  detained: 'held',
  'on-trial': 'held',
  released: 'not-held',
  'released-with-restrictions': 'not-held',
  'in-exile': 'not-held',
  'under-restrictions': 'not-held',
  unknown: 'unknown',
};

export function custodyOf(situation: PersonSituation): Custody {
  return CUSTODY[situation];
}

/** One person's situation as shown in `lang`. */
export interface ShownPerson {
  name: CaseText;
  situation: PersonSituation;
  custody: Custody;
  since: string;
  lastConfirmed: string | null;
  text: CaseText;
  sources: Source[];
  weakSourcesOnly: boolean;
}

/** A case's current status as shown in `lang` (see `caseStatus`). */
export interface ShownStatus {
  /** The date of the newest sourced fact the status rests on (YYYY-MM-DD). */
  asOf: string;
  summary: CaseText;
  people: ShownPerson[];
  /** What the campaign's 2022 demands ask that is still open, as of `asOf`. */
  stillOpen: CaseText[];
  /** Sources of the summary and of what is still open. */
  sources: Source[];
  /** True when any text shown is our translation rather than the language its source wrote. */
  translated: boolean;
}

/**
 * A status text in `lang`, else English. `translation` is true where the text shown is not in the
 * language its sources wrote it in (`translatedFrom`): status texts are ours, written from
 * English-language sources and translated into the other five languages.
 */
function shown(text: CampaignText, lang: DataLanguage, from: DataLanguage | undefined): CaseText {
  const picked = localized(text, lang);
  return { ...picked, translation: from !== undefined && picked.lang !== from };
}

function resolve(ids: readonly string[], sources: readonly Source[]): Source[] {
  return ids.map((id) => sources.find((s) => s.id === id)).filter((s): s is Source => s !== undefined);
}

/**
 * Where the case stands today, in `lang`: who is free, who is held, what is still open, with the
 * date and sources of each statement. Read the status only through this, in the popup, the card
 * and letters, so they never disagree.
 */
export function caseStatus(c: Case, lang: DataLanguage): ShownStatus {
  const { status } = c;
  const people = status.people.map((p) => ({
    // A name is written in another script only where a source spells it so: no translation flag.
    name: { ...localized(p.name, lang), translation: false },
    situation: p.situation,
    custody: custodyOf(p.situation),
    since: p.since,
    lastConfirmed: p.lastConfirmed ?? null,
    text: shown(p.text, lang, p.translatedFrom),
    sources: resolve(p.sources, c.sources),
    weakSourcesOnly: p.weakSourcesOnly,
  }));
  const summary = shown(status.summary, lang, status.translatedFrom);
  const stillOpen = status.stillOpen.map((t) => shown(t, lang, status.translatedFrom));
  return {
    asOf: status.asOf,
    summary,
    people,
    stillOpen,
    sources: resolve(status.sources, c.sources),
    translated: [summary, ...stillOpen, ...people.map((p) => p.text)].some((t) => t.translation),
  };
}

/** The people of the case held as of the status date. */
export function heldPeople(c: Case): string[] {
  return c.status.people.filter((p) => custodyOf(p.situation) === 'held').map((p) => p.name.en);
}
