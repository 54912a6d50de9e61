import { beforeEach, describe, expect, it } from 'vitest';
import { actionsDb } from '@/lib/platform/store/db';
import { deleteAll, listActions, markLetterSent, recordAction } from '@/lib/platform/store/actions';
import { freshDatabase, letter, post, T0 } from '@/lib/platform/store/test-helpers';
import { MAX_IMPORT_BYTES } from '@/lib/export/envelope';
import { envelopeJson } from '@/lib/export/export-json';
import { parseExport } from '@/lib/export/import';
import { exportJson, importFile } from './export-import';

beforeEach(freshDatabase);

/** Every stored row of every table (actions and their tallies), in a stable order. */
async function wholeTable() {
  const db = actionsDb();
  return {
    actions: (await db.actions.toArray()).sort((a, b) => a.id.localeCompare(b.id)),
    tallies: await db.tallies.toArray(),
    activity: await db.activity.toArray(),
  };
}

async function seed() {
  await recordAction(post(['viasna', 'jiang-tianyong'], { createdAt: T0 + 1000, note: 'first, "quoted"' }));
  const draft = await recordAction(letter('EG', ['ibrahim-metwally-hegazy'], { createdAt: T0 + 2000, language: 'ar' }));
  await markLetterSent(draft.id, T0 + 3000);
  await recordAction({ ...post(['venezuela-organisations'], { createdAt: T0 + 4000 }), kind: 'case-shared', channel: null });
}

const file = (text: string) => new Blob([text], { type: 'application/json' });

describe('export then import', () => {
  it('round-trips exactly into an empty database', async () => {
    await seed();
    const before = await wholeTable();
    const json = await exportJson(new Date('2026-11-29T10:00:00Z'));
    await deleteAll();
    expect(await importFile(file(json))).toEqual({ ok: true, added: 4, alreadyPresent: 0 });
    expect(await wholeTable()).toEqual(before);
  });

  it('merges by id: importing into the same database adds nothing and changes nothing', async () => {
    await seed();
    const before = await wholeTable();
    expect(await importFile(file(await exportJson()))).toEqual({ ok: true, added: 0, alreadyPresent: 4 });
    expect(await wholeTable()).toEqual(before);
  });

  it('merges two histories without duplicates', async () => {
    await seed();
    const json = await exportJson();
    const mine = await recordAction(post(['burundi-lawyers'], { createdAt: T0 + 5000 }));
    expect(await importFile(file(json))).toEqual({ ok: true, added: 0, alreadyPresent: 4 });
    expect((await listActions()).map((a) => a.id)).toContain(mine.id);
    expect(await listActions()).toHaveLength(5);
  });

  it('writes a readable envelope', async () => {
    await seed();
    const json = await exportJson(new Date('2026-11-29T10:00:00Z'));
    const parsed = JSON.parse(json);
    expect(parsed).toMatchObject({ format: 'endreprisals-actions', version: 1, exportedAt: '2026-11-29T10:00:00.000Z' });
    expect(parsed.actions).toHaveLength(4);
    expect(JSON.parse(envelopeJson([], new Date(0))).actions).toEqual([]);
  });
});

