import type { z } from 'zod';

/** A data file of the pack failed validation; `issues` lists every failing field. */
export class DataPackError extends Error {
  override name = 'DataPackError';
  constructor(
    readonly file: string,
    readonly issues: readonly string[],
  ) {
    super(issues.map((issue) => `${file}: ${issue}`).join('\n'));
  }
}

function pathOf(path: readonly PropertyKey[]): string {
  return path.length ? path.map(String).join('.') : '(root)';
}

/**
 * Validates one file of the data pack at load time. A malformed file throws an error naming
 * the file and the path of each failing field, e.g. "campaign.json: cases.2.demands.0.zh: …",
 * so a broken pack fails loudly instead of shipping half-rendered cases.
 */
export function parsePack<S extends z.ZodType>(file: string, schema: S, data: unknown): z.output<S> {
  const result = schema.safeParse(data);
  if (result.success) return result.data;
  throw new DataPackError(
    file,
    result.error.issues.map((issue) => `${pathOf(issue.path)}: ${issue.message}`),
  );
}
