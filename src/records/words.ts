/**
 * Cue words: which registered words a stretch of text holds, and where a regex
 * can start. The records stage asks dozens of cue regexes about sentences and
 * the whole text; most of the time a word every match needs is absent. One
 * pass of an Aho-Corasick automaton over the release (lower-cased by code unit)
 * finds every occurrence of every registered word, and filters and scans read
 * those instead of running the regexes.
 *
 * Why it is exact: a match of a regex contains (in some case) each word its
 * pattern requires (patterns.ts), so a stretch without one of them holds no
 * match, and a regex whose matches begin with known words can only match where
 * one of them begins. Case-insensitive matching agrees with lower-casing by
 * code unit for the letters of the registered words, except for "ſ", which
 * matches "s" (EXOTIC_CHARS): a release holding it is "exotic", and there every
 * filter passes and every scan reads the whole text, as before the index existed.
 *
 * (The shared token layer was tried first: a memo of the words inside each
 * distinct token cost more per token, in cache misses, than this automaton
 * costs per character.)
 */
import { lowerCode } from "../tokens/chars.js";
import { leadingWords, requiredItems, splitTop } from "./patterns.js";

/** Letters and digits of Latin script: what a registered word is made of (or one punctuation mark). */
const WORD_CHARS = /^[0-9A-Za-z\u00C0-\u00D6\u00D8-\u00F6\u00F8-\u024F\u1E00-\u1EFF]+$/;
/**
 * Characters that case-insensitive matching (i or iu) takes for a letter of a registered word while
 * lower-casing by code unit does not: "ſ" matches "s" (brute-forced over the BMP, test in
 * words.test.ts).
 */
export const EXOTIC_CHARS: readonly number[] = [0x017f];
// Shorter words say little ("in", "am") and occur everywhere: an item holding one is not filtered on.
const MIN_WORD = 3;
// Function words are in nearly every sentence: an item holding one is not filtered on either (a closed class:
// articles, "sich", conjunctions, short prepositions, auxiliaries).
const FUNCTION_WORDS = new Set([
  "der", "die", "das", "den", "dem", "des", "ein", "eine", "einen", "einem", "einer", "eines", "sich", "und", "oder",
  "von", "vom", "mit", "auf", "aus", "bei", "beim", "ins", "zum", "zur", "für", "über", "durch", "nach", "vor",
  "ist", "sind", "war", "waren", "hat", "haben", "hatte", "hatten", "wird", "werden", "sein", "ihr",
]);

// ---------------------------------------------------------------- registry

const ids = new Map<string, number>();
const words: string[] = [];
/** The registered words of every scan made so far (for tests and tuning). */
export function registeredWords(): readonly string[] {
  prepareAll();
  return words;
}
let registryVersion = 0;

/**
 * Whether `w` (lower case) can be a registered word: a run of letters or digits, or one punctuation
 * mark. A function word says nothing about a sentence, but where a match begins it still narrows the
 * places to try (`lead`).
 */
function indexable(w: string, lead = false): boolean {
  if (WORD_CHARS.test(w)) return w.length >= MIN_WORD && (lead || !FUNCTION_WORDS.has(w));
  return w.length === 1 && !/[\p{L}\p{N}\s]/u.test(w);
}

function register(word: string): number {
  const w = word.toLowerCase();
  let id = ids.get(w);
  if (id === undefined) {
    id = words.length;
    words.push(w);
    ids.set(w, id);
    registryVersion++;
  }
  return id;
}

/**
 * The words a match must contain, as alternatives (one of them holds) of items (each holds) of
 * word ids (one of them occurs).
 */
export interface WordNeed {
  readonly alternatives: readonly (readonly (readonly number[])[])[];
  /** The highest word id it reads: an index built before that word was registered cannot answer. */
  readonly maxId: number;
}

