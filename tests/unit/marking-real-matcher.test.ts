import { describe, expect, it } from 'vitest';
import { createMarker } from '@/lib/marking';
import { findWithPageLanguage } from '@/lib/marking/find-adapter';
import { getStateMatcher } from '@/lib/matcher';
import { fixtureDocument } from '@/tests/support/marking-fixture-dom';
import { codesShown, noYield, recordingLayer } from '@/tests/support/marking-test-names';

const matcher = getStateMatcher();

describe('marking with the real State matcher on the e2e fixture pages', () => {
  for (const [name, codes] of [
    ['en.html', ['EG', 'CN', 'BY', 'BI', 'VE']],
    ['fr.html', ['EG', 'CN', 'BY', 'BI', 'VE']],
    ['ru.html', ['EG', 'CN', 'BY', 'BI', 'VE']],
    ['zh.html', ['EG', 'CN', 'BY', 'BI', 'VE']],
    ['ar.html', ['EG', 'CN', 'BY', 'BI', 'VE']],
  ] as const) {
    it(`${name}: highlights the intro's States and leaves the page exactly as it was`, async () => {
      const root = fixtureDocument(name);
      const original = root.cloneNode(true);
      const text = root.textContent;
      const html = root.innerHTML;
      const layer = recordingLayer();
      const marker = createMarker({ root, find: findWithPageLanguage(matcher), layer, yieldFn: noYield });
      await marker.start();
      expect(codesShown(layer, root.querySelector('#intro')!)).toEqual(codes);
      expect(root.textContent).toBe(text);
      expect(root.innerHTML).toBe(html);
      expect(root.isEqualNode(original)).toBe(true);
      marker.stop();
      root.remove();
    });
  }
});
