/**
 * Organisations: bodies named in a release, one entity per body with its
 * canonical nominative name, its abbreviation and every mention.
 *
 * Rules (./candidates.ts, ./gazetteer.ts): a closed list of national and
 * international institutions; institution head nouns with adjectives and
 * complements ("Bundesministerium für Gesundheit", "Rat der Stadt
 * Musterstadt", "Jobcenter Landkreis Musterkreis"); names before a legal form
 * ("Muster Hilfe gGmbH"); names after a descriptor ("Energiekonzern XY",
 * "Verein „…“"); acronyms after an article ("die IMG"). Abbreviations defined
 * in parentheses link both ways. Then ./resolve.ts groups variants.
 */
import type { ExtractorInput } from "../context.js";
import type { Organisation } from "../../schema/release.js";
import {
  articleAcronymCandidates, clubCandidates, definedAcronymCandidates, descriptorCandidates, headCandidates, legalFormCandidates, municipalityCandidates,
  type Candidate, type PlaceStarts,
} from "./candidates.js";
import { gazetteerCandidates, institutionByAbbreviation } from "./gazetteer.js";
import { ACRONYM, PARENTHESISED_ACRONYM } from "./patterns.js";
import { groupEntities, selectCandidates } from "./resolve.js";
import type { OrgTokens } from "./tokens.js";
import { organisationTokens } from "./view.js";
import { WordBit } from "./word-class.js";
import { mergeTaggedOrganisations } from "./tagger-candidates.js";

export function extractOrganisations(input: ExtractorInput): Organisation[] {
  const text = input.text;
  const tk = organisationTokens(text, input.tokens);

  const places: PlaceStarts = new Map();
  const placeSpans: { start: number; end: number }[] = [];
  for (const p of input.places ?? []) {
    for (const m of p.mentions) {
      placeSpans.push(m);
      if ((places.get(m.start) ?? -1) < m.end) places.set(m.start, m.end);
    }
  }

  // Acronyms defined in parentheses after something that is no organisation ("(MO)", "(AsylbLG)") are not names.
  const first: Candidate[] = [
    ...gazetteerCandidates(tk, places),
    ...headCandidates(tk, places),
    ...legalFormCandidates(tk, places),
    ...clubCandidates(tk),
    ...municipalityCandidates(tk, places),
    ...definedAcronymCandidates(tk, places),
  ];
  let chosen = selectCandidates(first);
  const blocked = blockedAcronyms(text, chosen);
  chosen = selectCandidates([...chosen, ...descriptorCandidates(tk, blocked)]);
  attachAbbreviations(text, chosen);

  // An unknown acronym after an article, unless it is a place the places stage found.
  placeSpans.sort((a, b) => a.start - b.start);
  const inPlace = (start: number, end: number): boolean => overlapsSorted(placeSpans, start, end);
  const acronyms = articleAcronymCandidates(tk, blocked, places, (a) => institutionByAbbreviation(a)?.name ?? null)
    .filter((c) => !inPlace(c.start, c.end));
  chosen = selectCandidates([...chosen, ...acronyms]);

  // Bare acronyms: defined ones and those of listed institutions.
  const known = new Map<string, Candidate | null>();
  for (const c of chosen) if (c.abbreviation) known.set(c.abbreviation, c);
  const extra = new Map<string, { start: number; end: number }[]>();
  // the chosen spans (sorted by start; the loop adds more after them): a token is inside one when the last span
  // starting before it ends after it
  const spanCount = chosen.length;
  let cursor = 0;
  for (let n = 0; n < tk.triggers.length; n++) {
    const i = tk.triggers[n]!;
    if ((tk.bits[i]! & WordBit.AcronymShape) === 0) continue;
    const word = tk.word(i)!;
    const start = tk.start[i]!, end = tk.end[i]!;
    // (the old pre-checks of ACRONYM, kept because they also bound the length in code units)
    const first = word.charCodeAt(0);
    if (word.length < 2 || word.length > 12 || (first < 65 || (first > 90 && first < 192))) continue;
    if (text.charCodeAt(end) === 45 /* - */ || text.charCodeAt(start - 1) === 45) continue;
    while (cursor < spanCount && chosen[cursor]!.end <= start) cursor++;
    if (cursor < spanCount && chosen[cursor]!.start < end) continue;
    if (known.has(word)) {
      const list = extra.get(word) ?? [];
      list.push({ start, end });
      extra.set(word, list);
      continue;
    }
    if (blocked.has(word) || (tk.bits[i]! & WordBit.NonOrganisationAcronym) !== 0) continue;
    const inst = institutionByAbbreviation(word);
    // "IHK Köln", "DRK Musterstadt": a listed umbrella body's acronym before a place is its local body
    const placeAfter = i + 1 < tk.count && onlySpaces(text, end, tk.start[i + 1]!) ? places.get(tk.start[i + 1]!) : undefined;
    if (inst?.local && placeAfter !== undefined) {
      // "IHK Ostwestfalen zu Bielefeld": the seat after the district
      let nameEnd = placeAfter;
      let k = i + 1;
      while (k < tk.count && tk.start[k]! < placeAfter) k++;
      const seat = tk.word(k) === "zu" && k + 1 < tk.count ? places.get(tk.start[k + 1]!) : undefined;
      if (seat !== undefined && onlySpaces(text, tk.end[k]!, tk.start[k + 1]!)) nameEnd = seat;
      const name = `${word} ${text.slice(tk.start[i + 1]!, nameEnd).replace(/\s+/g, " ")}`;
      chosen.push({ start, end: nameEnd, name, abbreviation: null, abbreviationSpan: null, rule: "gazetteer", headBase: null, bare: false });
      continue;
    }
    if (inst) {
      chosen.push({ start, end, name: inst.name, abbreviation: inst.abbr, abbreviationSpan: null, rule: "gazetteer", headBase: null, bare: false });
      known.set(word, null);
      continue;
    }
    // An unknown capital-letter acronym standing alone is most often a body ("die EWAG", "CDU", "UEFA").
    // "SFB 1598", "ISO 9001": an acronym with a number is a designation, not a body
    if (BARE_ACRONYM.test(word) && !/^\d/.test(tk.word(i + 1) ?? "") && !inShoutedLine(tk, i) && !abbreviatesPrecedingNoun(tk, i)
      && !inPlace(start, end)) {
      chosen.push({ start, end, name: word, abbreviation: word, abbreviationSpan: null, rule: "acronym", headBase: null, bare: false });
      known.set(word, null);
      const list = extra.get(word) ?? [];
      extra.set(word, list);
    }
  }
  // the view is read no more: its buffers serve the next release
  tk.release();
  chosen.sort((a, b) => a.start - b.start);

  return mergeTaggedOrganisations(input, groupEntities(chosen, extra).map((e) => ({
    name: e.name,
    abbreviation: e.abbreviation,
    mentions: e.mentions.map((m) => ({ text: text.slice(m.start, m.end), start: m.start, end: m.end })),
  })));
}

