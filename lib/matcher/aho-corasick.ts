import { foldTablesSteps, SKIP } from './normalize';
import { runSteps, type Steps } from './steps';

/**
 * Aho-Corasick automaton over folded UTF-16 code units, flattened into typed arrays, built so
 * that scanning a page is one tight loop: per code unit one lookup in a class table (which
 * folds the unit and maps it into the compact alphabet of the names in one step), one or two
 * typed-array reads for the transition, and one read to see whether anything ends here.
 * Nothing is allocated and no function is called until a name may have been found.
 *
 * Nodes are numbered in depth-first order, so a name's nodes sit next to each other in memory
 * and a node's first child is found in one read; most nodes have a single child. The root and
 * nodes with many children have dense rows over the alphabet instead. Memory grows with the
 * number of trie nodes (Chinese names alone use a few hundred distinct characters, so dense
 * rows everywhere would not fit), and scanning time does not grow with the number of names.
 */
export interface Automaton {
  /** Symbol of every UTF-16 code unit of the text: SYM_SKIP, SYM_OTHER, SYM_OTHER_WORD, SYM_SPACE or an alphabet symbol. */
  readonly cls: Uint16Array;
  /** Symbols below this (and from SYM_FIRST) are word characters that may only start a name at a word start. */
  readonly startOnlyEnd: number;
  /** Symbols below this (and from SYM_FIRST) are word characters. */
  readonly wordEnd: number;
  readonly symbolCount: number;
  /** Incoming symbol of each node. */
  readonly sym: Uint16Array;
  /** First child of each node (0: none; the root is nobody's child). */
  readonly kid: Int32Array;
  /** Next sibling of each node (0: none). */
  readonly sib: Int32Array;
  /** Offset of the node's dense row in `rows`, or -1. */
  readonly rowOf: Int32Array;
  /** Dense rows: child by symbol (0: none). */
  readonly rows: Int32Array;
  readonly fail: Int32Array;
  /** Pattern id that ends at this node, or -1. */
  readonly output: Int32Array;
  /** Nearest node on the failure chain (excluding itself) that has an output, or -1. */
  readonly dictLink: Int32Array;
  /** 1 where some pattern ends at this node or on its failure chain. */
  readonly emits: Uint8Array;
  readonly patternLength: Int32Array;
  readonly maxLength: number;
}

/** Ignorable code unit (folds to SKIP): neither matched nor breaking a match. */
export const SYM_SKIP = 0;
/** A code unit in no name that does not continue a word (punctuation, spaces of other kinds…). */
export const SYM_OTHER = 1;
/** A code unit in no name that continues a word (digits, letters no name uses). */
export const SYM_OTHER_WORD = 2;
/** Any space; runs of spaces count as one. */
export const SYM_SPACE = 3;
const SYM_FIRST = 4;

/** Nodes with at least this many children get a dense row. */
const DENSE_CHILDREN = 6;

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

/** Builds the automaton; pattern ids are indexes into `keys`. Keys must be distinct and non-empty. */
export function buildAutomaton(keys: readonly string[], wordStarts?: WordStarts): Automaton {
  return runSteps(buildAutomatonSteps(keys, wordStarts));
}

/** Loops over all 65,536 code units pause every this many units (a fraction of a millisecond). */
const UNITS_PER_STEP = 0x800;
/** Trie nodes handled between pauses. */
const NODES_PER_STEP = 0x400;

