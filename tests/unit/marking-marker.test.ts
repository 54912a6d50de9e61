import { afterEach, describe, expect, it } from 'vitest';
import { createMarker, MARK_TAG, scanTextNodes, SCAN_MEASURE, type Marker } from '@/lib/marking';
import { HUGE_BATCH, planMutationWork } from '@/lib/marking/mutations';
import { noYield, testFind } from './marking-test-names';

const find = testFind();
let idleQueue: Array<() => void> = [];
const whenIdle = (work: () => void) => void idleQueue.push(work);
async function runIdle(): Promise<void> {
  // Idle work may queue more idle work (a flush during a scan); run until quiet.
  for (let round = 0; round < 10 && idleQueue.length; round++) {
    const queue = idleQueue;
    idleQueue = [];
    queue.forEach((work) => work());
    await new Promise((r) => setTimeout(r, 0));
  }
}
/** MutationObserver callbacks are microtasks; let them run. */
const settle = () => new Promise((r) => setTimeout(r, 0));

let marker: Marker | undefined;
afterEach(() => {
  marker?.stop();
  document.body.replaceChildren();
  idleQueue = [];
});

function setUp(html: Array<Node | string>): { root: HTMLElement; marker: Marker } {
  const root = document.createElement('div');
  root.append(...html);
  document.body.appendChild(root);
  marker = createMarker({ root, find, label: (iso2) => `${iso2} — reprisal cases`, whenIdle, yieldFn: noYield });
  return { root, marker };
}
const codes = (root: Element) => Array.from(root.querySelectorAll(MARK_TAG)).map((m) => m.getAttribute('data-er-state'));

describe('createMarker', () => {
  it('marks text, skips code, form fields and editable regions', async () => {
    const code = document.createElement('code');
    code.textContent = 'China';
    const input = document.createElement('input');
    input.value = 'Egypt';
    const editable = document.createElement('div');
    editable.setAttribute('contenteditable', 'true');
    editable.textContent = 'Belarus';
    const { root, marker } = setUp(['Egypt and ', code, input, editable, ' Burundi']);
    await marker.start();
    expect(codes(root)).toEqual(['EG', 'BI']);
    expect(code.textContent).toBe('China');
    expect(editable.childNodes).toHaveLength(1);
  });

  it('records a performance measure for the first scan', async () => {
    const { marker } = setUp(['Egypt']);
    performance.clearMeasures(SCAN_MEASURE);
    await marker.start();
    expect(performance.getEntriesByName(SCAN_MEASURE, 'measure')).toHaveLength(1);
  });

  it('marks content the page adds later, in one batch', async () => {
    const { root, marker } = setUp(['Egypt']);
    await marker.start();
    const section = document.createElement('section');
    section.innerHTML = '<p>Reprisals by <b>China</b></p><p>Venezuela</p>';
    root.appendChild(section);
    root.appendChild(document.createTextNode(' and Belarus'));
    await settle();
    expect(codes(root)).toEqual(['EG']);
    await runIdle();
    expect(codes(root)).toEqual(['EG', 'CN', 'VE', 'BY']);
  });

  it('does not react to its own marks (no endless re-marking)', async () => {
    const { root, marker } = setUp(['Egypt, China, Belarus']);
    await marker.start();
    await settle();
    expect(idleQueue).toHaveLength(0);
    expect(root.querySelectorAll(MARK_TAG)).toHaveLength(3);
  });

  it('looks again at a mark whose text the page changed', async () => {
    const { root, marker } = setUp([document.createElement('p')]);
    const p = root.firstChild as HTMLElement;
    p.textContent = 'Egypt';
    await marker.start();
    const markText = root.querySelector(MARK_TAG)!.firstChild as Text;
    markText.data = 'Chad';
    await settle();
    await runIdle();
    expect(codes(root)).toEqual(['TD']);
    expect(root.textContent).toBe('Chad');
  });

  it('stops: disconnects and removes every mark', async () => {
    const { root, marker } = setUp(['Egypt and China']);
    const original = root.cloneNode(true);
    await marker.start();
    marker.stop();
    expect(root.isEqualNode(original)).toBe(true);
    root.appendChild(document.createTextNode('Burundi'));
    await settle();
    await runIdle();
    expect(root.querySelectorAll(MARK_TAG)).toHaveLength(0);
  });

  it('keeps event listeners on the page working', async () => {
    const button = document.createElement('button');
    button.textContent = 'Report on Egypt';
    let clicks = 0;
    button.addEventListener('click', () => clicks++);
    const { root, marker } = setUp([button]);
    await marker.start();
    const mark = root.querySelector(MARK_TAG) as HTMLElement;
    mark.click();
    expect(clicks).toBe(1);
    // Inside a button the mark is not a second tab stop.
    expect(mark.hasAttribute('tabindex')).toBe(false);
  });
});

describe('planMutationWork', () => {
  it('drops added nodes whose ancestor was also added', () => {
    const outer = document.createElement('div');
    const inner = outer.appendChild(document.createElement('p'));
    document.body.appendChild(outer);
    const record = (node: Node) => ({ type: 'childList', target: document.body, addedNodes: [node] }) as unknown as MutationRecord;
    const work = planMutationWork([record(outer), record(inner)]);
    expect(work).toEqual({ kind: 'nodes', nodes: [outer], changedMarks: [] });
  });

  it('rescans once for a storm of records', () => {
    const records = Array.from({ length: HUGE_BATCH + 1 }, () => ({ type: 'childList', addedNodes: [] }) as unknown as MutationRecord);
    expect(planMutationWork(records)).toEqual({ kind: 'rescan' });
  });
});

describe('scanTextNodes', () => {
  it('yields between slices when a slice runs over its time budget', async () => {
    const root = document.createElement('div');
    for (let i = 0; i < 200; i++) root.appendChild(document.createElement('p')).textContent = `Paragraph ${i}`;
    document.body.appendChild(root);
    let clock = 0;
    let yields = 0;
    const seen: string[] = [];
    await scanTextNodes(root, {
      visit: (t) => {
        clock += 1;
        seen.push(t.data);
      },
      sliceMs: 8,
      now: () => clock,
      yieldFn: async () => void yields++,
    });
    expect(seen).toHaveLength(200);
    expect(yields).toBeGreaterThanOrEqual(200 / 16 - 1);
  });

  it('restarts when the page removed the next node while it yielded', async () => {
    const root = document.createElement('div');
    const ps = Array.from({ length: 40 }, (_, i) => {
      const p = root.appendChild(document.createElement('p'));
      p.textContent = `Text ${i}`;
      return p;
    });
    document.body.appendChild(root);
    let clock = 0;
    const seen = new Set<string>();
    let removed = false;
    await scanTextNodes(root, {
      visit: (t) => {
        clock += 10;
        seen.add(t.data);
      },
      now: () => clock,
      yieldFn: async () => {
        if (!removed) {
          ps[16]!.remove();
          removed = true;
        }
      },
    });
    expect(seen.size).toBe(39);
  });
});
