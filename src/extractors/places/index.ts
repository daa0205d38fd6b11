/**
 * Places: towns, districts, Länder, countries, regions and addresses named in
 * a release, each with its canonical nominative name and all its mentions.
 *
 * One linear pass over the words finds the longest gazetteer form at each
 * capitalised word; then context decides. Forms that may be common words or
 * people's names (small towns, town parts, first names, bare stems) need a cue:
 * a preposition ("in Mölln"), a place noun ("Stadt Kerpen"), an institution
 * ("Jobcenter Kerpen"), a postcode, the dateline, a list with other places,
 * or another mention of the same place that had one. Determiners ("das Essen")
 * and person context ("Herrn Brügge", "Dirk Brügge") rule a form out.
 */
import type { ExtractorInput } from "../context.js";
import type { Mention, Place, PlaceType } from "../../schema/release.js";
import { mergeTaggedPlaces } from "./tagger-candidates.js";
import { addDatelinePlace } from "./dateline.js";
import { entryRank, FIRST_NAMES, FIRST_WORD_BITS_COUNT, gazetteer, wordHash, type Gazetteer, type GazetteerEntry, type SurfaceHit } from "./gazetteer.js";
import {
  ALL_CAPS, DATE_BEFORE_ON_LINE, DATELINE_AFTER, IN_BRACKETS_AFTER, IN_BRACKETS_BEFORE, LIST_GAP, POSTCODE_BEFORE, SENTENCE_BREAK,
  capitalisedAt, isCapitalised, isCurrencyAfterNumber, isHyphen,
} from "./patterns.js";
import { placeWords, type Word, type Words } from "./words.js";
import { TokenFlag } from "../../tokens/lexical-flags.js";
import { CharClass, charClass, hashString } from "../../tokens/chars.js";
import type { TokenLayer } from "../../tokens/layer.js";
import {
  DETERMINERS, FOREIGN_NAME_PARTICLES, INSTITUTION_NOUNS, PART_WORDS, PERSON_AFTER, PERSON_BEFORE, PLACE_CLASS_NOUNS, PLACE_LIST_NOUNS,
  PLACE_PREPOSITIONS, SOFT_PLACE_PREPOSITIONS,
} from "./cues.js";
import { findAddresses } from "./address.js";
import { GENERIC_PLACE_WORDS } from "../../lexicon/places-de.js";

/** A stretch of text that may name a place, and what the context says about it. */
interface Candidate {
  start: number;
  end: number;
  /** Word indexes covered (inclusive). */
  first: number;
  last: number;
  /** Gazetteer entries this form may name, best first; empty for names known only from context. */
  hits: SurfaceHit[];
  /** Name and type when not from the gazetteer (town parts listed after "Ortsteilen", "Jena-Südost"). */
  ownName?: string;
  ownType?: PlaceType;
  ownState?: string | null;
  standalone: boolean;
  cue: boolean;
  /** The name the text gives an entry when it differs ("Bad Boll" for GeoNames "Boll"). */
  displayName?: string;
  /** A cue that counts only with another place close by ("über Wörrstadt nach Mainz"). */
  softCue: boolean;
  rejected: boolean;
  accepted: boolean;
}

const TOWN_TYPES = new Set<PlaceType>(["municipality", "other"]);
/** Place-class nouns after which an unknown capitalised word is taken as a place name. */
const UNKNOWN_NAME_NOUNS = new Set(["Ortsteil", "Ortsteils", "Stadtteil", "Stadtteils", "Ortschaft", "Gemeindeteil", "Stadtbezirk", "Stadtbezirks"]);
/** Lists of town parts: their names are rarely in the gazetteer, so unknown names count without a known one. */
const TOWN_PART_LIST_NOUNS = new Set(["Stadtteile", "Stadtteilen", "Ortsteile", "Ortsteilen", "Ortschaften", "Stadtbezirke",
  "Stadtbezirken", "Quartiere", "Quartieren", "Stadtviertel", "Stadtvierteln", "Bezirke", "Bezirken"]);
/** List nouns after which unknown names are town parts or towns (not countries). */
const LOCAL_LIST_NOUNS = new Set([...PLACE_LIST_NOUNS].filter((w) => !/^(Bundes)?Länder|Landkreis|Kreise/.test(w)));

function titleCase(word: string): string {
  return word.split(/([-‐‑])/).map((p) => (p.length > 1 ? p[0] + p.slice(1).toLowerCase() : p)).join("");
}

/** The word as looked up: capitals-only words of four or more letters in title case ("KREIS" → "Kreis"). */
function lookupForm(word: string): string {
  if (word.length < 4) return word;
  // Fast path: a lowercase ASCII letter among the first two means not all capitals.
  const c0 = word.charCodeAt(0), c1 = word.charCodeAt(1);
  if ((c0 >= 97 && c0 <= 122) || (c1 >= 97 && c1 <= 122)) return word;
  return ALL_CAPS.test(word) && /\p{L}/u.test(word) ? titleCase(word) : word;
}

const HYPHEN = /[-‐‑]/;
const HYPHENS = /[‐‑]/g;

/** Offsets of the hyphens in a word. */
function hyphenIndexes(word: string): number[] {
  const out: number[] = [];
  for (let i = 0; i < word.length; i++) {
    const c = word.charCodeAt(i);
    if (c === 45 || c === 0x2010 || c === 0x2011) out.push(i);
  }
  return out;
}

