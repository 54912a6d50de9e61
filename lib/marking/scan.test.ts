import { describe, expect, it } from 'vitest';
import { nextChangeBudget, scanTextNodes } from './scan';

describe('nextChangeBudget', () => {
  const start = { changes: 200, shortestFrameMs: Infinity };

  it('grows while frames stay short and shrinks when they get long', () => {
    expect(nextChangeBudget(start, 200, 10).changes).toBe(400);
    expect(nextChangeBudget({ changes: 200, shortestFrameMs: 10 }, 200, 60).changes).toBe(100);
  });

  it('learns nothing about changes from a slice that ended on time', () => {
    const next = nextChangeBudget(start, 20, 90);
    expect(next.changes).toBe(200);
    expect(next.shortestFrameMs).toBe(90);
  });

  it('on a page whose every frame is long, aims at twice the shortest frame instead', () => {
    const budget = { changes: 200, shortestFrameMs: 140 };
    // 280 ms is the aim: a 200 ms frame lets the budget grow, a 560 ms one halves it.
    expect(nextChangeBudget(budget, 200, 200).changes).toBe(280);
    expect(nextChangeBudget(budget, 200, 560).changes).toBe(100);
  });

  it('stays within its bounds', () => {
    expect(nextChangeBudget({ changes: 60, shortestFrameMs: 5 }, 60, 1000).changes).toBe(50);
    expect(nextChangeBudget({ changes: 4000, shortestFrameMs: 5 }, 4000, 1).changes).toBe(5000);
  });
});

describe('scanTextNodes change budget', () => {
  it('ends a slice after the budgeted number of changes and asks for a frame', async () => {
    const root = document.createElement('div');
    for (let i = 0; i < 450; i++) root.appendChild(document.createElement('p')).textContent = `paragraph ${i}`;
    const slices: Array<{ visited: number; render: boolean }> = [];
    let visited = 0;
    await scanTextNodes(root, {
      sliceMs: 1e9,
      visit: () => {
        visited++;
        return true;
      },
      yieldFn: async ({ render }) => {
        slices.push({ visited, render });
        visited = 0;
        return 1; // frames are cheap: the budget doubles each time
      },
    });
    slices.push({ visited, render: false });
    expect(slices.map((s) => s.visited)).toEqual([200, 250]);
    expect(slices[0]!.render).toBe(true);
  });

  it('lengthens its slices once every frame has been long', async () => {
    const root = document.createElement('div');
    for (let i = 0; i < 200; i++) root.appendChild(document.createElement('p')).textContent = `paragraph ${i}`;
    let clock = 0;
    let visited = 0;
    const slices: number[] = [];
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
        return 100;
      },
    });
    expect(slices[0]).toBe(8);
    expect(slices[1]).toBe(32);
  });
});
