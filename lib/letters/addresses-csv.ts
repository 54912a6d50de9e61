import Papa from 'papaparse';
import { csvField } from '@/lib/csv-field';
import { stateByIso2 } from '@/lib/data/states';
import { isPlausibleEmail } from '@/lib/email-address';

/**
 * Saved mission addresses as CSV, so an organiser can hand a list to volunteers: one row per
 * State, columns `state` (ISO 3166 alpha-2), `email`, and `name` (the State's English short
 * name, for people reading the file; ignored on import).
 */
export function addressesCsv(addresses: Readonly<Record<string, string>>): string {
  const rows = Object.entries(addresses)
    .filter(([, email]) => email.trim())
    .sort(([a], [b]) => a.localeCompare(b))
    .map(([iso2, email]) => [iso2, email.trim(), stateByIso2(iso2)?.short.en ?? ''].map(csvField).join(','));
  return `\uFEFF${['state,email,name', ...rows].join('\r\n')}\r\n`;
}

export interface AddressImport {
  /** Valid rows, by ISO2. */
  addresses: Record<string, string>;
  /** Rows that could not be read, with their line number (1 is the header). */
  rejected: Array<{ line: number; reason: 'state' | 'email' }>;
}

/**
 * Reads addresses from CSV text (the format `addressesCsv` writes; any column order, header
 * required). Rows with an unknown State or an implausible address are reported, not imported.
 */
export function parseAddressesCsv(text: string): AddressImport {
  const result = Papa.parse<Record<string, string>>(text.replace(/^\uFEFF/, ''), {
    header: true,
    skipEmptyLines: 'greedy',
    transformHeader: (h) => h.trim().toLowerCase(),
  });
  const fields = result.meta.fields ?? [];
  if (!fields.includes('state') || !fields.includes('email')) throw new Error('The file needs a header row with the columns "state" and "email".');
  const addresses: Record<string, string> = {};
  const rejected: AddressImport['rejected'] = [];
  result.data.forEach((row, i) => {
    const line = i + 2;
    const state = stateByIso2((row.state ?? '').trim());
    // A spreadsheet-safe export prefixes risky cells with "'"; take it off again.
    const email = (row.email ?? '').trim().replace(/^'/, '');
    if (!state) rejected.push({ line, reason: 'state' });
    else if (!isPlausibleEmail(email)) rejected.push({ line, reason: 'email' });
    else addresses[state.iso2] = email;
  });
  return { addresses, rejected };
}
