import type { ComponentChildren } from 'preact';
import { readerPath } from '@/lib/reader/reader-address';
import { symbolPageUrl } from '@/lib/reader/un-documents';
import { dataLanguageOf } from '@/lib/i18n/languages';
import { usePageI18n } from './page-i18n';

/**
 * A link that opens a report by its symbol. Every report link of the card goes through here: the
 * link names the UN's own address (copying it gives undocs.org), and a click opens the report in
 * the extension's reader, marked, in the interface's language.
 */
export function ReportLink({ symbol, children, onOpenPage, ...rest }: {
  symbol: string;
  children: ComponentChildren;
  onOpenPage: (path: string) => void;
  class?: string;
  tabIndex?: number;
}) {
  const { t, lang } = usePageI18n();
  return (
    <a
      {...rest}
      href={symbolPageUrl(symbol)}
      target="_blank"
      rel="noopener noreferrer"
      dir="ltr"
      onClick={(event) => {
        event.preventDefault();
        onOpenPage(readerPath({ src: symbolPageUrl(symbol), lang: dataLanguageOf(lang) }));
      }}
    >
      {children}
      <span class="sr">{` ${t('cardOpensNewTab')}`}</span>
    </a>
  );
}
