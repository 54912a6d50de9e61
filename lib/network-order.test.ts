import { describe, expect, it } from 'vitest';
import { networksInOrder } from './network-order';

describe('networksInOrder', () => {
  it('puts Weibo first for Chinese and keeps all six networks once', () => {
    const zh = networksInOrder('zh-CN');
    expect(zh[0]).toBe('weibo');
    expect([...zh].sort()).toEqual(['bluesky', 'linkedin', 'mastodon', 'threads', 'weibo', 'x']);
  });
  it('leads with X elsewhere and ends with link-only LinkedIn', () => {
    const en = networksInOrder('en');
    expect(en[0]).toBe('x');
    expect(en.at(-1)).toBe('linkedin');
    expect(networksInOrder('ar')).toEqual(en);
  });
});
