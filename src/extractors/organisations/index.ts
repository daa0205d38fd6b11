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
  articleAcronymCandidates, clubCandidates, definedAcronymCandidates, descriptorCandidates, headCandidates, legalFormCandidates, municipalityCandidates, NON_ORGANISATION_ACRONYMS,
  type Candidate, type PlaceStarts,
} from "./candidates.js";
import { gazetteerCandidates, institutionByAbbreviation } from "./gazetteer.js";
import { ACRONYM, mayBeAcronym, PARENTHESISED_ACRONYM } from "./patterns.js";
import { groupEntities, selectCandidates } from "./resolve.js";
import { tokenize, type Token } from "./tokens.js";
import { mergeTaggedOrganisations } from "./tagger-candidates.js";

export function extractOrganisations(input: ExtractorInput): Organisation[] {
  const text = input.text;
  const tokens = tokenize(text);

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
    ...gazetteerCandidates(text, tokens, places),
    ...headCandidates(text, tokens, places),
    ...legalFormCandidates(text, tokens, places),
    ...clubCandidates(text, tokens),
    ...municipalityCandidates(text, tokens, places),
    ...definedAcronymCandidates(text, tokens, places),
  ];
  let chosen = selectCandidates(first);
  const blocked = blockedAcronyms(text, chosen);
  chosen = selectCandidates([...chosen, ...descriptorCandidates(text, tokens, blocked)]);
  attachAbbreviations(text, chosen);

  // An unknown acronym after an article, unless it is a place the places stage found.
  placeSpans.sort((a, b) => a.start - b.start);
  const inPlace = (start: number, end: number): boolean => overlapsSorted(placeSpans, start, end);
  const acronyms = articleAcronymCandidates(text, tokens, blocked, places, (a) => institutionByAbbreviation(a)?.name ?? null)
    .filter((c) => !inPlace(c.start, c.end));
  chosen = selectCandidates([...chosen, ...acronyms]);

  // Bare acronyms: defined ones and those of listed institutions.
  const known = new Map<string, Candidate | null>();
  for (const c of chosen) if (c.abbreviation) known.set(c.abbreviation, c);
  const extra = new Map<string, { start: number; end: number }[]>();
  // chosen spans as a sorted list: a token is inside one when the last span starting before it ends after it
  const spans = chosen.map((c) => [c.start, c.end] as const).sort((a, b) => a[0] - b[0]);
  let cursor = 0;
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i]!;
    // cheap pre-checks for ACRONYM: short, starting with a capital
    const first = t.text.charCodeAt(0);
    if (t.text.length < 2 || t.text.length > 12 || (first < 65 || (first > 90 && first < 192))) continue;
    if (!mayBeAcronym(t.text) || !ACRONYM.test(t.text) || text[t.end] === "-" || text[t.start - 1] === "-") continue;
    while (cursor < spans.length && spans[cursor]![1] <= t.start) cursor++;
    if (cursor < spans.length && spans[cursor]![0] < t.end) continue;
    if (known.has(t.text)) {
      const list = extra.get(t.text) ?? [];
      list.push({ start: t.start, end: t.end });
      extra.set(t.text, list);
      continue;
    }
    if (blocked.has(t.text) || NON_ORGANISATION_ACRONYMS.has(t.text)) continue;
    const inst = institutionByAbbreviation(t.text);
    // "IHK Köln", "DRK Musterstadt": a listed umbrella body's acronym before a place is its local body
    const placeAfter = tokens[i + 1] && /^ +$/.test(text.slice(t.end, tokens[i + 1]!.start)) ? places.get(tokens[i + 1]!.start) : undefined;
    if (inst?.local && placeAfter !== undefined) {
      // "IHK Ostwestfalen zu Bielefeld": the seat after the district
      let end = placeAfter;
      let k = i + 1;
      while (tokens[k] && tokens[k]!.start < placeAfter) k++;
      const seat = tokens[k]?.text === "zu" && tokens[k + 1] ? places.get(tokens[k + 1]!.start) : undefined;
      if (seat !== undefined && /^ +$/.test(text.slice(tokens[k]!.end, tokens[k + 1]!.start))) end = seat;
      const name = `${t.text} ${text.slice(tokens[i + 1]!.start, end).replace(/\s+/g, " ")}`;
      chosen.push({ start: t.start, end, name, abbreviation: null, abbreviationSpan: null, rule: "gazetteer", headBase: null, bare: false });
      continue;
    }
    if (inst) {
      chosen.push({ start: t.start, end: t.end, name: inst.name, abbreviation: inst.abbr, abbreviationSpan: null, rule: "gazetteer", headBase: null, bare: false });
      known.set(t.text, null);
      continue;
    }
    // An unknown capital-letter acronym standing alone is most often a body ("die LEAG", "CDU", "UEFA").
    // "SFB 1598", "ISO 9001": an acronym with a number is a designation, not a body
    if (BARE_ACRONYM.test(t.text) && !/^\d/.test(tokens[i + 1]?.text ?? "") && !inShoutedLine(text, tokens, i) && !abbreviatesPrecedingNoun(tokens, i)
      && !inPlace(t.start, t.end)) {
      chosen.push({ start: t.start, end: t.end, name: t.text, abbreviation: t.text, abbreviationSpan: null, rule: "acronym", headBase: null, bare: false });
      known.set(t.text, null);
      const list = extra.get(t.text) ?? [];
      extra.set(t.text, list);
    }
  }
  chosen.sort((a, b) => a.start - b.start);

  return mergeTaggedOrganisations(input, groupEntities(chosen, extra).map((e) => ({
    name: e.name,
    abbreviation: e.abbreviation,
    mentions: e.mentions.map((m) => ({ text: text.slice(m.start, m.end), start: m.start, end: m.end })),
  })));
}

