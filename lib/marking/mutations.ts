/** Above this many records in one batch, one rescan is cheaper than looking at each (Dark Reader). */
export const HUGE_BATCH = 1000;

export type MutationWork =
  | { kind: 'rescan' }
  /** Added subtrees and changed text nodes, connected, none inside another; `removed`: the page removed nodes. */
  | { kind: 'nodes'; nodes: Node[]; removed: boolean };

/**
 * Turns a batch of page mutations into the smallest set of subtrees to read again: nodes no
 * longer in the document are dropped, and so is every node whose ancestor is also in the set.
 * Removed nodes need no reading; the caller drops what it knew about them.
 */
export function planMutationWork(records: ReadonlyArray<MutationRecord>): MutationWork {
  if (records.length > HUGE_BATCH) return { kind: 'rescan' };
  const candidates = new Set<Node>();
  let removed = false;
  for (const record of records) {
    if (record.type === 'characterData') {
      candidates.add(record.target);
    } else if (record.type === 'childList') {
      if (record.removedNodes.length > 0) removed = true;
      for (const node of Array.from(record.addedNodes)) candidates.add(node);
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
  return { kind: 'nodes', nodes, removed };
}
