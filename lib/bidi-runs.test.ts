// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { bidiRuns, isolateLatinRuns } from './bidi-runs';

const latin = (text: string) => bidiRuns(text).filter((r) => r.latin).map((r) => r.text);

describe('bidiRuns', () => {
  it('finds whole Latin names inside an Arabic sentence, with their accents and parenthesised acronym', () => {
    const text =
      'تعمل على تعزيز حقوق الإنسان في فنزويلا خمس منظمات غير حكومية هي: Comité de Familiares de Víctimas del Caracazo (COFAVIC)، و Control Ciudadano، و Espacio Público.';
    expect(latin(text)).toEqual(['Comité de Familiares de Víctimas del Caracazo (COFAVIC)', 'Control Ciudadano', 'Espacio Público']);
  });

  it('keeps a parenthesis that opens in Arabic, and punctuation after a name, outside the run', () => {
    expect(latin('أُفرج عن خمسة: Tatsiana Lasitsa (أيلول/سبتمبر 2022)، و Leanid Sudalenka.')).toEqual(['Tatsiana Lasitsa', 'Leanid Sudalenka']);
    expect(latin('و Dieudonné Bashirahishize و Al-Qassas')).toEqual(['Dieudonné Bashirahishize', 'Al-Qassas']);
  });

  it('gives back the whole text when the runs are joined, and nothing Latin in a text without Latin', () => {
    const text = 'مركز فياسنا لحقوق الإنسان (هيومن رايتس ووتش، 15 كانون الأول/ديسمبر 2025)';
    expect(bidiRuns(text)).toEqual([{ text, latin: false }]);
    const mixed = 'قال Human Rights House، في 2024.';
    expect(bidiRuns(mixed).map((r) => r.text).join('')).toBe(mixed);
  });

  it('wraps runs in Unicode isolates for plain text', () => {
    expect(isolateLatinRuns('محامي Jiang Tianyong.')).toBe('محامي \u2068Jiang Tianyong\u2069.');
  });
});
