import { describe, expect, it } from 'vitest';
import { createQueue, currentItem, markOpened, markSent, next, parseQueue, progress, skip, updateCurrent } from './queue';

const three = () =>
  createQueue(['viasna'], [
    { iso2: 'BE', lang: 'fr' },
    { iso2: 'DE', lang: 'en' },
    { iso2: 'RU', lang: 'ru' },
  ]);

describe('letter queue', () => {
  it('goes through missions one by one, each in its language', () => {
    let q = three();
    expect(currentItem(q)).toMatchObject({ iso2: 'BE', lang: 'fr', status: 'pending' });
    q = markOpened(q, '11111111-1111-4111-8111-111111111111');
    expect(currentItem(q)).toMatchObject({ status: 'opened', draftId: '11111111-1111-4111-8111-111111111111' });
    q = markSent(q);
    expect(currentItem(q)).toMatchObject({ iso2: 'DE', lang: 'en' });
    q = skip(q);
    expect(currentItem(q).iso2).toBe('RU');
    expect(progress(q)).toEqual({ total: 3, sent: 1, opened: 0, skipped: 1, remaining: 1, finished: false });
    q = markSent(markOpened(q, '22222222-2222-4222-8222-222222222222'));
    expect(progress(q)).toMatchObject({ sent: 2, skipped: 1, remaining: 0, finished: true });
  });

  it('"next" skips letters already sent or skipped and comes back to one only opened', () => {
    let q = three();
    q = markOpened(q, '11111111-1111-4111-8111-111111111111');
    q = next(q);
    expect(currentItem(q).iso2).toBe('DE');
    q = markSent(q);
    q = skip(q);
    expect(currentItem(q).iso2).toBe('BE');
  });

  it('keeps edited text per mission and survives storage, refusing damaged data', () => {
    const q = updateCurrent(three(), { edited: { subject: 'S', body: 'B' }, personal: 'Mine' });
    const stored = JSON.parse(JSON.stringify(q));
    expect(parseQueue(stored)).toEqual(q);
    expect(parseQueue({ ...stored, items: [] })).toBeNull();
    expect(parseQueue({ ...stored, items: [{ ...stored.items[0], iso2: 'nowhere' }] })).toBeNull();
    expect(parseQueue(undefined)).toBeNull();
    expect(parseQueue({ ...stored, current: 99 })!.current).toBe(2);
  });

  it('lists each mission once', () => {
    expect(createQueue([], [{ iso2: 'BE', lang: 'fr' }, { iso2: 'BE', lang: 'en' }]).items).toHaveLength(1);
    expect(() => createQueue([], [])).toThrow();
  });
});
