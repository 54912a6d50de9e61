/**
 * Environment variables that make a test-only build: local fixture hosts in the content script's
 * matches and a web-accessible popup (see wxt.config.ts). A store package is never built with them.
 */
export const TEST_BUILD_VARIABLES = ['E2E_LOCAL_HOSTS'] as const;

/** The test variables set in `env`, e.g. ["E2E_LOCAL_HOSTS=1"]; empty for a release build. */
export function testBuildVariablesIn(env: NodeJS.ProcessEnv): string[] {
  return TEST_BUILD_VARIABLES.filter((name) => env[name] !== undefined && env[name] !== '').map((name) => `${name}=${env[name]}`);
}

/** Whether this process is the WXT command line's `zip` (argv: node, the wxt script, the command, …). */
export function isWxtZip(argv: readonly string[]): boolean {
  return argv[2] === 'zip';
}
