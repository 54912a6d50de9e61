import { describe, expect, it } from 'vitest';
import { isPlausibleEmail } from './email-address';

describe('isPlausibleEmail', () => {
  it('accepts ordinary addresses, trimming spaces around them', () => {
    expect(isPlausibleEmail('mission.geneva@example.org')).toBe(true);
    expect(isPlausibleEmail('  info@mission-x.ch ')).toBe(true);
  });
  it('rejects what is not one address', () => {
    expect(isPlausibleEmail('')).toBe(false);
    expect(isPlausibleEmail('mission.geneva')).toBe(false);
    expect(isPlausibleEmail('a@b')).toBe(false);
    expect(isPlausibleEmail('a b@example.org')).toBe(false);
    expect(isPlausibleEmail('a@example.org, b@example.org')).toBe(false);
    expect(isPlausibleEmail('Mission <a@example.org>')).toBe(false);
  });
});