const BARE_ACRONYM = /^[\p{Lu}]{3,6}$/u;

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
 * dateline place ("KIEL.", "KREIS ROTTWEIL (pm)", "MÜNCHEN. Die …").
 */
function inShoutedLine(text: string, tokens: Token[], i: number): boolean {
  const prev = tokens[i - 1], next = tokens[i + 1];
  if ((prev && SHOUTED.test(prev.text) && prev.text.length > 1) || (next && SHOUTED.test(next.text) && next.text.length > 1)) return true;
  let p = tokens[i]!.start;
  while (p > 0 && (text[p - 1] === " " || text[p - 1] === "\t")) p--;
  const atLineStart = p === 0 || text[p - 1] === "\n";
  return atLineStart && next !== undefined && /^[.(,:–-]$/.test(next.text);
}

/**
 * "Integriertes Stadtentwicklungskonzept ISEK": an acronym right after a
 * capitalised noun phrase whose words it abbreviates names that phrase.
 */
function abbreviatesPrecedingNoun(tokens: Token[], i: number): boolean {
  const prev = tokens[i - 1];
  if (!prev || !/^\p{Lu}\p{Ll}/u.test(prev.text)) return false;
  const initial = tokens[i]!.text[0]!;
  for (let j = i - 1; j >= Math.max(0, i - 3); j--) {
    const w = tokens[j]!.text;
    if (!/^\p{Lu}\p{Ll}/u.test(w)) break;
    if (w[0] === initial) return true;
  }
  return false;
}

/** "(ABBR)" right after a candidate defines its abbreviation. */
function attachAbbreviations(text: string, chosen: Candidate[]): void {
  for (const c of chosen) {
    const m = PARENTHESISED_ACRONYM.exec(text.slice(c.end, c.end + 24));
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

function blockedAcronyms(text: string, chosen: Candidate[]): Set<string> {
  const blocked = new Set<string>();
  // candidate ends and spans, for lookups instead of a walk over all candidates per parenthesis
  const ends = new Set(chosen.map((c) => c.end));
  const spans = chosen.map((c) => ({ start: c.start, end: c.end })).sort((a, b) => a.start - b.start);
  const re = /\(\s*([\p{Lu}][\p{L}\p{N}&+.\-]{0,11})\s*\)/gu;
  for (let m = re.exec(text); m !== null; m = re.exec(text)) {
    if (!ACRONYM.test(m[1]!)) continue;
    let before = m.index;
    while (before > 0 && /\s/.test(text[before - 1]!)) before--;
    const owned = ends.has(before) || overlapsSorted(spans, m.index, m.index + 1);
    if (owned || institutionByAbbreviation(m[1]!)) continue;
    // a definition: one of the last words starts with the acronym's first letter ("Migrantenorganisationen (MO)");
    // "Henry Tesch (CDU)" is an affiliation, not a definition
    const lastWords = text.slice(Math.max(0, m.index - 80), m.index).split(/\s+/).slice(-5);
    const initial = m[1]![0]!.toLowerCase();
    if (lastWords.some((w) => w.replace(/^[^\p{L}]+/u, "").toLowerCase().startsWith(initial))) blocked.add(m[1]!);
  }
  return blocked;
}
