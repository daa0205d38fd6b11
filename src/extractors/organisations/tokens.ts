/**
 * The tokens the organisation rules walk over, as parallel arrays: offsets,
 * the word's ./word-class.ts bits, and the word itself on demand (one
 * string per distinct word, shared between its occurrences).
 *
 * Boundaries: a word of letters and digits with inner hyphens, apostrophes,
 * slashes, dots or ampersands ("Rhein-Kreis", "ver.di", "Berlin/Brandenburg"),
 * optionally a trailing hyphen before a conjunction ("Presse- und") or a plus
 * ("ESF+"); a legal form with dots and spaces inside is one token ("e. V.",
 * "GmbH & Co. KG"); any other non-space character alone (TOKEN in
 * ./patterns.ts). These differ from the shared token layer (src/tokens), whose
 * tokens split at "/", "+", a trailing hyphen and inside legal forms, keep an
 * abbreviation's final dot ("Dr.", "z.B.") and split letters outside Latin
 * scripts: the rules were written against these boundaries.
 *
 * So the view is derived from the shared layer where the two agree, which is
 * nearly every token (a Latin word followed by a space or a punctuation mark
 * that cannot join it, or one punctuation mark): the offsets and the word
 * hash are taken from the layer. Where they may differ (a word ending in a
 * dot, followed by a hyphen, plus, slash, apostrophe or dot, or written in
 * another script) the local scanner below reads that one token.
 */
import type { TokenLayer } from "../../tokens/layer.js";
import { hashRange } from "../../tokens/chars.js";
import { LEGAL_FORM_AT, LEGAL_FORM_INITIAL } from "./patterns.js";
import { TRIGGER_BITS } from "./word-class.js";

export class OrgTokens {
  constructor(
    /** The text the offsets point into. */
    readonly text: string,
    readonly count: number,
    readonly start: Int32Array,
    readonly end: Int32Array,
    /** WordBit bits of the token's word. */
    readonly bits: Uint32Array,
    /** Indices of the tokens with one of TRIGGER_BITS, ascending. */
    readonly triggers: Int32Array,
    private readonly buffers: Buffers,
  ) {}

  /** The text of token i (undefined outside the tokens). */
  word(i: number): string | undefined {
    if (i < 0 || i >= this.count) return undefined;
    return this.buffers.words[i] ?? this.lookUp(i);
  }

  /**
   * A word the view did not look up (read from its characters): cut from the text, which is in the caches
   * while the rules run, unlike the word table; only the few tokens next to a candidate are asked for.
   */
  private lookUp(i: number): string {
    const word = this.text.slice(this.start[i]!, this.end[i]!);
    this.buffers.words[i] = word;
    return word;
  }

  /** Hands the arrays to the next view: the view must not be read afterwards. */
  release(): void {
    this.buffers.words.fill(undefined, 0, this.count);
    if (this.buffers.start.length <= MAX_SPARE) spare = this.buffers;
  }
}

/** The arrays behind a view (full capacity; the view reads the first `count`). */
interface Buffers {
  start: Int32Array;
  end: Int32Array;
  bits: Uint32Array;
  triggers: Int32Array;
  /** Tokens waiting for the word table, and their hashes. */
  pendingIndex: Int32Array;
  pendingHash: Int32Array;
  /** Words looked up so far; undefined for the others. */
  words: (string | undefined)[];
}

/**
 * The buffers of the last released view, for the next one: allocating them per release cost more than
 * filling them (a fresh buffer is also out of the caches). Large ones are not kept.
 */
let spare: Buffers | null = null;
const MAX_SPARE = 1 << 16;

function buffersFor(capacity: number): Buffers {
  const kept = spare;
  if (kept !== null && kept.start.length >= capacity) {
    spare = null;
    return kept;
  }
  return {
    start: new Int32Array(capacity), end: new Int32Array(capacity), bits: new Uint32Array(capacity), triggers: new Int32Array(capacity),
    pendingIndex: new Int32Array(capacity), pendingHash: new Int32Array(capacity), words: new Array<string | undefined>(capacity).fill(undefined),
  };
}

/** The same buffers with twice the room, the first `used` entries kept. */
function grownBuffers(b: Buffers, used: number): Buffers {
  const size = Math.max(16, used * 2);
  const copy = <T extends Int32Array | Uint32Array>(a: T, make: (n: number) => T): T => {
    const c = make(size);
    c.set(a.subarray(0, used));
    return c;
  };
  const words = b.words.slice(0, used);
  words.length = size;
  return {
    start: copy(b.start, (n) => new Int32Array(n)), end: copy(b.end, (n) => new Int32Array(n)), bits: copy(b.bits, (n) => new Uint32Array(n)),
    triggers: new Int32Array(size), pendingIndex: copy(b.pendingIndex, (n) => new Int32Array(n)), pendingHash: copy(b.pendingHash, (n) => new Int32Array(n)),
    words: words.fill(undefined, used),
  };
}