describe('a bad file is rejected and the database stays exactly as it was', () => {
  const validAction = {
    id: '6f1c1b5e-0a7d-4a38-9d3b-2c1f0e9a8b7c',
    kind: 'post',
    cases: ['viasna'],
    state: null,
    channel: 'x',
    language: 'en',
    createdAt: T0 + 1,
  };
  const envelope = (actions: unknown[], extra: object = {}) =>
    JSON.stringify({ format: 'endreprisals-actions', version: 1, exportedAt: '2026-11-29T10:00:00.000Z', actions, ...extra });

  const cases: Array<[string, string, RegExp]> = [
    ['wrong type', envelope([{ ...validAction, createdAt: '1' }]), /^actions\[0\]\.createdAt$/],
    ['missing field', envelope([{ ...validAction, kind: undefined }]), /^actions\[0\]\.kind$/],
    ['unknown kind', envelope([validAction, { ...validAction, id: crypto.randomUUID(), kind: 'hack' }]), /^actions\[1\]\.kind$/],
    ['not a uuid', envelope([{ ...validAction, id: '../../etc' }]), /^actions\[0\]\.id$/],
    ['bad State code', envelope([{ ...validAction, state: 'egypt' }]), /^actions\[0\]\.state$/],
    ['note too long', envelope([{ ...validAction, note: 'x'.repeat(2001) }]), /^actions\[0\]\.note$/],
    ['duplicated id', envelope([validAction, { ...validAction }]), /^actions\[1\]\.id$/],
    ['wrong format', envelope([validAction], { format: 'something-else' }), /^format$/],
    ['future version', envelope([validAction], { version: 2 }), /^version$/],
    ['actions not a list', envelope([]).replace('"actions":[]', '"actions":{"0":1}'), /^actions$/],
    ['not an object', '[1,2,3]', /^\(root\)$/],
    ['bad exportedAt', envelope([validAction], { exportedAt: 'yesterday' }), /^exportedAt$/],
  ];

  for (const [name, text, path] of cases) {
    it(`${name}: names the problem by its path`, async () => {
      await seed();
      const before = await wholeTable();
      const result = await importFile(file(text));
      expect(result.ok).toBe(false);
      if (result.ok) return;
      expect(result.problem.code).toBe('invalid');
      if (result.problem.code === 'invalid') expect(result.problem.path).toMatch(path);
      expect(await wholeTable()).toEqual(before);
    });
  }

  it('truncated JSON is reported as not JSON', async () => {
    await seed();
    const before = await wholeTable();
    const json = await exportJson();
    for (const cut of [1, 10, Math.floor(json.length / 2), json.length - 3]) {
      const result = await importFile(file(json.slice(0, cut)));
      expect(result).toMatchObject({ ok: false, problem: { code: 'not-json' } });
    }
    expect(await wholeTable()).toEqual(before);
  });

  it('a file over the size limit is refused before it is read', async () => {
    await seed();
    const before = await wholeTable();
    const huge = { size: MAX_IMPORT_BYTES + 1, text: () => Promise.reject(new Error('must not be read')) } as unknown as Blob;
    expect(await importFile(huge)).toEqual({ ok: false, problem: { code: 'too-large', bytes: MAX_IMPORT_BYTES + 1, limit: MAX_IMPORT_BYTES } });
    const real = new Blob([new Uint8Array(MAX_IMPORT_BYTES + 1)]);
    expect(await importFile(real)).toMatchObject({ ok: false, problem: { code: 'too-large' } });
    expect(await wholeTable()).toEqual(before);
  });

  it('one bad action among many good ones adds none of them', async () => {
    await seed();
    const before = await wholeTable();
    const good = Array.from({ length: 50 }, () => ({ ...validAction, id: crypto.randomUUID() }));
    const result = await importFile(file(envelope([...good, { ...validAction, language: 'xx' }])));
    expect(result).toMatchObject({ ok: false, problem: { code: 'invalid', path: 'actions[50].language' } });
    expect(await wholeTable()).toEqual(before);
  });

  it('a failure while writing rolls back every row of the import', async () => {
    await seed();
    const before = await wholeTable();
    const good = Array.from({ length: 20 }, () => ({ ...validAction, id: crypto.randomUUID() }));
    const parsed = parseExport(envelope(good));
    expect(parsed.ok).toBe(true);
    const table = actionsDb().actions;
    const original = table.bulkAdd.bind(table);
    table.bulkAdd = (async (rows: never[]) => {
      await original(rows.slice(0, 10));
      throw new Error('disk full');
    }) as unknown as typeof table.bulkAdd;
    try {
      await expect(importFile(file(envelope(good)))).rejects.toThrow('disk full');
    } finally {
      table.bulkAdd = original;
    }
    expect(await wholeTable()).toEqual(before);
  });
});

describe('hostile content', () => {
  it('stores markup as text and drops keys the format does not have', async () => {
    const id = crypto.randomUUID();
    const text = JSON.stringify({
      format: 'endreprisals-actions',
      version: 1,
      exportedAt: '2026-11-29T10:00:00.000Z',
      actions: [
        {
          id,
          kind: 'post',
          cases: ['viasna'],
          state: null,
          channel: 'x',
          language: 'en',
          createdAt: T0 + 5,
          note: '<img src=x onerror=alert(1)>',
          isAdmin: true,
          constructor: { prototype: { polluted: true } },
        },
      ],
    });
    const hostile = text.replace('{', '{"__proto__":{"polluted":true},');
    expect(hostile).toContain('"__proto__"');
    expect(await importFile(file(hostile))).toEqual({ ok: true, added: 1, alreadyPresent: 0 });
    const rows = await wholeTable();
    expect(rows.actions).toEqual([
      { id, kind: 'post', cases: ['viasna'], state: null, channel: 'x', language: 'en', createdAt: T0 + 5, note: '<img src=x onerror=alert(1)>' },
    ]);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });
});