/** buildAutomaton, pausing now and then (see steps.ts). */
export function* buildAutomatonSteps(keys: readonly string[], wordStarts?: WordStarts): Steps<Automaton> {
  const { fold } = yield* foldTablesSteps();
  // The alphabet: every folded code unit in a key, numbered by class so that the scanner tells
  // word characters and word-start-only characters apart with one comparison.
  const inKeys = new Uint8Array(0x10000);
  let capacity = 1;
  let maxLength = 0;
  for (const [i, k] of keys.entries()) {
    if (i % NODES_PER_STEP === 0) yield;
    if (k.length === 0) throw new Error('empty pattern key');
    capacity += k.length;
    maxLength = Math.max(maxLength, k.length);
    for (let i = 0; i < k.length; i++) inKeys[k.charCodeAt(i)] = 1;
  }
  const isWord = (c: number) => !!wordStarts?.isWord(c);
  const startOnly = (c: number) => !!wordStarts?.startsOnlyAtWordStart(c);
  const symbolOf = new Uint16Array(0x10000); // folded code unit -> symbol (0: not in the alphabet)
  let next = SYM_FIRST;
  for (let c = 0; c < 0x10000; c++) if (inKeys[c] && c !== 0x20 && isWord(c) && startOnly(c)) symbolOf[c] = next++;
  const startOnlyEnd = next;
  for (let c = 0; c < 0x10000; c++) if (inKeys[c] && c !== 0x20 && isWord(c) && !startOnly(c)) symbolOf[c] = next++;
  const wordEnd = next;
  for (let c = 0; c < 0x10000; c++) if (inKeys[c] && c !== 0x20 && !isWord(c)) symbolOf[c] = next++;
  symbolOf[0x20] = SYM_SPACE;
  const symbolCount = next;
  const cls = new Uint16Array(0x10000);
  for (let c = 0; c < 0x10000; c++) {
    if (c % UNITS_PER_STEP === 0) yield;
    const f = fold[c]!;
    cls[c] = f === SKIP ? SYM_SKIP : symbolOf[f] || (isWord(f) ? SYM_OTHER_WORD : SYM_OTHER);
  }

  // Inserting the keys in sorted order builds the trie without any hashing, numbered depth
  // first: each key shares its longest common prefix with the previous one.
  const ids = keys.map((_, i) => i).sort((a, b) => (keys[a]! < keys[b]! ? -1 : keys[a]! > keys[b]! ? 1 : 0));
  const sym = new Uint16Array(capacity);
  const kid = new Int32Array(capacity);
  const sib = new Int32Array(capacity);
  const lastKid = new Int32Array(capacity);
  const depth = new Int32Array(capacity);
  const outputOf = new Int32Array(capacity).fill(-1);
  const path = new Int32Array(maxLength + 1);
  let n = 1;
  let prev = '';
  for (const [i, id] of ids.entries()) {
    if (i % NODES_PER_STEP === 0) yield;
    const key = keys[id]!;
    if (key === prev) throw new Error(`duplicate pattern key: ${key}`);
    let lcp = 0;
    while (lcp < key.length && lcp < prev.length && key.charCodeAt(lcp) === prev.charCodeAt(lcp)) lcp++;
    for (let d = lcp; d < key.length; d++) {
      const parent = path[d]!;
      const node = n++;
      sym[node] = symbolOf[key.charCodeAt(d)]!;
      depth[node] = d + 1;
      if (kid[parent] === 0) kid[parent] = node;
      else sib[lastKid[parent]!] = node;
      lastKid[parent] = node;
      path[d + 1] = node;
    }
    outputOf[path[key.length]!] = id;
    prev = key;
  }

  const rowOf = new Int32Array(n).fill(-1);
  let rowCount = 0;
  for (let v = 0; v < n; v++) {
    if (v % NODES_PER_STEP === 0) yield;
    let children = 0;
    for (let c = kid[v]!; c !== 0; c = sib[c]!) children++;
    if (v === 0 || children >= DENSE_CHILDREN) rowOf[v] = rowCount++ * symbolCount;
  }
  const rows = new Int32Array(rowCount * symbolCount);
  for (let v = 0; v < n; v++) {
    if (v % NODES_PER_STEP === 0) yield;
    if (rowOf[v]! < 0) continue;
    for (let c = kid[v]!; c !== 0; c = sib[c]!) rows[rowOf[v]! + sym[c]!] = c;
  }

  const a: Automaton = {
    cls,
    startOnlyEnd,
    wordEnd,
    symbolCount,
    sym: sym.slice(0, n),
    kid: kid.slice(0, n),
    sib: sib.slice(0, n),
    rowOf,
    rows,
    fail: new Int32Array(n),
    output: outputOf.slice(0, n),
    dictLink: new Int32Array(n).fill(-1),
    emits: new Uint8Array(n),
    patternLength: Int32Array.from(keys, (k) => k.length),
    maxLength,
  };

  // Failure links, breadth first (a link always points to a shallower node). A link goes to the
  // longest proper suffix that is a trie node and could still be a name: a suffix starting
  // inside a word with a letter that only starts names at word starts is skipped (see
  // WordStarts). Each such suffix is a valid suffix of the parent plus one symbol, or the
  // symbol alone, which is valid unless it continues a word.
  const { fail, output, dictLink, emits } = a;
  const queue = new Int32Array(n);
  let tail = 1;
  for (let head = 0; head < tail; head++) {
    if (head % NODES_PER_STEP === 0) yield;
    const node = queue[head]!;
    for (let child = a.kid[node]!; child !== 0; child = a.sib[child]!) {
      queue[tail++] = child;
      const s = a.sym[child]!;
      if (node !== 0) {
        let f = fail[node]!;
        let target = 0;
        for (;;) {
          if (f === 0) {
            const inWord = a.sym[node]! >= SYM_FIRST && a.sym[node]! < wordEnd;
            target = inWord && s >= SYM_FIRST && s < startOnlyEnd ? 0 : childOf(a, 0, s);
            break;
          }
          target = childOf(a, f, s);
          if (target !== 0) break;
          f = fail[f]!;
        }
        fail[child] = target;
      }
      const f = fail[child]!;
      dictLink[child] = output[f]! >= 0 ? f : dictLink[f]!;
      emits[child] = output[child]! >= 0 || dictLink[child]! >= 0 ? 1 : 0;
    }
  }
  return a;
}

