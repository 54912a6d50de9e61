import { render } from 'preact';
import { act } from 'preact/test-utils';
import { beforeAll, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing';
import { seededRandom } from '../../scripts/lib/seeded-random';
import { DashboardApp } from '@/components/dashboard/DashboardApp';
import { getCases } from '@/lib/data';
import { actionsCsv } from '@/lib/export/csv';
import { MAX_IMPORT_BYTES } from '@/lib/export/envelope';
import { parseExport } from '@/lib/export/import';
import { exportJson, importFile } from '@/lib/platform/store/export-import';
import { listActions, recordAction } from '@/lib/platform/store/actions';
import { actionsDb } from '@/lib/platform/store/db';
import { tallyDelta } from '@/lib/platform/store/tallies';
import { freshDatabase, letter, post } from '@/lib/platform/store/test-helpers';
import { deepArrayJson, deepObjectJson, hostileTimes, hostileValue, pick, type Random } from '@/tests/support/hostile-values';

// Import is where a file from anywhere meets the user's record. Every generated file must be
// imported whole or refused with the field named, leaving the record byte for byte as it was.

const NOW = Date.now();
const HOUR = 3_600_000;
const CASE_IDS = getCases().map((c) => c.id);
const KINDS = ['post', 'letter-drafted', 'letter-sent', 'case-shared'] as const;
const LANGUAGES = ['en', 'zh', 'fr', 'es', 'ru', 'ar'] as const;

type Json = Record<string, unknown>;

function validAction(random: Random): Json {
  const kind = pick(random, KINDS);
  const isLetter = kind.startsWith('letter');
  return {
    id: crypto.randomUUID(),
    kind,
    cases: [...new Set([pick(random, CASE_IDS), pick(random, CASE_IDS)])].slice(0, 1 + Math.floor(random() * 2)),
    state: isLetter ? pick(random, ['FR', 'EG', 'BR', 'CN', 'ZA']) : null,
    channel: isLetter ? pick(random, ['gmail', 'outlook', 'mailto']) : pick(random, ['x', 'bluesky', null]),
    language: pick(random, LANGUAGES),
    createdAt: Math.floor(NOW - random() * 400 * 24 * HOUR),
    ...(random() < 0.3 ? { note: pick(random, ['called them', '<b>markup stays text</b>', 'رسالة', '=1+1']) } : {}),
  };
}

const envelope = (actions: unknown[], extra: Json = {}) => ({
  format: 'endreprisals-actions',
  version: 1,
  exportedAt: new Date(NOW).toISOString(),
  actions,
  ...extra,
});

interface HostileFile {
  name: string;
  blob: Blob;
  /** What must happen when the generator knows; random mutations may go either way. */
  expected?: 'imported' | 'refused';
}

const file = (name: string, text: string, expected?: HostileFile['expected']): HostileFile => ({
  name,
  blob: new Blob([text], { type: 'application/json' }),
  expected,
});

/** Sets `value` at a random place of a copy of `json` (or removes what is there). */
function mutate(random: Random, json: Json): Json {
  const copy = structuredClone(json);
  const actions = copy.actions as Json[];
  const action = actions.length > 0 ? pick(random, actions) : undefined;
  const roll = random();
  if (action && roll < 0.6) {
    const key = pick(random, [...Object.keys(action), 'note', 'draftId', 'extra', '__proto__']);
    if (random() < 0.15) delete action[key];
    else action[key] = hostileValue(random, NOW);
  } else if (roll < 0.85) {
    const key = pick(random, ['format', 'version', 'exportedAt', 'actions', 'extra']);
    if (random() < 0.2) delete copy[key];
    else copy[key] = hostileValue(random, NOW);
  } else if (action) {
    actions.push(structuredClone(action));
  }
  return copy;
}

function* hostileFiles(random: Random, stored: readonly Json[]): Generator<HostileFile> {
  const fresh = (n: number) => Array.from({ length: n }, () => validAction(random));

  // Times outside 2010 – tomorrow, or that no Date can hold.
  for (let i = 0; i < 8; i++) {
    for (const createdAt of hostileTimes(NOW)) {
      const actions = fresh(3);
      actions[i % 3] = { ...actions[i % 3], createdAt };
      yield file(`time ${createdAt}`, JSON.stringify(envelope(actions)), 'refused');
    }
  }
  // NaN and Infinity are not JSON; 1e400 parses as Infinity.
  for (const token of ['NaN', 'Infinity', '-Infinity', '1e400', '-1e400']) {
    for (let i = 0; i < 8; i++) {
      yield file(`number ${token}`, JSON.stringify(envelope(fresh(2))).replace(/"createdAt":\d+/, `"createdAt":${token}`), 'refused');
    }
  }
  // Huge strings where strings are short, and huge unknown fields (dropped, the rest imported).
  for (const size of [2_001, 50_000, 1_000_000]) {
    for (const field of ['note', 'id', 'state', 'channel', 'language', 'kind']) {
      yield file(`huge ${field}`, JSON.stringify(envelope([{ ...validAction(random), [field]: 'x'.repeat(size) }])), 'refused');
    }
    yield file('huge case id', JSON.stringify(envelope([{ ...validAction(random), cases: ['a'.repeat(size)] }])), 'refused');
    yield file('huge unknown field', JSON.stringify(envelope([{ ...validAction(random), unknown: 'x'.repeat(size) }])), 'imported');
    yield file('many cases', JSON.stringify(envelope([{ ...validAction(random), cases: Array(21).fill('viasna') }])), 'refused');
  }
  // Deep nesting, where a value is expected and where nothing is.
  for (const [depth, deep] of [
    [100, deepObjectJson(100)],
    [10_000, deepArrayJson(10_000)],
    [100_000, deepObjectJson(100_000)],
  ] as const) {
    const one = JSON.stringify(envelope([validAction(random)]));
    yield file(`deep ${depth} as note`, one.replace(/"language":"(\w+)"/, `"language":"$1","note":${deep}`), 'refused');
    yield file(`deep ${depth} unknown`, one.replace(/"language":"(\w+)"/, `"language":"$1","unknown":${deep}`), 'imported');
    yield file(`deep ${depth} as actions`, one.replace(/"actions":\[.*\]/s, `"actions":${deep}`), 'refused');
    yield file(`deep ${depth} root`, deep, 'refused');
  }
  // Duplicated ids: within a file refused; ids already stored kept as they are.
  for (let i = 0; i < 30; i++) {
    const [a, b] = fresh(2);
    yield file('duplicate id in file', JSON.stringify(envelope([a, b, { ...validAction(random), id: a!.id }])), 'refused');
    const again = pick(random, stored);
    yield file('id already stored', JSON.stringify(envelope([{ ...again, note: 'changed' }, validAction(random)])), 'imported');
  }
  // Prototype keys, everywhere.
  for (let i = 0; i < 20; i++) {
    const text = JSON.stringify(envelope(fresh(2)));
    yield file('__proto__ in envelope', text.replace('{', '{"__proto__":{"polluted":true},"constructor":{"prototype":{"polluted":true}},'), 'imported');
    yield file('__proto__ in action', text.replace('"actions":[{', '"actions":[{"__proto__":{"kind":"post","polluted":true},'), 'imported');
    yield file('__proto__ as cases', text.replace(/"cases":\[[^\]]*\]/, '"cases":{"__proto__":[]}'), 'refused');
  }
  // Markup: kept as text in a note, refused where the format has codes.
  for (let i = 0; i < 20; i++) {
    const markup = pick(random, ['<script>alert(1)</script>', '<img src=x onerror=alert(1)>', '"><svg onload=alert(1)>']);
    yield file('markup in note', JSON.stringify(envelope([{ ...validAction(random), note: markup }])), 'imported');
    yield file('markup as case', JSON.stringify(envelope([{ ...validAction(random), cases: [markup] }])), 'refused');
    yield file('markup as State', JSON.stringify(envelope([{ ...validAction(random), kind: 'letter-drafted', state: markup }])), 'refused');
  }
  // Wrong types for each field, and random changes anywhere.
  for (let i = 0; i < 360; i++) yield file('random change', JSON.stringify(mutate(random, envelope(fresh(1 + Math.floor(random() * 3))))));
  for (const root of ['[]', '"text"', '42', 'null', 'true', '{}', '[{"format":"endreprisals-actions"}]']) yield file(`root ${root}`, root, 'refused');
  // Truncated files.
  for (let i = 0; i < 170; i++) {
    const text = JSON.stringify(envelope(fresh(3)));
    yield file('truncated', text.slice(0, Math.floor(random() * (text.length - 1))), 'refused');
  }
  // Files that are fine, to be imported whole.
  for (let i = 0; i < 120; i++) yield file('valid', JSON.stringify(envelope(fresh(1 + Math.floor(random() * 4)))), 'imported');
  // 50 MB: over the limit (refused unread), a 50 MB note, and a valid file padded to just under 50 MB.
  yield { name: '50 MB + 1 byte', blob: new Blob([new Uint8Array(MAX_IMPORT_BYTES + 1)]), expected: 'refused' };
  const big = JSON.stringify(envelope([{ ...validAction(random), note: '' }]));
  yield file('50 MB note', big.replace('"note":""', `"note":"${'n'.repeat(MAX_IMPORT_BYTES - big.length - 16)}"`), 'refused');
  const padded = JSON.stringify(envelope(fresh(2)));
  yield file('50 MB of blanks', `${' '.repeat(MAX_IMPORT_BYTES - padded.length - 8)}${padded}`, 'imported');
}

