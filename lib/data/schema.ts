import { z } from 'zod';
import { sourceUrlProblem } from './source-url';
import { DATA_LANGUAGES } from './data-languages';

export { DATA_LANGUAGES, type DataLanguage } from './data-languages';

export const Iso2 = z.string().regex(/^[A-Z]{2}$/, 'ISO 3166-1 alpha-2 code, e.g. "EG"');
export type Iso2 = z.infer<typeof Iso2>;

/** A calendar date as precise as the source is: "2016", "2016-12" or "2016-11-21". */
export const PartialDate = z
  .string()
  .regex(/^\d{4}(-(0[1-9]|1[0-2])(-(0[1-9]|[12]\d|3[01]))?)?$/, 'date as YYYY, YYYY-MM or YYYY-MM-DD');
export const IsoDate = z.string().regex(/^\d{4}-(0[1-9]|1[0-2])-(0[1-9]|[12]\d|3[01])$/, 'date as YYYY-MM-DD');

const text = z.string().trim().min(1);

/** Text in several languages; the campaign's own languages (en, zh) are required. */
export const CampaignText = z.object({
  en: text,
  zh: text,
  fr: text.optional(),
  es: text.optional(),
  ru: text.optional(),
  ar: text.optional(),
});
export type CampaignText = z.infer<typeof CampaignText>;

/** Six-language text where all six are required (UN names). */
export const UnText = z.object({ en: text, fr: text, es: text, ru: text, zh: text, ar: text });
export type UnText = z.infer<typeof UnText>;

/**
 * A source a fact rests on. `strength: 'weak'` marks news aggregators, social media and
 * secondary copies, so the UI can say so instead of presenting them as established.
 * `url` is the publisher's own https page (see `source-url.ts`): other schemes, test, staging and
 * preview hosts and unofficial mirrors are refused; plain http only for an old page that has no
 * https version, marked `plainHttp: true` (the UI says so next to the link).
 */
export const Source = z
  .object({
    id: z.string().regex(/^[a-z0-9-]+$/),
    url: z.string(),
    /** The page exists only over plain http (an old page): the link is shown marked as such. */
    plainHttp: z.literal(true).optional(),
    title: text,
    publisher: text.optional(),
    date: PartialDate.optional(),
    strength: z.enum(['primary', 'secondary', 'weak']),
  })
  .superRefine((source, ctx) => {
    const problem = sourceUrlProblem(source.url, source.plainHttp === true);
    if (problem) ctx.addIssue({ code: 'custom', path: ['url'], message: problem, input: source.url });
  });
export type Source = z.infer<typeof Source>;

const sourceIds = z.array(z.string()).min(1, 'every fact needs at least one source id');

/**
 * The language a text was written in by its source, where the other campaign language is our
 * translation of it (e.g. 'zh': the Chinese is the campaign's own text, the English a faithful
 * translation). Absent: each language is as its sources write it. The UI can label translations.
 */
export const TranslatedFrom = z.enum(DATA_LANGUAGES);

export const Subject = z.object({
  kind: z.enum(['person', 'organisation']),
  /** fr/es/ru/ar only where a source spells the name in that script or language (see nameSources). */
  name: CampaignText,
  role: CampaignText.optional(),
  /** For each fr/es/ru/ar spelling of the name, the ids of the sources that spell it so. */
  nameSources: z
    .object({ fr: sourceIds, es: sourceIds, ru: sourceIds, ar: sourceIds })
    .partial()
    .optional(),
});

/** Where a person stands: held (detained, on trial in detention) or not held, with or without restrictions. */
export const PersonSituation = z.enum([
  'detained',
  'released',
  'released-with-restrictions',
  'in-exile',
  'on-trial',
  'under-restrictions',
  'unknown',
]);
export type PersonSituation = z.infer<typeof PersonSituation>;

/**
 * What an event did to a named person, so the status block can be checked against the events:
 * `person` is the English name as in the case's subjects.
 */
export const PersonChange = z.object({ person: text, situation: PersonSituation });
export type PersonChange = z.infer<typeof PersonChange>;

export const CaseEvent = z.object({
  date: PartialDate,
  text: CampaignText,
  sources: sourceIds,
  translatedFrom: TranslatedFrom.optional(),
  /** People whose situation this event changed (detained, released…). */
  changes: z.array(PersonChange).optional(),
});
export type CaseEvent = z.infer<typeof CaseEvent>;

export const StatusUpdate = CaseEvent.extend({
  /** True when only news aggregators or social media report it. */
  weakSourcesOnly: z.boolean(),
});
export type StatusUpdate = z.infer<typeof StatusUpdate>;

