/**
 * Where the date parsers can match, from one pass over the text.
 *
 * Every parser pattern starts at a cue the pass can see: a whole word
 * ("März", "kommenden", "Jahren"), the start of a run of digits ("2024",
 * "12."), a word ending ("-jährige"), or, for chrono's clock-time parsers,
 * the stretch before "Uhr" / "um 9:30". The executor (chrono-config.ts) then
 * runs each pattern anchored at its candidate positions instead of scanning
 * the whole text once per parser (some 25 scans, plus chrono's time parsers
 * reading every number). A candidate list only has to contain every position
 * where a match can start; the anchored run decides. Results are the same as
 * the full scans' (chrono-config.test.ts compares both executors).
 */

/** Letters of the patterns' word edges (`NOT_AFTER_WORD`): ASCII, Latin-1 and Latin Extended letters. */
export function isPatternLetter(c: number): boolean {
  return (c >= 97 && c <= 122) || (c >= 65 && c <= 90) || (c >= 0xc0 && c <= 0x24f && c !== 0xd7 && c !== 0xf7);
}

const LETTER = 1;
const DIGIT = 2;
/** Character classes below U+0250 (everything above is neither letter nor digit here). */
const CHAR_CLASS = new Uint8Array(0x250);
for (let c = 0; c < 0x250; c++) CHAR_CLASS[c] = isPatternLetter(c) ? LETTER : c >= 48 && c <= 57 ? DIGIT : 0;

export function isDigit(c: number): boolean {
  return c >= 48 && c <= 57;
}

/** JavaScript's `\s`. */
export function isSpace(c: number): boolean {
  if (c <= 32) return c === 32 || (c >= 9 && c <= 13);
  if (c < 0xa0) return false;
  return c === 0xa0 || c === 0x1680 || (c >= 0x2000 && c <= 0x200a) || c === 0x2028 || c === 0x2029 ||
    c === 0x202f || c === 0x205f || c === 0x3000 || c === 0xfeff;
}

/** Where one parser's matches can start. */
export interface StartCues {
  /** Whole words (spelled as the pattern spells them) a match starts with. */
  readonly words?: readonly string[];
  /** A match starts at the run of digits [start, end) when this holds. */
  readonly digits?: (text: string, start: number, end: number) => boolean;
  /** Match starts derived from a run of digits (pushed in increasing order). */
  readonly digitStarts?: (text: string, start: number, end: number, out: number[]) => void;
  /** Word endings a match starts with ("jährige" in "einjährige"): the word ends with one of them. */
  readonly endings?: readonly string[];
  /** Clock times: every position of the stretch before "Uhr" or "um 9:30" (see `timeWindows`). */
  readonly clockTime?: true;
}

interface WordEntry {
  readonly word: string;
  readonly parsers: readonly number[];
}

const HASH_MUL = 31;
const TAIL_BUCKETS = 1 << 12;
const WORD_BUCKETS = 1 << 14;

/** Hash of the three characters before `end`. */
function tailHash(text: string, end: number): number {
  return (text.charCodeAt(end - 3) * 961 + text.charCodeAt(end - 2) * 31 + text.charCodeAt(end - 1)) | 0;
}

function wordHash(word: string): number {
  let h = 0;
  for (let i = 0; i < word.length; i++) h = (Math.imul(h, HASH_MUL) + word.charCodeAt(i)) | 0;
  return h;
}

/**
 * The cues of a fixed list of parsers, compiled once. `scan(text)` gives each
 * parser's sorted candidate start positions (null for a parser without cues:
 * it scans the whole text).
 */
export class CueScanner {
  private readonly byHash = new Map<number, WordEntry[]>();
  /** Cue words by hash bucket: most words of a text are no cue and stop at this array. */
  private readonly wordSeen = new Uint8Array(WORD_BUCKETS);
  private readonly maxWordLength: number;
  private readonly digitTests: Array<[number, NonNullable<StartCues["digits"]>]> = [];
  private readonly digitStarters: Array<[number, NonNullable<StartCues["digitStarts"]>]> = [];
  /** Endings by the hash of their last three letters; `endingSeen` filters words cheaply. */
  private readonly endingsByTail = new Map<number, Array<{ ending: string; parsers: number[] }>>();
  private readonly endingSeen = new Uint8Array(TAIL_BUCKETS);
  private minEndingLength = Infinity;
  private readonly clockTimeParsers: number[] = [];