/** What matches of `pattern` need, or null when nothing can be read off (every stretch passes). */
export function needOf(pattern: string): WordNeed | null {
  const alternatives: number[][][] = [];
  for (const alt of splitTop(pattern)) {
    const items: number[][] = [];
    for (const item of requiredItems(alt, true)) {
      if (!item.every((w) => indexable(w.toLowerCase()))) continue; // an item with a short word: not filtered on
      items.push(item.map(register));
    }
    if (!items.length) return null;
    alternatives.push(items);
  }
  return alternatives.length ? { alternatives, maxId: Math.max(...alternatives.flat(2)) } : null;
}

/** Ids of the words one of which every match of `pattern` begins with, or null. */
function leadingIds(pattern: string): number[] | null {
  const lead = leadingWords(pattern);
  if (!lead || !lead.every((w) => indexable(w.toLowerCase(), true))) return null;
  return lead.map(register);
}

// ---------------------------------------------------------------- automaton

interface Automaton {
  /**
   * Transitions: state × letter → state (a full table: one read per character); -1 - state for a
   * state where words end. 16 bits while the states fit: half the memory the scan walks.
   */
  readonly next: Int16Array | Int32Array;
  readonly letters: number;
  /** Word ids ending in each state: outIds[outStart[s] .. outStart[s + 1]). */
  readonly outStart: Int32Array;
  readonly outIds: Int32Array;
  readonly wordLength: Int32Array;
  readonly version: number;
}

// Per code unit: 0 not yet looked at, NONE no letter of any word, EXOTIC, MARK a punctuation mark that is a
// word by itself ("„", "("), else LETTER + the letter's index. Marks stay out of the automaton: its rows stay short.
const NONE = 1, EXOTIC = 2, MARK = 3, LETTER = 4;
let charKind = new Uint16Array(65536);
let letterIndex = new Map<number, number>();
let markIds = new Map<number, number>();
let automaton: Automaton | null = null;

/**
 * The automaton of the registered words. Built once per process, on the first release, so its cost
 * is start-up time: the states are numbered breadth first from the start (no renumbering pass), and a
 * state's row of transitions is its failure state's row copied (native memory copy) with its own
 * children written over it. The JavaScript work is per state and per child, not per state × letter.
 */
function build(): Automaton {
  letterIndex = new Map();
  markIds = new Map();
  charKind = new Uint16Array(65536);
  words.forEach((w, id) => {
    if (isMark(w)) { markIds.set(w.charCodeAt(0), id); return; }
    for (let i = 0; i < w.length; i++) if (!letterIndex.has(w.charCodeAt(i))) letterIndex.set(w.charCodeAt(i), letterIndex.size);
  });
  const letters = letterIndex.size;

  // The trie, with states numbered as they are made: state × letter → child, and per state its
  // parent, the letter that leads to it, the words ending in it; the states by depth. (A Map, not a
  // full table: the trie has a few thousand edges, and a table of states × letters is garbage.)
  const trie = new Map<number, number>();
  const parent = [-1], letterOf = [-1];
  const own: number[][] = [[]];
  const levels: number[][] = [];
  words.forEach((w, id) => {
    if (isMark(w)) return;
    let s = 0;
    for (let i = 0; i < w.length; i++) {
      const a = letterIndex.get(w.charCodeAt(i))!;
      let t = trie.get(s * letters + a);
      if (t === undefined) {
        t = own.length;
        trie.set(s * letters + a, t);
        parent.push(s);
        letterOf.push(a);
        own.push([]);
        (levels[i] ??= []).push(t);
      }
      s = t;
    }
    own[s]!.push(id);
  });
  const states = own.length;

  // Breadth-first numbers (ranks): depth by depth, ordered by the parent's rank, then by letter, so
  // the shallow states a scan mostly visits lie together at the table's start (fewer cache lines per
  // release). A state's children get consecutive ranks: childrenAt[r] .. childrenAt[r + 1].
  const rank = new Int32Array(states);
  const stateAt = new Int32Array(states);
  const childrenAt = new Int32Array(states + 1);
  childrenAt[0] = 1;
  let next = 1;
  for (const level of levels) {
    // Sorted as numbers in one typed array (no comparator): (parent's rank × letters + letter) × states + state.
    const order = Float64Array.from(level, (t) => (rank[parent[t]!]! * letters + letterOf[t]!) * states + t);
    order.sort();
    for (const key of order) {
      const t = key % states;
      rank[t] = next;
      stateAt[next] = t;
      childrenAt[rank[parent[t]!]! + 1] = ++next; // ends up as the end of the parent's run
    }
  }
  // States without children: an empty run where the previous state's run ends.
  for (let r = 1; r <= states; r++) if (childrenAt[r]! < childrenAt[r - 1]!) childrenAt[r] = childrenAt[r - 1]!;

  // Transitions in rank order; a state where words end (own or by its failure state) is stored as
  // -1 - rank, so that the scan looks up outputs only there. Row 0 (the root) goes to the root
  // except on its children's letters: the zeros the table starts with.
  const table = states < 32767 ? new Int16Array(states * letters) : new Int32Array(states * letters);
  const failAt = new Int32Array(states);
  const ends = new Uint8Array(states);
  const out: number[][] = [[]];
  const outStart = new Int32Array(states + 1);
  const outList: number[] = [];
  for (let r = 0; r < states; r++) {
    const f = failAt[r]!;
    if (r > 0) {
      table.copyWithin(r * letters, f * letters, f * letters + letters);
      out[r] = own[stateAt[r]!]!.concat(out[f]!);
    }
    for (let c = childrenAt[r]!; c < childrenAt[r + 1]!; c++) {
      const a = letterOf[stateAt[c]!]!;
      // The failure state of a child: where its letter leads from this state's failure state.
      const viaFail = table[f * letters + a]!;
      const fc = r === 0 ? 0 : viaFail < 0 ? -1 - viaFail : viaFail;
      failAt[c] = fc;
      ends[c] = own[stateAt[c]!]!.length > 0 || ends[fc] === 1 ? 1 : 0;
      table[r * letters + a] = ends[c] ? -1 - c : c;
    }
    outList.push(...out[r]!);
    outStart[r + 1] = outList.length;
  }
  const outIds = Int32Array.from(outList);
  return { next: table, letters, outStart, outIds, wordLength: Int32Array.from(words, (w) => w.length), version: registryVersion };
}