const BARE_ACRONYM = /^[\p{Lu}]{3,6}$/u;

/** text[from, to) is one or more plain spaces. */
function onlySpaces(text: string, from: number, to: number): boolean {
  if (from >= to) return false;
  for (let i = from; i < to; i++) if (text.charCodeAt(i) !== 32) return false;
  return true;
}

/** Spans sorted by start (place mentions are short and rarely nest): does any overlap [start, end)? */
function overlapsSorted(spans: { start: number; end: number }[], start: number, end: number): boolean {
  let lo = 0, hi = spans.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (spans[mid]!.start < end) lo = mid + 1; else hi = mid;
  }
  // spans[0..lo) start before end; look back over the few that could still reach start
  for (let j = lo - 1; j >= 0 && j >= lo - 8; j--) if (spans[j]!.end > start) return true;
  return false;
}
const SHOUTED = /^[\p{Lu}][\p{Lu}\p{N}-]+$/u;

/**
 * Capitals that are not an acronym: a word in a line set in capitals or a
 * dateline place ("KIEL.", "KREIS WESEL (pm)", "MÜNCHEN. Die …").
 */
function inShoutedLine(tk: OrgTokens, i: number): boolean {
  const text = tk.text;
  const prev = tk.word(i - 1), next = tk.word(i + 1);
  if ((prev !== undefined && SHOUTED.test(prev) && prev.length > 1) || (next !== undefined && SHOUTED.test(next) && next.length > 1)) return true;
  let p = tk.start[i]!;
  while (p > 0 && (text[p - 1] === " " || text[p - 1] === "\t")) p--;
  const atLineStart = p === 0 || text[p - 1] === "\n";
  return atLineStart && next !== undefined && /^[.(,:–-]$/.test(next);
}

/**
 * "Integriertes Stadtentwicklungskonzept ISEK": an acronym right after a
 * capitalised noun phrase whose words it abbreviates names that phrase.
 */
function abbreviatesPrecedingNoun(tk: OrgTokens, i: number): boolean {
  const prev = tk.word(i - 1);
  if (prev === undefined || !/^\p{Lu}\p{Ll}/u.test(prev)) return false;
  const initial = tk.word(i)![0]!;
  for (let j = i - 1; j >= Math.max(0, i - 3); j--) {
    const w = tk.word(j)!;
    if (!/^\p{Lu}\p{Ll}/u.test(w)) break;
    if (w[0] === initial) return true;
  }
  return false;
}

/**
 * "(ABBR)" right after a candidate defines its abbreviation; so does " – ABBR" closing a name
 * ("Helmholtz-Zentrum für Umweltforschung – UFZ in Leipzig") when a word of the name starts
 * with the acronym's letter.
 */
function attachAbbreviations(text: string, chosen: Candidate[]): void {
  for (const c of chosen) {
    const m = (mayOpenParenthesis(text, c.end) ? PARENTHESISED_ACRONYM.exec(text.slice(c.end, c.end + 24)) : null) ?? dashedAbbreviation(text, c);
    if (!m || !ACRONYM.test(m[1]!)) continue;
    const offset = c.end + m[0].indexOf(m[1]!);
    // a local branch defines the umbrella's short form for itself: "IHK Nordheim zu Talheim (IHK)"
    if (c.rule === "gazetteer" && c.abbreviation?.startsWith(`${m[1]} `)) c.abbreviation = m[1]!;
    if (c.abbreviation === null || c.rule === "gazetteer") {
      if (c.abbreviation === null) c.abbreviation = m[1]!;
      if (c.abbreviation === m[1]) c.abbreviationSpan = { start: offset, end: offset + m[1]!.length };
    }
  }
}

/** " – ABBR" after a candidate, not followed by more of a name. */
const DASHED_ACRONYM = /^[ \t]+[–—-][ \t]+([\p{Lu}][\p{L}\p{N}&+.\-]{1,11})(?=[ \t]*(?:[,.;:!?)]|[–—-][ \t]|\s+\p{Ll}|\s*$))/u;