/**
 * The organisation tokens of `text`, from the shared token layer when it is the layer of this text, else by
 * scanning; each word's bits from `table` (./view.ts holds the one the rules need).
 */
export function orgTokens(text: string, layer: TokenLayer | undefined, table: WordTable): OrgTokens {
  const view = new ViewBuilder(text, layer ? layer.count + 16 : (text.length >> 2) + 16, table);
  if (layer && layer.text === text) fromLayer(view, layer);
  else fromScan(view);
  return view.done();
}

/** The sequence of token starts: walk the shared tokens, scanning locally only where the rules differ. */
function fromLayer(view: ViewBuilder, layer: TokenLayer): void {
  const text = view.text;
  const n = text.length;
  const count = layer.count, starts = layer.start, ends = layer.end, hashes = layer.wordHash;
  let pos = 0;
  let j = 0;
  for (;;) {
    while (pos < n && isSpace(text.charCodeAt(pos))) pos++;
    if (pos >= n) return;
    while (j < count && ends[j]! <= pos) j++;
    if (j < count && starts[j] === pos && sameAsSharedToken(text, pos, ends[j]!)) {
      const end = ends[j]!;
      const legal = legalFormEnd(text, pos, end);
      view.push(pos, legal, legal === end ? hashes[j]! : hashRange(text, pos, legal));
      pos = legal;
    } else {
      const end = scanToken(text, pos);
      view.push(pos, end, hashRange(text, pos, end));
      pos = end;
    }
  }
}

function fromScan(view: ViewBuilder): void {
  const text = view.text;
  const n = text.length;
  let pos = 0;
  for (;;) {
    while (pos < n && isSpace(text.charCodeAt(pos))) pos++;
    if (pos >= n) return;
    const end = scanToken(text, pos);
    view.push(pos, end, hashRange(text, pos, end));
    pos = end;
  }
}

/**
 * The shared token [start, end) (a token of src/text/sentences.ts `tokenize`)
 * is also an organisation token, up to a legal form that starts with it:
 * one punctuation mark, or a Latin word without a final dot that nothing
 * after it can join.
 */
function sameAsSharedToken(text: string, start: number, end: number): boolean {
  const c = text.charCodeAt(start);
  if (end - start === 1 && wordCharLength(text, start) === 0 && !isSurrogatePair(text, start)) return true;
  // a shared word starts with a Latin letter or digit (its other characters are such letters or inner separators)
  if (!isLatinWordChar(c)) return false;
  return text.charCodeAt(end - 1) !== 46 /* . */ && !mayJoinAt(text, end);
}

/** Latin letters and digits as the shared tokenizer reads them (src/text/sentences.ts W). */
function isLatinWordChar(c: number): boolean {
  if (c < 128) return (c >= 48 && c <= 57) || (c >= 65 && c <= 90) || (c >= 97 && c <= 122);
  return (c >= 0xc0 && c <= 0x24f && c !== 0xd7 && c !== 0xf7) || (c >= 0x1e00 && c <= 0x1eff);
}

/** Something at `i` could continue the organisation token that ends there: a letter or digit, a separator before one, "+" or "-". */
function mayJoinAt(text: string, i: number): boolean {
  if (i >= text.length) return false;
  const c = text.charCodeAt(i);
  if (c === 32 || c === 44 /* , */) return false;
  if (c === 43 || c === 45) return true;
  if (wordCharLength(text, i) > 0) return true;
  return isInnerSeparator(c) && wordCharLength(text, i + 1) > 0;
}

/**
 * Each distinct word cut out of the text once and classified once (words repeat within and across
 * releases), then found again by its hash: open addressing over typed arrays; the table empties itself
 * when half full, so memory stays bounded and a long varied archive costs a refill now and then.
 */
export class WordTable {
  private static readonly SIZE = 1 << 16;
  /** Per slot its word's hash and bits + 1 side by side (one cache line per probe); bits + 1 = 0 marks a free slot. */
  private readonly meta = new Int32Array(2 * WordTable.SIZE);
  private readonly words: (string | undefined)[] = new Array<string | undefined>(WordTable.SIZE).fill(undefined);
  private count = 0;

  /**
   * `classify` gives the bits of a word and must depend on the word alone; `quick` gives the same bits
   * from the characters of text[start, end) for the words it knows how to read (-1 for others): those
   * words need no look-up in the table unless a rule asks for their text.
   */
  constructor(
    private readonly classify: (word: string) => number,
    readonly quick: (text: string, start: number, end: number) => number,
  ) {}

