import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';

// Keeps the README in step with package.json: every dependency explained, the fresh-machine
// commands present and pointing at scripts that exist.
const ROOT = resolve(import.meta.dirname, '../..');
const readme = readFileSync(resolve(ROOT, 'README.md'), 'utf8');
const pkg = JSON.parse(readFileSync(resolve(ROOT, 'package.json'), 'utf8')) as {
  scripts: Record<string, string>;
  dependencies?: Record<string, string>;
  devDependencies?: Record<string, string>;
};

const FRESH_MACHINE_COMMANDS = ['npm ci && npm start', 'npm ci && npm test', 'npm run bench'];

/** The npm scripts a command line runs: `npm start`, `npm test`, `npm run <name>`. */
function scriptsUsedBy(command: string): string[] {
  return [...command.matchAll(/npm (?:run (\S+)|(start|test))/g)].map((m) => (m[1] ?? m[2])!);
}

describe('README', () => {
  const dependencies = [...Object.keys(pkg.dependencies ?? {}), ...Object.keys(pkg.devDependencies ?? {})];

  it.each(dependencies)('explains why %s is a dependency', (name) => {
    expect(readme).toContain(`\`${name}\``);
  });

  it.each(FRESH_MACHINE_COMMANDS)('gives the command "%s"', (command) => {
    expect(readme).toContain(command);
  });

  it.each(FRESH_MACHINE_COMMANDS.flatMap(scriptsUsedBy))('names the script "%s", which package.json defines', (script) => {
    expect(pkg.scripts).toHaveProperty(script);
  });

  it('names only npm scripts that exist', () => {
    const named = [...readme.matchAll(/`npm run ([\w:-]+)/g)].map((m) => m[1]!);
    expect(named.filter((script) => !(script in pkg.scripts))).toEqual([]);
  });
});
