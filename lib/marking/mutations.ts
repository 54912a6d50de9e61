import { HOST_TAG, isMark } from './mark-element';

/** Above this many records in one batch, one rescan is cheaper than looking at each (Dark Reader). */
export const HUGE_BATCH = 1000;

export type MutationWork =
  | { kind: 'rescan' }
  | { kind: 'nodes'; nodes: Node[]; changedMarks: Element[] };

function isOurs(node: Node): boolean {
  if (isMark(node)) return true;
  return node.nodeType === 1 && (node as Element).localName === HOST_TAG;
}

/**
 * Turns a batch of page mutations into the smallest set of subtrees to scan: nodes no longer in
 * the document are dropped, and so is every node whose ancestor is also in the set. Marks whose
 * text the page changed are returned so they can be unwrapped and looked at again.
 */
export function planMutationWork(records: ReadonlyArray<MutationRecord>): MutationWork {
  if (records.length > HUGE_BATCH) return { kind: 'rescan' };
  const candidates = new Set<Node>();
  const changedMarks = new Set<Element>();
  for (const record of records) {
    if (record.type === 'characterData') {
      const parent = record.target.parentNode;
      if (isMark(parent)) changedMarks.add(parent);
      else candidates.add(record.target);
    } else if (record.type === 'childList') {
      if (isMark(record.target)) {
        changedMarks.add(record.target);
        continue;
      }
      for (const node of Array.from(record.addedNodes)) {
        if (!isOurs(node)) candidates.add(node);
      }
    }
  }
  const nodes: Node[] = [];
  for (const node of candidates) {
    if (!node.isConnected) continue;
    let covered = false;
    for (let up = node.parentNode; up; up = up.parentNode) {
      if (candidates.has(up)) {
        covered = true;
        break;
      }
    }
    if (!covered) nodes.push(node);
  }
  return { kind: 'nodes', nodes, changedMarks: [...changedMarks].filter((m) => m.isConnected) };
}