/** A registered word that is one punctuation mark. */
const isMark = (w: string): boolean => w.length === 1 && !WORD_CHARS.test(w);

function kindOf(code: number): number {
  if (EXOTIC_CHARS.includes(code)) return EXOTIC;
  if (markIds.has(code)) return MARK;
  const a = letterIndex.get(lowerCode(code));
  return a === undefined ? NONE : LETTER + a;
}

// Occurrences found by the scan, three numbers each (start, end, id), before they are copied out.
let found = new Int32Array(3 * 1024);

/** Appends an occurrence at `n` in the shared buffer; the new length. */
function addOccurrence(n: number, start: number, end: number, id: number): number {
  if (n + 3 > found.length) {
    const bigger = new Int32Array(found.length * 2);
    bigger.set(found);
    found = bigger;
  }
  found[n] = start;
  found[n + 1] = end;
  found[n + 2] = id;
  return n + 3;
}

/** One pass of the automaton over `text`: the occurrences (start, end, id; in the order they end), or null when the text is exotic. */
function findWords(text: string, automaton: Automaton): Int32Array | null {
  const { next, letters, outStart, outIds, wordLength } = automaton;
  const kinds = charKind;
  let s = 0;
  let n = 0;
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    let k = kinds[code]!;
    if (k === 0) kinds[code] = k = kindOf(code);
    if (k < LETTER) {
      s = 0;
      if (k === NONE) continue;
      if (k === EXOTIC) return null;
      n = addOccurrence(n, i, i + 1, markIds.get(code)!);
      continue;
    }
    s = next[s * letters + k - LETTER]!;
    if (s >= 0) continue;
    s = -1 - s;
    for (let o = outStart[s]!, e = outStart[s + 1]!; o < e; o++) {
      const id = outIds[o]!;
      n = addOccurrence(n, i + 1 - wordLength[id]!, i + 1, id);
    }
  }
  const out = found.slice(0, n);
  // A very long release grew the buffer: let it go rather than hold it for the next one.
  if (found.length > 1 << 18) found = new Int32Array(3 * 1024);
  return out;
}

