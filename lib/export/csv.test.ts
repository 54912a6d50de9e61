import { expect, it } from 'vitest';
import { actionsCsv } from './csv';

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
