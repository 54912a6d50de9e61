import { z } from 'zod';
import { DATA_LANGUAGES } from '@/lib/data/schema';
import { MAIL_PROVIDERS, SOCIAL_NETWORKS } from '@/lib/settings';
import { ActionTime } from './time';

export const ACTION_KINDS = ['post', 'letter-drafted', 'letter-sent', 'case-shared', 'post-published'] as const;
export type ActionKind = (typeof ACTION_KINDS)[number];

/**
 * One thing the user did, kept only in the extension's own IndexedDB. `id` is a random UUID so
 * exports from two browsers merge without collisions.
 */
export const Action = z.object({
  id: z.uuid(),
  kind: z.enum(ACTION_KINDS),
  /** Campaign case ids the action was about (empty for a general post). */
  cases: z.array(z.string().max(64).regex(/^[a-z0-9-]+$/)).max(20),
  /** ISO2 of the State whose Permanent Mission was written to, for letters. */
  state: z.string().regex(/^[A-Z]{2}$/).nullable(),
  /** Social network for posts, mail provider for letters. */
  channel: z.enum([...SOCIAL_NETWORKS, ...MAIL_PROVIDERS]).nullable(),
  /** Language the post or letter was written in. */
  language: z.enum(DATA_LANGUAGES),
  /** Milliseconds since the epoch, from 2010 to tomorrow (see ./time). */
  createdAt: ActionTime,
  note: z.string().max(2000).optional(),
});
export type Action = z.infer<typeof Action>;
export type NewAction = Omit<Action, 'id' | 'createdAt'> & Partial<Pick<Action, 'id' | 'createdAt'>>;
