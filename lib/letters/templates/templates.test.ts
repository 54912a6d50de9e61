import { describe, expect, it } from 'vitest';
import { DATA_LANGUAGES } from '@/lib/data/schema';
import { LETTER_TEMPLATES, LetterTemplate } from './index';
import en from './en.json';

describe('letter templates', () => {
  it('load in all six languages with the same fields', () => {
    expect(Object.keys(LETTER_TEMPLATES).sort()).toEqual([...DATA_LANGUAGES].sort());
    for (const lang of DATA_LANGUAGES) {
      expect(LETTER_TEMPLATES[lang].lang).toBe(lang);
      expect(Object.keys(LETTER_TEMPLATES[lang]).sort()).toEqual(Object.keys(en).sort());
    }
  });

  it('reject an unknown placeholder and a missing required one', () => {
    expect(LetterTemplate.safeParse({ ...en, subjectThird: 'Hello {wen}' }).success).toBe(false);
    expect(LetterTemplate.safeParse({ ...en, caseHeading: '{number}. {caseName}' }).success).toBe(false);
    expect(LetterTemplate.safeParse(en).success).toBe(true);
  });
});
