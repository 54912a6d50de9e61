import { isoTimeOrRaw } from '@/lib/actions/time';
import type { ActionRecord } from '@/lib/actions/action-record';
import { csvField } from '@/lib/csv-field';

export const CSV_COLUMNS = ['id', 'createdAt', 'kind', 'cases', 'state', 'channel', 'language', 'note', 'draftId'] as const;

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