/** Whether `lookupForm` may change text[start, end) (see its fast path): four or more letters, no lowercase ASCII among the first two. */
function maybeAllCaps(text: string, start: number, end: number): boolean {
  if (end - start < 4) return false;
  const c0 = text.charCodeAt(start), c1 = text.charCodeAt(start + 1);
  if ((c0 >= 97 && c0 <= 122) || (c1 >= 97 && c1 <= 122)) return false;
  // A lower-case letter beyond ASCII ("Köln", "Über") fails ALL_CAPS as well: no string is cut for it.
  return charClass(c0) !== CharClass.Lower && charClass(c1) !== CharClass.Lower;
}

function rankHits(hits: SurfaceHit[]): SurfaceHit[] {
  return [...hits].sort((a, b) => entryRank(b.entry) - entryRank(a.entry));
}

/** `NAME_GAP.test(text.slice(from, to))` without cutting: a dot, or an optional dot, one or two spaces, an optional "(". */
export function isNameGap(text: string, from: number, to: number): boolean {
  let k = from;
  if (k < to && text.charCodeAt(k) === 46) {
    k++;
    if (k === to) return true;
  }
  let spaces = 0;
  while (k < to && spaces < 2) {
    const c = text.charCodeAt(k);
    if (c !== 32 && c !== 9 && c !== 0xa0) break;
    k++;
    spaces++;
  }
  if (spaces === 0) return false;
  if (k < to && text.charCodeAt(k) === 40) k++;
  return k === to;
}

/** Where a walk through the sorted surface keys stands: the run [lo, hi) of keys that start with the `len` code units read so far. */
interface KeyRun { lo: number; hi: number; len: number }

const NARROWED = new Int32Array(2);
const KEY_SPACE = " ";

/** The run after the run's prefix plus one more word (text[a, b)) behind a space, or null when no form has those words. */
function extendRun(g: Gazetteer, run: KeyRun, text: string, a: number, b: number): KeyRun | null {
  const keys = g.table.keys;
  keys.narrow(run.lo, run.hi, run.len, KEY_SPACE, 0, 1, NARROWED);
  keys.narrow(NARROWED[0]!, NARROWED[1]!, run.len + 1, text, a, b, NARROWED);
  const lo = NARROWED[0]!, hi = NARROWED[1]!, len = run.len + 1 + (b - a);
  return lo < hi && g.table.runHasWordPrefix(lo, hi, len) ? { lo, hi, len } : null;
}

/** The run of the forms that start with the word text[a, b), or null when none does. */
function firstRun(g: Gazetteer, text: string, a: number, b: number): KeyRun | null {
  g.table.startRun(text, a, b, NARROWED);
  const lo = NARROWED[0]!, hi = NARROWED[1]!;
  return lo < hi && g.table.runHasWordPrefix(lo, hi, b - a) ? { lo, hi, len: b - a } : null;
}

/** The places of the form the run has read completely, or undefined when it is only the start of forms. */
function hitsOfRun(g: Gazetteer, run: KeyRun): SurfaceHit[] | undefined {
  return g.table.keys.keyLength(run.lo) === run.len ? g.table.hitsAt(run.lo) : undefined;
}

/**
 * Whether some form starts with word i, by the token layer's flag where the
 * word is one layer token (computed once per distinct word), else by the
 * gazetteer's bit filter and key table.
 */
function startsForm(g: Gazetteer, words: Words, layer: TokenLayer | undefined, i: number): boolean {
  const t = words.layerToken[i]!;
  const a = words.start[i]!, b = words.end[i]!;
  // The layer has lexical flags for words of letters up to 40 code units.
  if (t >= 0 && layer && b - a <= 40) return (layer.flags[t]! & TokenFlag.PlaceStart) !== 0;
  return g.table.mayStartForm(words.text, a, b) && g.table.isWordPrefix(words.text, a, b);
}

/**
 * Longest gazetteer form starting at word i. Keys grow word by word only while
 * they are the start of some form, walking the sorted keys without building
 * them, so most words cost one flag test. Beside the exact words, their lookup
 * forms: "KREIS WESEL" → "Kreis Wesel" (a second walk, only for words in capitals).
 */
function longestMatch(g: Gazetteer, words: Words, layer: TokenLayer | undefined, i: number): { last: number; hits: SurfaceHit[] } | null {
  const text = words.text;
  const a = words.start[i]!, b = words.end[i]!;
  const starts = startsForm(g, words, layer, i);
  // A word in capitals may start a form in title case ("KREIS"), so it is looked at.
  if (!starts && !maybeAllCaps(text, a, b)) return null;
  let exact: KeyRun | null = starts ? firstRun(g, text, a, b) : null;
  // The lookup form differs from the word only for words in capitals; while it does not, the two walks are one.
  let same = true;
  let norm: KeyRun | null = exact;
  if (maybeAllCaps(text, a, b)) {
    const word = text.slice(a, b);
    const normFirst = lookupForm(word);
    same = normFirst === word;
    if (!same) norm = firstRun(g, normFirst, 0, normFirst.length);
  }
  if (exact === null && norm === null) return null;
  let best: { last: number; hits: SurfaceHit[] } | null = null;
  for (let k = i; ; k++) {
    const hits = (exact !== null ? hitsOfRun(g, exact) : undefined) ??
      (norm !== null && !same ? hitsOfRun(g, norm) : undefined);
    if (hits) best = { last: k, hits };
    if (k + 1 >= words.count || !isNameGap(text, words.end[k]!, words.start[k + 1]!)) break;
    const wa = words.start[k + 1]!, wb = words.end[k + 1]!;
    if (exact !== null) exact = extendRun(g, exact, text, wa, wb);
    if (same && !maybeAllCaps(text, wa, wb)) {
      norm = exact;
    } else {
      const word = text.slice(wa, wb);
      const normWord = lookupForm(word);
      if (same && normWord === word) norm = exact;
      else {
        if (norm !== null) norm = extendRun(g, norm, normWord, 0, normWord.length);
        same = false;
      }
    }
    if (exact === null && norm === null) break;
  }
  return best;
}

