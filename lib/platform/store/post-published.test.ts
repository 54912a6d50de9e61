import { beforeEach, describe, expect, it } from 'vitest';
import { countActions, markLetterSent, markPostPublished, recordAction } from './actions';
import { freshDatabase, letter, post } from './test-helpers';

beforeEach(freshDatabase);

describe('markPostPublished', () => {
  it('adds a post-published action linked to the post opened, once', async () => {
    const opened = await recordAction(post(['viasna']));
    const published = await markPostPublished(opened.id, opened.createdAt + 5);
    expect(published).toMatchObject({ kind: 'post-published', draftId: opened.id, cases: ['viasna'], channel: opened.channel });
    expect(await markPostPublished(opened.id)).toEqual(published);
    expect(await countActions()).toBe(2);
  });

  it('refuses a letter as a post, and a post as a letter', async () => {
    const draft = await recordAction(letter('FR', ['viasna']));
    const opened = await recordAction(post(['viasna']));
    await expect(markPostPublished(draft.id)).rejects.toThrow(/not a post/);
    await expect(markLetterSent(opened.id)).rejects.toThrow(/not a drafted letter/);
  });
});
