import { defineConfig } from 'vitest/config';
import { WxtVitest } from 'wxt/testing/vitest-plugin';
import { fileURLToPath } from 'node:url';
import { campaignStatesDefine } from '../lib/data/page-data-build';
import { knownIdsDefine } from '../lib/data/known-ids-build';
import { caseListDefine } from '../lib/data/case-list-build';
import { calendarDefine } from '../lib/data/calendar-build';
import { UNIT_TEST_GLOBS } from './unit-test-globs';

// jsdom fails to start together with WxtVitest on Node 20; happy-dom works.
export default defineConfig({
  root: fileURLToPath(new URL('..', import.meta.url)),
  plugins: [WxtVitest()],
  define: { ...campaignStatesDefine(), ...knownIdsDefine(), ...caseListDefine(), ...calendarDefine() },
  test: {
    environment: 'happy-dom',
    include: UNIT_TEST_GLOBS,
    setupFiles: ['fake-indexeddb/auto', 'tests/support/page-messages.setup.ts'],
    // The store's property tests write thousands of rows to fake IndexedDB; on a shared 2-core
    // machine under load they need more than the 5 s default. Not a speed target (see npm run bench).
    testTimeout: 30_000,
  },
});
