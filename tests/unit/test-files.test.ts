import { readdirSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { expect, it } from 'vitest';
import { UNIT_TEST_GLOBS } from '../unit-test-globs';

const ROOT = resolve(import.meta.dirname, '../..');
// Folders whose tests run elsewhere (Playwright, the Firefox and release checks) or are not ours
// (and every dot-folder: .git, .wxt, build outputs).
const NOT_UNIT = new Set(['node_modules', 'tests/e2e', 'tests/firefox', 'tests/release', 'tests/artifacts']);

function testFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    const rel = relative(ROOT, path);
    if (entry.isDirectory()) return NOT_UNIT.has(rel) || entry.name.startsWith('.') ? [] : testFiles(path);
    return /\.(test|spec)\.(ts|tsx|mts|js)$/.test(entry.name) ? [rel] : [];
  });
}

/** The include globs this config uses, as regular expressions ({a,b} and ** only). */
function globRegex(glob: string): RegExp {
  const source = glob
    .replace(/[.+^$()|[\]\\]/g, '\\$&')
    .replace(/\{([^}]+)\}/g, (_all, options: string) => `(?:${options.split(',').join('|')})`)
    .replace(/\*\*\//g, '\0')
    .replace(/\*/g, '[^/]*')
    .replace(/\0/g, '(?:.*/)?');
  return new RegExp(`^${source}$`);
}

it('runs every unit test file in the repository: none is silently skipped', () => {
  const patterns = UNIT_TEST_GLOBS.map(globRegex);
  const files = testFiles(ROOT);
  expect(files.length).toBeGreaterThan(50);
  expect(files.filter((file) => !patterns.some((p) => p.test(file)))).toEqual([]);
});

it('finds test files the way vitest does', () => {
  const [folders] = UNIT_TEST_GLOBS.map(globRegex);
  expect(folders!.test('lib/data/states.test.ts')).toBe(true);
  expect(folders!.test('components/cases/BidiText.test.tsx')).toBe(true);
  expect(folders!.test('lib/i18n/messages/problems.test.ts')).toBe(true);
  expect(folders!.test('lib/data/states.ts')).toBe(false);
  expect(folders!.test('tests/e2e/popup.spec.ts')).toBe(false);
});
