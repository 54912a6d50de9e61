import { expect, it } from 'vitest';
import { unDocumentLinkPatterns } from './link-patterns';

it('lists valid match patterns on UN sites only', () => {
  const patterns = unDocumentLinkPatterns();
  expect(patterns).toContain('*://*.un.org/*.pdf');
  expect(patterns).toContain('*://*.un.org/*.pdf?*');
  expect(patterns).toContain('*://undocs.org/*');
  for (const pattern of patterns) {
    const host = /^\*:\/\/(?:\*\.)?([^/]+)\//.exec(pattern)?.[1] ?? '';
    expect(host, pattern).toMatch(/(^|\.)(un\.org|ohchr\.org|undocs\.org|ungeneva\.org|unog\.ch)$/);
  }
});
