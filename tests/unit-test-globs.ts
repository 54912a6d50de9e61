/**
 * Where unit tests are: next to their module in lib/, components/, entrypoints/ and scripts/, or in
 * tests/unit when they span modules. tests/vitest.config.ts runs these; tests/unit/test-files.test.ts
 * fails when a test file lies outside them.
 */
export const UNIT_TEST_GLOBS = ['{lib,components,entrypoints,scripts}/**/*.test.{ts,tsx}', 'tests/unit/**/*.test.{ts,tsx}'];
