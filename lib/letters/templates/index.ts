import { z } from 'zod';
import { DATA_LANGUAGES, type DataLanguage } from '@/lib/data/schema';
import { placeholdersOf } from '../fill';
import en from './en.json';
import zh from './zh.json';
import fr from './fr.json';
import es from './es.json';
import ru from './ru.json';
import ar from './ar.json';

const text = z.string().trim().min(1);

/** Placeholders each template field may use; anything else is a typo and fails validation. */
const ALLOWED = {
  subject: ['session', 'sessionNumber', 'sessionOrdinal'],
  missionTitle: ['ofState'],
  observerMissionTitle: ['ofState'],
  body: ['missionTitle', 'session', 'sessionNumber', 'sessionOrdinal', 'ask', 'caseBlocks', 'senderName', 'senderOrganisation', 'senderPlace'],
  askOne: [],
  askMany: ['caseCount'],
  caseBlock: ['number', 'caseName', 'stateName', 'summary', 'demandLabel', 'demands'],
  demandLabel: [],
  translatedDemandLabel: [],
} as const;

/** Placeholders a field must use, so that no part of a letter silently goes missing. */
const REQUIRED: Partial<Record<keyof typeof ALLOWED, readonly string[]>> = {
  missionTitle: ['ofState'],
  observerMissionTitle: ['ofState'],
  body: ['missionTitle', 'ask', 'caseBlocks', 'senderName', 'senderOrganisation', 'senderPlace'],
  askMany: ['caseCount'],
  caseBlock: ['caseName', 'stateName', 'summary', 'demandLabel', 'demands'],
};

function templateField(field: keyof typeof ALLOWED) {
  return text.superRefine((value, ctx) => {
    const used = placeholdersOf(value);
    const allowed: readonly string[] = ALLOWED[field];
    for (const name of used) {
      if (!allowed.includes(name)) ctx.addIssue({ code: 'custom', message: `${field}: unknown placeholder {${name}}` });
    }
    for (const name of REQUIRED[field] ?? []) {
      if (!used.includes(name)) ctx.addIssue({ code: 'custom', message: `${field}: must use {${name}}` });
    }
  });
}

export const LetterTemplate = z.object({
  lang: z.enum(DATA_LANGUAGES),
  subject: templateField('subject'),
  missionTitle: templateField('missionTitle'),
  observerMissionTitle: templateField('observerMissionTitle'),
  body: templateField('body'),
  askOne: templateField('askOne'),
  askMany: templateField('askMany'),
  caseBlock: templateField('caseBlock'),
  demandLabel: templateField('demandLabel'),
  translatedDemandLabel: templateField('translatedDemandLabel'),
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
