import { describe, expect, it } from 'vitest';
import { createMarker, MARK_TAG } from '@/lib/marking';
import { getStateMatcher } from '@/lib/matcher';
import { fixtureDocument } from './marking-fixture-dom';
import { noYield } from './marking-test-names';

const matcher = getStateMatcher();

describe('marking with the real State matcher on the e2e fixture pages', () => {
  for (const [name, codes] of [
    ['en.html', ['EG', 'CN', 'BY', 'BI', 'VE']],
    ['fr.html', ['EG', 'CN', 'BY', 'BI', 'VE']],
    ['ru.html', ['EG', 'CN', 'BY', 'BI', 'VE']],
    ['zh.html', ['EG', 'CN', 'BY', 'BI', 'VE']],
    ['ar.html', ['EG', 'CN', 'BY', 'BI', 'VE']],
  ] as const) {
    it(`${name}: marks the intro's States, keeps the text, and unmarks back to the original`, async () => {
      const root = fixtureDocument(name);
      const original = root.cloneNode(true);
      const text = root.textContent;
      const marker = createMarker({ root, find: (t) => matcher.find(t), label: (iso2) => iso2, yieldFn: noYield });
      await marker.start();
      const intro = root.querySelector('#intro')!;
      expect(Array.from(intro.querySelectorAll(MARK_TAG)).map((m) => m.getAttribute('data-er-state'))).toEqual(codes);
      expect(root.textContent).toBe(text);
      marker.stop();
      expect(root.isEqualNode(original)).toBe(true);
      root.remove();
    });
  }
});
