/**
 * Builds lib/data/regions.generated.json: the UN Statistics Division's M49 region (Africa,
 * Americas, Asia, Europe, Oceania) of each State in lib/data/states.generated.json, for the
 * region filter of the mission picker.
 *
 * Input: the same datasets/country-codes CSV as generate-states (columns "ISO3166-1-Alpha-2" and
 * "Region Code"), by default the snapshot in tests/fixtures/sources/country-codes.csv (see
 * tests/fixtures/README.md); override with ER_COUNTRY_CODES_CSV.
 * Run: npm run generate:regions
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { parse } from 'csv-parse/sync';
import type { M49Region } from '../lib/data/regions-schema';
import states from '../lib/data/states.generated.json';

const ROOT = resolve(fileURLToPath(new URL('..', import.meta.url)));
export const REGIONS_OUTPUT = resolve(ROOT, 'lib/data/regions.generated.json');

const BY_CODE: Record<string, M49Region> = { '2': 'africa', '19': 'americas', '142': 'asia', '150': 'europe', '9': 'oceania' };

export function buildRegions(csvText: string): Record<string, M49Region> {
  const rows = parse(csvText, { columns: true, skip_empty_lines: true, bom: true }) as Array<Record<string, string>>;
  const byIso2 = new Map(rows.map((row) => [row['ISO3166-1-Alpha-2'] ?? '', row['Region Code'] ?? '']));
  const out: Record<string, M49Region> = {};
  for (const { iso2 } of states) {
    const region = BY_CODE[String(Number(byIso2.get(iso2)))];
    if (!region) throw new Error(`No M49 region for ${iso2} in the CSV`);
    out[iso2] = region;
  }
  return out;
}

export function renderRegions(regions: Record<string, M49Region>): string {
  return `${JSON.stringify({ source: 'datasets/country-codes (UN Statistics Division M49 "Region Code")', regions }, null, 2)}\n`;
}

export function regionsCsvPath(): string {
  return process.env.ER_COUNTRY_CODES_CSV ?? resolve(ROOT, 'tests/fixtures/sources/country-codes.csv');
}

if (process.argv[1] && import.meta.url === pathToFileURL(resolve(process.argv[1])).href) {
  writeFileSync(REGIONS_OUTPUT, renderRegions(buildRegions(readFileSync(regionsCsvPath(), 'utf8'))));
  console.log(`Wrote ${REGIONS_OUTPUT}`);
}