function newCandidate(start: number, end: number, first: number, last: number, hits: SurfaceHit[]): Candidate {
  return { start, end, first, last, hits: rankHits(hits), standalone: hits.some((h) => h.standalone), cue: false, softCue: false, rejected: false, accepted: false };
}

/** Closing bracket of "Halle (Saale)" belongs to the mention. */
function extendOverBracket(text: string, c: Candidate): void {
  const mention = text.slice(c.start, c.end);
  if (mention.includes("(") && !mention.includes(")") && text[c.end] === ")") c.end += 1;
}

/** "Balingen-Zollernalb, Tuttlingen": the end of the hyphen compound a place starts (a list item), else `end`. */
function wordEnd(text: string, end: number): number {
  if (!HYPHEN.test(text[end] ?? "")) return end;
  let k = end + 1;
  while (k < text.length && k < end + 40 && /\p{L}/u.test(text[k]!)) k++;
  return k > end + 1 ? k : end;
}

/** Candidates from the gazetteer and hyphen compounds, in text order; the words that may be list nouns go to `listNouns`. */
function findCandidates(words: Words, layer: TokenLayer | undefined, listNouns: number[]): Candidate[] {
  const g = gazetteer();
  const text = words.text;
  const out: Candidate[] = [];
  let matchedTo = -1;
  const flags = layer?.flags, wordHashes = layer?.wordHash;
  for (let i = 0; i < words.count; i++) {
    const a = words.start[i]!, b = words.end[i]!;
    if (!capitalisedAt(text, a, b)) continue;
    const token = words.layerToken[i]!;
    // The nouns that may open a list, for findListedNames (the list nouns are all capitalised;
    // the bit filters skip other words without cutting their strings): by the layer's hash of
    // the word where the word is one token, else by a hash of its ends.
    if (token >= 0 && wordHashes ? mayBeListNounHash(wordHashes[token]!) : maybeListNoun(text, a, b)) listNouns.push(i);
    if (i <= matchedTo) continue;
    // Most capitalised words start no form, are not in capitals and have no hyphen: the layer's flags say so at once.
    if (token >= 0 && flags && b - a <= 40 && (flags[token]! & (TokenFlag.PlaceStart | TokenFlag.Hyphenated)) === 0 && !maybeAllCaps(text, a, b)) continue;
    const m = longestMatch(g, words, layer, i);
    if (m) {
      const t = words.at(i)!;
      const last = words.at(m.last);
      if (!last) continue;
      const c = newCandidate(t.start, last.end, i, m.last, m.hits);
      extendOverBracket(text, c);
      // GeoNames drops "Bad" from some spa towns ("Boll" for "Bad Boll"): the text's name wins.
      const prev = words.at(i - 1);
      if (prev && prev.text === "Bad" && text.slice(prev.end, t.start) === " " && c.hits[0] &&
        TOWN_TYPES.has(c.hits[0].entry.type) && !c.hits[0].entry.name.startsWith("Bad ")) {
        c.start = prev.start;
        c.first = i - 1;
        c.displayName = `Bad ${text.slice(t.start, last.end)}`;
        c.standalone = true;
      }
      out.push(c);
      matchedTo = m.last;
      continue;
    }
    if (!hasHyphen(words, layer, i)) continue;
    const t = words.at(i)!;
    const word = t.text;
    const cuts = hyphenIndexes(word);
    if (cuts.length === 0) continue;
    // "Jena-Südost": a town with a part word is one place. "Jena-Gera": two places.
    // Heads longer than the longest gazetteer form name nothing: a chain "A-A-…-B" is one pass, not one join per part.
    const maxHead = g.maxKeyLength;
    for (let j = cuts.length - 1; j >= 0; j--) {
      const cut = cuts[j]!;
      if (cut > maxHead) continue;
      const head = word.slice(0, cut).replace(HYPHENS, "-");
      const hits = g.surfaces.get(lookupForm(head));
      if (!hits) continue;
      const rest = word.slice(cut + 1).replace(HYPHENS, "-");
      const restParts = rest.split("-");
      const best = rankHits(hits)[0];
      const headIsLand = !!best && (best.entry.type === "state" || best.entry.type === "country");
      const restHits = g.surfaces.get(lookupForm(rest));
      out.push(newCandidate(t.start, t.start + head.length, i, i, hits));
      if (restHits && isCapitalised(rest)) {
        out.push(newCandidate(t.end - rest.length, t.end, i, i, restHits));
      } else if (restParts.every((p) => PART_WORDS.has(p)) && !headIsLand) {
        const c = out[out.length - 1];
        if (c) {
          c.end = t.end;
          c.ownName = t.text;
          c.ownType = "other";
          c.ownState = best?.entry.state ?? null;
        }
      }
      // Otherwise ("Köln-Marathon", "NRW-Modellprojekt") only the place part.
      break;
    }
  }
  return out;
}

/** `HYPHEN.test(word)` for word i, by the layer's flag where the word is one layer token, else by a scan. */
function hasHyphen(words: Words, layer: TokenLayer | undefined, i: number): boolean {
  const t = words.layerToken[i]!;
  if (t >= 0 && layer) return (layer.flags[t]! & TokenFlag.Hyphenated) !== 0;
  for (let k = words.start[i]!; k < words.end[i]!; k++) if (isHyphen(words.text.charCodeAt(k))) return true;
  return false;
}