function holds(need: WordNeed, bits: Uint32Array): boolean {
  for (const items of need.alternatives) {
    let all = true;
    for (const item of items) {
      let any = false;
      for (const id of item) if ((bits[id >> 5]! & (1 << (id & 31))) !== 0) { any = true; break; }
      if (!any) { all = false; break; }
    }
    if (all) return true;
  }
  return false;
}

let scratch = new Uint32Array(0);
/** A zeroed bit set for `n` word ids, shared: whoever fills it empties it again. */
function scratchBits(n: number): Uint32Array {
  if (scratch.length * 32 < n) scratch = new Uint32Array((n + 31) >> 5);
  return scratch;
}

// ---------------------------------------------------------------- one release

/** Where the registered words occur in one release. */
export class WordIndex {
  /** The release holds an exotic character: filters pass and scans read the whole text. */
  readonly exotic: boolean;
  readonly text: string;
  /** Occurrences in the order they end: start, end and word id. */
  private readonly starts: Int32Array;
  private readonly ends: Int32Array;
  private readonly ids: Int32Array;
  /** Per scan, the sorted starts of the words its matches begin with (made on first use). */
  private readonly leads = new Map<TextScan, Int32Array>();
  /** The starts of each word's occurrences, grouped by word id (`byWord[wordAt[id] .. wordAt[id + 1])`), made on first use. */
  private byWord: Int32Array | null = null;
  private wordAt: Int32Array | null = null;

  /** How many words were registered when the index was built: later ones it cannot answer for. */
  private readonly known: number;

  constructor(text: string) {
    this.text = text;
    prepareAll();
    if (!automaton || automaton.version !== registryVersion) automaton = build();
    this.known = words.length;
    const occurrences = findWords(text, automaton);
    this.exotic = occurrences === null;
    const n = occurrences ? occurrences.length / 3 : 0;
    this.starts = new Int32Array(n);
    this.ends = new Int32Array(n);
    this.ids = new Int32Array(n);
    for (let i = 0; i < n; i++) {
      this.starts[i] = occurrences![3 * i]!;
      this.ends[i] = occurrences![3 * i + 1]!;
      this.ids[i] = occurrences![3 * i + 2]!;
    }
  }

  /** Index of the first occurrence ending after `pos`. */
  private firstEndingAfter(pos: number): number {
    return firstAtOrAfter(this.ends, pos + 1); // offsets are integers
  }

  /** The registered words that occur inside [from, to), as a bit set over word ids. */
  wordsIn(from: number, to: number): Uint32Array {
    const bits = new Uint32Array((words.length + 31) >> 5);
    for (let i = this.firstEndingAfter(from); i < this.ends.length && this.ends[i]! <= to; i++) {
      if (this.starts[i]! < from) continue;
      const id = this.ids[i]!;
      bits[id >> 5]! |= 1 << (id & 31);
    }
    return bits;
  }

  /** Whether a match of `need` may lie in a stretch whose words are `bits` (always, in an exotic release). */
  mayHold(need: WordNeed | null, bits: Uint32Array): boolean {
    if (!need || this.exotic || need.maxId >= this.known) return true;
    return holds(need, bits);
  }

  /** Whether a match of `need` may lie in [from, to): its words occur there (always, in an exotic release). */
  mayHoldIn(need: WordNeed | null, from: number, to: number): boolean {
    if (!need || this.exotic || need.maxId >= this.known) return true;
    // The words of the stretch marked in a shared bit set, read, and unmarked: nothing allocated per question.
    const bits = scratchBits(words.length);
    const { starts, ends, ids } = this;
    const first = this.firstEndingAfter(from);
    let i = first;
    for (; i < ends.length && ends[i]! <= to; i++) {
      if (starts[i]! < from) continue;
      const id = ids[i]!;
      bits[id >> 5]! |= 1 << (id & 31);
    }
    const answer = holds(need, bits);
    for (let j = first; j < i; j++) bits[ids[j]! >> 5] = 0;
    return answer;
  }

