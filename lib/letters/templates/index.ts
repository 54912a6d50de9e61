// The letter templates, one JSON per UN language, checked against the placeholders each field must and may use.
import { z } from 'zod';
import { DATA_LANGUAGES, type DataLanguage } from '@/lib/data/schema';
import { placeholdersOf } from '@/lib/drafting/fill-template';
import en from './en.json';
import zh from './zh.json';
import fr from './fr.json';
import es from './es.json';
import ru from './ru.json';
import ar from './ar.json';

const text = z.string().trim().min(1);
const NUMBERS = ['number', 'ordinal', 'zhNumber', 'arOrdinal'];

/**
 * Each field of a letter template, with the placeholders it must use (first list) and may use
 * (second list): a typo fails validation instead of shipping "{name}", and no part of a letter
 * silently goes missing.
 */
const FIELDS = {
  subjectThird: [['when'], []],
  subjectRaisedBefore: [['when'], []],
  subjectResponsible: [[], []],
  missionTitle: [['ofState'], []],
  observerMissionTitle: [['ofState'], []],
  addressee: [[], []],
  city: [[], []],
  dateLine: [['date'], []],
  placeDateLine: [['place', 'date'], []],
  salutation: [[], []],
  hrcSession: [[], NUMBERS],
  hrcSessionItem: [[], NUMBERS],
  gaC3SessionItem: [[], NUMBERS],
  occasionItem: [['session', 'date'], []],
  momentDated: [['date', 'session'], []],
  momentExpected: [['monthYear'], []],
  occasion: [['moment'], []],
  occasionShort: [['moment'], []],
  thirdCommitteeDated: [['date'], []],
  thirdCommitteeExpected: [['monthYear'], []],
  context: [[], []],
  thanksIntro: [[], []],
  thanksLine: [['caseName', 'occasions'], []],
  thanksShort: [['occasions'], []],
  thanksShortSome: [['occasions'], []],
  occasionRange: [['first', 'last'], []],
  occasionOnce: [['occasion'], []],
  askThird: [[], []],
  askAgain: [[], []],
  askMixed: [[], []],
  askAlso: [[], []],
  askResponsible: [[], []],
  caseHeading: [['number', 'caseName', 'stateName'], []],
  caseHeadingOwn: [['number', 'caseName'], []],
  situation: [['date', 'summary'], []],
  detainedThird: [['date', 'names'], []],
  releaseAsk: [['names'], []],
  releaseAskDated: [['date', 'names'], []],
  demandQuote: [['demands'], []],
  stillOpen: [['date', 'items'], []],
  stillOpenUndated: [['items'], []],
  closing: [[], []],
} as const satisfies Record<string, readonly [readonly string[], readonly string[]]>;
export type TemplateField = keyof typeof FIELDS;

function templateField(field: TemplateField) {
  const [required, optional] = FIELDS[field];
  const allowed: readonly string[] = [...required, ...optional];
  return text.superRefine((value, ctx) => {
    const used = placeholdersOf(value);
    for (const name of used) {
      if (!allowed.includes(name)) ctx.addIssue({ code: 'custom', message: `${field}: unknown placeholder {${name}}` });
    }
    for (const name of required) {
      if (!used.includes(name)) ctx.addIssue({ code: 'custom', message: `${field}: must use {${name}}` });
    }
  });
}

const shape = Object.fromEntries(Object.keys(FIELDS).map((field) => [field, templateField(field as TemplateField)])) as {
  [K in TemplateField]: ReturnType<typeof templateField>;
};

export const LetterTemplate = z.object({
  lang: z.enum(DATA_LANGUAGES),
  ...shape,
  /** Between names or items in a list ("、" in Chinese, "، " in Arabic). */
  listSeparator: z.string().min(1),
  /** Between the occasions a State raised a case. */
  occasionSeparator: z.string().min(1),
});
export type LetterTemplate = z.infer<typeof LetterTemplate>;

function load(lang: DataLanguage, raw: unknown): LetterTemplate {
  const parsed = LetterTemplate.safeParse(raw);
  if (!parsed.success) throw new Error(`lib/letters/templates/${lang}.json: ${z.prettifyError(parsed.error)}`);
  if (parsed.data.lang !== lang) throw new Error(`lib/letters/templates/${lang}.json declares lang "${parsed.data.lang}"`);
  return parsed.data;
}

/** Letter templates in the six UN languages, checked when the module loads. */
export const LETTER_TEMPLATES: Readonly<Record<DataLanguage, LetterTemplate>> = {
  en: load('en', en),
  zh: load('zh', zh),
  fr: load('fr', fr),
  es: load('es', es),
  ru: load('ru', ru),
  ar: load('ar', ar),
};