const LIST_NOUN_HASH_MASK = (1 << 16) - 1;
/** Bit filter (by `wordHash`) of the nouns that open a list or name one unknown place. */
const LIST_NOUN_BITS = (() => {
  const bits = new Uint32Array(FIRST_WORD_BITS_COUNT / 32);
  for (const w of [...PLACE_LIST_NOUNS, ...UNKNOWN_NAME_NOUNS]) {
    const bit = wordHash(w, 0, w.length);
    bits[bit >>> 5] = (bits[bit >>> 5] ?? 0) | (1 << (bit & 31));
  }
  return bits;
})();
/** Bit filter of the list nouns by their hash as written (the token layer's `wordHash`). */
const LIST_NOUN_HASH_BITS = (() => {
  const bits = new Uint32Array(LIST_NOUN_HASH_MASK / 32 + 1);
  for (const w of [...PLACE_LIST_NOUNS, ...UNKNOWN_NAME_NOUNS]) {
    const bit = hashString(w) & LIST_NOUN_HASH_MASK;
    bits[bit >>> 5] = (bits[bit >>> 5] ?? 0) | (1 << (bit & 31));
  }
  return bits;
})();
function mayBeListNounHash(hash: number): boolean {
  const bit = hash & LIST_NOUN_HASH_MASK;
  return (LIST_NOUN_HASH_BITS[bit >>> 5]! & (1 << (bit & 31))) !== 0;
}
function maybeListNoun(text: string, start: number, end: number): boolean {
  const bit = wordHash(text, start, end);
  return ((LIST_NOUN_BITS[bit >>> 5] ?? 0) & (1 << (bit & 31))) !== 0;
}

/** The last of the candidates (sorted by first word) whose first word is k, or undefined. */
function lastStartingAt(known: readonly Candidate[], k: number): Candidate | undefined {
  let lo = 0, hi = known.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (known[mid]!.first <= k) lo = mid + 1; else hi = mid;
  }
  const c = known[lo - 1];
  return c && c.first === k ? c : undefined;
}

/** Unknown names in a list after "in den Ortsteilen …" or after "Ortsteil …": "Lindenhof, Sonnenberg und Oberdorf". */
function findListedNames(words: Words, known: Candidate[], listNouns: readonly number[]): Candidate[] {
  const text = words.text;
  const out: Candidate[] = [];
  if (listNouns.length === 0) return out;
  // The last candidate that starts at a word, as a map by first word would give it; `known` comes in
  // text order, so by binary search (a map per release cost more than the lists it serves).
  const inOrder = known.every((c, j) => j === 0 || known[j - 1]!.first <= c.first);
  const byFirst = inOrder ? { get: (k: number) => lastStartingAt(known, k) } : new Map(known.map((c) => [c.first, c]));
  for (const i of listNouns) {
    const t = words.at(i)!;
    const isList = PLACE_LIST_NOUNS.has(t.text);
    const isSingle = UNKNOWN_NAME_NOUNS.has(t.text);
    if (!isList && !isSingle) continue;
    let k = i + 1;
    // One lowercase word may stand between: "Projektstandorte sind …", "Städte wie …".
    const between = words.at(k);
    if (between && !isCapitalised(between.text) && /^[\s:]+$/.test(text.slice(t.end, between.start)) &&
      !/^(und|oder)$/.test(between.text)) k++;
    let prevEnd = t.end;
    let firstItem = true;
    const items: { known?: Candidate; token?: { start: number; end: number; index: number; text: string } }[] = [];
    while (k < words.count) {
      const item = words.at(k);
      if (!item) break;
      if (!firstItem && /^(und|oder|sowie|bzw)$/.test(item.text)) { k++; continue; }
      const gap = text.slice(prevEnd, item.start);
      if (firstItem ? !/^[\s:]+$/.test(gap) : !LIST_GAP.test(gap)) break;
      if (!isCapitalised(item.text) || DETERMINERS.has(item.text)) break;
      const knownHere = byFirst.get(k);
      if (knownHere) {
        items.push({ known: knownHere });
        prevEnd = knownHere.end;
        k = knownHere.last + 1;
      } else {
        // Only town-level lists name unknown places; a capitalised noun after the name ends the list.
        const next = words.at(k + 1);
        const nounFollows = next && isCapitalised(next.text) && /^[ \t]+$/.test(text.slice(item.end, next.start));
        if (!(isList ? LOCAL_LIST_NOUNS.has(t.text) : true) || nounFollows || /^\d/.test(item.text)) break;
        items.push({ token: { start: item.start, end: item.end, index: k, text: item.text } });
        prevEnd = item.end;
        k++;
      }
      firstItem = false;
      if (isSingle) break;
    }
    // A plural noun opens a list only when a list follows ("die Städte Nahrung …" is not one).
    if (isList && items.length < 2) continue;
    // Measured on GermEval: unknown names listed after a town-level plural noun are nearly always places.
    const unknownOk = true;
    for (const it of items) {
      if (it.known) it.known.cue = true;
      else if (it.token && unknownOk) {
        const c = newCandidate(it.token.start, it.token.end, it.token.index, it.token.index, []);
        c.ownName = it.token.text;
        c.ownType = "other";
        c.cue = true;
        out.push(c);
      }
    }
  }
  return out;
}

interface Context {
  text: string;
  words: Words;
  dateline: { start: number; end: number } | null;
}