/** The child of `node` on symbol `s`, or 0. */
function childOf(a: Automaton, node: number, s: number): number {
  const row = a.rowOf[node]!;
  if (row >= 0) return a.rows[row + s]!;
  for (let c = a.kid[node]!; c !== 0; c = a.sib[c]!) if (a.sym[c] === s) return c;
  return 0;
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
export function scan(a: Automaton, text: string, onOccurrence: OccurrenceHandler): void {
  const { cls, sym, kid, sib, rowOf, rows, fail, emits, startOnlyEnd, wordEnd } = a;
  const length = text.length;
  let state = 0;
  let inWord = false;
  for (let i = 0; i < length; i++) {
    let x = cls[text.charCodeAt(i)]!;
    if (state === 0 && inWord) {
      // Inside a word at the root, letters that only start names at word starts change
      // nothing: run through them (most of the letters of running text).
      while ((x >= SYM_FIRST && x < startOnlyEnd) || x === SYM_OTHER_WORD || x === SYM_SKIP) {
        if (++i === length) return;
        x = cls[text.charCodeAt(i)]!;
      }
    }
    if (x < SYM_SPACE) {
      if (x !== SYM_SKIP) {
        state = 0;
        inWord = x === SYM_OTHER_WORD;
      }
      continue;
    }
    // A space after a space: the automaton has consumed one already (a node entered by a space,
    // or the root, where a second space changes nothing).
    if (x === SYM_SPACE && sym[state] === SYM_SPACE) continue;
    const continuesWord = inWord;
    inWord = x >= SYM_FIRST && x < wordEnd;
    for (;;) {
      if (state === 0) {
        // Inside a word, most letters cannot start a name: stay at the root without a lookup.
        state = continuesWord && x < startOnlyEnd && x >= SYM_FIRST ? 0 : rows[x]!;
        break;
      }
      const row = rowOf[state]!;
      let child = 0;
      if (row >= 0) child = rows[row + x]!;
      else {
        child = kid[state]!;
        while (child !== 0 && sym[child] !== x) child = sib[child]!;
      }
      if (child !== 0) {
        state = child;
        break;
      }
      state = fail[state]!;
    }
    if (emits[state] === 1) report(a, text, state, i, onOccurrence);
  }
}

/** Reports every pattern ending at `state` (the text's code unit `i`), longest first. */
function report(a: Automaton, text: string, state: number, i: number, onOccurrence: OccurrenceHandler): void {
  let node = a.output[state]! >= 0 ? state : a.dictLink[state]!;
  while (node >= 0) {
    const id = a.output[node]!;
    onOccurrence(id, startOf(a, text, i, a.patternLength[id]!), i + 1);
    node = a.dictLink[node]!;
  }
}

/**
 * Text offset of the first code unit of an occurrence of `length` folded units whose last unit
 * is at `last`: walks back over the units the scanner consumed (skipping SKIP units, and taking
 * the first space of a run of spaces, as the scanner did).
 */
function startOf(a: Automaton, text: string, last: number, length: number): number {
  const { cls } = a;
  let j = last;
  for (let k = length - 1; k > 0; k--) {
    j--;
    while (cls[text.charCodeAt(j)] === SYM_SKIP) j--;
    if (cls[text.charCodeAt(j)] === SYM_SPACE) {
      for (let p = j - 1; p >= 0; p--) {
        const x = cls[text.charCodeAt(p)]!;
        if (x === SYM_SKIP) continue;
        if (x === SYM_SPACE) j = p;
        else break;
      }
    }
  }
  return j;
}