  constructor(specs: ReadonlyArray<StartCues | null>) {
    this.lists = specs.map((s) => (s ? [] : null));
    const parsersOf = new Map<string, number[]>();
    specs.forEach((spec, i) => {
      if (!spec) return;
      for (const w of new Set(spec.words ?? [])) {
        const list = parsersOf.get(w) ?? [];
        list.push(i);
        parsersOf.set(w, list);
      }
      if (spec.digits) this.digitTests.push([i, spec.digits]);
      if (spec.digitStarts) this.digitStarters.push([i, spec.digitStarts]);
      for (const ending of new Set(spec.endings ?? [])) {
        if (ending.length < 3) throw new Error(`cue ending shorter than three letters: ${ending}`);
        const tail = tailHash(ending, ending.length);
        const bucket = this.endingsByTail.get(tail) ?? [];
        const entry = bucket.find((b) => b.ending === ending);
        if (entry) entry.parsers.push(i);
        else bucket.push({ ending, parsers: [i] });
        this.endingsByTail.set(tail, bucket);
        this.endingSeen[tail & (TAIL_BUCKETS - 1)] = 1;
        bucket.sort((a, b) => b.ending.length - a.ending.length);
        this.minEndingLength = Math.min(this.minEndingLength, ending.length);
      }
      if (spec.clockTime) this.clockTimeParsers.push(i);
    });
    let longest = 0;
    for (const [word, parsers] of parsersOf) {
      for (let k = 0; k < word.length; k++) {
        if (!isPatternLetter(word.charCodeAt(k))) throw new Error(`cue word with a non-letter: ${word}`);
      }
      const h = wordHash(word);
      const bucket = this.byHash.get(h) ?? [];
      bucket.push({ word, parsers });
      this.byHash.set(h, bucket);
      this.wordSeen[h & (WORD_BUCKETS - 1)] = 1;
      longest = Math.max(longest, word.length);
    }
    this.maxWordLength = longest;
  }

  /** The parsers the word [start, end) is a cue of. */
  private pushWord(text: string, start: number, end: number, hash: number, out: ReadonlyArray<number[] | null>): void {
    const bucket = this.byHash.get(hash);
    if (!bucket) return;
    for (const entry of bucket) {
      if (entry.word.length !== end - start || !text.startsWith(entry.word, start)) continue;
      for (const p of entry.parsers) out[p]!.push(start);
    }
  }

  /** Endings of the word [start, end), longest (leftmost) first. */
  private pushEndings(text: string, start: number, end: number, tail: number, out: ReadonlyArray<number[] | null>): void {
    const bucket = this.endingsByTail.get(tail);
    if (!bucket) return;
    // the bucket is sorted longest first: leftmost start first
    for (const b of bucket) {
      if (b.ending.length > end - start || !text.startsWith(b.ending, end - b.ending.length)) continue;
      for (const p of b.parsers) out[p]!.push(end - b.ending.length);
    }
  }

  /** Candidate lists, reused from scan to scan (each scan's lists are read before the next scan). */
  private readonly lists: Array<number[] | null>;
  private readonly timeCues: number[] = [];
  private readonly windows: number[] = [];

  /**
   * Each parser's candidate positions in `text`, sorted (null: the parser has
   * no cues). The lists belong to the scanner: valid until the next scan.
   */
  scan(text: string): ReadonlyArray<readonly number[] | null> {
    const out = this.lists;
    for (const list of out) if (list) list.length = 0;
    const timeCues = this.timeCues;
    timeCues.length = 0;
    const n = text.length;
    let i = 0;
    while (i < n) {
      const c = text.charCodeAt(i);
      const kind = c < 0x250 ? CHAR_CLASS[c] : 0;
      if (kind === 0) {
        i++;
        continue;
      }
      if (kind === DIGIT) {
        const start = i;
        while (i < n && isDigit(text.charCodeAt(i))) i++;
        for (const [p, test] of this.digitTests) if (test(text, start, i)) out[p]!.push(start);
        for (const [p, starts] of this.digitStarters) starts(text, start, i, out[p]!);
        continue;
      }
      const start = i;
      let h = 0;
      while (i < n) {
        const d = text.charCodeAt(i);
        if (d >= 0x250 || CHAR_CLASS[d] !== LETTER) break;
        h = (Math.imul(h, HASH_MUL) + d) | 0;
        // "Uhr" and "um" anywhere, in any case: the cues of chrono's clock-time parsers.
        if ((d | 0x20) === 0x75 && isTimeCue(text, i)) timeCues.push(i);
        i++;
      }
      if (i - start <= this.maxWordLength && this.wordSeen[h & (WORD_BUCKETS - 1)]) this.pushWord(text, start, i, h, out);
      if (i - start >= this.minEndingLength) {
        const tail = tailHash(text, i);
        if (this.endingSeen[tail & (TAIL_BUCKETS - 1)]) this.pushEndings(text, start, i, tail, out);
      }
    }
    if (this.clockTimeParsers.length) {
      this.windows.length = 0;
      timeWindows(text, timeCues, this.windows);
      for (const p of this.clockTimeParsers) out[p] = this.windows;
    }
    return out;
  }
}