/** The word right before a candidate when only spaces stand between (else null). */
function wordBefore(ctx: Context, c: Candidate, allowDot = false): Word | null {
  const prev = ctx.words.at(c.first - 1);
  if (!prev) return null;
  // The gap is /^[ \t\u00a0]+$/, or with allowDot /^\.[ \t\u00a0]+$/ (tested without cutting it).
  const { text } = ctx;
  return blankRun(text, prev.end, c.start) || (allowDot && text.charCodeAt(prev.end) === 46 && blankRun(text, prev.end + 1, c.start)) ? prev : null;
}

function wordAfter(ctx: Context, c: Candidate): Word | null {
  const next = ctx.words.at(c.last + 1);
  if (!next) return null;
  // The gap is /^[ \t\u00a0]*\(?$/ (empty when the candidate reaches past the word's start).
  const { text } = ctx;
  let k = c.end;
  while (k < next.start && isBlank(text.charCodeAt(k))) k++;
  if (k < next.start && text.charCodeAt(k) === 40) k++;
  return k >= next.start ? next : null;
}

const isBlank = (c: number) => c === 32 || c === 9 || c === 0xa0;
/** text[from, to) is one or more spaces, tabs or no-break spaces. */
function blankRun(text: string, from: number, to: number): boolean {
  if (to <= from) return false;
  for (let k = from; k < to; k++) if (!isBlank(text.charCodeAt(k))) return false;
  return true;
}

function isTownLike(c: Candidate): boolean {
  if (c.ownType) return TOWN_TYPES.has(c.ownType);
  const best = c.hits[0];
  return !!best && TOWN_TYPES.has(best.entry.type);
}

const isDigitCode = (c: number) => c >= 48 && c <= 57;
/** Count words after which a capitalised word is a currency or a thing counted ("5 Millionen Franken"). */
const AMOUNT_WORDS = new Set(["Millionen", "Milliarden", "Tausend", "Mio", "Mrd"]);

/** Context that says the form is not a place here: a determiner, or a person's name. */
function isRuledOut(ctx: Context, c: Candidate): boolean {
  if (c.ownName && c.cue) return false;
  const prev = wordBefore(ctx, c, true);
  const prevPlain = wordBefore(ctx, c);
  const next = wordAfter(ctx, c);
  const townLike = isTownLike(c);
  if (townLike && prevPlain && DETERMINERS.has(prevPlain.text)) return true;
  // "New Jersey", "Rio Grande", "Fort Worth": another place's name.
  if (prevPlain && FOREIGN_NAME_PARTICLES.has(prevPlain.text)) return true;
  if (prev && PERSON_BEFORE.has(prev.text) && (townLike || !c.standalone)) return true;
  if (next && PERSON_AFTER.has(next.text) && townLike) return true;
  // "Dirk Brügge": a first name right before; "Hagen Müller": a first name right before a capitalised word.
  if (townLike && prevPlain && isCapitalised(prevPlain.text) && FIRST_NAMES.has(prevPlain.text.toLowerCase())) return true;
  const name = ctx.text.slice(c.start, c.end);
  if (townLike && next && FIRST_NAMES.has(name.toLowerCase()) && isCapitalised(next.text) &&
    /^[ \t]+$/.test(ctx.text.slice(c.end, next.start))) return true;
  // "Halle 3", "Wald 2": a small town's name before a number is a hall, a lot, a label.
  if (townLike && !c.standalone && next && isDigitCode(ctx.text.charCodeAt(next.start))) return true;
  // "100.000 Franken", "5 Millionen Franken", "TSV 1860 Ansbach": after an amount or a year it is a currency,
  // a count or part of a name, not a place; after a postcode ("10247 Berlin", ", 8400 Winterthur") the town.
  if (prevPlain && ((isDigitCode(ctx.text.charCodeAt(prevPlain.start)) && !/^\d{5}$/.test(prevPlain.text)
    && !POSTCODE_BEFORE.test(ctx.text.slice(lineStartWithin(ctx.text, c.start, 40), c.start))) || AMOUNT_WORDS.has(prevPlain.text))) return true;
  // "5000 Franken", "1,8 Mio. Franken": a currency word after any number.
  if (isCurrencyAfterNumber(ctx.text, c)) return true;
  // "den elterlichen Hof", "im ganzen Wald": determiner + adjective before a town name makes it a noun.
  if (townLike && prevPlain && /^\p{Ll}+(en|em|er|es|e)$/u.test(prevPlain.text)) {
    const before = ctx.words.at(c.first - 2);
    if (before && DETERMINERS.has(before.text) && /^[ \t]+$/.test(ctx.text.slice(before.end, prevPlain.start))) return true;
  }
  return false;
}

/**
 * A town name opening a sentence, joined by "und"/"oder" to a capitalised word
 * that is no place, is a noun: "Essen und Getränke werden gestellt".
 */
function isCoordinatedWithNoun(ctx: Context, c: Candidate, candidateAt: () => Map<number, Candidate>): boolean {
  if (!isTownLike(c) || c.cue) return false;
  const prev = ctx.words.at(c.first - 1);
  const sentenceStart = !prev || SENTENCE_BREAK.test(ctx.text.slice(prev.end, c.start));
  if (!sentenceStart) return false;
  const conj = ctx.words.at(c.last + 1), partner = ctx.words.at(c.last + 2);
  if (!conj || !partner || !/^(und|oder|&)$/.test(conj.text) || !isCapitalised(partner.text)) return false;
  if (!/^\s+$/.test(ctx.text.slice(c.end, conj.start))) return false;
  return !candidateAt().has(c.last + 2);
}

