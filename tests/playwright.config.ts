import { defineConfig } from '@playwright/test';

// Two workers, one per core of CI: each test launches its own Chromium with the extension in its
// own throw-away profile (scripts/lib/extension-browsers.ts), so tests share no state; spec files
// are dealt to the workers whole.
export default defineConfig({
  testDir: './e2e',
  testMatch: '**/*.spec.ts',
  // Prints the PDFs the reader tests open (tests/fixtures/pdf/make-pdfs.ts).
  globalSetup: './e2e/global-setup.ts',
  fullyParallel: false,
  workers: 2,
  retries: process.env.CI ? 1 : 0,
  timeout: 60_000,
  reporter: [['list']],
  outputDir: './artifacts/playwright',
});
