import { expect, it } from 'vitest';
import { POST_TEMPLATES, PostTemplate } from './post-templates';
import raw from './post-templates.json';

it('loads post templates in the six languages', () => {
  expect(Object.keys(POST_TEMPLATES).sort()).toEqual(['ar', 'en', 'es', 'fr', 'ru', 'zh']);
});

it('rejects a template that would drop the hashtags, the case list or use an unknown placeholder', () => {
  const en = raw.en;
  expect(PostTemplate.safeParse(en).success).toBe(true);
  expect(PostTemplate.safeParse({ ...en, single: en.single.replace('{hashtags}', '') }).success).toBe(false);
  expect(PostTemplate.safeParse({ ...en, multi: en.multi.replace('{stateList}', 'States') }).success).toBe(false);
  expect(PostTemplate.safeParse({ ...en, caseLine: '{caseName} {country}' }).success).toBe(false);
});
