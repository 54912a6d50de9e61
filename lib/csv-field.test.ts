import { expect, it } from 'vitest';
import { csvField } from './csv-field';

it('quotes fields with commas, quotes and line breaks (RFC 4180)', () => {
  expect(csvField('plain')).toBe('plain');
  expect(csvField('a,b')).toBe('"a,b"');
  expect(csvField('say "hi"')).toBe('"say ""hi"""');
  expect(csvField('two\nlines')).toBe('"two\nlines"');
  expect(csvField('cr\r')).toBe('"cr\r"');
});

it('defuses cells a spreadsheet would run as a formula', () => {
  expect(csvField('=HYPERLINK("http://x")')).toBe(`"'=HYPERLINK(""http://x"")"`);
  expect(csvField('+1')).toBe("'+1");
  expect(csvField('-2')).toBe("'-2");
  expect(csvField('@SUM(A1)')).toBe("'@SUM(A1)");
  expect(csvField('\t=1')).toBe("'\t=1");
  expect(csvField('a=1')).toBe('a=1');
});

it('defuses formulas behind leading blanks and in full-width or compatibility forms', () => {
  for (const value of [
    ' =1+1',
    '\u00a0=1+1',
    '\u3000=1',
    '\u2003\u200b+1',
    '\n=1',
    '\uff1dSUM(A1)',
    '\uff0b1',
    '\uff0d1',
    '\uff20SUM(A1)',
    ' \uff1dHYPERLINK("x")',
    '\ufe66=1',
  ]) {
    expect(csvField(value).replace(/^"/, ''), JSON.stringify(value)).toMatch(/^'/);
  }
  for (const value of ['note = 1', '１０ people', 'Égypte', '(=1)', 'مرحبا']) expect(csvField(value)).not.toMatch(/^"?'/);
});