/** Every row of every table, in a stable order, as one string: "byte-identical" means equal strings. */
async function recordBytes(): Promise<string> {
  const db = actionsDb();
  const [actions, tallies, activity] = await Promise.all([db.actions.toArray(), db.tallies.toArray(), db.activity.toArray()]);
  return JSON.stringify({
    actions: actions.sort((a, b) => a.id.localeCompare(b.id)),
    tallies: tallies.sort((a, b) => a.key.localeCompare(b.key)),
    activity: activity.sort((a, b) => a.day - b.day),
  });
}

/** The running totals must always equal a recount of the rows. */
async function expectTalliesMatchRows(): Promise<void> {
  const db = actionsDb();
  const { tallies } = tallyDelta(await db.actions.toArray(), 1);
  const stored = Object.fromEntries((await db.tallies.toArray()).map((row) => [row.key, row.n]));
  expect(stored).toEqual(Object.fromEntries([...tallies].filter(([, n]) => n > 0)));
}

/** A path zod reported, checked against the file: it must lead into the file's own structure. */
function expectPathNamesAField(json: unknown, path: string): void {
  expect(path).toMatch(/^(\(root\)|format|version|exportedAt|actions(\[\d+\](\.[a-zA-Z]+(\[\d+\])?)?)?)$/);
  if (path === '(root)') return;
  const parts = [...path.matchAll(/[a-zA-Z]+|\d+/g)].map((m) => m[0]);
  let at: unknown = json;
  // Every step but the last must exist; the last may be the missing field.
  for (const part of parts.slice(0, -1)) {
    expect(at, path).toBeTypeOf('object');
    at = (at as Record<string, unknown>)[part];
  }
}

