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
  /** Children of the root by code unit (0: none), the step taken most often while scanning. */
  readonly rootNext: Uint16Array;
  readonly maxLength: number;
  /** Scratch buffer of text offsets, reused by every scan (scans never nest). */
  readonly ring: Int32Array;
  /** Bit set over code units that are word characters (see `WordStarts`); empty if unused. */
  readonly word: Uint32Array;
  /** Bit set over code units that can only begin a name at the start of a word. */
  readonly wordStartOnly: Uint32Array;
}

/**
 * Names in spaced scripts only match at the start of a word (the matcher checks it), so the
 * automaton need not follow a name that would start in the middle of one: "egypt" inside
 * "legypt…", "niger" inside "…aniger". Telling it which code units are word characters and
 * which may only start a name at a word start lets it stay at the root inside words, which is
 * most of the letters of running text. Arabic (clitics) and Chinese (no spaces) are left out.
 */
export interface WordStarts {
  isWord(c: number): boolean;
  startsOnlyAtWordStart(c: number): boolean;
}

function bitset(test: (c: number) => boolean): Uint32Array {
  const bits = new Uint32Array(0x10000 / 32);
  for (let c = 0; c < 0x10000; c++) if (test(c)) bits[c >>> 5] = bits[c >>> 5]! | (1 << (c & 31));
  return bits;
}

function has(bits: Uint32Array, c: number): boolean {
  return (bits[c >>> 5]! & (1 << (c & 31))) !== 0;
}

/** Builds the automaton; pattern ids are indexes into `keys`. Keys must be distinct and non-empty. */
export function buildAutomaton(keys: readonly string[], wordStarts?: WordStarts): Automaton {
  // Inserting the keys in sorted order builds the trie without any hashing: each key shares
  // its longest common prefix with the previous one, and every node's children are created
  // in ascending code-unit order.
  const ids = keys.map((_, i) => i).sort((a, b) => (keys[a]! < keys[b]! ? -1 : keys[a]! > keys[b]! ? 1 : 0));
  let capacity = 1;
  let maxLength = 0;
  for (const k of keys) {
    if (k.length === 0) throw new Error('empty pattern key');
    capacity += k.length;
    maxLength = Math.max(maxLength, k.length);
  }
  const parentOf = new Int32Array(capacity); // creation-order node -> parent
  const charOf = new Uint16Array(capacity); // creation-order node -> code unit on its incoming edge
  const outputOf = new Int32Array(capacity).fill(-1);
  const path = new Int32Array(maxLength + 1);
  const alphabet = new Uint32Array(0x10000 / 32);
  let count = 1;
  let prev = '';
  for (const id of ids) {
    const key = keys[id]!;
    if (key === prev) throw new Error(`duplicate pattern key: ${key}`);
    let lcp = 0;
    while (lcp < key.length && lcp < prev.length && key.charCodeAt(lcp) === prev.charCodeAt(lcp)) lcp++;
    for (let d = lcp; d < key.length; d++) {
      const c = key.charCodeAt(d);
      alphabet[c >>> 5] = alphabet[c >>> 5]! | (1 << (c & 31));
      parentOf[count] = path[d]!;
      charOf[count] = c;
      path[d + 1] = count++;
    }
    outputOf[path[key.length]!] = id;
    prev = key;
  }
  const n = count;

  // Children lists in creation order, then renumbered breadth-first so that the root's children
  // are 1..k (they fit the compact root table) and failure links point to lower numbers.
  const childStart = new Int32Array(n + 1);
  for (let v = 1; v < n; v++) childStart[parentOf[v]! + 1]!++;
  for (let v = 0; v < n; v++) childStart[v + 1] = childStart[v + 1]! + childStart[v]!;
  const childList = new Int32Array(Math.max(0, n - 1));
  const fillAt = childStart.slice(0, n);
  for (let v = 1; v < n; v++) childList[fillAt[parentOf[v]!]!++] = v;
  const order = new Int32Array(n);
  const newId = new Int32Array(n);
  let tail = 1;
  for (let head = 0; head < n; head++) {
    const v = order[head]!;
    for (let k = childStart[v]!; k < childStart[v + 1]!; k++) {
      newId[childList[k]!] = tail;
      order[tail++] = childList[k]!;
    }
  }
  const edgeStart = new Int32Array(n + 1);
  const edgeChar = new Uint16Array(Math.max(0, n - 1));
  const edgeTarget = new Int32Array(Math.max(0, n - 1));
  const output = new Int32Array(n);
  let e = 0;
  for (let idx = 0; idx < n; idx++) {
    const v = order[idx]!;
    edgeStart[idx] = e;
    for (let k = childStart[v]!; k < childStart[v + 1]!; k++) {
      const child = childList[k]!;
      edgeChar[e] = charOf[child]!;
      edgeTarget[e++] = newId[child]!;
    }
    output[idx] = outputOf[v]!;
  }
  edgeStart[n] = e;
  if (edgeStart[1]! > 0xffff) throw new Error('too many first characters for the root table');
  const rootNext = new Uint16Array(0x10000);
  for (let k = edgeStart[0]!; k < edgeStart[1]!; k++) rootNext[edgeChar[k]!] = edgeTarget[k]!;

  let ringSize = 1;
  while (ringSize < maxLength + 1) ringSize <<= 1;
  const automaton: Automaton = {
    edgeStart,
    edgeChar,
    edgeTarget,
    fail: new Int32Array(n),
    output,
    dictLink: new Int32Array(n).fill(-1),
    patternLength: Int32Array.from(keys, (k) => k.length),
    alphabet,
    rootNext,
    maxLength,
    ring: new Int32Array(ringSize),
    word: wordStarts ? bitset((c) => wordStarts.isWord(c)) : new Uint32Array(0x10000 / 32),
    wordStartOnly: wordStarts ? bitset((c) => wordStarts.startsOnlyAtWordStart(c)) : new Uint32Array(0x10000 / 32),
  };
  // Failure links go to the longest proper suffix that is a trie node and could still be a
  // name: a suffix starting inside a word with a letter that only starts names at word starts
  // is skipped (see WordStarts). Each such suffix is a valid suffix of the parent plus one
  // code unit, or the code unit alone, which is valid unless it continues a word.
  const { fail, dictLink, word, wordStartOnly } = automaton;
  const inChar = new Uint16Array(n);
  for (let node = 0; node < n; node++) {
    for (let k = edgeStart[node]!; k < edgeStart[node + 1]!; k++) {
      const child = edgeTarget[k]!;
      const c = edgeChar[k]!;
      inChar[child] = c;
      if (node !== 0) {
        let f = fail[node]!;
        let next = -1;
        for (;;) {
          if (f === 0) {
            next = has(word, inChar[node]!) && has(wordStartOnly, c) ? -1 : step(automaton, 0, c);
            break;
          }
          next = step(automaton, f, c);
          if (next >= 0) break;
          f = fail[f]!;
        }
        fail[child] = next < 0 ? 0 : next;
      }
      const f = fail[child]!;
      dictLink[child] = output[f]! >= 0 ? f : dictLink[f]!;
    }
  }
  return automaton;
}

