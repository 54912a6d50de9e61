import { z } from 'zod';
import { Action } from '@/lib/actions/schema';

/**
 * An action as the store keeps and exports it: the Action contract plus `draftId`, set on a
 * letter-sent or post-published action (markLetterSent, markPostPublished) to point at the
 * letter-drafted or post action it follows.
 */
export const ActionRecord = Action.extend({ draftId: z.uuid().optional() });
export type ActionRecord = z.infer<typeof ActionRecord>;
