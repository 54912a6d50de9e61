import type { UiLanguage } from '@/lib/i18n/languages';
import { SOCIAL_NETWORKS, type SocialNetwork } from '@/lib/settings';

/** Networks in the order the picker shows them: Weibo leads for Chinese readers, who use it most. */
export function networksInOrder(lang: UiLanguage): SocialNetwork[] {
  const all = [...SOCIAL_NETWORKS];
  return lang === 'zh-CN' ? ['weibo', ...all.filter((n) => n !== 'weibo')] : all;
}
