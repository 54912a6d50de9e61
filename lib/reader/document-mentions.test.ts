import { describe, expect, it } from 'vitest';
import { getStateMatcher } from '@/lib/matcher';
import { DocumentMentions } from './document-mentions';
import { findPageMentions } from './page-mentions';
import { buildPageText } from './page-text';

const find = (text: string) => getStateMatcher().find(text);
const page = (text: string) => findPageMentions(buildPageText([{ str: text }]), find);

describe('DocumentMentions', () => {
  it('answers in reading order whatever the order pages were read in', () => {
    const doc = new DocumentMentions(5);
    doc.set(4, page('Burundi and Egypt'));
    doc.set(1, page('Egypt, then China'));
    doc.set(2, page('No State here.'));
    expect([...doc.countsByState()]).toEqual([
      ['EG', 2],
      ['CN', 1],
      ['BI', 1],
    ]);
    expect(doc.pagesOf('EG')).toEqual([1, 4]);
    expect(doc.pagesOf('BI')).toEqual([4]);
    expect(doc.pagesOf('FR')).toEqual([]);
    expect(doc.mentionsOf('EG').map((m) => [m.page, m.mention.start])).toEqual([
      [1, 0],
      [4, 12],
    ]);
  });

  it('knows which pages are still to read', () => {
    const doc = new DocumentMentions(4);
    expect(doc.nextUnread()).toBe(1);
    doc.set(1, []);
    doc.set(3, []);
    expect([doc.pagesRead, doc.complete]).toEqual([2, false]);
    expect(doc.nextUnread()).toBe(2);
    expect(doc.nextUnread(3)).toBe(4);
    doc.set(4, []);
    // From the last page on, round to the start.
    expect(doc.nextUnread(4)).toBe(2);
    doc.set(2, []);
    expect([doc.complete, doc.nextUnread()]).toEqual([true, undefined]);
  });

  it('reading a page again replaces what it had', () => {
    const doc = new DocumentMentions(2);
    doc.set(1, page('Egypt'));
    doc.set(1, page('China'));
    expect([...doc.countsByState().keys()]).toEqual(['CN']);
    expect(doc.pagesRead).toBe(1);
  });

  it('refuses a page the document does not have', () => {
    const doc = new DocumentMentions(2);
    expect(() => doc.set(0, [])).toThrow(RangeError);
    expect(() => doc.set(3, [])).toThrow(RangeError);
  });
});