  /**
   * The leftmost match of `scan` starting at or after `from` in the whole text: what a global
   * exec from lastIndex `from` gives. Only the places where one of the words its matches begin
   * with occurs are tried (sticky), unless it has no such words or the release is exotic.
   */
  next(scan: TextScan, from: number): RegExpExecArray | null {
    if (!this.answers(scan)) {
      scan.global.lastIndex = from;
      return scan.global.exec(this.text);
    }
    const starts = this.leadStarts(scan);
    const lo = firstAtOrAfter(starts, from);
    const sticky = scan.sticky;
    for (let i = lo; i < starts.length; i++) {
      sticky.lastIndex = starts[i]!;
      const m = sticky.exec(this.text);
      if (m) return m;
    }
    return null;
  }

  /** Every match of `scan` in the whole text, as a global scan gives them. */
  all(scan: TextScan): RegExpExecArray[] {
    const out: RegExpExecArray[] = [];
    for (let m = this.next(scan, 0); m; m = this.next(scan, m.index + Math.max(1, m[0].length))) out.push(m);
    return out;
  }

  /**
   * Every match of `scan` in `slice` = text[from, to), as a global scan of that slice gives them
   * (indices relative to `from`): tried only where a word its matches begin with starts inside
   * the slice, or over the whole slice when it has no such words or the release is exotic.
   */
  allIn(scan: TextScan, slice: string, from: number, to: number): RegExpExecArray[] {
    const out: RegExpExecArray[] = [];
    if (!this.answers(scan)) {
      const re = scan.global;
      re.lastIndex = 0;
      for (let m = re.exec(slice); m; m = re.exec(slice)) {
        out.push(m);
        if (m[0] === "") re.lastIndex++;
      }
      return out;
    }
    const starts = this.leadStarts(scan);
    const lo = firstAtOrAfter(starts, from);
    const sticky = scan.sticky;
    let free = from; // a match may start here or later: the global scan's lastIndex
    for (let i = lo; i < starts.length && starts[i]! < to; i++) {
      const p = starts[i]!;
      if (p < free) continue;
      sticky.lastIndex = p - from;
      const m = sticky.exec(slice);
      if (!m) continue;
      out.push(m);
      free = p + Math.max(1, m[0].length);
    }
    return out;
  }

  /**
   * The leftmost match of `scan` in `slice` = text[from, to) (what `exec` on the slice gives,
   * indices relative to `from`), tried only where a word its matches begin with starts.
   */
  firstIn(scan: TextScan, slice: string, from: number, to: number): RegExpExecArray | null {
    if (!this.answers(scan)) {
      const re = scan.global;
      re.lastIndex = 0;
      return re.exec(slice);
    }
    const starts = this.leadStarts(scan);
    const lo = firstAtOrAfter(starts, from);
    const sticky = scan.sticky;
    for (let i = lo; i < starts.length && starts[i]! < to; i++) {
      sticky.lastIndex = starts[i]! - from;
      const m = sticky.exec(slice);
      if (m) return m;
    }
    return null;
  }

  /** Whether the places where `scan` can begin are known here. */
  private answers(scan: TextScan): boolean {
    return !!scan.lead && !this.exotic && scan.maxId < this.known;
  }

  private leadStarts(scan: TextScan): Int32Array {
    // The last release's answer sits on the scan itself: one release is read at a time (the scan keeps
    // that release's index until the next one replaces it).
    if (scan.startsFor === this) return scan.starts!;
    let starts = this.leads.get(scan);
    if (!starts) {
      const { byWord, wordAt } = this.groupByWord();
      let total = 0, lists = 0, only = 0;
      for (const id of scan.lead!) {
        const count = wordAt[id + 1]! - wordAt[id]!;
        if (count) { total += count; lists++; only = id; }
      }
      if (lists <= 1) starts = byWord.subarray(wordAt[only]!, wordAt[only]! + total);
      else {
        starts = new Int32Array(total);
        let k = 0;
        for (const id of scan.lead!) for (let i = wordAt[id]!; i < wordAt[id + 1]!; i++) starts[k++] = byWord[i]!;
        // Each word's starts are in order; several words' starts are merged.
        starts.sort();
      }
      this.leads.set(scan, starts);
    }
    scan.startsFor = this;
    scan.starts = starts;
    return starts;
  }

