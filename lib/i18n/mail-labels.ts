import type { MessageKey } from '@/lib/i18n';
import type { MailProvider } from '@/lib/settings';

export const MAIL_LABEL: Record<MailProvider, MessageKey> = {
  gmail: 'mailGmail',
  outlook: 'mailOutlook',
  'outlook-work': 'mailOutlookWork',
  yahoo: 'mailYahoo',
  mailto: 'mailMailto',
  copy: 'mailCopy',
};
