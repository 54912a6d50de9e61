import { describe, expect, it } from 'vitest';
import { checkPostLength, graphemeCount, postLength } from './length';

describe('X (twitter-text weighted length)', () => {
  it('counts CJK characters as 2 and Latin as 1', () => {
    expect(postLength('x', '江天勇')).toBe(6);
    expect(postLength('x', 'abc')).toBe(3);
    expect(postLength('x', '#停止报复 #EndReprisals')).toBe(1 + 8 + 1 + 13);
  });

  it('counts any URL as 23', () => {
    expect(postLength('x', 'https://endreprisals.ishr.ch/en/entity/gbkrfb2gle4/page')).toBe(23);
    expect(postLength('x', 'see https://ishr.ch')).toBe(4 + 23);
  });

  it('flags an over-long post with negative remaining', () => {
    const check = checkPostLength('x', '报'.repeat(141));
    expect(check).toEqual({ length: 282, limit: 280, remaining: -2, ok: false });
    expect(checkPostLength('x', '报'.repeat(140))).toEqual({ length: 280, limit: 280, remaining: 0, ok: true });
  });

  it('does not accept an empty post', () => {
    expect(checkPostLength('x', '  ').ok).toBe(false);
  });
});

describe('Bluesky (grapheme clusters)', () => {
  it('counts an emoji family or a flag as one', () => {
    expect(graphemeCount('👨‍👩‍👧‍👦')).toBe(1);
    expect(graphemeCount('🇧🇾a')).toBe(2);
    expect(postLength('bluesky', '江天勇 ok')).toBe(6);
  });

  it('applies 300 on Bluesky and 500 on Threads', () => {
    expect(checkPostLength('bluesky', 'a'.repeat(301))).toMatchObject({ limit: 300, remaining: -1, ok: false });
    expect(checkPostLength('threads', 'a'.repeat(500))).toMatchObject({ limit: 500, remaining: 0, ok: true });
  });
});

describe('Threads', () => {
  it('counts an emoji as its UTF-8 bytes and other characters as one', () => {
    expect(postLength('threads', '江天勇 ok')).toBe(6);
    expect(postLength('threads', '👍')).toBe(4);
    expect(postLength('threads', 'a👍b')).toBe(6);
  });
});

describe('Mastodon', () => {
  it('counts a URL as 23 and a remote mention without its domain', () => {
    const url = 'https://endreprisals.ishr.ch/en/entity/gbkrfb2gle4/page';
    expect(postLength('mastodon', `see ${url}`)).toBe(4 + 23);
    expect(postLength('mastodon', 'hi @ishr@mastodon.social')).toBe('hi @ishr'.length);
    expect(checkPostLength('mastodon', '字'.repeat(501))).toMatchObject({ limit: 500, remaining: -1, ok: false });
  });
});

describe('Weibo', () => {
  it('counts half-width characters as half', () => {
    expect(postLength('weibo', 'ab')).toBe(1);
    expect(postLength('weibo', 'abc')).toBe(2);
    expect(postLength('weibo', '江天勇')).toBe(3);
    expect(checkPostLength('weibo', '字'.repeat(2001))).toMatchObject({ limit: 2000, remaining: -1, ok: false });
  });
});

describe('LinkedIn', () => {
  it('has no text limit', () => {
    expect(checkPostLength('linkedin', 'a'.repeat(5000))).toEqual({ length: 5000, limit: null, remaining: null, ok: true });
  });
});
