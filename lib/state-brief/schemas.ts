// zod/mini, as in lib/messages.ts: the background's bundle stays small.
import * as z from 'zod/mini';
import { DATA_LANGUAGES } from '@/lib/data/data-languages';
import { UI_LANGUAGES } from '@/lib/i18n/languages';

/**
 * The shapes of types.ts as the background sends them to the content script (lib/messages.ts
 * checks each answer against these on the way out). The content script reads them without
 * zod: it only renders them as text.
 */
const Iso2 = z.string().check(z.regex(/^[A-Z]{2}$/));
const Lang = z.enum(DATA_LANGUAGES);
const Text = z.string().check(z.maxLength(20_000));
const CaseText = z.object({ text: Text, lang: Lang, translation: z.boolean() });
const IsoDate = z.string().check(z.regex(/^\d{4}(-\d{2}(-\d{2})?)?$/));
const Link = z.enum(['responsible', 'raised']);

const PageSource = z.object({
  id: z.string().check(z.maxLength(200)),
  url: z.string().check(z.maxLength(2000)),
  title: Text,
  strength: z.enum(['primary', 'secondary', 'weak']),
  publisher: z.optional(Text),
  date: z.optional(IsoDate),
  plainHttp: z.optional(z.literal(true)),
});

const RaisedOccasion = z.object({
  session: z.string().check(z.maxLength(20)),
  setting: z.enum(['reprisals-dialogue', 'third-committee', 'other']),
  date: IsoDate,
  weakSourcesOnly: z.boolean(),
  group: z.optional(Text),
  speaker: z.optional(z.object({ iso2: Iso2, name: Text })),
  sources: z.array(PageSource),
});

const CaseReport = z.object({
  year: z.int(),
  symbol: z.nullable(z.string().check(z.maxLength(60))),
  symbolVerified: z.boolean(),
  ishrCaseCodes: z.array(z.string().check(z.maxLength(40))),
});

const StatementParagraph = z.object({
  caseId: z.string().check(z.maxLength(100)),
  lang: Lang,
  text: Text,
  html: Text,
  asOf: IsoDate,
  translated: z.boolean(),
  englishFallback: z.boolean(),
});

const CardCase = z.object({
  id: z.string().check(z.maxLength(100)),
  role: Link,
  state: z.object({ iso2: Iso2, name: Text }),
  title: CaseText,
  summary: CaseText,
  translated: z.boolean(),
  status: z.object({ asOf: IsoDate, summary: CaseText }),
  raised: z.array(RaisedOccasion),
  reports: z.array(CaseReport),
  statement: StatementParagraph,
});

const StateReport = z.object({
  year: z.int(),
  session: z.string().check(z.maxLength(60)),
  symbol: z.nullable(z.string().check(z.maxLength(60))),
  symbolVerified: z.boolean(),
  partial: z.boolean(),
  inferred: z.nullable(Text),
  cases: z.array(z.object({ id: z.string().check(z.maxLength(100)), title: CaseText, ishrCaseCodes: z.array(z.string().check(z.maxLength(40))) })),
});

export const StateCardModelSchema = z.object({
  iso2: Iso2,
  name: Text,
  link: z.nullable(Link),
  cases: z.array(CardCase),
  reports: z.array(StateReport),
  statementLang: Lang,
});

export const PageStateSummarySchema = z.object({
  iso2: Iso2,
  name: Text,
  link: z.nullable(Link),
  responsibleFor: z.array(z.object({ id: z.string().check(z.maxLength(100)), title: CaseText })),
  raised: z.array(z.object({ id: z.string().check(z.maxLength(100)), title: CaseText, sessions: z.array(z.string().check(z.maxLength(20))) })),
  reportYears: z.array(z.int()),
});

export const StateCardRequest = z.object({ iso2: Iso2, lang: z.enum(UI_LANGUAGES), statementLang: Lang });
export const PageStatesRequest = z.object({ iso2s: z.array(Iso2).check(z.maxLength(250)), lang: z.enum(UI_LANGUAGES) });

// The schemas and the types describe the same shapes (checked by the compiler both ways).
type Same<A, B> = [A] extends [B] ? ([B] extends [A] ? true : false) : false;
const sameCard: Same<z.output<typeof StateCardModelSchema>, import('./types').StateCardModel> = true;
const sameSummary: Same<z.output<typeof PageStateSummarySchema>, import('./types').PageStateSummary> = true;
void sameCard;
void sameSummary;
