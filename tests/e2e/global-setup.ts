import { execFileSync } from 'node:child_process';
import { resolve } from 'node:path';

/** The reader's fixture PDFs, printed once per run (tests/artifacts is not committed). */
export const FIXTURE_PDF_DIR = resolve(import.meta.dirname, '../artifacts/fixture-pdfs');

export default function globalSetup(): void {
  // Through tsx: the generator reads State names from lib/data, whose JSON Playwright's loader cannot import.
  execFileSync('npx', ['tsx', resolve(import.meta.dirname, '../fixtures/pdf/cli.ts'), FIXTURE_PDF_DIR], { stdio: 'inherit' });
}
