import { describe, expect, it } from 'vitest';
import { formatPartialDate } from './partial-date';

describe('formatPartialDate', () => {
  it('keeps the precision of the source', () => {
    expect(formatPartialDate('2016', 'en')).toBe('2016');
    expect(formatPartialDate('2016-12', 'en')).toBe('December 2016');
    expect(formatPartialDate('2016-11-21', 'en-GB')).toBe('21 November 2016');
  });
  it('speaks the UI language', () => {
    expect(formatPartialDate('2016-11-21', 'zh-CN')).toBe('2016年11月21日');
    expect(formatPartialDate('2016-12', 'fr')).toBe('décembre 2016');
  });
  it('does not move the first or last day of a year across time zones', () => {
    expect(formatPartialDate('2017-01-01', 'en-GB')).toBe('1 January 2017');
    expect(formatPartialDate('2016-12-31', 'en-GB')).toBe('31 December 2016');
  });
  it('returns what it cannot read unchanged', () => {
    expect(formatPartialDate('sometime', 'en')).toBe('sometime');
  });
});