  /** The slot of text[start, end) (whose hash is `hash`), filled on the first sight of the word. */
  slotOf(text: string, start: number, end: number, hash: number): number {
    const mask = WordTable.SIZE - 1;
    const meta = this.meta;
    let slot = hash & mask;
    for (;;) {
      if (meta[2 * slot + 1] === 0) break;
      if (meta[2 * slot] === hash) {
        const word = this.words[slot]!;
        if (word.length === end - start && text.startsWith(word, start)) return slot;
      }
      slot = (slot + 1) & mask;
    }
    if (this.count >= WordTable.SIZE >> 1) {
      meta.fill(0);
      this.words.fill(undefined);
      this.count = 0;
      slot = hash & mask;
    }
    const word = detached(text.slice(start, end));
    this.words[slot] = word;
    meta[2 * slot] = hash;
    meta[2 * slot + 1] = this.classify(word) + 1;
    this.count++;
    return slot;
  }

  wordAt(slot: number): string {
    return this.words[slot]!;
  }

  private sink = 0;

  /**
   * Touches the home slots (and their words) of all these hashes before any is looked up: independent
   * loads, so the processor waits for their cache misses together instead of one after the other.
   */
  prefetch(hashes: Int32Array, n: number): void {
    const mask = WordTable.SIZE - 1;
    let sink = 0;
    for (let k = 0; k < n; k++) sink |= this.meta[2 * (hashes[k]! & mask) + 1]!;
    for (let k = 0; k < n; k++) sink |= this.words[hashes[k]! & mask]?.length ?? 0;
    this.sink = sink;
  }

  bitsAt(slot: number): number {
    return this.meta[2 * slot + 1]! - 1;
  }
}

class ViewBuilder {
  private count = 0;
  private pendingCount = 0;
  private buffers: Buffers;

  constructor(readonly text: string, capacity: number, private readonly table: WordTable) {
    this.buffers = buffersFor(capacity);
  }

  push(start: number, end: number, hash: number): void {
    const i = this.count;
    if (i === this.buffers.start.length) this.buffers = grownBuffers(this.buffers, i);
    const b = this.buffers;
    this.count = i + 1;
    b.start[i] = start;
    b.end[i] = end;
    const bits = this.table.quick(this.text, start, end);
    if (bits >= 0) {
      b.bits[i] = bits;
      return;
    }
    // the word table: looked up together in done()
    b.pendingIndex[this.pendingCount] = i;
    b.pendingHash[this.pendingCount++] = hash;
  }

  done(): OrgTokens {
    const n = this.count, b = this.buffers, table = this.table;
    // the table lines are out of the caches in the pipeline (the other stages ran in between): touch them all first
    table.prefetch(b.pendingHash, this.pendingCount);
    for (let p = 0; p < this.pendingCount; p++) {
      const i = b.pendingIndex[p]!;
      const slot = table.slotOf(this.text, b.start[i]!, b.end[i]!, b.pendingHash[p]!);
      b.words[i] = table.wordAt(slot);
      b.bits[i] = table.bitsAt(slot);
    }
    let triggers = 0;
    for (let i = 0; i < n; i++) if ((b.bits[i]! & TRIGGER_BITS) !== 0) b.triggers[triggers++] = i;
    return new OrgTokens(this.text, n, b.start.subarray(0, n), b.end.subarray(0, n), b.bits.subarray(0, n), b.triggers.subarray(0, triggers), b);
  }
}


/**
 * A copy of a word that does not keep the release text alive: V8 cuts
 * longer substrings as views into their parent string, and the interned
 * table outlives the release.
 */
function detached(word: string): string {
  return word.length < 13 ? word : (" " + word).slice(1);
}

/** A token with offsets (the scanner's output, for tests and tools). */
export interface Token {
  text: string;
  start: number;
  end: number;
}

/** The tokens of `text` by the local scanner alone (the specification the view must agree with). */
export function tokenize(text: string): Token[] {
  const tokens: Token[] = [];
  const n = text.length;
  let i = 0;
  while (i < n) {
    if (isSpace(text.charCodeAt(i))) { i++; continue; }
    const end = scanToken(text, i);
    tokens.push({ text: text.slice(i, end), start: i, end });
    i = end;
  }
  return tokens;
}

/**
 * The end of the token that starts at `start` (not a space): the tokens
 * TOKEN (./patterns.ts) describes, found by a scanner over char codes at
 * about three times the regex's speed.
 */
export function scanToken(text: string, start: number): number {
  const n = text.length;
  // \S with the u flag: one code point
  if (wordCharLength(text, start) === 0) return start + (isSurrogatePair(text, start) ? 2 : 1);
  let i = wordRunEnd(text, start);
  // inner separators, each followed by another run
  for (;;) {
    const s = text.charCodeAt(i);
    if (!isInnerSeparator(s) || i + 1 >= n || wordCharLength(text, i + 1) === 0) break;
    i = wordRunEnd(text, i + 1);
  }
  if (text.charCodeAt(i) === 45 /* - */ && conjunctionFollows(text, i + 1)) i++;
  else if (text.charCodeAt(i) === 43 /* + */) i++;
  return legalFormEnd(text, start, i);
}

