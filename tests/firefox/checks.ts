/** A minimal check runner: named steps, each with its own time limit, tallied at the end. */
export interface CheckResult {
  name: string;
  ok: boolean;
  ms: number;
  error?: string;
}

export class Checks {
  readonly results: CheckResult[] = [];

  async run(name: string, fn: () => Promise<void>, timeoutMs = 30_000): Promise<boolean> {
    const started = Date.now();
    let timer: NodeJS.Timeout | undefined;
    try {
      await Promise.race([
        fn(),
        new Promise<never>((_, reject) => {
          timer = setTimeout(() => reject(new Error(`timed out after ${timeoutMs} ms`)), timeoutMs);
        }),
      ]);
      this.record({ name, ok: true, ms: Date.now() - started });
      return true;
    } catch (error) {
      const message = error instanceof Error ? error.message : String(error);
      this.record({ name, ok: false, ms: Date.now() - started, error: message });
      return false;
    } finally {
      clearTimeout(timer);
    }
  }

  /** Records a check that could not run because an earlier one it depends on failed. */
  notRun(name: string, because: string): void {
    this.record({ name, ok: false, ms: 0, error: `not run: ${because}` });
  }

  /** Records a failure that happened outside any check. */
  fail(name: string, error: unknown): void {
    this.record({ name, ok: false, ms: 0, error: error instanceof Error ? error.stack ?? error.message : String(error) });
  }

  get failed(): number {
    return this.results.filter((r) => !r.ok).length;
  }

  get passed(): number {
    return this.results.filter((r) => r.ok).length;
  }

  summary(): string {
    return `${this.passed} passed, ${this.failed} failed`;
  }

  private record(result: CheckResult): void {
    this.results.push(result);
    const mark = result.ok ? '✓' : '✗';
    console.log(`  ${mark} ${result.name} (${result.ms} ms)${result.error ? `\n      ${result.error}` : ''}`);
  }
}
