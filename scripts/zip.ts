/**
 * `npm run zip`: the store packages (Chrome, Firefox, and the sources Firefox review asks for).
 * Refuses, before building anything, when a test-only variable is set: such a build carries local
 * test hosts and a web-accessible popup. wxt.config.ts refuses `wxt zip` the same way.
 */
import { spawnSync } from 'node:child_process';
import { resolve } from 'node:path';
import { testBuildVariablesIn } from './lib/test-build-flags';

const ROOT = resolve(import.meta.dirname, '..');
const set = testBuildVariablesIn(process.env);
if (set.length > 0) {
  console.error(`Refusing to build store packages with test-only settings: ${set.join(', ')}. Unset them and run npm run zip again.`);
  process.exit(1);
}
for (const args of [['zip'], ['zip', '-b', 'firefox']]) {
  const result = spawnSync('npx', ['wxt', ...args], { cwd: ROOT, stdio: 'inherit' });
  if (result.status !== 0) process.exit(result.status ?? 1);
}
