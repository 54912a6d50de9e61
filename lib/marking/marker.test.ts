import { afterEach, describe, expect, it } from 'vitest';
import { createMarker, FIRST_SCREEN_MEASURE, SCAN_MEASURE, type FindContext, type Marker } from '@/lib/marking';
import { HUGE_BATCH, planMutationWork } from '@/lib/marking/mutations';
import { codesShown, noYield, recordingLayer, shown, testFind } from '@/tests/support/marking-test-names';

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
/** MutationObserver callbacks are microtasks; let them run, then the batched flush. */
const settle = () => new Promise((r) => setTimeout(r, 0));
const afterChanges = async () => {
  await settle();
  await runIdle();
  await settle();
};

let marker: Marker | undefined;
afterEach(() => {
  marker?.stop();
  document.body.replaceChildren();
  idleQueue = [];
});

function setUp(html: Array<Node | string>, extra: Partial<Parameters<typeof createMarker>[0]> = {}) {
  const root = document.createElement('div');
  root.append(...html);
  document.body.appendChild(root);
  const layer = recordingLayer();
  marker = createMarker({ root, find, whenIdle, yieldFn: noYield, layer, ...extra });
  return { root, marker, layer };
}

describe('createMarker', () => {
  it('shows each name as a highlight range and changes nothing in the page', async () => {
    const code = document.createElement('code');
    code.textContent = 'China';
    const input = document.createElement('input');
    input.value = 'Egypt';
    const editable = document.createElement('div');
    editable.setAttribute('contenteditable', 'true');
    editable.textContent = 'Belarus';
    const link = document.createElement('a');
    link.href = '#niger';
    link.textContent = 'Niger';
    const { root, marker, layer } = setUp(['Egypt and ', code, input, editable, ' Burundi ', link]);
    const before = root.innerHTML;
    const nodes = Array.from(root.childNodes);
    await marker.start();
    expect(shown(layer, root)).toEqual([['EG', 'Egypt'], ['BI', 'Burundi'], ['NE', 'Niger']]);
    expect(root.innerHTML).toBe(before);
    expect(Array.from(root.childNodes)).toEqual(nodes);
    expect(marker.index.mentionCount).toBe(3);
  });

  it('records performance measures for the first screen and for the whole scan', async () => {
    const { marker } = setUp(['Egypt']);
    performance.clearMeasures(SCAN_MEASURE);
    performance.clearMeasures(FIRST_SCREEN_MEASURE);
    await marker.start();
    expect(performance.getEntriesByName(SCAN_MEASURE, 'measure')).toHaveLength(1);
    expect(performance.getEntriesByName(FIRST_SCREEN_MEASURE, 'measure')).toHaveLength(1);
  });

  it('shows the text around the reader first, then the rest in one batch', async () => {
    const paragraphs = Array.from({ length: 400 }, (_, i) => {
      const p = document.createElement('p');
      p.textContent = `${'Lorem ipsum dolor sit amet. '.repeat(20)}${i % 2 ? 'Egypt' : 'China'}`;
      return p;
    });
    const middle = paragraphs[300]!;
    const commits: number[] = [];
    const { root, marker, layer } = setUp(paragraphs, { probe: () => middle.firstChild });
    const commit = layer.commit.bind(layer);
    layer.commit = () => {
      commit();
      commits.push(layer.registered);
    };
    await marker.start();
    // The first batch holds the text around paragraph 300, not the top of the page.
    expect(commits.length).toBeGreaterThanOrEqual(2);
    expect(commits[0]).toBeGreaterThan(0);
    expect(commits[0]).toBeLessThan(400);
    expect(commits.at(-1)).toBe(400);
    expect(codesShown(layer, middle)).toEqual(['CN']);
    expect(root.childNodes).toHaveLength(400);
  });

  it('follows content the page adds later, in one batch', async () => {
    const { root, marker, layer } = setUp(['Egypt']);
    await marker.start();
    const section = document.createElement('section');
    const p1 = section.appendChild(document.createElement('p'));
    p1.append('Reprisals by ', Object.assign(document.createElement('b'), { textContent: 'China' }));
    section.appendChild(document.createElement('p')).textContent = 'Venezuela';
    root.appendChild(section);
    root.appendChild(document.createTextNode(' and Belarus'));
    await settle();
    expect(codesShown(layer, root)).toEqual(['EG']);
    const commits = layer.commits;
    await runIdle();
    await settle();
    expect(codesShown(layer, root)).toEqual(['EG', 'CN', 'VE', 'BY']);
    expect(layer.commits).toBe(commits + 1);
    // In document order in the index too (the panel steps through them in reading order).
    expect(marker.index.entries().map((e) => e.matches[0]!.iso2)).toEqual(['EG', 'CN', 'VE', 'BY']);
  });

  it('reads again text the page changed, and drops what it removed', async () => {
    const p = document.createElement('p');
    p.textContent = 'Report about Belarus today';
    const gone = document.createElement('p');
    gone.textContent = 'Burundi';
    const { root, marker, layer } = setUp([p, gone]);
    await marker.start();
    expect(codesShown(layer, root)).toEqual(['BY', 'BI']);
    (p.firstChild as Text).data = 'Report about Chad today';
    gone.remove();
    await afterChanges();
    expect(shown(layer, root)).toEqual([['TD', 'Chad']]);
    expect(layer.registered).toBe(1);
    expect(marker.index.mentionCount).toBe(1);
  });

  it('re-reads a text node the page moved elsewhere', async () => {
    const a = document.createElement('div');
    const b = document.createElement('div');
    a.textContent = 'Egypt';
    b.textContent = 'China';
    const { root, marker, layer } = setUp([a, b]);
    await marker.start();
    root.insertBefore(b.firstChild!, a);
    await afterChanges();
    expect(codesShown(layer, root)).toEqual(['CN', 'EG']);
    expect(marker.index.entries().map((e) => e.node.data)).toEqual(['China', 'Egypt']);
  });

  it('stop: unregisters every highlight; the page was never changed', async () => {
    const { root, marker, layer } = setUp(['Egypt, China, Belarus']);
    const before = root.innerHTML;
    await marker.start();
    expect(layer.registered).toBe(3);
    marker.stop();
    expect(layer.registered).toBe(0);
    expect(root.innerHTML).toBe(before);
    expect(marker.running).toBe(false);
  });

  it('registers at most the limit, around where the reader is, on a page with many names', async () => {
    const paragraphs = Array.from({ length: 60 }, (_, i) => {
      const p = document.createElement('p');
      p.textContent = `Egypt ${i}`;
      return p;
    });
    let at: Node = paragraphs[50]!;
    const { marker, layer } = setUp(paragraphs, { registerLimit: 10, probe: () => at });
    await marker.start();
    expect(layer.registered).toBe(10);
    const texts = () => shown(layer, document.body).map(([, text]) => text);
    expect(texts()).toHaveLength(10);
    const shownParagraphs = () =>
      paragraphs.filter((p) => [...layer.ranges.get('EG')!].some((r) => p.contains(r.startContainer))).map((p) => paragraphs.indexOf(p));
    expect(shownParagraphs()).toEqual([45, 46, 47, 48, 49, 50, 51, 52, 53, 54]);
    at = paragraphs[5]!;
    marker.updateWindow();
    expect(shownParagraphs()).toEqual([0, 1, 2, 3, 4, 5, 6, 7, 8, 9]);
    expect(marker.index.mentionCount).toBe(60);
  });

  it('passes the language of each text to the matcher', async () => {
    const seen: Array<[string, string | undefined]> = [];
    const fr = document.createElement('p');
    fr.lang = 'fr';
    fr.textContent = 'Égypte';
    const { marker } = setUp([fr, 'Egypt'], {
      find: (text: string, context?: FindContext) => {
        seen.push([text, context?.pageLanguage]);
        return find(text);
      },
    });
    document.documentElement.lang = 'en';
    await marker.start();
    expect(seen).toContainEqual(['Égypte', 'fr']);
    expect(seen).toContainEqual(['Egypt', 'en']);
    document.documentElement.removeAttribute('lang');
  });

  it('finds the mention under a text position, and a range over any mention', async () => {
    const text = document.createTextNode('Egypt and China');
    const { marker } = setUp([text]);
    await marker.start();
    expect(marker.index.mentionAt(text, 3)?.entry.matches[0]!.iso2).toBe('EG');
    expect(marker.index.mentionAt(text, 7)).toBeUndefined();
    const [china] = marker.index.mentionsOf('CN');
    expect(marker.rangeOf(china!)!.toString()).toBe('China');
  });
});

describe('planMutationWork', () => {
  it('keeps added nodes and changed text, dropping those inside another and those no longer connected', () => {
    const root = document.createElement('div');
    document.body.appendChild(root);
    const section = root.appendChild(document.createElement('section'));
    const inner = section.appendChild(document.createElement('p'));
    const text = root.appendChild(document.createTextNode('Egypt'));
    const detached = document.createElement('p');
    const records = [
      { type: 'childList', target: root, addedNodes: [section], removedNodes: [] },
      { type: 'childList', target: section, addedNodes: [inner], removedNodes: [] },
      { type: 'characterData', target: text, addedNodes: [], removedNodes: [] },
      { type: 'childList', target: root, addedNodes: [detached], removedNodes: [document.createElement('b')] },
    ] as unknown as MutationRecord[];
    expect(planMutationWork(records)).toEqual({ kind: 'nodes', nodes: [section, text], removed: true });
  });

  it('rescans once for a storm of records', () => {
    const records = Array.from({ length: HUGE_BATCH + 1 }, () => ({ type: 'childList', addedNodes: [], removedNodes: [] })) as unknown as MutationRecord[];
    expect(planMutationWork(records)).toEqual({ kind: 'rescan' });
  });
});