/** The child of `node` on code unit `c`, or -1. */
function step(a: Pick<Automaton, 'edgeStart' | 'edgeChar' | 'edgeTarget' | 'rootNext'>, node: number, c: number): number {
  if (node === 0) return a.rootNext[c]! || -1;
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
 * (end exclusive); skipped code units inside the occurrence are covered by it. The text offset
 * of the pattern's k-th code unit is `textOffset(a, last, length, k)`, where `last` is the
 * value passed here: the scanner's own mapping, so callers never redo the folding rules.
 */
export type OccurrenceHandler = (patternId: number, start: number, end: number, last: number) => void;

/** Text offset of the k-th code unit of an occurrence of a pattern of `length` units. */
export function textOffset(a: Automaton, last: number, length: number, k: number): number {
  return a.ring[(last - length + 1 + k) & (a.ring.length - 1)]!;
}

/**
 * Scans `text` once. Runs of spaces count as one space, SKIP units are invisible, so
 * "Sri\u00a0\n  Lanka" and "Sri Lanka" are the same to the automaton.
 */
export function scan(a: Automaton, fold: Uint16Array, text: string, onOccurrence: OccurrenceHandler): void {
  const { fail, output, dictLink, patternLength, alphabet, rootNext, word, wordStartOnly } = a;
  // Text offsets of the last consumed code units, to recover where an occurrence starts.
  const { ring } = a;
  const mask = ring.length - 1;
  let consumed = 0;
  let state = 0;
  let lastWasSpace = true;
  let inWord = false;
  for (let i = 0; i < text.length; i++) {
    const f = fold[text.charCodeAt(i)]!;
    if (f === SKIP) continue;
    if (f === 0x20) {
      if (lastWasSpace) continue;
      lastWasSpace = true;
    } else lastWasSpace = false;
    ring[consumed & mask] = i;
    consumed++;
    const continuesWord = inWord;
    inWord = (word[f >>> 5]! & (1 << (f & 31))) !== 0;
    if ((alphabet[f >>> 5]! & (1 << (f & 31))) === 0) {
      state = 0;
      continue;
    }
    for (;;) {
      if (state === 0) {
        // Inside a word, most letters cannot start a name: stay at the root without a lookup.
        if (!(continuesWord && (wordStartOnly[f >>> 5]! & (1 << (f & 31))) !== 0)) state = rootNext[f]!;
        break;
      }
      const next = step(a, state, f);
      if (next >= 0) {
        state = next;
        break;
      }
      state = fail[state]!;
    }
    let node = output[state]! >= 0 ? state : dictLink[state]!;
    while (node >= 0) {
      const id = output[node]!;
      onOccurrence(id, ring[(consumed - patternLength[id]!) & mask]!, i + 1, consumed - 1);
      node = dictLink[node]!;
    }
  }
}
