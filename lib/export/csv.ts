import type { ActionRecord } from '@/lib/store/action-record';

export const CSV_COLUMNS = ['id', 'createdAt', 'kind', 'cases', 'state', 'channel', 'language', 'note', 'draftId'] as const;

/**
 * One CSV field (RFC 4180). A cell that a spreadsheet would read as a formula (starting with
 * = + - @, or a tab or carriage return that some strip first) gets a leading apostrophe, so opening
 * an export never runs anything.
 */
export function csvField(value: string): string {
  const safe = /^[=+\-@\t\r]/.test(value) ? `'${value}` : value;
  return /[",\r\n]/.test(safe) ? `"${safe.replace(/"/g, '""')}"` : safe;
}

function cells(action: ActionRecord): string[] {
  return [
    action.id,
    new Date(action.createdAt).toISOString(),
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