/**
 * A State raising a campaign case in public at the UN, as a source reports it. A joint statement
 * lists every State it spoke for (BENELUX: BE, NL, LU) and names the group; `speaker` is the
 * State that delivered it, where the source says so.
 */
export const CaseMention = z.object({
  states: z.array(Iso2).min(1),
  group: text.optional(),
  speaker: Iso2.optional(),
  /** "HRC51" for a Human Rights Council session, "GA79-C3" for the General Assembly's Third Committee. */
  session: z.string().regex(/^(HRC\d+|GA\d+-C3)$/, 'session as HRC<n> or GA<n>-C3'),
  setting: z.enum(['reprisals-dialogue', 'third-committee', 'other']),
  date: PartialDate,
  /** What was said, as the source reports it ("raised", "noted", "drew attention to"). */
  text: CampaignText,
  sources: sourceIds,
  weakSourcesOnly: z.boolean(),
  translatedFrom: TranslatedFrom.optional(),
});
export type CaseMention = z.infer<typeof CaseMention>;

/** Where one person (or the organisation) named in a case stands, as of `since`. */
export const PersonStatus = z.object({
  name: CampaignText,
  situation: PersonSituation,
  /** Date of the fact that put the person in this situation. */
  since: PartialDate,
  /** Date of the newest source that still reports the person in this situation, where later than `since`. */
  lastConfirmed: PartialDate.optional(),
  text: CampaignText,
  sources: sourceIds,
  weakSourcesOnly: z.boolean(),
  translatedFrom: TranslatedFrom.optional(),
});
export type PersonStatus = z.infer<typeof PersonStatus>;

/**
 * A case as it stands today, shown before its history: who is free, who is still detained, what
 * is pending. `asOf` is the date of the newest sourced fact in it.
 */
export const CaseStatus = z.object({
  asOf: IsoDate,
  summary: CampaignText,
  people: z.array(PersonStatus).default([]),
  /** What the campaign's 2022 demands still ask that is not yet met (for letters and posts). */
  stillOpen: z.array(CampaignText).default([]),
  /** Sources of the summary and of what is still open (the people carry their own). */
  sources: z.array(z.string()).default([]),
  /** The source language of summary and stillOpen: the other languages are our translation. */
  translatedFrom: TranslatedFrom.optional(),
});
export type CaseStatus = z.infer<typeof CaseStatus>;

/** A text of the 2022 campaign that sources show to be wrong, corrected in the case. */
export const SeedCorrection = z.object({
  /** The corrected text in the case: "background.5", "whatHappened.1" (position in its list). */
  target: z.string().regex(/^(summary|background\.\d+|whatHappened\.\d+)$/, 'target as summary, background.<n> or whatHappened.<n>'),
  /** What the campaign's text said: the Chinese verbatim, the English our translation of it. */
  campaignSaid: CampaignText,
  /** What was corrected and why, shown with the corrected text. */
  note: CampaignText,
  sources: sourceIds,
});
export type SeedCorrection = z.infer<typeof SeedCorrection>;

export const Case = z.object({
  id: z.string().regex(/^[a-z0-9-]+$/),
  state: Iso2,
  /** Short label for lists and buttons, e.g. "Jiang Tianyong". */
  title: CampaignText,
  subjects: z.array(Subject).min(1),
  summary: CampaignText,
  /** Paragraphs, in order. */
  background: z.array(CampaignText).min(1),
  whatHappened: z.array(CaseEvent).min(1),
  /** The campaign's demands, quoted as the campaign states them. */
  demands: z.array(CampaignText).min(1),
  callToAction: CampaignText,
  /** Years of the Secretary-General's reports that include this case, where a source says so. */
  sgReportYears: z.array(z.number().int()).default([]),
  /** Codes in ISHR's #EndReprisals database, e.g. "2017-022-001". */
  ishrCaseCodes: z.array(z.string()).default([]),
  updates: z.array(StatusUpdate).default([]),
  /** The case today, shown before its history. */
  status: CaseStatus,
  /**
   * Where the 2022 campaign text is wrong: the case shows the corrected text at `target` and keeps
   * here what the campaign said, so the change stays visible.
   */
  corrections: z.array(SeedCorrection).default([]),
  /** States that raised the case at the UN, from sourced reports. */
  stateMentions: z.array(CaseMention).default([]),
  sources: z.array(Source).min(1),
  asOf: IsoDate,
  /** Which of the case's texts were translated by us, and from which language (see TranslatedFrom). */
  translatedFrom: z
    .object({ title: TranslatedFrom, summary: TranslatedFrom, background: TranslatedFrom, demands: TranslatedFrom, callToAction: TranslatedFrom })
    .partial()
    .optional(),
});
export type Case = z.infer<typeof Case>;

