/**
 * The closed list of national and international institutions (data/institutions.json),
 * compiled into one regex that also accepts declined forms
 * ("des Europäischen Sozialfonds", "der Deutschen Forschungsgemeinschaft").
 */
import institutions from "./data/institutions.json" with { type: "json" };
import { parseNameAfter, type Candidate, type PlaceStarts } from "./candidates.js";
import { hasNewline, type OrgTokens } from "./tokens.js";
import { WordBit } from "./word-class.js";

interface Institution {
  name: string;
  abbr?: string;
  aliases?: string[];
  articleAliases?: string[];
  local?: boolean;
}

const LIST = institutions as Institution[];

function escape(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
}

/**
 * A nominative name as a pattern for all its case forms: adjectives before
 * the first noun take any ending, the first noun an optional genitive -s/-es.
 */
function declinedPattern(name: string): string {
  const words = name.split(" ");
  const firstLower = words.findIndex((w) => /^\p{Ll}/u.test(w));
  const leadEnd = firstLower < 0 ? words.length : firstLower;
  return words.map((w, i) => {
    if (i < leadEnd - 1 && /^\p{Lu}.*(?:e|er|es)$/u.test(w) && !/[-/]/.test(w)) {
      return escape(w.replace(/(?:er|es|e)$/u, "")) + "(?:e|er|es|en|em)";
    }
    if (i === leadEnd - 1 && /\p{Ll}$/u.test(w) && !/(?:s|ß|x|z)$/.test(w)) return escape(w) + "(?:es|s)?";
    // "des Deutschen Roten Kreuzes": a noun in s, ß, x or z takes "-es"
    if (i === leadEnd - 1 && /(?:ß|x|z)$/.test(w)) return escape(w) + "(?:es)?";
    return escape(w);
  }).join("\\s+");
}

/** One listed form; `nominative` is the form as listed ("Paritätischer Wohlfahrtsverband"), for names of local branches. */
interface Form { pattern: string; entry: Institution; afterArticle: boolean; nominative: string }

const FORMS: Form[] = [];
for (const entry of LIST) {
  for (const form of [entry.name, ...(entry.aliases ?? [])]) FORMS.push({ pattern: declinedPattern(form), entry, afterArticle: false, nominative: form });
  for (const form of entry.articleAliases ?? []) FORMS.push({ pattern: escape(form), entry, afterArticle: true, nominative: form });
}
const ARTICLE_BEFORE = /(?:^|[^\p{L}])(?:die|der|den)\s+$/iu;
// Longest forms first so "Europäischer Sozialfonds Plus" wins over "Europäischer Sozialfonds".
FORMS.sort((a, b) => b.pattern.length - a.pattern.length);
// No capture groups: a match with some 250 named groups built a 250-key object per hit. Which form matched
// is found afterwards (formOf): the first form, in alternation order, that matches the hit as a whole.
const GAZETTEER = new RegExp(`(?<![\\p{L}\\p{N}-])(?:${FORMS.map((f) => f.pattern).join("|")})(?![\\p{L}\\p{N}]|-\\p{L})`, "uy");
/**
 * Where a listed name can start: its first (up to) three literal letters after a non-word character.
 * Scanning with this small regex and trying the large one only there gives the same hits as scanning
 * with the large one (every hit starts with one of these prefixes), but runs the large regex's code
 * rarely: it was slow on a cold cache, i.e. on every new release in the pipeline.
 */
const PREFIXES = [...new Set(FORMS.map((f) => /^[\p{L}\p{N}]{1,3}/u.exec(f.pattern)?.[0] ?? ""))];
const START = PREFIXES.includes("")
  ? /(?<![\p{L}\p{N}-])/gu
  : new RegExp(`(?<![\\p{L}\\p{N}-])(?:${PREFIXES.sort((a, b) => b.length - a.length).join("|")})`, "gu");
/** Some listed form starts without a letter or digit: then only the START scan finds every start. */
const EMPTY_PREFIX = PREFIXES.includes("");
const FIRST_OF_PREFIX = new Uint8Array(65536);
const PREFIXES_BY_FIRST = new Map<number, string[]>();
for (const prefix of PREFIXES) {
  if (!prefix) continue;
  const c = prefix.charCodeAt(0);
  FIRST_OF_PREFIX[c] = 1;
  PREFIXES_BY_FIRST.set(c, [...(PREFIXES_BY_FIRST.get(c) ?? []), prefix]);
}

