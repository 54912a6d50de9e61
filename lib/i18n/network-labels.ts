import type { MessageKey } from '@/lib/i18n';
import type { SocialNetwork } from '@/lib/settings';

export const NETWORK_LABEL: Record<SocialNetwork, MessageKey> = {
  x: 'composeNetX',
  bluesky: 'composeNetBluesky',
  mastodon: 'composeNetMastodon',
  threads: 'composeNetThreads',
  weibo: 'composeNetWeibo',
  linkedin: 'composeNetLinkedin',
};