export const Campaign = z.object({
  id: z.string(),
  title: CampaignText,
  hashtags: z.object({ en: z.array(z.string().startsWith('#')).min(1), zh: z.array(z.string().startsWith('#')).min(1) }),
  /** Human Rights Council session the campaign targets, e.g. "HRC51". */
  targetSession: z.string().regex(/^HRC\d+$/),
  dates: z.object({
    /** The interactive dialogue with the Assistant Secretary-General on reprisals. */
    interactiveDialogue: IsoDate.optional(),
  }),
  cases: z.array(Case).length(5),
  sources: z.array(Source).min(1),
  asOf: IsoDate,
  /** The day the whole pack was last checked against its sources (see README: updating the data). */
  checkedOn: IsoDate,
  translatedFrom: z.object({ title: TranslatedFrom }).partial().optional(),
});
export type Campaign = z.infer<typeof Campaign>;

export const StateNamed = z.object({
  iso2: Iso2,
  /** The name as the source spells it. */
  nameInSource: text,
  kind: z.enum(['new', 'follow-up', 'unknown']),
  /** Ids of the report's sources that name this State; absent: all of the report's sources. */
  sources: z.array(z.string()).min(1).optional(),
  /** What the researcher inferred about this entry rather than read (shown to users). */
  inferred: text.optional(),
});

export const SgReport = z.object({
  year: z.number().int().min(2010),
  session: z.string().regex(/^HRC\d+$/),
  symbol: z.string().regex(/^A\/HRC\/\d+\/\d+$/).nullable(),
  symbolVerified: z.boolean(),
  /** States named in the report where a source lists them; see `listCompleteness`. */
  statesNamed: z.array(StateNamed),
  listCompleteness: z.enum(['complete', 'partial', 'none']),
  /** Total number of States the report names, where a source states it. */
  statedTotal: z.number().int().positive().optional(),
  /** What the researcher inferred rather than read (shown to users). */
  inferred: text.optional(),
  /** Other symbols of the same report, e.g. corrigenda ("A/HRC/24/29/Corr.1"). */
  relatedSymbols: z.array(z.string().regex(/^A\/HRC\/\d+\/\d+(\/[A-Za-z0-9.]+)*$/)).optional(),
  /** Facts about the report that the research notes, with their caveats (English). */
  notes: z.array(text).optional(),
  sources: z.array(Source).min(1),
});
export type SgReport = z.infer<typeof SgReport>;

export const State = z.object({
  iso2: Iso2,
  m49: z.string().regex(/^\d{3}$/),
  short: UnText,
  formal: UnText,
  /** Non-member observer State (Holy See, State of Palestine). */
  observer: z.boolean(),
});
export type State = z.infer<typeof State>;

export const Figure = z.object({
  value: z.number(),
  text: CampaignText,
  sources: z.array(Source).min(1),
  /** False where research could not confirm the figure beyond the campaign page. */
  independentlyVerified: z.boolean(),
  /** The years the figure covers, where a source says so (the campaign page said "since 2010"). */
  period: z.object({ from: z.number().int(), to: z.number().int() }).optional(),
  /** The campaign page's own wording, kept where `text` corrects it (Chinese verbatim, English ours). */
  campaignText: CampaignText.optional(),
});

export const Figures = z.object({
  ishrDatabase: z.object({ cases: Figure, states: Figure, reports: Figure }),
  study: z.object({ cases: Figure, reports: Figure, yearsFrom: z.number(), yearsTo: z.number(), namedCases: Figure }),
  asOf: IsoDate,
});
export type Figures = z.infer<typeof Figures>;

/** One of our translations of a campaign English text, quoting the English (`source`) it translates. */
export const CaseTextTranslation = z.object({ source: text, fr: text, es: text, ru: text, ar: text });
export type CaseTextTranslation = z.infer<typeof CaseTextTranslation>;

/**
 * Our French, Spanish, Russian and Arabic translations of each case's title, summary and demands
 * (the campaign wrote them in English and Chinese only), keyed by case id.
 */
export const CaseTranslations = z.object({
  note: text,
  translatedFrom: z.literal('en'),
  cases: z.record(
    z.string().regex(/^[a-z0-9-]+$/),
    z.object({ title: CaseTextTranslation, summary: CaseTextTranslation, demands: z.array(CaseTextTranslation).min(1) }),
  ),
});
export type CaseTranslations = z.infer<typeof CaseTranslations>;
