import { describe, expect, it } from 'vitest';
import { LinkRequiredError, MastodonInstanceRequiredError, normalizeMastodonInstance, postUrl } from './networks';

const ZH = '声援江天勇 #停止报复 #EndReprisals\nhttps://ishr.ch/x?a=1&b=2';
const ZH_ENCODED =
  '%E5%A3%B0%E6%8F%B4%E6%B1%9F%E5%A4%A9%E5%8B%87%20%23%E5%81%9C%E6%AD%A2%E6%8A%A5%E5%A4%8D%20%23EndReprisals%0Ahttps%3A%2F%2Fishr.ch%2Fx%3Fa%3D1%26b%3D2';
const AR = 'تضامن مع فياسنا';
const AR_ENCODED = '%D8%AA%D8%B6%D8%A7%D9%85%D9%86%20%D9%85%D8%B9%20%D9%81%D9%8A%D8%A7%D8%B3%D9%86%D8%A7';

describe('postUrl', () => {
  it('X: documented web intent, spaces as %20, line break as %0A, # and & escaped', () => {
    expect(postUrl('x', ZH)).toBe(`https://x.com/intent/tweet?text=${ZH_ENCODED}`);
    expect(postUrl('x', 'a b+c')).toBe('https://x.com/intent/tweet?text=a%20b%2Bc');
  });

  it('Bluesky: compose intent with Arabic text', () => {
    expect(postUrl('bluesky', AR)).toBe(`https://bsky.app/intent/compose?text=${AR_ENCODED}`);
  });

  it('Mastodon: the user’s own instance, normalised', () => {
    expect(postUrl('mastodon', ZH, { mastodonInstance: 'https://Mastodon.Social/' })).toBe(
      `https://mastodon.social/share?text=${ZH_ENCODED}`,
    );
    expect(postUrl('mastodon', 'hi', { mastodonInstance: '@alice@hachyderm.io' })).toBe(
      'https://hachyderm.io/share?text=hi',
    );
  });

  it('Mastodon: refuses to build a URL without a valid instance', () => {
    expect(() => postUrl('mastodon', 'hi')).toThrow(MastodonInstanceRequiredError);
    expect(() => postUrl('mastodon', 'hi', { mastodonInstance: '127.0.0.1' })).toThrow(MastodonInstanceRequiredError);
  });

  it('Threads: post intent', () => {
    expect(postUrl('threads', AR)).toBe(`https://www.threads.com/intent/post?text=${AR_ENCODED}`);
  });

  it('Weibo: the link goes to url=, the rest of the text to title=', () => {
    expect(postUrl('weibo', ZH)).toBe(
      'https://service.weibo.com/share/share.php?url=https%3A%2F%2Fishr.ch%2Fx%3Fa%3D1%26b%3D2&title=' +
        '%E5%A3%B0%E6%8F%B4%E6%B1%9F%E5%A4%A9%E5%8B%87%20%23%E5%81%9C%E6%AD%A2%E6%8A%A5%E5%A4%8D%20%23EndReprisals',
    );
    expect(postUrl('weibo', '无链接')).toBe(
      'https://service.weibo.com/share/share.php?title=%E6%97%A0%E9%93%BE%E6%8E%A5',
    );
  });

  it('LinkedIn: shares the link only, from opts.url or from the text', () => {
    expect(postUrl('linkedin', ZH)).toBe(
      'https://www.linkedin.com/sharing/share-offsite/?url=https%3A%2F%2Fishr.ch%2Fx%3Fa%3D1%26b%3D2',
    );
    expect(postUrl('linkedin', 'x', { url: 'https://ishr.ch/campaign/help-us-endreprisals/' })).toBe(
      'https://www.linkedin.com/sharing/share-offsite/?url=https%3A%2F%2Fishr.ch%2Fcampaign%2Fhelp-us-endreprisals%2F',
    );
    expect(() => postUrl('linkedin', 'no link here')).toThrow(LinkRequiredError);
  });
});

describe('normalizeMastodonInstance', () => {
  it.each([
    ['mastodon.social', 'mastodon.social'],
    ['  Mastodon.Social  ', 'mastodon.social'],
    ['https://mastodon.social/', 'mastodon.social'],
    ['http://mastodon.social', 'mastodon.social'],
    ['mastodon.social/@alice', 'mastodon.social'],
    ['https://mastodon.social/@alice/123', 'mastodon.social'],
    ['@alice@mastodon.social', 'mastodon.social'],
    ['alice@mastodon.social', 'mastodon.social'],
    ['social.example.co.uk', 'social.example.co.uk'],
    ['mastodon.social.', 'mastodon.social'],
    ['müll.social', 'xn--mll-hoa.social'],
  ])('accepts %j as %j', (input, host) => {
    expect(normalizeMastodonInstance(input)).toBe(host);
  });

  it.each([
    '',
    '   ',
    'mastodon',
    'localhost',
    '127.0.0.1',
    '10.0.0.1',
    '[::1]',
    'https://[2001:db8::1]/',
    'mastodon.social:8443',
    'https://user:pass@mastodon.social',
    'ftp://mastodon.social',
    'javascript:alert(1)',
    'mastodon social',
    'mastodon..social',
    '-bad.social',
    'example.123',
    '@alice',
  ])('rejects %j', (input) => {
    expect(normalizeMastodonInstance(input)).toBeNull();
  });
});
