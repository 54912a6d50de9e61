import { nextMomentOfKind, type UpcomingMoment } from '@/lib/data/calendar';
import { caseStatus, type ShownStatus } from '@/lib/data/case-status';
import { caseDemands, caseTitle, type CaseText } from '@/lib/data/case-text';
import { stateByIso2 } from '@/lib/data/index';
import type { Case, CaseMention, DataLanguage, State } from '@/lib/data/schema';
import { isRtl } from '@/lib/i18n/languages';
import { postStateName } from '@/lib/drafting/state-short-name';
import { fillTemplate } from '@/lib/drafting/fill-template';
import { ofState } from './mission-address';
import { resolveCases } from '@/lib/drafting/resolve-cases';
import { rtlLines, rtlSafe } from '@/lib/drafting/rtl-lines';
import { caseRole, letterKind, type CaseRole, type LetterRole } from '@/lib/data/case-roles';
import { letterDate, letterMonthYear } from '@/lib/drafting/dates';
import { sessionName } from './council-session';
import { elideFrench, listOf, sentences, typesetChinese } from '@/lib/un-prose';
import { LETTER_TEMPLATES, type LetterTemplate } from './templates';

export interface LetterSender {
  name: string;
  organisation: string;
  /** City and/or country, as the user writes it; heads the letter with its date. */
  place: string;
}

/** `full` has every paragraph; `short` keeps the same asks in fewer words, for compose links. */
export type LetterVersion = 'full' | 'short';

export interface LetterRequest {
  lang: DataLanguage;
  /** ISO 3166-1 alpha-2 code of the State whose Permanent Mission receives the letter. */
  state: string;
  /** The cases to raise; an empty list means all five. */
  caseIds: string[];
  /** Every part is optional: empty parts leave no line behind. */
  sender: Partial<LetterSender>;
  /** The day the letter is written, which decides the next moment it speaks of; default now. */
  today?: Date;
  /** The user's own paragraph, placed before the closing. */
  personal?: string;
  version?: LetterVersion;
  /** The cases themselves, instead of looking `caseIds` up in the data pack (tests). */
  cases?: Case[];
}