describe('import of hostile files', () => {
  const outcomes = { imported: 0, refused: 0 };
  let stored: Json[] = [];

  beforeAll(async () => {
    await freshDatabase();
    for (const action of [post(['viasna'], { createdAt: NOW - 10 * HOUR }), letter('EG', ['ibrahim-metwally-hegazy'], { createdAt: NOW - HOUR, note: 'kept' })]) {
      stored.push(await recordAction(action));
    }
    stored = (await listActions()) as unknown as Json[];
  });

  it('imports each file whole or refuses it naming the field, leaving the record byte for byte as it was', async () => {
    const random = seededRandom(20_261_130);
    let count = 0;
    for (const hostile of hostileFiles(random, stored)) {
      count++;
      const before = await recordBytes();
      const result = await importFile(hostile.blob);
      const label = `${count}: ${hostile.name}`;
      if (hostile.expected) expect(result.ok ? 'imported' : 'refused', label).toBe(hostile.expected);
      if (result.ok) {
        outcomes.imported++;
        const parsed = parseExport(await hostile.blob.text());
        expect(parsed.ok, label).toBe(true);
        if (!parsed.ok) continue;
        expect(result.added + result.alreadyPresent, label).toBe(parsed.actions.length);
        const rows = new Map((await listActions()).map((row) => [row.id, row]));
        for (const action of parsed.actions) expect(rows.has(action.id), label).toBe(true);
        // What was stored before is unchanged, even where the file had the same id.
        for (const row of JSON.parse(before).actions as Json[]) expect(rows.get(row.id as string), label).toEqual(row);
        await expectTalliesMatchRows();
      } else {
        outcomes.refused++;
        expect(await recordBytes(), label).toBe(before);
        const { problem } = result;
        if (problem.code === 'invalid') {
          expect(problem.detail.trim(), label).not.toBe('');
          expectPathNamesAField(JSON.parse(await hostile.blob.text()), problem.path);
        } else if (problem.code === 'not-json') {
          expect(problem.detail, label).not.toBe('');
        } else {
          expect(problem.bytes, label).toBeGreaterThan(problem.limit);
        }
      }
    }
    expect(count).toBeGreaterThanOrEqual(1_000);
    expect(outcomes.imported).toBeGreaterThan(150);
    expect(outcomes.refused).toBeGreaterThan(600);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  }, 120_000);

  it('leaves a record the dashboard opens and exports, and whose export imports again', async () => {
    const json = await exportJson();
    const back = parseExport(json);
    expect(back.ok && back.actions.length).toBe((await listActions()).length);
    expect(actionsCsv(await listActions()).split('\r\n').length).toBe((await listActions()).length + 2);

    fakeBrowser.reset();
    const host = document.createElement('div');
    document.body.append(host);
    document.documentElement.removeAttribute('data-ready');
    await act(() => render(<DashboardApp />, host));
    await expect.poll(() => document.documentElement.getAttribute('data-ready'), { timeout: 10_000 }).toBe(String((await listActions()).length));
    expect(host.querySelector('[data-testid="section-problem"]')).toBeNull();
    expect(host.querySelector('[data-testid="action-list"] tbody tr')).not.toBeNull();
    expect(host.querySelector('[data-stat="total"]')?.getAttribute('data-value')).toBe(String((await listActions()).length));
    await act(() => render(null, host));
    host.remove();
  }, 30_000);
});
