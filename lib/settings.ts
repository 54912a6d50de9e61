// zod/mini: the same checks as zod, in pieces a bundle takes only as needed. Settings are read
// by the background and by every page's first view, which stay small (npm run bench: sizes).
import * as z from 'zod/mini';
import { UI_LANGUAGES } from './i18n/languages';

export const MAIL_PROVIDERS = ['gmail', 'outlook', 'outlook-work', 'yahoo', 'mailto', 'copy'] as const;
export type MailProvider = (typeof MAIL_PROVIDERS)[number];

export const SOCIAL_NETWORKS = ['x', 'bluesky', 'mastodon', 'threads', 'weibo', 'linkedin'] as const;
export type SocialNetwork = (typeof SOCIAL_NETWORKS)[number];

/** The goal counts Permanent Missions; there is one per UN State and observer State. */
export const MAX_GOAL_MISSIONS = 195;
/** Longest sender detail kept; longer text is cut, not dropped. */
export const MAX_SENDER_TEXT = 300;

export function isPlainObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** A record whose bad entries are dropped one by one: one bad entry never costs the others. */
function lenientRecord<V>(key: z.ZodMiniType<string>, value: z.ZodMiniType<V>) {
  return z.pipe(z.optional(z.unknown()), z.transform((input): Record<string, V> => {
    const kept: Record<string, V> = {};
    if (!isPlainObject(input)) return kept;
    for (const [k, v] of Object.entries(input)) {
      const parsedKey = key.safeParse(k);
      const parsedValue = value.safeParse(v);
      if (parsedKey.success && parsedValue.success) kept[parsedKey.data] = parsedValue.data;
    }
    return kept;
  }));
}

/** A list whose bad items are dropped one by one, duplicates once. */
function lenientList<V>(item: z.ZodMiniType<V>) {
  return z.pipe(z.optional(z.unknown()), z.transform((input): V[] => {
    if (!Array.isArray(input)) return [];
    const kept = new Set<V>();
    for (const value of input) {
      const parsed = item.safeParse(value);
      if (parsed.success) kept.add(parsed.data);
    }
    return [...kept];
  }));
}

const senderText = z.catch(z.pipe(z.string(), z.transform((text: string) => text.slice(0, MAX_SENDER_TEXT))), '');

/** A host name as browsers show it (lower case, no trailing dot); 253 characters at most. */
export const HostName = z.pipe(
  z.pipe(z.string(), z.transform((host: string) => host.trim().toLowerCase().replace(/\.$/, ''))),
  z.string().check(z.minLength(1), z.maxLength(253), z.regex(/^[a-z0-9.-]+$/)),
);

/** ISO2 → the address the user pasted for that State's Permanent Mission. */
export const MissionEmails = lenientRecord(
  z.string().check(z.regex(/^[A-Z]{2}$/)),
  z.pipe(
    z.pipe(z.string(), z.transform((email: string) => email.trim())),
    z.string().check(z.minLength(3), z.maxLength(254)),
  ),
);

export const DisabledHosts = lenientList(HostName);

const Sender = z.object({ name: senderText, organisation: senderText, place: senderText });

const Marking = z.object({ enabled: z.catch(z.boolean(), true), disabledHosts: DisabledHosts });

const Goal = z.object({
  missions: z.int().check(z.minimum(1), z.maximum(MAX_GOAL_MISSIONS)),
  /** A calendar date "YYYY-MM-DD"; anything else is dropped and the goal kept without it. */
  by: z.catch(z.optional(z.iso.date()), undefined),
});

/**
 * Everything the user chooses. Every field is validated on its own and has a default, so a
 * damaged stored value costs that field only (one bad entry of a list or record costs that entry
 * only). Where each field is stored is the settings store's business (lib/platform/settings-store.ts).
 */
export const Settings = z.object({
  uiLanguage: z.catch(z.enum(['auto', ...UI_LANGUAGES]), 'auto'),
  /** Language letters are written in, independent of the UI. */
  letterLanguage: z.catch(z.enum(['auto', 'en', 'zh', 'fr', 'es', 'ru', 'ar']), 'auto'),
  defaultMailProvider: z.catch(z.enum(MAIL_PROVIDERS), 'gmail'),
  defaultNetwork: z.catch(z.enum(SOCIAL_NETWORKS), 'x'),
  /** Host name of the user's Mastodon instance, e.g. "mastodon.social"; empty until asked. */
  mastodonInstance: z.catch(z.string().check(z.maxLength(253)), ''),
  sender: z.catch(Sender, { name: '', organisation: '', place: '' }),
  /** Addresses the user pasted for Permanent Missions, by ISO2; we ship none ourselves. */
  missionEmails: MissionEmails,
  marking: z.catch(Marking, { enabled: true, disabledHosts: [] }),
  /** Open PDFs from UN sites in the extension's reader instead of the browser's viewer (#11). Off unless chosen. */
  openUnPdfsInReader: z.catch(z.boolean(), false),
  /**
   * Which States are marked on UN pages: all of them (those linked to the campaign more
   * clearly), or only the States linked to the campaign (lib/data/campaign-states.ts).
   */
  markStates: z.catch(z.enum(['all', 'linked']), 'all'),
  /** Language of the paragraphs for statements the State card copies: the page's (a UN language), or one of the six. */
  statementLanguage: z.catch(z.enum(['page', 'en', 'zh', 'fr', 'es', 'ru', 'ar']), 'page'),
  /** Optional personal goal: write to N missions before `by`. */
  goal: z.catch(z.nullable(Goal), null),
});
export type Settings = z.infer<typeof Settings>;

/** Fields that hold objects, with the keys this version knows; other keys of theirs are kept on write. */
export const SETTINGS_OBJECT_FIELDS = {
  sender: Object.keys(Sender.shape),
  marking: Object.keys(Marking.shape),
  goal: Object.keys(Goal.shape),
} as const;

/** Reads any stored value as settings: never throws; what is not an object counts as nothing stored. */
export function parseSettings(stored: unknown): Settings {
  const parsed = Settings.parse(isPlainObject(stored) ? stored : {});
  // An optional field that failed is undefined: leave it out rather than store `by: undefined`.
  if (parsed.goal && parsed.goal.by === undefined) delete parsed.goal.by;
  return parsed;
}

export const DEFAULT_SETTINGS: Settings = parseSettings({});
