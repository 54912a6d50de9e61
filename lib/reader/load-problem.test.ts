import { expect, it } from 'vitest';
import { hasText, looksLikePdf, problemOfPdfjsError } from './load-problem';

const error = (name: string, extra: object = {}) => Object.assign(new Error('x'), { name }, extra);

it('names the problem behind pdf.js errors', () => {
  expect(problemOfPdfjsError(error('PasswordException', { code: 1 }))).toEqual({ kind: 'password' });
  expect(problemOfPdfjsError(error('InvalidPDFException'))).toEqual({ kind: 'damaged' });
  expect(problemOfPdfjsError(error('ResponseException', { status: 404, missing: true }))).toEqual({ kind: 'http', status: 404 });
  expect(problemOfPdfjsError(error('ResponseException', { status: 0 }))).toEqual({ kind: 'network' });
  expect(problemOfPdfjsError(error('FormatError'))).toEqual({ kind: 'damaged' });
  expect(problemOfPdfjsError('odd')).toEqual({ kind: 'damaged' });
});

it('recognises a PDF header at the start or after a little junk, and nothing else', () => {
  const enc = (s: string) => new TextEncoder().encode(s);
  expect(looksLikePdf(enc('%PDF-1.7\n%âãÏÓ'))).toBe(true);
  expect(looksLikePdf(enc(`\r\n${' '.repeat(500)}%PDF-1.4`))).toBe(true);
  expect(looksLikePdf(enc(`${' '.repeat(2000)}%PDF-1.4`))).toBe(false);
  expect(looksLikePdf(enc('<!doctype html><title>A/HRC/51/47</title>'))).toBe(false);
  expect(looksLikePdf(enc('%PDF'))).toBe(false);
  expect(looksLikePdf(new Uint8Array())).toBe(false);
});

it('tells pages with text from pages without', () => {
  expect(hasText([{ str: ' ' }, { str: '' }, {}])).toBe(false);
  expect(hasText([{ str: ' ' }, { str: 'Egypt' }])).toBe(true);
  expect(hasText([])).toBe(false);
});
