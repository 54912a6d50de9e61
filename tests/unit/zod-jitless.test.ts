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

it('every entry point imports lib/zod-jitless before anything else', () => {
  const files = entryFiles();
  expect(files.length).toBeGreaterThanOrEqual(5);
  for (const file of files) {
    const firstImport = /^\s*import\s+(?:[^'"]*from\s+)?['"]([^'"]+)['"]/m.exec(readFileSync(file, 'utf8'))?.[1];
    expect(firstImport, file).toBe('@/lib/zod-jitless');
  }
});
