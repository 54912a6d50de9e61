import type { z } from 'zod';
import { timeRangeOf } from '@/lib/actions/time';
import { mergeActions } from '@/lib/platform/store/actions';
import type { ActionRecord } from '@/lib/actions/action-record';
import { ExportEnvelope, MAX_IMPORT_BYTES } from './envelope';

export type ImportProblem =
  | { code: 'too-large'; bytes: number; limit: number }
  | { code: 'not-json'; detail: string }
  | { code: 'invalid'; path: string; detail: string; more: number };

export type ImportResult = { ok: true; added: number; alreadyPresent: number } | { ok: false; problem: ImportProblem };

/** "actions[3].createdAt" from zod's ["actions", 3, "createdAt"]. */
export function formatPath(path: readonly PropertyKey[]): string {
  return (
    path.map((part, i) => (typeof part === 'number' ? `[${part}]` : `${i ? '.' : ''}${String(part)}`)).join('') || '(root)'
  );
}

const isoDay = (time: number) => new Date(time).toISOString().slice(0, 10);

/**
 * The error map for reading a file: `base` (zod's messages in the UI language) for zod's own
 * issues, `timeRange` for an action time outside 2010 – tomorrow.
 */
export function importErrorMap(
  base?: z.core.$ZodErrorMap,
  timeRange: (min: number, max: number) => string = (min, max) => `expected a date between ${isoDay(min)} and ${isoDay(max)}`,
): z.core.$ZodErrorMap {
  return (issue) => {
    const range = timeRangeOf(issue);
    return range ? timeRange(range.min, range.max) : base?.(issue);
  };
}

/** Validates a whole file; nothing is written. `errorMap` (see importErrorMap) words the problems. */
export function parseExport(
  text: string,
  errorMap: z.core.$ZodErrorMap = importErrorMap(),
): { ok: true; actions: ActionRecord[] } | { ok: false; problem: ImportProblem } {
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch (error) {
    return { ok: false, problem: { code: 'not-json', detail: error instanceof Error ? error.message : String(error) } };
  }
  const parsed = ExportEnvelope.safeParse(json, { error: errorMap });
  if (!parsed.success) {
    const [first, ...rest] = parsed.error.issues;
    return {
      ok: false,
      problem: { code: 'invalid', path: formatPath(first!.path), detail: first!.message, more: rest.length },
    };
  }
  return { ok: true, actions: parsed.data.actions };
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