/** Heads of institution names with a field after "für": "Institut für Ostseeforschung", "Zentrum für Umweltbildung". */
const INSTITUTION_HEAD = /(?:^|-)(?:Institut|Zentrum|Akademie|Gesellschaft|Stiftung|Verein|Verband|Amt|Büro|Forum|Kolleg|Netzwerk|Agentur)$|\p{Ll}(?:institut|zentrum|akademie|gesellschaft|stiftung|verein|verband|amt|büro|forum|kolleg|netzwerk|agentur)$/u;
/** Words of the field between "für" and the place: nouns, adjectives, "und". */
const FIELD_WORDS = 3;

/**
 * The place that ends an institution's name: "Leibniz-Institut für
 * Ostseeforschung Warnemünde", "Zentrum für ökologische Landwirtschaft Mölln".
 * The words between are a field (up to three, on one line, spaces only).
 */
function inInstitutionName(ctx: Context, c: Candidate): boolean {
  const { text, words } = ctx;
  const last = words.at(c.first - 1);
  if (!last || !last.capitalised) return false;
  for (let k = c.first - 1; k >= c.first - FIELD_WORDS && k >= 1; k--) {
    const word = words.at(k), before = words.at(k - 1);
    if (!word || !before || !/^ +$/.test(text.slice(before.end, word.start))) return false;
    if (before.text === "für") {
      const head = words.at(k - 2);
      return !!head && /^ +$/.test(text.slice(head.end, before.start)) && INSTITUTION_HEAD.test(head.text);
    }
    if (!(before.capitalised || before.text === "und" || /^\p{Ll}+(?:e|en|er|es|sche[nmrs]?)$/u.test(before.text))) return false;
  }
  return false;
}

/** Context that says the form is a place here. */
function hasCue(ctx: Context, c: Candidate): boolean {
  if (c.cue) return true;
  const { text } = ctx;
  const prev = wordBefore(ctx, c);
  // "Norden", "Mitte": direction words name a place only after a place noun, a postcode, or in a dateline.
  const generic = GENERIC_PLACE_WORDS.has(text.slice(c.start, c.end));
  if (prev && !generic) {
    // Prepositions open sentences too: "In Alzey trafen sich …".
    const preposition = prev.capitalised && /^\p{Lu}\p{Ll}+$/u.test(prev.text) && !PLACE_PREPOSITIONS.has(prev.text) ? prev.text.toLowerCase() : prev.text;
    if (PLACE_PREPOSITIONS.has(preposition)) return true;
    if (SOFT_PLACE_PREPOSITIONS.has(preposition)) {
      // "von" after a first name is a name particle ("Tobias von …").
      const before = ctx.words.at(c.first - 2);
      if (!(prev.text === "von" && before && isCapitalised(before.text) && FIRST_NAMES.has(before.text.toLowerCase()))) {
        c.softCue = true;
      }
    }
    if (PLACE_CLASS_NOUNS.has(prev.text) || INSTITUTION_NOUNS.has(prev.text)) return true;
    // An acronym before a town names a local branch: "AOK Nordheim", "DRK Kerpen".
    if (/^\p{Lu}{2,6}$/u.test(prev.text)) return true;
    if (/(zentrum|amt|agentur|netzwerk|verein|verband|werk|schule|kammer|gericht|center|stiftung|bündnis|initiative|industrie|kreis|hilfe)$/.test(prev.text) &&
      isCapitalised(prev.text)) return true;
    // "die Caritasverbände Balingen, Tuttlingen und Konstanz": a plural institution noun before a list of its places
    if (/(zentren|ämter|agenturen|netzwerke|vereine|verbände|werke|schulen|kammern|gerichte|stiftungen|initiativen|kreise|jobcenter)$/.test(prev.text) &&
      isCapitalised(prev.text)) return true;
    if (inInstitutionName(ctx, c)) return true;
  }
  const before = text.slice(lineStartWithin(text, c.start, 40), c.start);
  if (POSTCODE_BEFORE.test(before)) return true;
  if (IN_BRACKETS_BEFORE.test(before) && IN_BRACKETS_AFTER.test(text.slice(c.end, c.end + 3))) return true;
  if (generic && prev && PLACE_CLASS_NOUNS.has(prev.text)) return true;
  if (ctx.dateline && c.start >= ctx.dateline.start && c.end <= ctx.dateline.end) return true;
  // The line tests, scanning the line only when its start or end can decide.
  const blankBefore = onlySpaceBefore(text, c.start);
  const dateBefore = !blankBefore && mayEndWithDate(text, c.start) &&
    DATE_BEFORE_ON_LINE.test(text.slice(lineStartWithin(text, c.start, LINE_LOOK), c.start));
  if (blankBefore || dateBefore) {
    if (dateBefore || onlySpaceAfter(text, c.end) || DATELINE_AFTER.test(text.slice(c.end, lineEndWithin(text, c.end, LINE_LOOK)))) return true;
  }
  return false;
}

/** How far the line tests look from a candidate: a date before it or a dateline mark after it is short. */
const LINE_LOOK = 160;

/** Where the line holding `at` starts, or `reach` code units before `at` when further back. */
function lineStartWithin(text: string, at: number, reach: number): number {
  let s = at;
  while (s > 0 && at - s < reach && text.charCodeAt(s - 1) !== 10) s--;
  return s;
}

/** Where the line holding `at` ends, or `reach` code units after `at` when further on. */
function lineEndWithin(text: string, at: number, reach: number): number {
  let e = at;
  while (e < text.length && e - at < reach && text.charCodeAt(e) !== 10) e++;
  return e;
}

