import type { TextMatch } from './types';

/** The State names found in one text node, as they were when it was read. */
export interface NodeMentions {
  readonly node: Text;
  /** The node's text when it was read: if the page changes it, the offsets are stale. */
  readonly data: string;
  readonly matches: readonly TextMatch[];
  /** Live ranges over the matches while they are registered as highlights, else null. */
  ranges: Range[] | null;
  /** Set when the entry left the index (it may still sit in the ordered list until compacted). */
  removed?: boolean;
}

/** One mention: a State name at offsets of a text node. */
export interface Mention {
  node: Text;
  start: number;
  end: number;
  iso2: string;
}

const FOLLOWING = 4; // Node.DOCUMENT_POSITION_FOLLOWING
const CONTAINED_BY = 16; // Node.DOCUMENT_POSITION_CONTAINED_BY

/**
 * Every mention on the page, kept per text node (the node and offsets, not ranges: a page
 * holds tens of thousands, and each live range costs the browser work on every change to the
 * page). Entries are kept in document order, which is what lets marking register only the
 * mentions around the visible part of the page and lets the panel step through a State's
 * mentions in reading order.
 */
export class MentionIndex {
  private readonly byNode = new Map<Text, NodeMentions>();
  private ordered: NodeMentions[] = [];
  private removedCount = 0;
  private mentions = 0;

  get size(): number {
    return this.byNode.size;
  }

  /** Number of mentions (State names) in all. */
  get mentionCount(): number {
    return this.mentions;
  }

  get(node: Text): NodeMentions | undefined {
    return this.byNode.get(node);
  }

  /** The entries in document order (removed ones dropped first). */
  entries(): readonly NodeMentions[] {
    this.compact();
    return this.ordered;
  }

  /** A new entry for `node`, not yet placed in the document order. */
  static entry(node: Text, matches: readonly TextMatch[]): NodeMentions {
    return { node, data: node.data, matches, ranges: null };
  }

  /** Replaces the whole order (after a walk of the page in document order). */
  replaceAll(entries: NodeMentions[]): void {
    const kept = new Set(entries);
    for (const old of this.byNode.values()) if (!kept.has(old)) old.removed = true;
    this.byNode.clear();
    this.mentions = 0;
    for (const e of entries) {
      e.removed = false;
      this.byNode.set(e.node, e);
      this.mentions += e.matches.length;
    }
    this.ordered = entries;
    this.removedCount = 0;
  }

  /** Adds an entry outside the document order (found before the full walk places it). */
  addUnordered(entry: NodeMentions): void {
    this.remove(entry.node);
    entry.removed = false;
    this.byNode.set(entry.node, entry);
    this.mentions += entry.matches.length;
  }

  /**
   * Inserts `run`, entries in document order that all lie inside `root`, where `root` lies in
   * the document order. Entries for the same nodes are replaced.
   */
  insertRun(root: Node, run: NodeMentions[]): void {
    if (run.length === 0) return;
    for (const e of run) this.remove(e.node);
    this.compact();
    const at = this.positionOf(root);
    this.ordered.splice(at, 0, ...run);
    for (const e of run) {
      e.removed = false;
      this.byNode.set(e.node, e);
      this.mentions += e.matches.length;
    }
  }

  remove(node: Text): NodeMentions | undefined {
    const entry = this.byNode.get(node);
    if (!entry) return undefined;
    this.byNode.delete(node);
    this.mentions -= entry.matches.length;
    entry.removed = true;
    this.removedCount++;
    return entry;
  }

  /**
   * Index of the first entry at or after `node` in document order (an entry inside `node`
   * counts as after it). Entries must be connected: drop disconnected ones first.
   */
  positionOf(node: Node): number {
    this.compact();
    let lo = 0;
    let hi = this.ordered.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      const other = this.ordered[mid]!.node;
      const position = other === node ? 0 : node.compareDocumentPosition(other);
      if (other === node || position & FOLLOWING || position & CONTAINED_BY) hi = mid;
      else lo = mid + 1;
    }
    return lo;
  }

  /** The mention of `node` that covers `offset` (its end included), if any. */
  mentionAt(node: Text, offset: number): { entry: NodeMentions; index: number } | undefined {
    const entry = this.byNode.get(node);
    if (!entry || entry.data !== node.data) return undefined;
    const matches = entry.matches;
    for (let i = 0; i < matches.length; i++) {
      const m = matches[i]!;
      if (offset < m.start) return undefined;
      if (offset <= m.end) return { entry, index: i };
    }
    return undefined;
  }

  /** Removes entries whose node left the document or whose text the page changed. */
  dropStale(isStale: (entry: NodeMentions) => boolean): NodeMentions[] {
    const dropped: NodeMentions[] = [];
    for (const entry of this.byNode.values()) {
      if (isStale(entry)) dropped.push(entry);
    }
    for (const entry of dropped) this.remove(entry.node);
    return dropped;
  }

  /** Mentions per State, in order of first appearance. */
  countsByState(): Map<string, number> {
    const counts = new Map<string, number>();
    for (const entry of this.entries()) {
      for (const m of entry.matches) counts.set(m.iso2, (counts.get(m.iso2) ?? 0) + 1);
    }
    return counts;
  }

  /** The mentions of one State, in document order. */
  mentionsOf(iso2: string): Mention[] {
    const out: Mention[] = [];
    for (const entry of this.entries()) {
      for (const m of entry.matches) if (m.iso2 === iso2) out.push({ node: entry.node, start: m.start, end: m.end, iso2 });
    }
    return out;
  }

  clear(): void {
    for (const e of this.byNode.values()) e.removed = true;
    this.byNode.clear();
    this.ordered = [];
    this.removedCount = 0;
    this.mentions = 0;
  }

  private compact(): void {
    if (this.removedCount === 0) {
      return;
    }
    this.ordered = this.ordered.filter((e) => !e.removed);
    this.removedCount = 0;
  }
}

/**
 * The part of `entries` to register as highlights: at most about `limit` mentions around
 * `center` (an index into `entries`), or everything when the page has no more than that.
 */
export function windowAround(entries: readonly NodeMentions[], center: number, limit: number): [number, number] {
  let a = Math.max(0, Math.min(center, entries.length));
  let b = a;
  let count = 0;
  while (count < limit && (a > 0 || b < entries.length)) {
    if (b < entries.length) count += entries[b++]!.matches.length;
    if (a > 0 && count < limit) count += entries[--a]!.matches.length;
  }
  return [a, b];
}
