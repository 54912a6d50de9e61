import { SKIP } from './normalize';

/**
 * Aho-Corasick automaton over folded UTF-16 code units, flattened into typed arrays.
 *
 * Each node's outgoing edges sit in one sorted run of `edgeChar`/`edgeTarget` (binary search),
 * so memory grows with the number of trie nodes, not with the alphabet (Chinese names alone
 * use several hundred distinct code units). Scanning is one pass, linear in the text length and
 * independent of the number of names; a bitmap of every code unit that occurs in any name lets
 * the scanner jump back to the root without a search on most characters of ordinary text.
 */
export interface Automaton {
  readonly edgeStart: Int32Array;
  readonly edgeChar: Uint16Array;
  readonly edgeTarget: Int32Array;
  readonly fail: Int32Array;
  /** Pattern id that ends at this node, or -1. */
  readonly output: Int32Array;
  /** Nearest node on the failure chain (excluding itself) that has an output, or -1. */
  readonly dictLink: Int32Array;
  readonly patternLength: Int32Array;
  /** Bit set over code units that occur in any pattern. */
  readonly alphabet: Uint32Array;
  readonly maxLength: number;
}

/** Builds the automaton; pattern ids are indexes into `keys`. Keys must be distinct and non-empty. */
export function buildAutomaton(keys: readonly string[]): Automaton {
  const children: Array<Map<number, number>> = [new Map()];
  const output: number[] = [-1];
  const alphabet = new Uint32Array(0x10000 / 32);
  let maxLength = 0;
  keys.forEach((key, id) => {
    let node = 0;
    for (let i = 0; i < key.length; i++) {
      const c = key.charCodeAt(i);
      alphabet[c >>> 5]! |= 1 << (c & 31);
      const map = children[node]!;
      let next = map.get(c);
      if (next === undefined) {
        next = children.length;
        children.push(new Map());
        output.push(-1);
        map.set(c, next);
      }
      node = next;
    }
    if (output[node] !== -1) throw new Error(`duplicate pattern key: ${key}`);
    output[node] = id;
    maxLength = Math.max(maxLength, key.length);
  });

  // Renumber nodes in breadth-first order: failure links then always point to lower numbers.
  const order: number[] = [0];
  for (let i = 0; i < order.length; i++) {
    for (const child of children[order[i]!]!.values()) order.push(child);
  }
  const renumber = new Int32Array(children.length);
  order.forEach((old, idx) => (renumber[old] = idx));
  const n = children.length;
  const edgeStart = new Int32Array(n + 1);
  let edgeCount = 0;
  for (const m of children) edgeCount += m.size;
  const edgeChar = new Uint16Array(edgeCount);
  const edgeTarget = new Int32Array(edgeCount);
  const out = new Int32Array(n);
  let e = 0;
  order.forEach((old, idx) => {
    edgeStart[idx] = e;
    const sorted = [...children[old]!.entries()].sort((a, b) => a[0] - b[0]);
    for (const [c, target] of sorted) {
      edgeChar[e] = c;
      edgeTarget[e] = renumber[target]!;
      e++;
    }
    out[idx] = output[old]!;
  });
  edgeStart[n] = e;

  const automaton = {
    edgeStart,
    edgeChar,
    edgeTarget,
    fail: new Int32Array(n),
    output: out,
    dictLink: new Int32Array(n).fill(-1),
    patternLength: Int32Array.from(keys, (k) => k.length),
    alphabet,
    maxLength,
  };
  const { fail, dictLink } = automaton;
  for (let node = 0; node < n; node++) {
    for (let k = edgeStart[node]!; k < edgeStart[node + 1]!; k++) {
      const child = edgeTarget[k]!;
      if (node === 0) {
        fail[child] = 0;
      } else {
        let f = fail[node]!;
        let next = step(automaton, f, edgeChar[k]!);
        while (next < 0 && f !== 0) {
          f = fail[f]!;
          next = step(automaton, f, edgeChar[k]!);
        }
        fail[child] = next < 0 ? 0 : next;
      }
      const f = fail[child]!;
      dictLink[child] = out[f]! >= 0 ? f : dictLink[f]!;
    }
  }
  return automaton;
}

/** The child of `node` on code unit `c`, or -1. */
function step(a: Pick<Automaton, 'edgeStart' | 'edgeChar' | 'edgeTarget'>, node: number, c: number): number {
  let lo = a.edgeStart[node]!;
  let hi = a.edgeStart[node + 1]! - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >>> 1;
    const v = a.edgeChar[mid]!;
    if (v === c) return a.edgeTarget[mid]!;
    if (v < c) lo = mid + 1;
    else hi = mid - 1;
  }
  return -1;
}

/**
 * Called for every pattern occurrence: `start`/`end` are UTF-16 offsets in the original text
 * (end exclusive); skipped code units inside the occurrence are covered by it.
 */
export type OccurrenceHandler = (patternId: number, start: number, end: number) => void;

/**
 * Scans `text` once. Runs of spaces count as one space, SKIP units are invisible, so
 * "Sri\u00a0\n  Lanka" and "Sri Lanka" are the same to the automaton.
 */
export function scan(a: Automaton, fold: Uint16Array, text: string, onOccurrence: OccurrenceHandler): void {
  const { fail, output, dictLink, patternLength, alphabet } = a;
  // Text offsets of the last `ringSize` consumed code units, to recover where an occurrence starts.
  let ringSize = 1;
  while (ringSize < a.maxLength + 1) ringSize <<= 1;
  const ring = new Int32Array(ringSize);
  const mask = ringSize - 1;
  let consumed = 0;
  let state = 0;
  let lastWasSpace = true;
  for (let i = 0; i < text.length; i++) {
    const f = fold[text.charCodeAt(i)]!;
    if (f === SKIP) continue;
    if (f === 0x20) {
      if (lastWasSpace) continue;
      lastWasSpace = true;
    } else lastWasSpace = false;
    ring[consumed & mask] = i;
    consumed++;
    if ((alphabet[f >>> 5]! & (1 << (f & 31))) === 0) {
      state = 0;
      continue;
    }
    let next = step(a, state, f);
    while (next < 0 && state !== 0) {
      state = fail[state]!;
      next = step(a, state, f);
    }
    state = next < 0 ? 0 : next;
    let node = output[state]! >= 0 ? state : dictLink[state]!;
    while (node >= 0) {
      const id = output[node]!;
      onOccurrence(id, ring[(consumed - patternLength[id]!) & mask]!, i + 1);
      node = dictLink[node]!;
    }
  }
}
