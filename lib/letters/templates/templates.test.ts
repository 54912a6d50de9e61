import { describe, expect, it } from 'vitest';
import { DATA_LANGUAGES } from '@/lib/data/schema';
import { LETTER_TEMPLATES, LetterTemplate } from './index';
import en from './en.json';

describe('letter templates', () => {
  it('load in all six languages', () => {
    expect(Object.keys(LETTER_TEMPLATES).sort()).toEqual([...DATA_LANGUAGES].sort());
    for (const lang of DATA_LANGUAGES) expect(LETTER_TEMPLATES[lang].lang).toBe(lang);
  });

  it('reject an unknown placeholder and a missing required one', () => {
    expect(LetterTemplate.safeParse({ ...en, subject: 'Hello {sesion}' }).success).toBe(false);
    expect(LetterTemplate.safeParse({ ...en, body: en.body.replace('{caseBlocks}', '') }).success).toBe(false);
    expect(LetterTemplate.safeParse(en).success).toBe(true);
  });
});
