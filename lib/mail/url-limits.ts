import type { MailProvider } from '@/lib/settings';

export interface UrlLimit {
  /** Longest whole compose URL (after percent-encoding) we hand to the provider. */
  maxUrlLength: number;
  /** Whether a source measured the limit or we keep a cautious default until someone does. */
  basis: 'measured' | 'unmeasured';
  /** What the sources say, in a sentence. */
  note: string;
  sources: readonly string[];
}

/**
 * Compose-link limits per mail provider, one table, each with its sources. Beyond the limit the
 * link is cut or refused (Gmail answers 400 or 413), so the body goes to the clipboard instead.
 */
export const URL_LIMITS: Readonly<Record<Exclude<MailProvider, 'copy'>, UrlLimit>> = {
  gmail: {
    maxUrlLength: 4000,
    basis: 'measured',
    note: 'About 4,096 characters including subject, recipients and body after URI encoding; failures reported at 6,410 and 8,132 characters.',
    sources: ['https://github.com/codeforboston/maple/issues/1964', 'https://github.com/defund12/defund12.org/issues/893'],
  },
  outlook: {
    maxUrlLength: 8000,
    basis: 'measured',
    note: 'outlook.live.com answered 200 up to 31,145 characters and 400 from 31,161 (signed in, 2026-08-19); the ceiling counts request headers too, so large cookies lower it: 8,000 is kept as a safe figure.',
    sources: [
      'https://github.com/InteractionDesignFoundation/add-event-to-calendar-docs/issues/19',
      'https://github.com/InteractionDesignFoundation/add-event-to-calendar-docs/pull/65',
    ],
  },
  'outlook-work': {
    maxUrlLength: 2000,
    basis: 'unmeasured',
    note: 'Not measured for Microsoft 365 (it needs a work or school account); about 2,000 until tested. Outlook deep links also read %2B in addresses as a space.',
    sources: ['https://github.com/InteractionDesignFoundation/add-event-to-calendar-docs/issues/48', 'https://github.com/OfficeDev/office-js/issues/4127'],
  },
  yahoo: {
    maxUrlLength: 2000,
    basis: 'unmeasured',
    note: 'No measurement found; about 2,000 until tested.',
    sources: [],
  },
  mailto: {
    maxUrlLength: 2000,
    basis: 'measured',
    note: 'Chrome on Windows refuses to hand a mailto: link longer than 2,048 characters to the mail program (kMaxUrlLength in platform_util_win.cc).',
    sources: ['https://source.chromium.org/chromium/chromium/src/+/main:chrome/browser/platform_util_win.cc', 'https://github.com/ucam-department-of-psychiatry/camcops/issues/180'],
  },
};

/** True when `url` is short enough for `provider`'s compose link. */
export function fitsProvider(provider: Exclude<MailProvider, 'copy'>, url: string): boolean {
  return url.length <= URL_LIMITS[provider].maxUrlLength;
}
