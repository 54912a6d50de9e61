import type { ComponentChildren } from 'preact';
import { usePageI18n } from './page-i18n';

/** Where a Secretary-General's report is read: its symbol's page on the UN's document system. */
export function reportAddress(symbol: string): string {
  return `https://undocs.org/${symbol}`;
}

/**
 * A link that opens a report by its symbol, in a new tab. Every report link of the card goes
 * through here (and gets `onOpenPage`, which opens our own pages): the one place to send reports
 * to another reader.
 */
export function ReportLink({ symbol, children, onOpenPage: _onOpenPage, ...rest }: {
  symbol: string;
  children: ComponentChildren;
  onOpenPage: (path: string) => void;
  class?: string;
  tabIndex?: number;
}) {
  const { t } = usePageI18n();
  return (
    <a {...rest} href={reportAddress(symbol)} target="_blank" rel="noopener noreferrer" dir="ltr">
      {children}
      <span class="sr">{` ${t('cardOpensNewTab')}`}</span>
    </a>
  );
}
