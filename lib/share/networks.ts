import type { SocialNetwork } from '@/lib/settings';
import { normalizeMastodonInstance } from './mastodon-instance';
import { firstUrlIn } from './extract-urls';

export { normalizeMastodonInstance } from './mastodon-instance';
export type { SocialNetwork } from '@/lib/settings';

export class MastodonInstanceRequiredError extends Error {
  constructor() {
    super('A valid Mastodon instance host name is needed to share on Mastodon');
    this.name = 'MastodonInstanceRequiredError';
  }
}

export class LinkRequiredError extends Error {
  constructor() {
    super('LinkedIn shares a link only: give opts.url or put a URL in the text');
    this.name = 'LinkRequiredError';
  }
}

export interface PostUrlOptions {
  /** The user's instance, in any form `normalizeMastodonInstance` accepts. */
  mastodonInstance?: string;
  /** The page to share where a network takes a link apart from the text (LinkedIn, Weibo). */
  url?: string;
}

// encodeURIComponent writes spaces as %20 (never "+"), line breaks as %0A, "#" as %23 and
// non-ASCII text as UTF-8 percent-escapes, which every composer below decodes as typed text.
const enc = encodeURIComponent;

/**
 * The address that opens `network`'s composer with `text` filled in. Nothing is posted: the user
 * reviews and sends it there.
 *
 * Formats, as their owners document them:
 * - X: https://x.com/intent/tweet?text= (docs.x.com, "X for Websites › Post button › Web intent";
 *   the older https://twitter.com/intent/tweet redirects there).
 * - Bluesky: https://bsky.app/intent/compose?text= (docs.bsky.app, "Action Intent Links").
 * - Mastodon: https://<instance>/share?text= (mastodon/mastodon app/controllers/shares_controller.rb
 *   reads params[:text]; the share page asks the user to sign in to their own instance).
 * - Threads: https://www.threads.com/intent/post?text= (developers.facebook.com, "Threads › Web
 *   Intents", updated March 2026; threads.net redirects to threads.com).
 * - Weibo: https://service.weibo.com/share/share.php?url=&title= (Weibo's share widget; no
 *   public reference page, the parameter names are those used by sites that embed it). The link
 *   goes in `url`, so it is taken out of the text to avoid showing it twice.
 * - LinkedIn: https://www.linkedin.com/sharing/share-offsite/?url= (LinkedIn's share plugin
 *   opens this page); it takes a link only, no text.
 */
export function postUrl(network: SocialNetwork, text: string, opts: PostUrlOptions = {}): string {
  switch (network) {
    case 'x':
      return `https://x.com/intent/tweet?text=${enc(text)}`;
    case 'bluesky':
      return `https://bsky.app/intent/compose?text=${enc(text)}`;
    case 'mastodon': {
      const host = normalizeMastodonInstance(opts.mastodonInstance ?? '');
      if (!host) throw new MastodonInstanceRequiredError();
      return `https://${host}/share?text=${enc(text)}`;
    }
    case 'threads':
      return `https://www.threads.com/intent/post?text=${enc(text)}`;
    case 'weibo': {
      const link = opts.url ?? firstUrlIn(text);
      if (!link) return `https://service.weibo.com/share/share.php?title=${enc(text)}`;
      const title = withoutLink(text, link);
      return `https://service.weibo.com/share/share.php?url=${enc(link)}&title=${enc(title)}`;
    }
    case 'linkedin': {
      const link = opts.url ?? firstUrlIn(text);
      if (!link) throw new LinkRequiredError();
      return `https://www.linkedin.com/sharing/share-offsite/?url=${enc(link)}`;
    }
  }
}

/** Whether `network` needs the user's Mastodon instance before `postUrl` can be called. */
export function needsMastodonInstance(network: SocialNetwork): boolean {
  return network === 'mastodon';
}

/** Whether `network` shares only a link, so the post text is for the user to paste (LinkedIn). */
export function sharesLinkOnly(network: SocialNetwork): boolean {
  return network === 'linkedin';
}

function withoutLink(text: string, link: string): string {
  return text
    .split('\n')
    .map((line) => line.replace(link, '').replace(/[ \t]+$/, '').replace(/^[ \t]+/, ''))
    .filter((line, i, all) => line !== '' || (i > 0 && all[i - 1] !== ''))
    .join('\n')
    .trim();
}