/** Only space stands between the line's start and `at`. (Space runs end at the neighbouring word: short scans.) */
function onlySpaceBefore(text: string, at: number): boolean {
  let b = at;
  while (b > 0 && text.charCodeAt(b - 1) !== 10 && SPACE.test(text[b - 1]!)) b--;
  return b === 0 || text.charCodeAt(b - 1) === 10;
}

/** Only space stands between `at` and the line's end. */
function onlySpaceAfter(text: string, at: number): boolean {
  let a = at;
  while (a < text.length && text.charCodeAt(a) !== 10 && SPACE.test(text[a]!)) a++;
  return a === text.length || text.charCodeAt(a) === 10;
}

/**
 * Whether the text before `at` can end as DATE_BEFORE_ON_LINE does: a digit, then
 * space, at most one of ",–—-", space. Told from the last few characters, so the
 * line is scanned only when it may hold a date.
 */
function mayEndWithDate(text: string, at: number): boolean {
  let q = at;
  while (q > 0 && SPACE.test(text[q - 1]!)) q--;
  const c = text.charCodeAt(q - 1);
  if (c === 44 || c === 0x2013 || c === 0x2014 || c === 45) {
    q--;
    while (q > 0 && SPACE.test(text[q - 1]!)) q--;
  }
  const d = text.charCodeAt(q - 1);
  return d >= 48 && d <= 57;
}
const SPACE = /\s/;

/** Picks the entry a candidate names, preferring places in the Länder the release is about. */
function chooseEntry(c: Candidate, releaseStates: Set<string>): GazetteerEntry | null {
  const best = c.hits[0];
  if (!best) return null;
  // City-states: "Berlin" is the town (with AGS and coordinates) rather than the Land. A town of
  // the same name elsewhere ("Sachsen" near Ansbach, "Thüringen" in Vorarlberg) is not the Land.
  if (best.entry.type === "state") {
    const town = c.hits.find((h) => h.entry.type === "municipality" && h.entry.name === best.entry.name &&
      h.entry.state === best.entry.state);
    return town ? town.entry : best.entry;
  }
  if (TOWN_TYPES.has(best.entry.type) && c.hits.length > 1) {
    const local = c.hits.find((h) => TOWN_TYPES.has(h.entry.type) && h.entry.state && releaseStates.has(h.entry.state));
    if (local) return local.entry;
  }
  return best.entry;
}

/**
 * Adds a mention unless the place has one with the same span. Candidates come
 * in text order, so a place's mentions are sorted by start while they are
 * added, and a span seen before is among the last ones with the same start.
 */
function addMention(place: Place, text: string, start: number, end: number): void {
  const mentions = place.mentions;
  for (let j = mentions.length - 1; j >= 0 && mentions[j]!.start === start; j--) if (mentions[j]!.end === end) return;
  mentions.push({ text: text.slice(start, end), start, end });
}

/** Adds an address mention unless the place has one with the same span (`seen`: the spans per place, made on first use). */
function addAddressMention(seen: Map<Place, Set<string>>, place: Place, text: string, start: number, end: number): void {
  let spans = seen.get(place);
  if (!spans) seen.set(place, (spans = new Set(place.mentions.map((m) => `${m.start}:${m.end}`))));
  const key = `${start}:${end}`;
  if (spans.has(key)) return;
  spans.add(key);
  place.mentions.push({ text: text.slice(start, end), start, end });
}