/** A legal form is one token even with dots and spaces inside ("e. V.", "GmbH & Co. KG"): the end of one starting at `start` that reaches past `end`. */
function legalFormEnd(text: string, start: number, end: number): number {
  const c = text.charCodeAt(start);
  if (end - start > 6 || c >= 128 || LEGAL_INITIAL[c] === 0) return end;
  LEGAL_FORM_AT.lastIndex = start;
  return LEGAL_FORM_AT.test(text) && LEGAL_FORM_AT.lastIndex > end ? LEGAL_FORM_AT.lastIndex : end;
}

/** LEGAL_FORM_INITIAL by ASCII code. */
const LEGAL_INITIAL = Uint8Array.from({ length: 128 }, (_, k) => (LEGAL_FORM_INITIAL.test(String.fromCharCode(k)) ? 1 : 0));

const LETTER_OR_NUMBER = /^[\p{L}\p{N}]$/u;
const SPACE = /^\s$/u;

/** Length (0, 1 or 2 code units) of the letter or digit at i; 0 when there is none. */
function wordCharLength(text: string, i: number): number {
  if (i >= text.length) return 0;
  const c = text.charCodeAt(i);
  if (c < 256) return LATIN1_WORD_ALL[c]!;
  if (isSurrogatePair(text, i)) return LETTER_OR_NUMBER.test(text.slice(i, i + 2)) ? 2 : 0;
  // typographic quotes and dashes stand next to most words: the answer per code unit, filled on first sight
  let known = BMP_WORD[c]!;
  if (known === 0) BMP_WORD[c] = known = LETTER_OR_NUMBER.test(String.fromCharCode(c)) ? 1 : 2;
  return known === 1 ? 1 : 0;
}

/** \p{L}\p{N} by UTF-16 code unit beyond Latin-1: 0 not known yet, 1 yes, 2 no. */
const BMP_WORD = new Uint8Array(65536);

function wordRunEnd(text: string, i: number): number {
  const n = text.length;
  while (i < n) {
    const c = text.charCodeAt(i);
    // table lookups for Latin-1 (nearly every character of a German text), the general test beyond
    if (c < 256) {
      if (LATIN1_WORD_ALL[c] === 0) return i;
      i++;
      continue;
    }
    const len = wordCharLength(text, i);
    if (len === 0) return i;
    i += len;
  }
  return i;
}

/** \p{L}\p{N} among U+0000–U+00FF. */
const LATIN1_WORD_ALL = Uint8Array.from({ length: 256 }, (_, k) => (LETTER_OR_NUMBER.test(String.fromCharCode(k)) ? 1 : 0));
/** \s among U+0000–U+00FF, precomputed; beyond, the regex decides. */
const LATIN1_SPACE = Uint8Array.from({ length: 256 }, (_, k) => (SPACE.test(String.fromCharCode(k)) ? 1 : 0));

function isSpace(c: number): boolean {
  if (c < 256) return LATIN1_SPACE[c] === 1;
  let known = BMP_SPACE[c]!;
  if (known === 0) BMP_SPACE[c] = known = SPACE.test(String.fromCharCode(c)) ? 1 : 2;
  return known === 1;
}

/** \s by UTF-16 code unit beyond Latin-1: 0 not known yet, 1 yes, 2 no. */
const BMP_SPACE = new Uint8Array(65536);

function isSurrogatePair(text: string, i: number): boolean {
  const c = text.charCodeAt(i);
  if (c < 0xd800 || c > 0xdbff) return false;
  const d = text.charCodeAt(i + 1);
  return d >= 0xdc00 && d <= 0xdfff;
}

/** - ' ’ / . & */
function isInnerSeparator(c: number): boolean {
  return c === 45 || c === 39 || c === 0x2019 || c === 47 || c === 46 || c === 38;
}

const CONJUNCTION_AFTER_HYPHEN = /\s+(?:und|oder|bzw\.?|sowie)\s/y;

/** "Presse- und": spaces, a conjunction and a space follow position i. */
function conjunctionFollows(text: string, i: number): boolean {
  if (!isSpace(text.charCodeAt(i))) return false;
  CONJUNCTION_AFTER_HYPHEN.lastIndex = i;
  return CONJUNCTION_AFTER_HYPHEN.test(text);
}

/** A line break between from and to (without copying the text). */
export function hasNewline(text: string, from: number, to: number): boolean {
  for (let i = from; i < to; i++) if (text.charCodeAt(i) === 10) return true;
  return false;
}