function dashedAbbreviation(text: string, c: Candidate): RegExpExecArray | null {
  const m = DASHED_ACRONYM.exec(text.slice(c.end, c.end + 24));
  if (!m) return null;
  const initial = m[1]![0]!.toLowerCase();
  return c.name.split(/[\s-]+/).some((w) => w.toLowerCase().startsWith(initial)) ? m : null;
}

/** Skips ASCII white space from `at`: false when an ASCII character other than "(" follows (no parenthesis can open there). */
function mayOpenParenthesis(text: string, at: number): boolean {
  let c = text.charCodeAt(at);
  while (c === 32 || (c >= 9 && c <= 13)) c = text.charCodeAt(++at);
  return c === 40 || c >= 128;
}

/** "(ABBR)": a parenthesised acronym, tried at each "(" of the text (sticky). */
const PARENTHESISED_AT = /\(\s*([\p{Lu}][\p{L}\p{N}&+.\-]{0,11})\s*\)/uy;

/** `chosen` sorted by start (as selectCandidates returns it). */
function blockedAcronyms(text: string, chosen: Candidate[]): Set<string> {
  const blocked = new Set<string>();
  // candidate ends and spans, for lookups instead of a walk over all candidates per parenthesis
  const ends = new Set(chosen.map((c) => c.end));
  for (let open = text.indexOf("("); open >= 0; ) {
    PARENTHESISED_AT.lastIndex = open;
    const m = PARENTHESISED_AT.exec(text);
    if (m === null) { open = text.indexOf("(", open + 1); continue; }
    open = text.indexOf("(", open + m[0].length);
    if (!ACRONYM.test(m[1]!)) continue;
    let before = m.index;
    while (before > 0 && /\s/.test(text[before - 1]!)) before--;
    const owned = ends.has(before) || overlapsSorted(chosen, m.index, m.index + 1);
    if (owned || institutionByAbbreviation(m[1]!)) continue;
    // a definition: one of the last words starts with the acronym's first letter ("Migrantenorganisationen (MO)");
    // "Henry Tesch (CDU)" is an affiliation, not a definition
    const lastWords = text.slice(Math.max(0, m.index - 80), m.index).split(/\s+/).slice(-5);
    const initial = m[1]![0]!.toLowerCase();
    if (lastWords.some((w) => w.replace(/^[^\p{L}]+/u, "").toLowerCase().startsWith(initial))) blocked.add(m[1]!);
  }
  return blocked;
}
