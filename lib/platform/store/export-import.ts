import type { z } from 'zod';
import { envelopeJson } from '@/lib/export/export-json';
import { MAX_IMPORT_BYTES } from '@/lib/export/envelope';
import { parseExport, type ImportResult } from '@/lib/export/import';
import { listActions, mergeActions } from './actions';

// The export file's format and checks are lib/export/; reading and writing the record is here.

export async function exportJson(now = new Date()): Promise<string> {
  return envelopeJson(await listActions(), now);
}

/**
 * Checks the size before reading, validates the whole file, then merges it by id in one
 * transaction: a file that fails any check changes nothing.
 */
export async function importFile(file: Blob, errorMap?: z.core.$ZodErrorMap): Promise<ImportResult> {
  if (file.size > MAX_IMPORT_BYTES) {
    return { ok: false, problem: { code: 'too-large', bytes: file.size, limit: MAX_IMPORT_BYTES } };
  }
  const started = performance.now();
  const parsed = parseExport(await file.text(), errorMap);
  const validated = performance.now();
  // Separate timings for reading + validating and for writing, reported by the benchmark.
  performance.measure('er-import-validate', { start: started, end: validated });
  if (!parsed.ok) return parsed;
  const merged = await mergeActions(parsed.actions);
  performance.measure('er-import-write', { start: validated, end: performance.now() });
  return { ok: true, ...merged };
}
