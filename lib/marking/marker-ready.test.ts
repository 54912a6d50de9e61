import { afterEach, describe, expect, it } from 'vitest';
import { createMarker, SCAN_MEASURE, type Marker } from '@/lib/marking';
import { codesShown, noYield, recordingLayer, testFind } from '@/tests/support/marking-test-names';

/** A promise resolved from outside, standing in for the matcher's compile. */
function deferred() {
  let resolve!: () => void;
  const promise = new Promise<void>((r) => (resolve = r));
  return { promise, resolve };
}
const settle = () => new Promise((r) => setTimeout(r, 0));

let marker: Marker | undefined;
afterEach(() => {
  marker?.stop();
  document.body.replaceChildren();
});

function setUp(text: string, ready: () => Promise<unknown>) {
  const root = document.createElement('div');
  root.textContent = text;
  document.body.appendChild(root);
  const baseFind = testFind();
  let calls = 0;
  let idle: Array<() => void> = [];
  const layer = recordingLayer();
  marker = createMarker({
    layer,
    root,
    find: (t) => {
      calls++;
      return baseFind(t);
    },
    ready,
    whenIdle: (work) => void idle.push(work),
    yieldFn: noYield,
  });
  const runIdle = () => {
    const queue = idle;
    idle = [];
    queue.forEach((work) => work());
  };
  return { root, marker, layer, finds: () => calls, runIdle };
}

describe('a marker whose matcher is still being compiled', () => {
  it('scans only once the matcher is ready, and measures the scan alone', async () => {
    const compile = deferred();
    const { root, marker, layer, finds } = setUp('Egypt and China', () => compile.promise);
    performance.clearMeasures(SCAN_MEASURE);
    const started = marker.start();
    await settle();
    expect(finds()).toBe(0);
    expect(codesShown(layer, root)).toEqual([]);
    compile.resolve();
    await started;
    expect(codesShown(layer, root)).toEqual(['EG', 'CN']);
    expect(performance.getEntriesByName(SCAN_MEASURE, 'measure')).toHaveLength(1);
  });

  it('holds the page’s changes until then, and marks them after the first scan', async () => {
    const compile = deferred();
    const { root, marker, layer, finds, runIdle } = setUp('Egypt', () => compile.promise);
    const started = marker.start();
    root.append(document.createElement('p'));
    root.lastChild!.textContent = 'Belarus';
    await settle();
    runIdle();
    await settle();
    expect(finds()).toBe(0);
    compile.resolve();
    await started;
    await settle();
    runIdle();
    await settle();
    expect(codesShown(layer, root)).toEqual(['EG', 'BY']);
  });

  it('does not scan when stopped before the matcher is ready', async () => {
    const compile = deferred();
    const { root, marker, layer, finds } = setUp('Egypt', () => compile.promise);
    performance.clearMeasures(SCAN_MEASURE);
    const started = marker.start();
    marker.stop();
    compile.resolve();
    await started;
    expect(finds()).toBe(0);
    expect(codesShown(layer, root)).toEqual([]);
    expect(performance.getEntriesByName(SCAN_MEASURE, 'measure')).toHaveLength(0);
  });
});
