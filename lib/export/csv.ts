import { isoTimeOrRaw } from '@/lib/actions/time';
import type { ActionRecord } from '@/lib/actions/action-record';

export const CSV_COLUMNS = ['id', 'createdAt', 'kind', 'cases', 'state', 'channel', 'language', 'note', 'draftId'] as const;

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

function cells(action: ActionRecord): string[] {
  return [
    action.id,
    isoTimeOrRaw(action.createdAt),
    action.kind,
    action.cases.join(' '),
    action.state ?? '',
    action.channel ?? '',
    action.language,
    action.note ?? '',
    action.draftId ?? '',
  ];
}

/** UTF-8 text with a byte order mark so spreadsheet programs read non-Latin notes correctly. */
export function actionsCsv(actions: readonly ActionRecord[]): string {
  const rows = [CSV_COLUMNS.join(','), ...actions.map((action) => cells(action).map(csvField).join(','))];
  return `\uFEFF${rows.join('\r\n')}\r\n`;
}