export function extractPlaces(input: ExtractorInput): Place[] {
  const { text } = input;
  // The words from the shared token layer where it has them (the pipeline's), else scanned here.
  const words = placeWords(text, input.tokens);
  const ctx: Context = { text, words, dateline: input.dateline };
  const listNouns: number[] = [];
  const candidates = findCandidates(words, input.tokens, listNouns);
  const listed = findListedNames(words, candidates, listNouns);
  const all = [...candidates, ...listed].sort((a, b) => a.start - b.start);

  // (Made on first use: only a town name opening a sentence before "und" asks.)
  let byFirstWord: Map<number, Candidate> | null = null;
  const candidateAt = () => (byFirstWord ??= new Map(all.map((c) => [c.first, c])));
  for (const c of all) {
    c.rejected = isRuledOut(ctx, c) || isCoordinatedWithNoun(ctx, c, candidateAt);
    if (c.rejected) continue;
    c.cue = hasCue(ctx, c);
    c.accepted = c.standalone || c.cue;
    // Direction words take no help from lists or other mentions.
    if (!c.accepted && GENERIC_PLACE_WORDS.has(text.slice(c.start, c.end))) c.rejected = true;
  }

  // Lists: a form next to an accepted place ("Kiel, Mölln und Ratzeburg", "Stuttgart/Tuttlingen") is a place too.
  // Acceptance spreads along a list both ways: one sweep each way reaches what repeated
  // left-to-right passes reached one item per pass (quadratic on a long list accepted at its end).
  const listLinked = all.map((c, i) => {
    const next = all[i + 1];
    return !!next && LIST_GAP.test(text.slice(c.end, next.start));
  });
  // Rightwards a hyphenated first item links too ("Nordstadt-Süd, Adorf und Bedorf" read from its head word).
  const linkedAfterWord = (a: Candidate, b: Candidate) =>
    wordEnd(text, a.end) <= b.start && LIST_GAP.test(text.slice(wordEnd(text, a.end), b.start));
  for (let i = 1; i < all.length; i++) {
    const c = all[i]!, prev = all[i - 1]!;
    if (!c.accepted && !c.rejected && prev.accepted && prev.end <= c.start && (listLinked[i - 1] || linkedAfterWord(prev, c))) c.accepted = true;
  }
  for (let i = all.length - 2; i >= 0; i--) {
    const c = all[i]!, next = all[i + 1]!;
    if (!c.accepted && !c.rejected && next.accepted && listLinked[i]) c.accepted = true;
  }

  // A soft cue counts when another place stands close by (repeated: "von A über B nach C"):
  // a sweep each way, as for lists.
  const SOFT_CUE_REACH = 80;
  const near = (c: Candidate, o: Candidate | undefined) => !!o && o.accepted &&
    o.end >= c.start - SOFT_CUE_REACH && o.start <= c.end + SOFT_CUE_REACH &&
    !SENTENCE_BREAK.test(text.slice(Math.min(o.end, c.end), Math.max(o.start, c.start)));
  const softCueAccepts = (c: Candidate, o: Candidate | undefined) => !c.accepted && !c.rejected && c.softCue && near(c, o);
  for (let i = 1; i < all.length; i++) if (softCueAccepts(all[i]!, all[i - 1])) all[i]!.accepted = true;
  for (let i = all.length - 2; i >= 0; i--) if (softCueAccepts(all[i]!, all[i + 1])) all[i]!.accepted = true;

  // Another mention of a place that was recognised elsewhere in the release.
  const acceptedNames = new Set<string | undefined>();
  for (const c of all) if (c.accepted) acceptedNames.add(c.ownName ?? c.hits[0]?.entry.name);
  for (const c of all) {
    if (!c.accepted && !c.rejected && acceptedNames.has(c.ownName ?? c.hits[0]?.entry.name)) c.accepted = true;
  }

  // The Länder the release is about decide between towns of one name ("Hamm" in NRW or in Rheinland-Pfalz).
  const releaseStates = new Set<string>();
  for (const c of all) {
    if (!c.accepted) continue;
    const best = c.hits[0]?.entry;
    if (best && (best.type === "state" || c.hits.length === 1) && best.state) releaseStates.add(best.state);
  }

  // Town parts known only from a list lie in the release's Land when it names just one.
  const onlyLand = releaseStates.size === 1 ? [...releaseStates][0] ?? null : null;

  const places = new Map<string, Place>();
  /** How the text names each gazetteer place: official alias, full name, or stem only. */
  const naming = new Map<Place, { alias?: string; full: boolean; stem?: string }>();
  for (const c of all) {
    if (!c.accepted) continue;
    let place: Place | undefined;
    if (c.ownName) {
      place = places.get(c.ownName);
      if (!place) {
        place = { name: c.ownName, type: c.ownType ?? "other", mentions: [], state: c.ownState ?? onlyLand };
        places.set(c.ownName, place);
      }
    } else {
      const e = chooseEntry(c, releaseStates);
      if (!e) continue;
      const key = c.displayName ?? e.name;
      place = places.get(key);
      if (!place) {
        place = { name: key, type: e.type, mentions: [], state: e.state };
        if (e.ags) place.ags = e.ags;
        if (e.lat !== null && e.lon !== null) { place.lat = e.lat; place.lon = e.lon; }
        places.set(key, place);
        naming.set(place, { full: false });
      }
      const hit = c.hits.find((h) => h.entry === e);
      const how = naming.get(place);
      if (how && !c.displayName) {
        if (hit?.officialName) how.alias ??= hit.officialName;
        else if (hit?.shortName) how.stem ??= hit.shortName;
        else how.full = true;
      }
    }
    addMention(place, text, c.start, c.end);
  }

  // The name as the text gives it: an official name it uses ("Mülheim an der Ruhr"), else the
  // gazetteer name, else the stem when that is all it says ("Frankfurt", not "Frankfurt am Main").
  for (const [p, how] of naming) {
    const name = how.alias ?? (how.full ? p.name : how.stem ?? p.name);
    if (name !== p.name && !places.has(name)) p.name = name;
  }

  // Mentions of the places found so far by start, for the town inside each address (a binary
  // search instead of a walk over every mention per address).
  // The first place (in map order) with a mention inside the address wins, as before.
  // (Made when the first address is found, before its mention is added: most releases have none.)
  let byStart: { m: Mention; p: Place; order: number }[] | null = null;
  const addressSpans = new Map<Place, Set<string>>();
  for (const a of findAddresses(text, input.tokens)) {
    byStart ??= [...places.values()].flatMap((p, order) => p.mentions.map((m) => ({ m, p, order }))).sort((x, y) => x.m.start - y.m.start);
    let place = places.get(a.name);
    if (!place) {
      // The Land of the town found inside the address.
      let lo = 0, hi = byStart.length;
      while (lo < hi) {
        const mid = (lo + hi) >>> 1;
        if (byStart[mid]!.m.start < a.start) lo = mid + 1;
        else hi = mid;
      }
      let town: { p: Place; order: number } | undefined;
      for (let k = lo; k < byStart.length && byStart[k]!.m.start < a.end; k++) {
        const hit = byStart[k]!;
        if (hit.m.end <= a.end && hit.p.type !== "address" && (!town || hit.order < town.order)) town = hit;
      }
      place = { name: a.name, type: "address", mentions: [], state: town?.p.state ?? null };
      places.set(a.name, place);
    }
    addAddressMention(addressSpans, place, text, a.start, a.end);
  }

  const out = [...places.values()];
  for (const p of out) p.mentions.sort((a: Mention, b: Mention) => a.start - b.start);
  out.sort((a, b) => (a.mentions[0]?.start ?? 0) - (b.mentions[0]?.start ?? 0));
  return addDatelinePlace(input, mergeTaggedPlaces(input, out));
}

