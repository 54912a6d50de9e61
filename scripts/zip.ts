/**
 * `npm run zip`: the store packages (Chrome, Firefox, and the sources Firefox review asks for),
 * built on the way into .output/chrome-mv3 and .output/firefox-mv2, the builds every test reads.
 */
import { spawnSync } from 'node:child_process';
import { resolve } from 'node:path';

const ROOT = resolve(import.meta.dirname, '..');
for (const args of [['zip'], ['zip', '-b', 'firefox']]) {
  const result = spawnSync('npx', ['wxt', ...args], { cwd: ROOT, stdio: 'inherit' });
  if (result.status !== 0) process.exit(result.status ?? 1);
}
