import { z } from 'zod';
import type { DataLanguage } from '@/lib/data/schema';
import { placeholdersOf } from '@/lib/drafting/fill-template';
import raw from './post-templates.json';

const SHARED = ['when', 'hashtags', 'link'];

function template(allowed: string[], required: string[]) {
  return z
    .string()
    .trim()
    .min(1)
    .superRefine((value, ctx) => {
      const used = placeholdersOf(value);
      for (const name of used) {
        if (!allowed.includes(name)) ctx.addIssue({ code: 'custom', message: `unknown placeholder {${name}}` });
      }
      for (const name of required) {
        if (!used.includes(name)) ctx.addIssue({ code: 'custom', message: `must use {${name}}` });
      }
    });
}

export const PostTemplate = z.object({
  /** One case: names it and its State. */
  single: template([...SHARED, 'caseName', 'stateName'], ['caseName', 'stateName', 'when', 'hashtags', 'link']),
  /** One case about several people or organisations ("their cases"). */
  singlePlural: template([...SHARED, 'caseName', 'stateName'], ['caseName', 'stateName', 'when', 'hashtags', 'link']),
  /** Several cases: lists them one per line ({caseLines}) or names their States ({stateList}). */
  multi: template([...SHARED, 'caseLines', 'stateList'], ['when', 'hashtags', 'link']).refine(
    (value) => /\{(caseLines|stateList)\}/.test(value),
    'must use {caseLines} or {stateList}',
  ),
  caseLine: template(['caseName', 'stateName'], ['caseName', 'stateName']),
  /** Separator between State names in {stateList}. */
  listSeparator: z.string().min(1),
});
export type PostTemplate = z.infer<typeof PostTemplate>;

const PostTemplates = z.object({
  en: PostTemplate,
  zh: PostTemplate,
  fr: PostTemplate,
  es: PostTemplate,
  ru: PostTemplate,
  ar: PostTemplate,
});

/** Suggested-post templates in the six UN languages, checked when the module loads. */
export const POST_TEMPLATES: Readonly<Record<DataLanguage, PostTemplate>> = PostTemplates.parse(raw);