/** "Uhr", or "um" before space and a digit ("um 18.30" needs no "Uhr": refiners.ts TIME_TEXT), in any case. */
function isTimeCue(text: string, at: number): boolean {
  if (at + 2 > text.length) return false;
  const next = text.charCodeAt(at + 1) | 0x20;
  if (next === 0x68) return at + 3 <= text.length && (text.charCodeAt(at + 2) | 0x20) === 0x72;
  return next === 0x6d && umBeforeDigits(text, at + 2);
}

/** "um", then space, then a digit: "um 18.30" needs no "Uhr" (refiners.ts TIME_TEXT). */
function umBeforeDigits(text: string, at: number): boolean {
  if (at >= text.length || !isSpace(text.charCodeAt(at))) return false;
  while (at < text.length && isSpace(text.charCodeAt(at))) at++;
  return at < text.length && isDigit(text.charCodeAt(at));
}

/**
 * Characters a result of chrono's German clock-time parsers can consist of
 * (with the character before it): space, digits, separators, and the letters
 * of "um", "von", "bis", "Uhr", "h/m/s", "a.m./p.m.", "morgens", "vormittags",
 * "nachmittags", "abends", "nachts", "am Morgen", "in der Nacht" in either
 * case; "ſ" because the refiner's TIME_TEXT (u and i flags) folds it to "s".
 */
function mayBeInClockTime(c: number): boolean {
  if (isDigit(c) || isSpace(c)) return true;
  const lower = c | 0x20;
  if (lower >= 97 && lower <= 122 && (c <= 90 || c >= 97)) return CLOCK_TIME_LETTERS.has(lower);
  return c === 46 || c === 58 || c === 45 || c === 126 || c === 63 || c === 0xff1a || c === 0x2013 || c === 0x301c || c === 0x17f;
}
const CLOCK_TIME_LETTERS: ReadonlySet<number> = new Set([..."abcdeghimnoprstuv"].map((ch) => ch.charCodeAt(0)));

/**
 * Candidate positions of chrono's clock-time parsers. A time survives the
 * `implausibleTime` refiner only when "Uhr" follows it (TIME_TEXT) or it reads
 * "um 18.30"; between its start and that cue stand only characters of
 * `mayBeInClockTime`. Walking back from a cue over such characters ends at a
 * character no time result can contain: no match of the full scan spans it,
 * so the full scan, too, tries the position after it. Every position from
 * there to the cue is a candidate (each at most once), so an anchored run
 * over them finds the same results the full scan finds there, including the
 * ones a preceding number consumed.
 */
export function timeWindows(text: string, cues: readonly number[], out: number[] = []): number[] {
  let next = 0;
  for (const cue of cues) {
    // positions before `next` are in the list already: the walk back stops there (linear on "um 1 um 1 …")
    let s = cue;
    while (s > next && mayBeInClockTime(text.charCodeAt(s - 1))) s--;
    for (let p = Math.max(s, next); p <= cue; p++) out.push(p);
    next = Math.max(next, cue + 1);
  }
  return out;
}

/**
 * The words a small regex source spells out: literals, classes of single
 * characters ("[Dd]"), groups with alternatives ("(?:es|s)", "(a|b)") and `?`
 * after a class or group. "[Dd]iese[snmr]?" → Diese, Dieses, …, diesen, ….
 * Anything else throws: cue lists must be exactly the pattern's words.
 */
export function expandWords(source: string): string[] {
  let i = 0;
  const alternatives = (): string[] => {
    const out: string[] = [];
    let forms = [""];
    for (;;) {
      const c = source[i];
      if (c === undefined || c === ")") {
        out.push(...forms);
        return out;
      }
      if (c === "|") {
        out.push(...forms);
        forms = [""];
        i++;
        continue;
      }
      let options: string[];
      if (c === "[") {
        const close = source.indexOf("]", i);
        options = [...source.slice(i + 1, close)];
        if (options.some((o) => "\\^-".includes(o))) throw new Error(`expandWords: unsupported class in ${source}`);
        i = close + 1;
      } else if (c === "(") {
        i += source.startsWith("(?:", i) ? 3 : 1;
        options = alternatives();
        if (source[i] !== ")") throw new Error(`expandWords: unclosed group in ${source}`);
        i++;
      } else if ("\\.*+?{}^$".includes(c)) {
        throw new Error(`expandWords: unsupported ${c} in ${source}`);
      } else {
        options = [c];
        i++;
      }
      if (source[i] === "?") {
        if (options.length === 1 && c !== "[" && c !== "(") throw new Error(`expandWords: ? after a letter in ${source}`);
        options = ["", ...options];
        i++;
      }
      forms = forms.flatMap((f) => options.map((o) => f + o));
    }
  };
  const words = alternatives();
  if (i !== source.length) throw new Error(`expandWords: unbalanced ) in ${source}`);
  return words;
}
