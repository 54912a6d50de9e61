import { z } from 'zod';
import { Action } from '@/lib/actions/schema';

/**
 * An action as the store keeps and exports it: the Action contract plus `draftId`, set on a
 * letter-sent action recorded by markLetterSent to point at the letter-drafted action it follows.
 */
export const ActionRecord = Action.extend({ draftId: z.uuid().optional() });
export type ActionRecord = z.infer<typeof ActionRecord>;
