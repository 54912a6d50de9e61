import type { MailProvider } from '@/lib/settings';
import { fitsProvider } from './url-limits';

export type { MailProvider } from '@/lib/settings';

export interface MailMessage {
  /** One address, or several separated by commas. May be empty (the user fills it in). */
  to: string;
  subject: string;
  body: string;
}

/**
 * Percent-encoding for every provider: UTF-8, spaces as %20 (Outlook on the web shows "+" as a
 * plus sign: OfficeDev/office-js#4127 and calendar-link#219), line breaks as %0D%0A (RFC 6068,
 * section 5, requires CRLF in mailto: bodies; Gmail, Outlook and Yahoo read it as a line break).
 */
function encodeText(text: string): string {
  return encodeURIComponent(text.replace(/\r\n|\r|\n/g, '\r\n'));
}

/** Addresses keep "@" and "," readable; both are allowed unescaped in a query value. */
function encodeAddresses(to: string): string {
  return encodeURIComponent(to.trim()).replace(/%40/g, '@').replace(/%2C/g, ',');
}

/**
 * The address that opens `provider`'s compose window with the message filled in, or null for
 * "copy" (the user copies the letter and sends it from wherever they like).
 *
 * - Gmail: https://mail.google.com/mail/?view=cm&fs=1&to=&su=&body=
 * - Outlook.com: https://outlook.live.com/mail/0/deeplink/compose?to=&subject=&body=
 * - Outlook for work or school (Microsoft 365): https://outlook.cloud.microsoft/mail/deeplink/compose?to=&subject=&body=
 *   (Microsoft 365's web address since outlook.office.com moved to cloud.microsoft)
 * - Yahoo Mail: https://compose.mail.yahoo.com/?to=&subject=&body=
 * - Default mail app: mailto:<to>?subject=&body= (RFC 6068)
 */
export function mailComposeUrl(provider: Exclude<MailProvider, 'copy'>, message: MailMessage): string;
export function mailComposeUrl(provider: MailProvider, message: MailMessage): string | null;
export function mailComposeUrl(provider: MailProvider, { to, subject, body }: MailMessage): string | null {
  const t = encodeAddresses(to);
  const s = encodeText(subject);
  const b = encodeText(body);
  switch (provider) {
    case 'gmail':
      return `https://mail.google.com/mail/?view=cm&fs=1&to=${t}&su=${s}&body=${b}`;
    case 'outlook':
      return `https://outlook.live.com/mail/0/deeplink/compose?to=${t}&subject=${s}&body=${b}`;
    case 'outlook-work':
      return `https://outlook.cloud.microsoft/mail/deeplink/compose?to=${t}&subject=${s}&body=${b}`;
    case 'yahoo':
      return `https://compose.mail.yahoo.com/?to=${t}&subject=${s}&body=${b}`;
    case 'mailto':
      return `mailto:${t}?subject=${s}&body=${b}`;
    case 'copy':
      return null;
  }
}

/**
 * The same compose window with the recipient and subject only, for letters too long for a URL:
 * the UI copies the body to the clipboard and tells the user to paste it.
 */
export function subjectOnlyComposeUrl(provider: Exclude<MailProvider, 'copy'>, message: Omit<MailMessage, 'body'>): string;
export function subjectOnlyComposeUrl(provider: MailProvider, message: Omit<MailMessage, 'body'>): string | null;
export function subjectOnlyComposeUrl(provider: MailProvider, { to, subject }: Omit<MailMessage, 'body'>): string | null {
  const t = encodeAddresses(to);
  const s = encodeText(subject);
  switch (provider) {
    case 'gmail':
      return `https://mail.google.com/mail/?view=cm&fs=1&to=${t}&su=${s}`;
    case 'outlook':
      return `https://outlook.live.com/mail/0/deeplink/compose?to=${t}&subject=${s}`;
    case 'outlook-work':
      return `https://outlook.cloud.microsoft/mail/deeplink/compose?to=${t}&subject=${s}`;
    case 'yahoo':
      return `https://compose.mail.yahoo.com/?to=${t}&subject=${s}`;
    case 'mailto':
      return `mailto:${t}?subject=${s}`;
    case 'copy':
      return null;
  }
}

export interface ComposePlan {
  /** The URL to open, or null for "copy". */
  url: string | null;
  /** True when the body did not fit in the URL: the UI must copy it to the clipboard. */
  bodyOnClipboard: boolean;
}

/**
 * The full compose URL when it fits the provider's limit (lib/mail/url-limits.ts), else the
 * subject-only one with the body left to the clipboard.
 */
export function planMailCompose(provider: MailProvider, message: MailMessage): ComposePlan {
  if (provider === 'copy') return { url: null, bodyOnClipboard: true };
  const full = mailComposeUrl(provider, message);
  if (fitsProvider(provider, full)) return { url: full, bodyOnClipboard: false };
  return { url: subjectOnlyComposeUrl(provider, message), bodyOnClipboard: true };
}
