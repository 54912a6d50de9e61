import { createTextWalker } from './text-walker';
import { yieldToPage } from './yield';

export interface ScanOptions {
  /** Work per slice before yielding, in ms; long tasks (> 50 ms) make pages janky. */
  sliceMs?: number;
  /** Called for each text node; may split it (its later siblings are not visited again). */
  visit: (text: Text) => void;
  /** Runs before and after each slice, so the caller can set its own mutations apart. */
  beginSlice?: () => void;
  endSlice?: () => void;
  /** Stops the scan at the next slice. */
  signal?: AbortSignal;
  yieldFn?: () => Promise<void>;
  now?: () => number;
}

const CLOCK_EVERY = 8;

/**
 * Visits every markable text node under `root`, in slices of about `sliceMs`. The walker moves
 * to the next node before the current one is visited, so pieces split off the current node are
 * not visited again. If the page removed the next node while we yielded, the walk restarts from
 * `root`; marked text is skipped then, so a restart costs a walk, not duplicate marks.
 */
export async function scanTextNodes(root: Node, options: ScanOptions): Promise<void> {
  const sliceMs = options.sliceMs ?? 8;
  const now = options.now ?? (() => performance.now());
  const yieldFn = options.yieldFn ?? yieldToPage;
  let walker = createTextWalker(root);
  let next = walker.nextNode();
  while (next) {
    if (options.signal?.aborted) return;
    options.beginSlice?.();
    const deadline = now() + sliceMs;
    let count = 0;
    while (next) {
      const current = next;
      next = walker.nextNode();
      options.visit(current);
      if (++count % CLOCK_EVERY === 0 && now() >= deadline) break;
    }
    options.endSlice?.();
    if (!next) return;
    await yieldFn();
    if (!root.contains(next)) {
      walker = createTextWalker(root);
      next = walker.nextNode();
    }
  }
}
