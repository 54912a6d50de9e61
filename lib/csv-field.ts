// One CSV cell, safe to open in a spreadsheet: shared by the action export and the mission-address file.

/**
 * Whether a spreadsheet could take the cell for a formula. Spreadsheets skip leading blanks
 * (spaces, no-break and ideographic spaces, tabs, line breaks) and some read full-width signs
 * (＝ ＋ － ＠) as their ASCII forms, so the first character is looked at after trimming and NFKC.
 */
export function looksLikeFormula(value: string): boolean {
  return /^[=+\-@]/.test(value.normalize('NFKC').replace(/^[\s\p{Cc}\p{Cf}\p{Zs}]+/u, '')) || /^[\t\r\n]/.test(value);
}

/**
 * One CSV field (RFC 4180). A cell that a spreadsheet would read as a formula gets a leading
 * apostrophe, so opening an export never runs anything.
 */
export function csvField(value: string): string {
  const safe = looksLikeFormula(value) ? `'${value}` : value;
  return /[",\r\n]/.test(safe) ? `"${safe.replace(/"/g, '""')}"` : safe;
}
