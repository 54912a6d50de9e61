import { defineConfig } from '@playwright/test';

// One worker: each test launches its own Chromium with the extension, and CI has two cores.
export default defineConfig({
  testDir: './e2e',
  testMatch: '**/*.spec.ts',
  // Prints the PDFs the reader tests open (tests/fixtures/pdf/make-pdfs.ts).
  globalSetup: './e2e/global-setup.ts',
  fullyParallel: false,
  workers: 1,
  retries: process.env.CI ? 1 : 0,
  timeout: 60_000,
  reporter: [['list']],
  outputDir: './artifacts/playwright',
});
