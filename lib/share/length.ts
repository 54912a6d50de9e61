import twitterText from 'twitter-text';
import type { SocialNetwork } from '@/lib/settings';
import { extractUrlsWithIndices } from './extract-urls';

/**
 * Post limits as each network counts them.
 * - X: 280, weighted by twitter-text (CJK and most non-Latin scripts count 2, any URL 23).
 * - Bluesky: 300 grapheme clusters (docs.bsky.app, "Action Intent Links"). The composer may show
 *   a link shortened; counting it in full errs on the safe side.
 * - Mastodon: 500 on a default server; URLs count 23 and "@user@domain" counts as "@user"
 *   (mastodon/mastodon StatusLengthValidator, which measures grapheme clusters). Servers may
 *   raise the limit; 500 is the default and the most common.
 * - Threads: 500 characters, an emoji counting as its number of UTF-8 bytes
 *   (developers.facebook.com, "Threads › Posts › Limitations").
 * - Weibo: 2000, counting a half-width (ASCII) character as half a character, as Weibo's composer
 *   has always done. The 2000 figure is Weibo's long-post limit as widely reported; we found no
 *   page of Weibo's own that states it, so suggested posts stay far below it.
 * - LinkedIn: the share page takes a link only, so there is no text to limit.
 */
export const POST_LIMITS: Readonly<Record<SocialNetwork, number | null>> = {
  x: 280,
  bluesky: 300,
  mastodon: 500,
  threads: 500,
  weibo: 2000,
  linkedin: null,
};

const MASTODON_URL_LENGTH = 23;

export interface PostLengthCheck {
  /** The length as the network counts it. */
  length: number;
  /** The network's limit, or null where there is none (LinkedIn). */
  limit: number | null;
  /** limit - length (negative when over), or null without a limit. */
  remaining: number | null;
  /** Not empty and within the limit. */
  ok: boolean;
}

let segmenter: Intl.Segmenter | undefined;

export function graphemeCount(text: string): number {
  segmenter ??= new Intl.Segmenter(undefined, { granularity: 'grapheme' });
  let count = 0;
  for (const _ of segmenter.segment(text)) count++;
  return count;
}

export function postLength(network: SocialNetwork, text: string): number {
  switch (network) {
    case 'x':
      return twitterText.parseTweet(text).weightedLength;
    case 'mastodon':
      return graphemeCount(mastodonCountableText(text));
    case 'weibo':
      return weiboLength(text);
    case 'threads':
      return threadsLength(text);
    case 'bluesky':
    case 'linkedin':
      return graphemeCount(text);
  }
}

export function checkPostLength(network: SocialNetwork, text: string): PostLengthCheck {
  const length = postLength(network, text);
  const limit = POST_LIMITS[network];
  const remaining = limit === null ? null : limit - length;
  return { length, limit, remaining, ok: text.trim() !== '' && (remaining === null || remaining >= 0) };
}

/** The text Mastodon measures: each URL replaced by 23 characters, mentions without their domain. */
function mastodonCountableText(text: string): string {
  let out = '';
  let at = 0;
  for (const { indices } of extractUrlsWithIndices(text)) {
    out += text.slice(at, indices[0]) + 'x'.repeat(MASTODON_URL_LENGTH);
    at = indices[1];
  }
  out += text.slice(at);
  return out.replace(/(^|[^\p{L}\p{N}_/])@([A-Za-z0-9_]+)@[A-Za-z0-9.-]+[A-Za-z0-9]/gu, '$1@$2');
}

const EMOJI = /\p{Extended_Pictographic}|\p{Regional_Indicator}/u;
const utf8 = new TextEncoder();

function threadsLength(text: string): number {
  segmenter ??= new Intl.Segmenter(undefined, { granularity: 'grapheme' });
  let length = 0;
  for (const { segment } of segmenter.segment(text)) length += EMOJI.test(segment) ? utf8.encode(segment).length : 1;
  return length;
}

function weiboLength(text: string): number {
  let halves = 0;
  for (const ch of text) halves += ch.codePointAt(0)! <= 0x7f ? 1 : 2;
  return Math.ceil(halves / 2);
}
