import { createTextWalker } from './text-walker';
import { yieldToPage } from './yield';

export interface ScanOptions {
  /** Work per slice before yielding, in ms; long tasks (> 50 ms) make pages janky. */
  sliceMs?: number;
  /**
   * Called for each text node; may split it (its later siblings are not visited again).
   * Returns true when it changed the page (wrapped a name).
   */
  visit: (text: Text) => boolean | void;
  /** Runs before and after each slice, so the caller can set its own mutations apart. */
  beginSlice?: () => void;
  endSlice?: () => void;
  /** Stops the scan at the next slice. */
  signal?: AbortSignal;
  /**
   * `render`: the slice changed the page; let the browser draw it before going on. Resolves
   * with how long that frame took, if known (see yieldToPage).
   */
  yieldFn?: (options: { render: boolean }) => Promise<number | void>;
  now?: () => number;
}

/** The clock is read after this many text nodes, or sooner after this many characters. */
const CLOCK_EVERY_NODES = 8;
const CLOCK_EVERY_CHARS = 32_768;
/**
 * How many text nodes a slice may change. The browser lays out and paints what a slice
 * changed in the frame after it, outside the slice; that frame costs a fixed part that grows
 * with the size of the page (in headless Chromium on a busy machine, changing a single node of
 * a 16 MB page cost a frame of over 100 ms)
 * plus a part per changed paragraph. The budget starts at FIRST_CHANGES and follows the
 * frames measured while marking: it aims at FRAME_TARGET_MS, or, where the fixed part alone
 * exceeds that, at frames twice the fixed part, so that as few such frames as possible are
 * spent on our changes.
 */
const FIRST_CHANGES = 200;
const MIN_CHANGES = 50;
const MAX_CHANGES = 5000;
const FRAME_TARGET_MS = 30;
/**
 * Where every frame is long anyway, slices may be this long (still under the 50 ms of a long
 * task), so that fewer of those frames are needed.
 */
const LONG_SLICE_MS = 30;

export interface ChangeBudget {
  changes: number;
  /** Shortest frame seen, the estimate of the fixed part. */
  shortestFrameMs: number;
}

/** The budget after a frame that took `frameMs` to show a slice that made `changes` changes. */
export function nextChangeBudget(budget: ChangeBudget, changes: number, frameMs: number): ChangeBudget {
  const shortestFrameMs = Math.min(budget.shortestFrameMs, frameMs);
  // A slice that ended on time, not on changes, says little about the cost per change.
  if (changes < budget.changes) return { changes: budget.changes, shortestFrameMs };
  const target = Math.max(FRAME_TARGET_MS, 2 * shortestFrameMs);
  const factor = Math.min(2, Math.max(0.5, target / Math.max(frameMs, 1)));
  return { changes: Math.round(Math.min(MAX_CHANGES, Math.max(MIN_CHANGES, budget.changes * factor))), shortestFrameMs };
}

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
  let budget: ChangeBudget = { changes: FIRST_CHANGES, shortestFrameMs: Infinity };
  while (next) {
    if (options.signal?.aborted) return;
    options.beginSlice?.();
    const framesAreLong = Number.isFinite(budget.shortestFrameMs) && budget.shortestFrameMs > FRAME_TARGET_MS;
    const deadline = now() + (framesAreLong ? Math.max(sliceMs, LONG_SLICE_MS) : sliceMs);
    let count = 0;
    let chars = 0;
    let changes = 0;
    while (next) {
      const current = next;
      next = walker.nextNode();
      chars += current.length; // before the visit, which may split the node
      if (options.visit(current) === true && ++changes >= budget.changes) break;
      if (++count >= CLOCK_EVERY_NODES || chars >= CLOCK_EVERY_CHARS) {
        count = 0;
        chars = 0;
        if (now() >= deadline) break;
      }
    }
    options.endSlice?.();
    if (!next) return;
    const frameMs = await yieldFn({ render: changes > 0 });
    if (typeof frameMs === 'number') budget = nextChangeBudget(budget, changes, frameMs);
    if (!root.contains(next)) {
      walker = createTextWalker(root);
      next = walker.nextNode();
    } else {
      walker.forgetAncestors();
    }
  }
}
