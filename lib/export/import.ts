import type { z } from 'zod';
import { timeRangeOf } from '@/lib/actions/time';
import type { ActionRecord } from '@/lib/actions/action-record';
import { ExportEnvelope } from './envelope';

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
