/**
 * The closed list of national and international institutions (data/institutions.json),
 * compiled into one regex that also accepts declined forms
 * ("des Europäischen Sozialfonds", "der Deutschen Forschungsgemeinschaft").
 */
import institutions from "./data/institutions.json" with { type: "json" };
import { parseNameAfter, type Candidate, type PlaceStarts } from "./candidates.js";
import { hasNewline, type Token } from "./tokens.js";

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
const WHOLE_FORMS = FORMS.map((f) => new RegExp(`^(?:${f.pattern})$`, "u"));
const FORM_OF_HIT = new Map<string, Form>();

/**
 * The alternative the regex took for a hit: an earlier alternative that
 * matched the same text at the same position would have been taken instead
 * (same text after it, so the same lookahead), so the first whole match is it.
 */
function formOf(hit: string): Form | undefined {
  let form = FORM_OF_HIT.get(hit);
  if (form === undefined) {
    const i = WHOLE_FORMS.findIndex((re) => re.test(hit));
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

export function gazetteerCandidates(text: string, tokens: Token[], places: PlaceStarts): Candidate[] {
  const out: Candidate[] = [];
  START.lastIndex = 0;
  for (let s = START.exec(text); s !== null; s = START.exec(text)) {
    GAZETTEER.lastIndex = s.index;
    const m = GAZETTEER.exec(text);
    if (m === null) { START.lastIndex = s.index + 1; continue; }
    START.lastIndex = m.index + m[0].length;
    const form = formOf(m[0]);
    if (!form) continue;
    if (form.afterArticle && !ARTICLE_BEFORE.test(text.slice(Math.max(0, m.index - 8), m.index))) continue;
    const entry = form.entry;
    let end = m.index + m[0].length;
    let name = entry.name;
    let abbreviation = entry.abbr ?? null;
    if (entry.local) {
      // "Diakonie Oberberg": a local branch is an organisation of its own
      const next = tokenIndexAt(tokens, end);
      if (next !== undefined && !hasNewline(text, end, tokens[next]!.start)) {
        const nameEnd = parseNameAfter(tokens, next, places, text);
        if (nameEnd !== null) {
          end = tokens[nameEnd - 1]!.end;
          // "beim Paritätischen Wohlfahrtsverband X" → "Paritätischer Wohlfahrtsverband X": the listed nominative
          // when the text declined a multi-word form, else the words as written ("Caritas", "IHK")
          const surface = m[0].replace(/\s+/g, " ");
          const base = surface !== form.nominative && form.nominative.includes(" ") && !form.afterArticle ? form.nominative : surface;
          // "Ostwestfalen zu Bielefeld": a chamber's seat after its district
          if (tokens[nameEnd]?.text === "zu" && tokens[nameEnd + 1] && places.has(tokens[nameEnd + 1]!.start) && !hasNewline(text, end, tokens[nameEnd + 1]!.start)) {
            const seatEnd = parseNameAfter(tokens, nameEnd + 1, places, text);
            if (seatEnd !== null) end = tokens[seatEnd - 1]!.end;
          }
          const where = text.slice(tokens[next]!.start, end).replace(/\s+/g, " ");
          name = `${base} ${where}`;
          // the branch's own short form ("AMS Tirol", "IHK Köln"): two branches never share an abbreviation
          abbreviation = entry.abbr ? `${entry.abbr} ${where}` : null;
        }
      }
    }
    out.push({ start: m.index, end, name, abbreviation, abbreviationSpan: null, rule: "gazetteer", headBase: null, bare: false, local: entry.local ?? false });
  }
  return out;
}

/** Index of the first token starting at or after offset (binary search). */
function tokenIndexAt(tokens: Token[], offset: number): number | undefined {
  let lo = 0, hi = tokens.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (tokens[mid]!.start < offset) lo = mid + 1; else hi = mid;
  }
  return lo < tokens.length ? lo : undefined;
}
