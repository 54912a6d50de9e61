import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { expect, it } from 'vitest';

// zod decides whether to generate code when a schema is created, so `z.config({ jitless: true })`
// must run before any schema module: each entry point imports lib/zod-jitless first.
const ENTRYPOINTS = resolve(import.meta.dirname, '../../entrypoints');

function entryFiles(): string[] {
  return readdirSync(ENTRYPOINTS).flatMap((name) => {
    const path = join(ENTRYPOINTS, name);
    if (!statSync(path).isDirectory()) return /\.(ts|tsx)$/.test(name) ? [path] : [];
    return readdirSync(path).filter((file) => /^(index|main)\.tsx?$/.test(file)).map((file) => join(path, file));
  });
}

// The content script on UN pages carries no zod at all (the release check reads its bundle).
const ZOD_FREE = [join(ENTRYPOINTS, 'un-pages.content', 'index.ts')];

it('every entry point imports lib/zod-jitless before anything else', () => {
  const files = entryFiles().filter((file) => !ZOD_FREE.includes(file));
  expect(files.length).toBeGreaterThanOrEqual(4);
  for (const file of files) {
    const firstImport = /^\s*import\s+(?:[^'"]*from\s+)?['"]([^'"]+)['"]/m.exec(readFileSync(file, 'utf8'))?.[1];
    expect(firstImport, file).toBe('@/lib/zod-jitless');
  }
});