/**
 * The literal beginning of each listed form, as far as it is plain text ("Bundesministerium" of
 * "Bundesministerium(?:es|s)?\\s+für…"), with a first group of plain alternatives spelled out
 * ("De", "Der", "Des" … of "D(?:e|er|es|en|em)\\s+…"): a hit at a token's start begins with one of them.
 */
const FORM_BEGINNINGS: readonly (readonly string[])[] = FORMS.map((f) => literalBeginnings(f.pattern));
const BEGINNINGS: readonly string[] = [...new Set(FORM_BEGINNINGS.flat())];

function literalBeginnings(pattern: string): string[] {
  const literal = /^[^\\()[\]{}?*+|.^$]*/.exec(pattern)![0];
  const rest = pattern.slice(literal.length);
  const group = /^\(\?:([^\\()[\]{}?*+|.^$]*(?:\|[^\\()[\]{}?*+|.^$]*)*)\)(\?)?/.exec(rest);
  // (a group that may repeat or be skipped otherwise is not spelled out)
  if (!group || /^[*+?{]/.test(rest.slice(group[0].length))) return [literal];
  const endings = group[1]!.split("|");
  if (group[2]) endings.push("");
  return endings.map((e) => literal + e);
}

/**
 * WordBit.ListedStart when a listed name may begin with this token: the word starts with a form's literal
 * beginning, or is itself the start of one (the form goes on past the token).
 */
export function listedNameBits(word: string): number {
  for (const b of BEGINNINGS) {
    if (b.length <= word.length ? word.startsWith(b) : b.startsWith(word)) return WordBit.ListedStart;
  }
  return 0;
}

/** First characters of the literal beginnings; every character when a beginning is empty. */
const BEGINNING_INITIALS = new Uint8Array(65536).fill(BEGINNINGS.includes("") ? 1 : 0);
for (const b of BEGINNINGS) if (b) BEGINNING_INITIALS[b.charCodeAt(0)] = 1;

/** False when `listedNameBits` of the word at `at` is 0 for certain (no literal beginning starts with its first character). */
export function mayBeginListedName(text: string, at: number): boolean {
  return BEGINNING_INITIALS[text.charCodeAt(at)] === 1;
}

/** The first letters of some listed form stand at `at` (START without its lookbehind). */
function mayStartListedName(text: string, at: number): boolean {
  const c = text.charCodeAt(at);
  if (FIRST_OF_PREFIX[c] !== 1) return false;
  for (const prefix of PREFIXES_BY_FIRST.get(c)!) if (text.startsWith(prefix, at)) return true;
  return false;
}
/**
 * Each form's regex for a whole hit, made when first needed: a form is tried only on hits that begin
 * with one of its literal beginnings (no other hit matches it), so the first hit in a process
 * compiles the regexes of a few forms, not of every form listed before its own.
 */
const WHOLE_FORMS: (RegExp | undefined)[] = new Array<RegExp | undefined>(FORMS.length);
function matchesWhole(i: number, hit: string): boolean {
  if (!FORM_BEGINNINGS[i]!.some((b) => hit.startsWith(b))) return false;
  return (WHOLE_FORMS[i] ??= new RegExp(`^(?:${FORMS[i]!.pattern})$`, "u")).test(hit);
}
const FORM_OF_HIT = new Map<string, Form>();

/**
 * The alternative the regex took for a hit: an earlier alternative that
 * matched the same text at the same position would have been taken instead
 * (same text after it, so the same lookahead), so the first whole match is it.
 */
function formOf(hit: string): Form | undefined {
  let form = FORM_OF_HIT.get(hit);
  if (form === undefined) {
    const i = FORMS.findIndex((_, k) => matchesWhole(k, hit));
    if (i < 0) return undefined;
    form = FORMS[i]!;
    if (FORM_OF_HIT.size > 5_000) FORM_OF_HIT.clear();
    FORM_OF_HIT.set(hit, form);
  }
  return form;
}

/** Abbreviation → institution; two-letter ones only where they are unambiguous. */
const BY_ABBREVIATION = new Map<string, Institution>();
for (const entry of LIST) {
  if (entry.abbr && (entry.abbr.length >= 3 || entry.abbr === "EU" || entry.abbr === "UN")) BY_ABBREVIATION.set(entry.abbr, entry);
}

export function institutionByAbbreviation(abbr: string): { name: string; abbr: string; local: boolean } | null {
  const e = BY_ABBREVIATION.get(abbr);
  return e ? { name: e.name, abbr: e.abbr!, local: e.local ?? false } : null;
}

/**
 * The positions where a listed name may start, in order: the starts of tokens that may begin one
 * (WordBit.ListedStart, from `listedNameBits`: the view must come from ./view.ts) and, inside tokens like
 * "ver.di" or "A/B", the starts of inner words. Every position the START scan finds is among them (a
 * match needs a letter or digit first and none, nor a hyphen, before it); the others fail the sticky
 * GAZETTEER's own lookbehind or first letters, so trying them changes nothing.
 */
export function gazetteerCandidates(tk: OrgTokens, places: PlaceStarts): Candidate[] {
  const out: Candidate[] = [];
  const text = tk.text;
  if (EMPTY_PREFIX) {
    // a listed form that starts without a letter: every position may start one
    START.lastIndex = 0;
    for (let s = START.exec(text); s !== null; s = START.exec(text)) {
      const end = tryListedName(tk, s.index, places, out);
      START.lastIndex = end > s.index ? end : s.index + 1;
    }
    return out;
  }
  let resume = 0; // positions inside the last hit are not tried again
  for (let n = 0; n < tk.triggers.length; n++) {
    const i = tk.triggers[n]!;
    const bits = tk.bits[i]!;
    const start = tk.start[i]!;
    if ((bits & WordBit.ListedStart) !== 0 && start >= resume) {
      const end = tryListedName(tk, start, places, out);
      if (end > start) resume = end;
    }
    if ((bits & WordBit.InnerBreak) === 0) continue;
    const end = tk.end[i]!;
    for (let p = Math.max(start + 1, resume); p < end; p++) {
      if (!mayStartListedName(text, p)) continue;
      const hit = tryListedName(tk, p, places, out);
      if (hit > p) { resume = hit; p = hit - 1; }
    }
  }
  return out;
}

/**
 * The listed name starting exactly at `at`, pushed as a candidate (with the place of a local branch after it);
 * returns the end of the text the list matched, or -1.
 */
function tryListedName(tk: OrgTokens, at: number, places: PlaceStarts, out: Candidate[]): number {
  const text = tk.text;
  GAZETTEER.lastIndex = at;
  const m = GAZETTEER.exec(text);
  if (m === null) return -1;
  const matchEnd = at + m[0].length;
  const form = formOf(m[0]);
  if (!form) return matchEnd;
  if (form.afterArticle && !ARTICLE_BEFORE.test(text.slice(Math.max(0, at - 8), at))) return matchEnd;
  const entry = form.entry;
  let end = matchEnd;
  let name = entry.name;
  let abbreviation = entry.abbr ?? null;
  if (entry.local) {
    // "Diakonie Oberberg": a local branch is an organisation of its own
    const next = tokenIndexAt(tk, end);
    if (next !== undefined && !hasNewline(text, end, tk.start[next]!)) {
      const nameEnd = parseNameAfter(tk, next, places);
      if (nameEnd !== null) {
        end = tk.end[nameEnd - 1]!;
        // "beim Paritätischen Wohlfahrtsverband X" → "Paritätischer Wohlfahrtsverband X": the listed nominative
        // when the text declined a multi-word form, else the words as written ("Caritas", "IHK")
        const surface = m[0].replace(/\s+/g, " ");
        const base = surface !== form.nominative && form.nominative.includes(" ") && !form.afterArticle ? form.nominative : surface;
        // "Ostwestfalen zu Bielefeld": a chamber's seat after its district
        if (tk.word(nameEnd) === "zu" && nameEnd + 1 < tk.count && places.has(tk.start[nameEnd + 1]!) && !hasNewline(text, end, tk.start[nameEnd + 1]!)) {
          const seatEnd = parseNameAfter(tk, nameEnd + 1, places);
          if (seatEnd !== null) end = tk.end[seatEnd - 1]!;
        }
        const where = text.slice(tk.start[next]!, end).replace(/\s+/g, " ");
        name = `${base} ${where}`;
        // the branch's own short form ("AMS Vorarlberg", "IHK Köln"): two branches never share an abbreviation
        abbreviation = entry.abbr ? `${entry.abbr} ${where}` : null;
      }
    }
  }
  out.push({ start: at, end, name, abbreviation, abbreviationSpan: null, rule: "gazetteer", headBase: null, bare: false, local: entry.local ?? false });
  return matchEnd;
}

/** Index of the first token starting at or after offset (binary search). */
function tokenIndexAt(tk: OrgTokens, offset: number): number | undefined {
  let lo = 0, hi = tk.count;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (tk.start[mid]! < offset) lo = mid + 1; else hi = mid;
  }
  return lo < tk.count ? lo : undefined;
}
