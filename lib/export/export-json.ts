import type { ActionRecord } from '@/lib/actions/action-record';
import { EXPORT_FORMAT, EXPORT_VERSION } from './envelope';

/**
 * The envelope as JSON text, one action per line, so a person can read and diff the file and a
 * large history does not become one giant line.
 */
export function envelopeJson(actions: readonly ActionRecord[], exportedAt: Date): string {
  const head = JSON.stringify({ format: EXPORT_FORMAT, version: EXPORT_VERSION, exportedAt: exportedAt.toISOString() });
  const lines = actions.map((action) => JSON.stringify(action));
  return `${head.slice(0, -1)},"actions":[${lines.length ? `\n${lines.join(',\n')}\n` : ''}]}\n`;
}

export function exportFileName(extension: 'json' | 'csv', now = new Date()): string {
  return `endreprisals-actions-${now.toISOString().slice(0, 10)}.${extension}`;
}