export interface Letter {
  subject: string;
  body: string;
  /** Which role each case takes in this letter. */
  roles: CaseRole[];
  kind: LetterRole;
  /** The dialogue the letter speaks of. */
  moment: UpcomingMoment | null;
  /** Some text is our translation of the campaign's English (the UI says so, not the letter). */
  translated: boolean;
  /** Some text had no version in the letter's language and is in English. */
  englishFallback: boolean;
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

/** Collects what the letter's texts are, for the UI's notes, and sets them for the letter. */
class Texts {
  translated = false;
  englishFallback = false;
  constructor(readonly lang: DataLanguage) {}
  ours(shown: { text: string; lang: DataLanguage; translation: boolean }): string {
    if (shown.translation) this.translated = true;
    if (shown.lang !== this.lang) this.englishFallback = true;
    return this.lang === 'zh' && shown.lang === 'zh' ? typesetChinese(shown.text) : shown.text;
  }
  /** The case's status in the letter's language, read as the popup and the card read it. */
  status(c: Case): ShownStatus {
    const status = caseStatus(c, this.lang);
    const set = (text: CaseText): CaseText => ({ ...text, text: this.ours(text) });
    // Names are not counted: a name stays in Latin script unless a source spells it otherwise.
    return { ...status, summary: set(status.summary), stillOpen: status.stillOpen.map(set) };
  }
}

function releaseNames(held: readonly string[], lang: DataLanguage): string {
  return held.length > 0 ? listOf(held, lang) : '';
}

// Quotation marks inside a quotation take the inner form: «…„Весны“…», “…‘…’…”.
const INNER_QUOTES: Record<DataLanguage, [RegExp, string, RegExp, string]> = {
  en: [/“/g, '‘', /”/g, '’'],
  zh: [/“/g, '‘', /”/g, '’'],
  fr: [/«\s?/g, '“', /\s?»/g, '”'],
  es: [/«/g, '“', /»/g, '”'],
  ru: [/«/g, '„', /»/g, '“'],
  ar: [/«/g, '“', /»/g, '”'],
};

function quoted(text: string, lang: DataLanguage): string {
  const [open, inOpen, close, inClose] = INNER_QUOTES[lang];
  return text.replace(open, inOpen).replace(close, inClose);
}

function caseHeading(t: LetterTemplate, texts: Texts, role: CaseRole, number: number): string {
  const caseName = texts.ours(caseTitle(role.case, texts.lang));
  if (role.role === 'responsible') return fillTemplate(t.caseHeadingOwn, { number: String(number), caseName });
  return fillTemplate(t.caseHeading, { number: String(number), caseName, stateName: postStateName(requireState(role.case.state), texts.lang) });
}

function demandLine(t: LetterTemplate, texts: Texts, c: Case): string {
  const demands = caseDemands(c, texts.lang).map((d) => quoted(texts.ours(d), texts.lang));
  return fillTemplate(t.demandQuote, { demands: demands.join(texts.lang === 'zh' ? '' : ' ') });
}

/**
 * What the campaign's 2022 demands ask that is still open, dated. Where each item already says
 * the status date itself ("still in prison as of 15 December 2025"), the line does not repeat it.
 */
function stillOpenLine(t: LetterTemplate, texts: Texts, c: Case, status: ShownStatus): string {
  const items = sentences(status.stillOpen.map((s) => s.text), texts.lang);
  const dated = letterDate(c.status.asOf, 'en');
  if (c.status.stillOpen.every((s) => s.en.includes(dated))) return fillTemplate(t.stillOpenUndated, { items });
  return fillTemplate(t.stillOpen, { date: letterDate(status.asOf, texts.lang), items });
}

/**
 * One case, as it stands. The full letter gives its dated status first, then the campaign's
 * 2022 demand, quoted and dated, as what was asked then (a demand that no longer fits, such as
 * the release of someone since released, reads as history, not as today's ask). The short letter
 * gives one line: what is still open, dated, which the data writes as the 2022 demand measured
 * against the status. To the State responsible for the case, the ask for the release of those
 * still held, by name, takes the place of that line: it is the same ask, made of that State.
 */
function caseBlock(t: LetterTemplate, texts: Texts, role: CaseRole, number: number, version: LetterVersion): string {
  const c = role.case;
  const { lang } = texts;
  const status = texts.status(c);
  const date = letterDate(status.asOf, lang);
  const held = status.people.filter((p) => p.custody === 'held').map((p) => p.name.text);
  const asksRelease = role.role === 'responsible' && held.length > 0;
  const names = releaseNames(held, lang);
  const lines = [caseHeading(t, texts, role, number)];
  if (version === 'full') {
    lines.push(fillTemplate(t.situation, { date, summary: status.summary.text }));
    lines.push(demandLine(t, texts, c));
    if (asksRelease) lines.push(elideFrench(fillTemplate(t.releaseAsk, { names }), lang));
  } else if (asksRelease) {
    lines.push(elideFrench(fillTemplate(t.releaseAskDated, { date, names }), lang));
  } else if (status.stillOpen.length > 0) {
    lines.push(stillOpenLine(t, texts, c, status));
  } else if (held.length > 0) {
    lines.push(fillTemplate(t.detainedThird, { date, names: listOf(held, lang) }));
  } else {
    lines.push(fillTemplate(t.situation, { date, summary: status.summary.text }));
  }
  return lines.join('\n');
}

function occasionItem(t: LetterTemplate, lang: DataLanguage, m: CaseMention): string {
  return fillTemplate(t.occasionItem, { session: sessionName(m.session, t, 'item'), date: letterDate(m.date, lang) });
}

/** Each session where the State raised the case, with its date, oldest first. */
function occasionsOf(t: LetterTemplate, lang: DataLanguage, role: CaseRole): string[] {
  const seen = new Set<string>();
  const items: string[] = [];
  for (const m of role.mentions) {
    if (seen.has(m.session)) continue;
    seen.add(m.session);
    items.push(occasionItem(t, lang, m));
  }
  return items;
}

/**
 * The thanks of the short letter, in one sentence: the session where the State first raised the
 * cases and the one where it last did ("first at the 45th session of the Human Rights Council
 * and most recently at …"; the full letter dates each), and "some of these cases" where it
 * raised only some of those in the letter.
 */
function thanksShortLine(t: LetterTemplate, lang: DataLanguage, raised: readonly CaseRole[], allRaised: boolean): string {
  const mentions = raised.flatMap((r) => r.mentions).sort((a, b) => a.date.localeCompare(b.date));
  const first = mentions[0]!;
  const last = mentions.at(-1)!;
  const occasions =
    first.session === last.session
      ? fillTemplate(t.occasionOnce, { occasion: sessionName(first.session, t, 'item') })
      : fillTemplate(t.occasionRange, { first: sessionName(first.session, t, 'item'), last: sessionName(last.session, t, 'item') });
  return fillTemplate(allRaised ? t.thanksShort : t.thanksShortSome, { occasions });
}

function momentPhrase(t: LetterTemplate, lang: DataLanguage, moment: UpcomingMoment | null, today: Date): string {
  if (moment && !moment.expected) return fillTemplate(t.momentDated, { date: letterDate(moment.date, lang), session: sessionName(moment.session, t, 'sentence') });
  const year = moment?.year ?? today.getUTCFullYear();
  return fillTemplate(t.momentExpected, { monthYear: letterMonthYear(year, moment?.month ?? 9, lang, 'in') });
}

/** "24 September 2025" for a dated moment, "September 2027" for an expected one. */
function whenText(lang: DataLanguage, moment: UpcomingMoment | null, today: Date): string {
  if (moment && !moment.expected) return letterDate(moment.date, lang);
  return letterMonthYear(moment?.year ?? today.getUTCFullYear(), moment?.month ?? 9, lang);
}

function thirdCommitteeLine(t: LetterTemplate, lang: DataLanguage, dialogue: UpcomingMoment | null, today: Date): string {
  const committee = nextMomentOfKind('third-committee', today);
  if (!committee || !dialogue) return '';
  const key = (m: UpcomingMoment) => (m.expected ? `${m.year}-${String(m.month).padStart(2, '0')}` : m.date);
  if (key(committee) >= key(dialogue)) return '';
  return committee.expected
    ? fillTemplate(t.thirdCommitteeExpected, { monthYear: letterMonthYear(committee.year, committee.month, lang, 'in') })
    : fillTemplate(t.thirdCommitteeDated, { date: letterDate(committee.date, lang) });
}

/**
 * A letter in `lang` to the Permanent Mission of `state` in Geneva about the chosen cases,
 * fitted to whom it goes to (see `role.ts`): the State responsible for a case is asked to act on
 * it; a third State to raise it by name at the next interactive dialogue on reprisals; a State
 * that already raised it is thanked, citing when, and asked to raise it again. The dialogue is
 * the next one from the calendar: dated where a source dates it, otherwise "expected" in its
 * month. Labels such as "translation" stay out of the letter (`translated` tells the UI).
 */
export function composeLetter({ lang, state: iso2, caseIds, sender, today = new Date(), personal = '', version = 'full', cases }: LetterRequest): Letter {
  const t = LETTER_TEMPLATES[lang];
  const state = requireState(iso2);
  const texts = new Texts(lang);
  const roles = (cases ?? resolveCases(caseIds)).map((c) => caseRole(state.iso2, c));
  const kind = letterKind(roles);
  const moment = nextMomentOfKind('reprisals-dialogue', today);
  const moments = momentPhrase(t, lang, moment, today);

  const place = oneLine(sender.place);
  const date = letterDate(today.toISOString().slice(0, 10), lang);
  const header = [
    place ? fillTemplate(t.placeDateLine, { place, date }) : fillTemplate(t.dateLine, { date }),
    '',
    t.addressee,
    missionTitle(state.iso2, lang),
    t.city,
  ].join('\n');

  const paragraphs: string[] = [header, t.salutation];
  const occasion = fillTemplate(version === 'full' ? t.occasion : t.occasionShort, { moment: moments });
  const committee = version === 'full' ? thirdCommitteeLine(t, lang, moment, today) : '';
  paragraphs.push([occasion, committee].filter(Boolean).join(' '));
  if (version === 'full') paragraphs.push(t.context);

  const own = roles.filter((r) => r.role === 'responsible');
  const others = roles.filter((r) => r.role !== 'responsible');
  const raised = others.filter((r) => r.role === 'raised-before');

  if (raised.length > 0) {
    if (version === 'full') {
      const names = (r: CaseRole) => texts.ours(caseTitle(r.case, lang));
      paragraphs.push(
        [t.thanksIntro, ...raised.map((r) => fillTemplate(t.thanksLine, { caseName: names(r), occasions: occasionsOf(t, lang, r).join(t.occasionSeparator) }))].join('\n'),
      );
    } else {
      paragraphs.push(thanksShortLine(t, lang, raised, raised.length === roles.length));
    }
  }

  let number = 0;
  // In the short letter, cases are one list under their ask; in the full one, a paragraph each.
  const pushCases = (list: CaseRole[]) => {
    const blocks = list.map((r) => caseBlock(t, texts, r, ++number, version));
    if (version === 'full') paragraphs.push(...blocks);
    else paragraphs.push(blocks.join('\n'));
  };
  if (own.length > 0) {
    paragraphs.push(t.askResponsible);
    pushCases(own);
  }
  if (others.length > 0) {
    paragraphs.push(own.length > 0 ? t.askAlso : raised.length === others.length ? t.askAgain : raised.length > 0 ? t.askMixed : t.askThird);
    pushCases(others);
  }

  const personalText = personal.replace(/\r\n?/g, '\n').replace(/\n{3,}/g, '\n\n').trim();
  if (personalText) paragraphs.push(personalText);
  paragraphs.push(t.closing);
  const signature = [oneLine(sender.name), oneLine(sender.organisation)].filter(Boolean).join('\n');
  if (signature) paragraphs.push(signature);

  const subjectTemplate = kind === 'responsible' ? t.subjectResponsible : kind === 'raised-before' ? t.subjectRaisedBefore : t.subjectThird;
  let subject = fillTemplate(subjectTemplate, { when: whenText(lang, moment, today) });
  let body = paragraphs.join('\n\n');
  if (isRtl(lang)) {
    subject = rtlSafe(subject);
    body = rtlLines(body);
  }
  return { subject, body, roles, kind, moment, translated: texts.translated, englishFallback: texts.englishFallback };
}