  /** The occurrences' starts grouped by word id (counted, then placed), made once per release. */
  private groupByWord(): { byWord: Int32Array; wordAt: Int32Array } {
    if (!this.byWord || !this.wordAt) {
      const wordAt = new Int32Array(this.known + 1);
      for (let i = 0; i < this.ids.length; i++) wordAt[this.ids[i]! + 1]!++;
      for (let id = 0; id < this.known; id++) wordAt[id + 1]! += wordAt[id]!;
      const fill = wordAt.slice(0, this.known);
      const byWord = new Int32Array(this.ids.length);
      for (let i = 0; i < this.ids.length; i++) byWord[fill[this.ids[i]!]!++] = this.starts[i]!;
      this.byWord = byWord;
      this.wordAt = wordAt;
    }
    return { byWord: this.byWord, wordAt: this.wordAt };
  }
}

// Scans made but not yet read for their words: reading waits for the first release, so that loading
// the module stays cheap (and every module's scans are registered before the automaton is built).
const unprepared: TextScan[] = [];

/** Registers the words of every scan made so far. */
function prepareAll(): void {
  while (unprepared.length) unprepared.pop()!.prepare();
}

/** A regex for scans of the whole text or a stretch, with the words its matches begin with. */
export class TextScan {
  /** The sorted starts of the leading words in the release last read (WordIndex.leadStarts). */
  startsFor: WordIndex | null = null;
  starts: Int32Array | null = null;
  protected readonly source: string;
  protected readonly flags: string;
  private leadIds: readonly number[] | null = null;
  private leadMax = -1;
  private prepared = false;

  protected isPrepared(): boolean {
    return this.prepared;
  }
  // Made on first use: a regex with \p{…} costs to build, and many scans never run in a release.
  private globalRe: RegExp | null;
  private stickyRe: RegExp | null = null;

  constructor(re: RegExp) {
    this.source = re.source;
    this.flags = re.flags.replace(/[gy]/g, "");
    this.globalRe = re.global && !re.sticky ? re : null;
    unprepared.push(this);
  }

  /** Reads the pattern for its words and registers them (once). */
  prepare(): void {
    if (this.prepared) return;
    this.prepared = true;
    this.leadIds = leadingIds(this.source);
    this.leadMax = this.leadIds ? Math.max(...this.leadIds) : -1;
  }

  /** Ids of the words a match begins with; null: every position may start one. */
  get lead(): readonly number[] | null {
    if (!this.prepared) this.prepare();
    return this.leadIds;
  }

  /** The highest of those ids (an index built before it was registered cannot answer). */
  get maxId(): number {
    if (!this.prepared) this.prepare();
    return this.leadMax;
  }

  /** The regex with g (its lastIndex is the caller's to set). */
  get global(): RegExp {
    return (this.globalRe ??= new RegExp(this.source, `${this.flags}g`));
  }

  /** The regex with y, for a match at one position. */
  get sticky(): RegExp {
    return (this.stickyRe ??= new RegExp(this.source, `${this.flags}y`));
  }
}

/** A regex tested on stretches of the release, skipped where the words every match needs are absent. */
export class SpanTest extends TextScan {
  private needOfMatches: WordNeed | null = null;
  private readonly plainRe: RegExp;

  constructor(re: RegExp) {
    super(re);
    this.plainRe = re.global || re.sticky ? new RegExp(re.source, this.flags) : re;
  }

  override prepare(): void {
    if (this.isPrepared()) return;
    super.prepare();
    this.needOfMatches = needOf(this.source);
  }

  /** The words every match needs; null: none can be read off. */
  get need(): WordNeed | null {
    this.prepare();
    return this.needOfMatches;
  }

  /** The regex without g or y: `test` and `exec` keep no state. */
  get re(): RegExp {
    return this.plainRe;
  }
}

/** Index of the first of the ascending `values` that is ≥ `from` (their length when none is). */
export function firstAtOrAfter(values: ArrayLike<number>, from: number): number {
  let lo = 0, hi = values.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (values[mid]! < from) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}
