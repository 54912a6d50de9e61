/**
 * Building the matcher takes longer than a page should be kept waiting in one task, so the
 * build is written as generators that pause (`yield`) at points where it may be interrupted.
 * The same generator runs to the end in one go (runSteps: tests, the background) or in slices
 * that give the page its turn in between (runStepsSliced: content scripts). Both run the same
 * code on the same data, so they build the same thing.
 */
export type Steps<T> = Generator<void, T, void>;

/** Runs `steps` to the end without pausing. */
export function runSteps<T>(steps: Steps<T>): T {
  for (;;) {
    const r = steps.next();
    if (r.done) return r.value;
  }
}

export interface SliceOptions {
  /** Work per slice before yielding, in ms. */
  sliceMs?: number;
  /** Gives the page its turn between slices. */
  yieldFn: () => Promise<unknown>;
  /** Called after each slice with how long it took (for measurements). */
  onSlice?: (ms: number) => void;
  now?: () => number;
}

/** Runs `steps` in slices of about `sliceMs`, yielding to the page in between. */
export async function runStepsSliced<T>(steps: Steps<T>, options: SliceOptions): Promise<T> {
  const sliceMs = options.sliceMs ?? 8;
  const now = options.now ?? (() => performance.now());
  let sliceStart = now();
  for (;;) {
    const r = steps.next();
    if (r.done) {
      options.onSlice?.(now() - sliceStart);
      return r.value;
    }
    const t = now();
    if (t - sliceStart < sliceMs) continue;
    options.onSlice?.(t - sliceStart);
    await options.yieldFn();
    sliceStart = now();
  }
}
