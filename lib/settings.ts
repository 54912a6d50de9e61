import { z } from 'zod';
import { UI_LANGUAGES } from './i18n/languages';

export const MAIL_PROVIDERS = ['gmail', 'outlook', 'outlook-work', 'yahoo', 'mailto', 'copy'] as const;
export type MailProvider = (typeof MAIL_PROVIDERS)[number];

export const SOCIAL_NETWORKS = ['x', 'bluesky', 'mastodon', 'threads', 'weibo', 'linkedin'] as const;
export type SocialNetwork = (typeof SOCIAL_NETWORKS)[number];

/**
 * Everything the user chooses, in one object in browser.storage.sync (local where sync is
 * unavailable). Each field has a default so an older or damaged stored value still parses.
 */
export const Settings = z.object({
  uiLanguage: z.enum(['auto', ...UI_LANGUAGES]).catch('auto'),
  /** Language letters are written in, independent of the UI. */
  letterLanguage: z.enum(['auto', 'en', 'zh', 'fr', 'es', 'ru', 'ar']).catch('auto'),
  defaultMailProvider: z.enum(MAIL_PROVIDERS).catch('gmail'),
  defaultNetwork: z.enum(SOCIAL_NETWORKS).catch('x'),
  /** Host name of the user's Mastodon instance, e.g. "mastodon.social"; empty until asked. */
  mastodonInstance: z.string().catch(''),
  sender: z
    .object({ name: z.string().catch(''), organisation: z.string().catch(''), place: z.string().catch('') })
    .catch({ name: '', organisation: '', place: '' }),
  /** Addresses the user pasted for Permanent Missions, by ISO2; we ship none ourselves. */
  missionEmails: z.record(z.string(), z.string()).catch({}),
  marking: z
    .object({ enabled: z.boolean().catch(true), disabledHosts: z.array(z.string()).catch([]) })
    .catch({ enabled: true, disabledHosts: [] }),
  /** Open PDFs from UN sites in the extension's reader instead of the browser's viewer (#11). Off unless chosen. */
  openUnPdfsInReader: z.boolean().catch(false),
  /** Optional personal goal: write to N missions before `by`. */
  goal: z
    .object({ missions: z.number().int().positive(), by: z.string().optional() })
    .nullable()
    .catch(null),
});
export type Settings = z.infer<typeof Settings>;

export const DEFAULT_SETTINGS: Settings = Settings.parse({});
