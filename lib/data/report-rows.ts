import type { SgReport } from './schema';

/** One Secretary-General report that named a State, as the card and the panel show it. */
export interface CardReport {
  year: number;
  session: string;
  symbol: string | null;
  symbolVerified: boolean;
  /** The report's list of States in our data is not the whole list. */
  partial: boolean;
  /**
   * What the research inferred rather than read, as written in the data (English): about this
   * State's entry where the data says so, else about the report.
   */
  inferred: string | null;
}

/**
 * One row per report (year and symbol), oldest first; two sources on one report become one row.
 * With `iso2`, a row carries what was inferred about that State's entry in the report.
 */
export function reportRows(reports: readonly SgReport[], iso2?: string): CardReport[] {
  const rows = new Map<string, CardReport>();
  const code = iso2?.toUpperCase();
  for (const r of reports) {
    const key = `${r.year}|${r.symbol ?? r.session}`;
    const entry = code ? r.statesNamed.find((s) => s.iso2 === code) : undefined;
    const row: CardReport = {
      year: r.year,
      session: r.session,
      symbol: r.symbol,
      symbolVerified: r.symbolVerified,
      partial: r.listCompleteness !== 'complete',
      inferred: entry?.inferred ?? r.inferred ?? null,
    };
    const seen = rows.get(key);
    rows.set(
      key,
      seen
        ? {
            ...seen,
            symbolVerified: seen.symbolVerified || row.symbolVerified,
            partial: seen.partial && row.partial,
            inferred: seen.inferred && row.inferred ? seen.inferred : null,
          }
        : row,
    );
  }
  return [...rows.values()].sort((a, b) => a.year - b.year);
}
