import { expect, it } from 'vitest';
import { UI_LANGUAGES } from '@/lib/i18n';
import { problems } from './problems';

const placeholders = (text: string) => [...text.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();

it('says every problem in all six languages with the same placeholders as English', () => {
  const english = problems.en as Record<string, string>;
  for (const lang of UI_LANGUAGES) {
    const messages = problems[lang] as Record<string, string>;
    expect(Object.keys(messages).sort(), lang).toEqual(Object.keys(english).sort());
    for (const [key, text] of Object.entries(messages)) {
      expect(text.trim(), `${lang}.${key}`).not.toBe('');
      expect(placeholders(text), `${lang}.${key}`).toEqual(placeholders(english[key]!));
    }
  }
});
