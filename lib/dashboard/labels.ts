import type { ActionKind } from '@/lib/actions/schema';
import type { MessageKey, Translate } from '@/lib/i18n';
import type { MailProvider, SocialNetwork } from '@/lib/settings';

const KIND_KEYS: Record<ActionKind, MessageKey> = {
  post: 'dashboardKindPost',
  'letter-drafted': 'dashboardKindLetterDrafted',
  'letter-sent': 'dashboardKindLetterSent',
  'post-published': 'dashboardKindPostPublished',
  'case-shared': 'dashboardKindCaseShared',
};

export function kindLabel(t: Translate, kind: ActionKind): string {
  return t(KIND_KEYS[kind]);
}

/** Services keep their own names; only the generic channels are words to translate. */
const SERVICE_NAMES: Partial<Record<SocialNetwork | MailProvider, string>> = {
  x: 'X',
  bluesky: 'Bluesky',
  mastodon: 'Mastodon',
  threads: 'Threads',
  weibo: 'Weibo',
  linkedin: 'LinkedIn',
  gmail: 'Gmail',
  outlook: 'Outlook',
  yahoo: 'Yahoo Mail',
};

export function channelLabel(t: Translate, channel: SocialNetwork | MailProvider | null): string {
  if (channel === null) return '';
  if (channel === 'mailto') return t('dashboardChannelMailto');
  if (channel === 'copy') return t('dashboardChannelCopy');
  if (channel === 'outlook-work') return t('dashboardChannelOutlookWork');
  return SERVICE_NAMES[channel] ?? channel;
}
