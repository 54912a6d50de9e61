/**
 * Gives the page's own work a turn. scheduler.yield keeps our place ahead of other tasks.
 *
 * With `render`, waits until the browser has drawn a frame: wrapping text re-lays out every
 * paragraph it touches, and the browser does that in its next frame, outside our slice. Left
 * to itself it would run several of our slices first and then lay out all their changes in
 * one frame far longer than 50 ms; one frame per batch of changes keeps each frame short.
 * Resolves with how long that frame took, when known.
 * Hidden pages draw no frames and lay nothing out, so they only yield.
 */
export function yieldToPage(options: { render?: boolean } = {}): Promise<number | void> {
  if (options.render && typeof requestAnimationFrame === 'function' && document.visibilityState !== 'hidden') {
    return new Promise((resolve) => {
      let done = false;
      const finish = (frameMs?: number) => {
        if (done) return;
        done = true;
        resolve(frameMs);
      };
      // A task queued from the frame's callback runs after that frame's style, layout and
      // paint: the time in between is what the frame cost.
      requestAnimationFrame(() => {
        const frameStart = performance.now();
        setTimeout(() => finish(performance.now() - frameStart), 0);
      });
      setTimeout(() => finish(), FRAME_WAIT_LIMIT_MS);
    });
  }
  const scheduler = (globalThis as { scheduler?: { yield?: () => Promise<void> } }).scheduler;
  if (typeof scheduler?.yield === 'function') return scheduler.yield();
  return new Promise((resolve) => {
    // A MessageChannel task runs sooner than setTimeout(0), which browsers clamp when nested.
    if (typeof MessageChannel === 'function') {
      const channel = new MessageChannel();
      channel.port1.onmessage = () => {
        channel.port1.close();
        resolve();
      };
      channel.port2.postMessage(null);
    } else {
      setTimeout(resolve, 0);
    }
  });
}

/** Should a frame not come (a page being hidden just then), the scan goes on after this. */
const FRAME_WAIT_LIMIT_MS = 100;
