import type { ComponentChildren } from 'preact';
import { useI18n } from '@/components/I18nContext';

/**
 * A link that opens in a new tab. `rel` keeps the opened page from reaching back into the
 * extension page, and screen readers hear that a tab will open.
 */
export function ExternalLink({
  href,
  children,
  class: className,
  lang,
  dir,
}: {
  href: string;
  children: ComponentChildren;
  class?: string;
  lang?: string;
  /** "auto" for titles in an unknown language, so they keep their own direction in any page. */
  dir?: 'auto' | 'ltr' | 'rtl';
}) {
  const { t } = useI18n();
  return (
    <a href={href} target="_blank" rel="noopener noreferrer" class={className} lang={lang} dir={dir}>
      {children}
      <span class="sr-only"> {t('popupNewTab')}</span>
    </a>
  );
}
