import { expect, it } from 'vitest';
import { actionsCsv, csvField } from './csv';

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

it('writes a time no Date can hold as its number instead of failing the whole export', () => {
  const csv = actionsCsv([
    { id: '7f1c1b5e-0a7d-4a38-9d3b-2c1f0e9a8b7c', kind: 'post', cases: [], state: null, channel: null, language: 'en', createdAt: 9e15 },
  ]);
  expect(csv.split('\r\n')[1]).toBe('7f1c1b5e-0a7d-4a38-9d3b-2c1f0e9a8b7c,9000000000000000,post,,,,en,,');
});

it('writes a BOM, a header and one CRLF row per action', () => {
  const csv = actionsCsv([
    {
      id: '6f1c1b5e-0a7d-4a38-9d3b-2c1f0e9a8b7c',
      kind: 'letter-sent',
      cases: ['viasna', 'burundi-lawyers'],
      state: 'FR',
      channel: 'gmail',
      language: 'ar',
      createdAt: Date.UTC(2026, 0, 2, 3, 4, 5),
      note: 'رسالة, "مهمة"',
      draftId: '0e0c1b5e-0a7d-4a38-9d3b-2c1f0e9a8b7c',
    },
    { id: '7f1c1b5e-0a7d-4a38-9d3b-2c1f0e9a8b7c', kind: 'post', cases: [], state: null, channel: null, language: 'zh', createdAt: 0 },
  ]);
  expect(csv.charCodeAt(0)).toBe(0xfeff);
  expect(csv.slice(1).split('\r\n')).toEqual([
    'id,createdAt,kind,cases,state,channel,language,note,draftId',
    '6f1c1b5e-0a7d-4a38-9d3b-2c1f0e9a8b7c,2026-01-02T03:04:05.000Z,letter-sent,viasna burundi-lawyers,FR,gmail,ar,"رسالة, ""مهمة""",0e0c1b5e-0a7d-4a38-9d3b-2c1f0e9a8b7c',
    '7f1c1b5e-0a7d-4a38-9d3b-2c1f0e9a8b7c,1970-01-01T00:00:00.000Z,post,,,,zh,,',
    '',
  ]);
});
