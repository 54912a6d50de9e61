import { describe, expect, it } from 'vitest';
import { scanTextNodes } from './scan';

describe('scanTextNodes', () => {
  it('yields between slices when a slice runs over its time budget', async () => {
    const root = document.createElement('div');
    for (let i = 0; i < 40; i++) root.appendChild(document.createElement('p')).textContent = `paragraph ${i}`;
    let clock = 0;
    const slices: number[] = [];
    let visited = 0;
    await scanTextNodes(root, {
      sliceMs: 8,
      now: () => clock,
      visit: () => {
        clock += 1;
        visited++;
      },
      yieldFn: async () => {
        slices.push(visited);
        visited = 0;
      },
    });
    slices.push(visited);
    expect(slices).toEqual([8, 8, 8, 8, 8]);
  });

  it('restarts when the page removed the next node while it yielded, and skips excluded text', async () => {
    const root = document.createElement('div');
    document.body.appendChild(root);
    // The clock is read every 8 nodes: the first slice ends after these.
    for (let i = 0; i < 8; i++) root.appendChild(document.createElement('p')).textContent = `first ${i}`;
    const second = root.appendChild(document.createElement('p'));
    second.textContent = 'second';
    root.appendChild(document.createElement('code')).textContent = 'code';
    const third = root.appendChild(document.createElement('p'));
    third.textContent = 'third';
    const seen: string[] = [];
    await scanTextNodes(root, {
      sliceMs: 0,
      now: () => 0,
      visit: (t) => void seen.push(t.data),
      yieldFn: async () => {
        if (second.isConnected) second.remove();
      },
    });
    // After the first slice the page removed "second"; the walk starts again from the top.
    const firsts = Array.from({ length: 8 }, (_, i) => `first ${i}`);
    expect(seen).toEqual([...firsts, ...firsts, 'third']);
    root.remove();
  });
});
