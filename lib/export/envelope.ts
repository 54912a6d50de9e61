import { z } from 'zod';
import { ActionRecord } from '@/lib/actions/action-record';

export const EXPORT_FORMAT = 'endreprisals-actions';
export const EXPORT_VERSION = 1;

/** Larger files are refused before they are read (checked on File.size). */
export const MAX_IMPORT_BYTES = 50 * 1024 * 1024;
/** More actions than a person does in a lifetime of campaigning; bounds memory and time. */
export const MAX_IMPORT_ACTIONS = 1_000_000;

/** The whole history as a file: versioned so a later format can still read this one. */
export const ExportEnvelope = z.object({
  format: z.literal(EXPORT_FORMAT),
  version: z.literal(EXPORT_VERSION),
  /** ISO 8601 time of the export. */
  exportedAt: z.iso.datetime(),
  actions: z
    .array(ActionRecord)
    .max(MAX_IMPORT_ACTIONS)
    .superRefine((actions, ctx) => {
      const firstIndex = new Map<string, number>();
      actions.forEach((action, index) => {
        const seen = firstIndex.get(action.id);
        if (seen === undefined) firstIndex.set(action.id, index);
        else
          ctx.addIssue({
            code: 'custom',
            path: [index, 'id'],
            message: `duplicate of actions[${seen}].id`,
            params: { duplicateOf: seen },
          });
      });
    }),
});
export type ExportEnvelope = z.infer<typeof ExportEnvelope>;
