import { createTextWalker } from './text-walker';
import { yieldToPage } from '@/lib/yield-to-page';

export interface ScanOptions {
  /** Work per slice before yielding, in ms; long tasks (> 50 ms) make pages janky. */
  sliceMs?: number;
  /** Called for each markable text node, in document order. It must not change the page. */
  visit: (text: Text) => void;
  /** Called at the end of each slice, before yielding (e.g. to show what was found so far). */
  endSlice?: () => void;
  /** Stops the scan at the next slice. */
  signal?: AbortSignal;
  yieldFn?: () => Promise<unknown>;
  now?: () => number;
}

/** The clock is read after this many text nodes, or sooner after this many characters. */
const CLOCK_EVERY_NODES = 8;
const CLOCK_EVERY_CHARS = 32_768;

/**
 * Visits every markable text node under `root`, in slices of about `sliceMs`. Marking reads
 * the page and never changes it, so the walk is only disturbed by the page itself: if the page
 * removed the next node while we yielded, the walk restarts from `root` (the caller skips text
 * it has already seen, so a restart costs a walk, not work twice).
 */
export async function scanTextNodes(root: Node, options: ScanOptions): Promise<void> {
  const sliceMs = options.sliceMs ?? 8;
  const now = options.now ?? (() => performance.now());
  const yieldFn = options.yieldFn ?? yieldToPage;
  let walker = createTextWalker(root);
  let next = walker.nextNode();
  while (next) {
    if (options.signal?.aborted) return;
    const deadline = now() + sliceMs;
    let count = 0;
    let chars = 0;
    while (next) {
      const current = next;
      next = walker.nextNode();
      chars += current.length;
      options.visit(current);
      if (++count >= CLOCK_EVERY_NODES || chars >= CLOCK_EVERY_CHARS) {
        count = 0;
        chars = 0;
        if (now() >= deadline) break;
      }
    }
    options.endSlice?.();
    if (!next) return;
    await yieldFn();
    if (!root.contains(next)) {
      walker = createTextWalker(root);
      next = walker.nextNode();
    } else {
      walker.forgetAncestors();
    }
  }
}
