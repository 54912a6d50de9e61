import { nextMomentOfKind, type UpcomingMoment } from '@/lib/data/calendar';
import { caseDemands, caseSummary, caseTitle } from '@/lib/data/case-text';
import { stateByIso2 } from '@/lib/data/index';
import { localized } from '@/lib/data/localized';
import type { CampaignText, Case, DataLanguage, State } from '@/lib/data/schema';
import { postStateName } from '@/lib/share/post-text';
import { fillTemplate } from './fill';
import { ofState } from './mission-address';
import { resolveCases } from './resolve-cases';
import { caseRole, letterKind, type CaseRole, type LetterRole } from './role';
import { letterDate, letterMonthYear, sessionName } from './session-names';
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

const RTL_START = /^[\u0590-\u08FF\uFB1D-\uFDFF\uFE70-\uFEFF]/;

/**
 * Arabic text whose line starts with Latin script or digits ("1. Ibrahim…", "#EndReprisals") is
 * laid out left to right by mail programs; a right-to-left mark first keeps each line RTL.
 */
export function rtlSafe(text: string): string {
  return text
    .split('\n')
    .map((line) => (line.trim() && !RTL_START.test(line) && !line.startsWith('\u200F') ? `\u200F${line}` : line))
    .join('\n');
}

/** Collects what the letter's texts are, for the UI's notes. */
class Texts {
  translated = false;
  englishFallback = false;
  constructor(readonly lang: DataLanguage) {}
  campaign(text: CampaignText): string {
    const shown = localized(text, this.lang);
    if (shown.lang !== this.lang) this.englishFallback = true;
    return shown.text;
  }
  ours(shown: { text: string; lang: DataLanguage; translation: boolean }): string {
    if (shown.translation) this.translated = true;
    if (shown.lang !== this.lang) this.englishFallback = true;
    return shown.text;
  }
}

function caseHeading(t: LetterTemplate, texts: Texts, role: CaseRole, number: number): string {
  const caseName = texts.ours(caseTitle(role.case, texts.lang));
  if (role.role === 'responsible') return fillTemplate(t.caseHeadingOwn, { number: String(number), caseName });
  return fillTemplate(t.caseHeading, { number: String(number), caseName, stateName: postStateName(requireState(role.case.state), texts.lang) });
}

function detainedLine(t: LetterTemplate, texts: Texts, c: Case, own: boolean): string {
  const status = c.status;
  if (!status) return '';
  const detained = status.people.filter((p) => p.situation === 'detained').map((p) => texts.campaign(p.name));
  if (detained.length === 0) return '';
  return fillTemplate(own ? t.detainedOwn : t.detainedThird, { date: letterDate(status.asOf, texts.lang), names: detained.join(t.listSeparator) });
}

function stillOpenLine(t: LetterTemplate, texts: Texts, c: Case): string {
  const status = c.status;
  if (!status || status.stillOpen.length === 0) return '';
  return fillTemplate(t.stillOpen, { date: letterDate(status.asOf, texts.lang), items: status.stillOpen.map((s) => texts.campaign(s)).join(t.occasionSeparator) });
}

function demandLine(t: LetterTemplate, texts: Texts, c: Case): string {
  const demands = caseDemands(c, texts.lang).map((d) => texts.ours(d));
  return fillTemplate(t.demandQuote, { demands: demands.join(texts.lang === 'zh' ? '' : ' ') });
}

/**
 * The case as it stands: its dated status where the data has one, else the campaign's summary.
 * The campaign's 2022 demands follow, quoted and dated, so a demand that no longer fits (the
 * release of someone since released) reads as what was asked then, not as today's ask; what is
 * still open comes after, with its date.
 */
function caseBlock(t: LetterTemplate, texts: Texts, role: CaseRole, number: number, version: LetterVersion): string {
  const c = role.case;
  const own = role.role === 'responsible';
  const lines = [caseHeading(t, texts, role, number)];
  if (version === 'full') {
    lines.push(
      c.status
        ? fillTemplate(t.situation, { date: letterDate(c.status.asOf, texts.lang), summary: texts.campaign(c.status.summary) })
        : texts.ours(caseSummary(c, texts.lang)),
    );
  }
  lines.push(detainedLine(t, texts, c, own));
  // A short letter keeps the demands only where they are the ask itself: to the State concerned, without a status.
  if (version === 'full' || (own && !c.status)) lines.push(demandLine(t, texts, c));
  lines.push(stillOpenLine(t, texts, c));
  return lines.filter(Boolean).join('\n');
}

function occasionsOf(t: LetterTemplate, lang: DataLanguage, role: CaseRole, withDates: boolean): string[] {
  const seen = new Set<string>();
  const items: string[] = [];
  for (const m of role.mentions) {
    if (seen.has(m.session)) continue;
    seen.add(m.session);
    const session = sessionName(m.session, t, 'item');
    items.push(withDates ? fillTemplate(t.occasionItem, { session, date: letterDate(m.date, lang) }) : session);
  }
  return items;
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
        [t.thanksIntro, ...raised.map((r) => fillTemplate(t.thanksLine, { caseName: names(r), occasions: occasionsOf(t, lang, r, true).join(t.occasionSeparator) }))].join('\n'),
      );
    } else {
      const all = [...new Set(raised.flatMap((r) => occasionsOf(t, lang, r, false)))];
      paragraphs.push(fillTemplate(t.thanksShort, { occasions: all.join(t.occasionSeparator) }));
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
  if (lang === 'ar') {
    subject = rtlSafe(subject);
    body = rtlSafe(body);
  }
  return { subject, body, roles, kind, moment, translated: texts.translated, englishFallback: texts.englishFallback };
}
