import { expect, it } from 'vitest';
import { errorDetail } from './error-detail';

it('gives the name and message the browser used, short and on one line', () => {
  expect(errorDetail(new DOMException('Quota exceeded', 'QuotaExceededError'))).toBe('QuotaExceededError: Quota exceeded');
  expect(errorDetail(new Error('disk full'))).toBe('disk full');
  expect(errorDetail(new RangeError('Invalid time value'))).toBe('RangeError: Invalid time value');
  expect(errorDetail('plain text')).toBe('plain text');
  expect(errorDetail({ name: 'UnknownError', message: 'Internal\nerror' })).toBe('UnknownError: Internal error');
  expect(errorDetail(new Error('x'.repeat(1000)))).toHaveLength(240);
  expect(errorDetail(undefined)).toBe('undefined');
  // The browser's error inside a wrapper (a cause, or Dexie's `inner`) is the one named.
  const quota = new DOMException('Quota exceeded', 'QuotaExceededError');
  expect(errorDetail(new Error('write failed', { cause: quota }))).toBe('QuotaExceededError: Quota exceeded');
  expect(errorDetail(Object.assign(new Error('OpenFailedError'), { inner: quota }))).toBe('QuotaExceededError: Quota exceeded');
});
