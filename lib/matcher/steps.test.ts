import { describe, expect, it } from 'vitest';
import { runSteps, runStepsSliced, type Steps } from './steps';

/** Ten pieces of work of 3 ms each on a fake clock; returns what it saw. */
function* work(clock: { t: number }, log: string[]): Steps<string> {
  for (let i = 0; i < 10; i++) {
    clock.t += 3;
    log.push(`w${i}`);
    yield;
  }
  return 'done';
}

describe('runSteps', () => {
  it('runs to the end in one go', () => {
    const log: string[] = [];
    expect(runSteps(work({ t: 0 }, log))).toBe('done');
    expect(log).toHaveLength(10);
  });
});

describe('runStepsSliced', () => {
  it('yields once a slice has taken sliceMs, and returns the same result', async () => {
    const clock = { t: 0 };
    const log: string[] = [];
    const slices: number[] = [];
    const result = await runStepsSliced(work(clock, log), {
      sliceMs: 8,
      now: () => clock.t,
      yieldFn: async () => void log.push('yield'),
      onSlice: (ms) => slices.push(ms),
    });
    expect(result).toBe('done');
    // 3 ms per piece: a slice ends after the third piece (9 ms ≥ 8 ms).
    expect(log.join(' ')).toBe('w0 w1 w2 yield w3 w4 w5 yield w6 w7 w8 yield w9');
    expect(slices).toEqual([9, 9, 9, 3]);
  });

  it('lets other work run between slices', async () => {
    let ticks = 0;
    const timer = setInterval(() => ticks++, 0);
    try {
      function* busy(): Steps<number> {
        for (let i = 0; i < 20; i++) {
          const until = performance.now() + 2;
          while (performance.now() < until);
          yield;
        }
        return ticks;
      }
      const ticksDuring = await runStepsSliced(busy(), { sliceMs: 5, yieldFn: () => new Promise((r) => setTimeout(r, 0)) });
      expect(ticksDuring).toBeGreaterThan(0);
    } finally {
      clearInterval(timer);
    }
  });
});
