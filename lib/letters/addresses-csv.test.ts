import { describe, expect, it } from 'vitest';
import { addressesCsv, parseAddressesCsv } from './addresses-csv';

describe('mission addresses as CSV', () => {
  it('round-trips, sorted, with the State name for readers', () => {
    const csv = addressesCsv({ EG: 'mission.egypt@example.org', BE: 'geneve@example.be' });
    expect(csv).toBe('\uFEFFstate,email,name\r\nBE,geneve@example.be,Belgium\r\nEG,mission.egypt@example.org,Egypt\r\n');
    expect(parseAddressesCsv(csv)).toEqual({ addresses: { BE: 'geneve@example.be', EG: 'mission.egypt@example.org' }, rejected: [] });
  });

  it('reads any column order and case, and reports rows it cannot use with their line', () => {
    const csv = 'Email;State\nx@example.org;fr\nnot-an-address;DE\nz@example.org;XX\n\n';
    const parsed = parseAddressesCsv(csv.replace(/;/g, ','));
    expect(parsed.addresses).toEqual({ FR: 'x@example.org' });
    expect(parsed.rejected).toEqual([
      { line: 3, reason: 'email' },
      { line: 4, reason: 'state' },
    ]);
  });

  it('handles quoted cells and refuses a file without the columns', () => {
    expect(parseAddressesCsv('state,email\n"CH","a@example.ch"\n').addresses).toEqual({ CH: 'a@example.ch' });
    expect(() => parseAddressesCsv('country,address\nCH,a@example.ch\n')).toThrow(/state.*email/);
  });
});
