/**
 * From candidates to organisations: pick among overlapping candidates, attach
 * abbreviations defined in parentheses, and group the variants of one body
 * ("Regionalagentur Region Köln" / "Regionalagentur Köln", "Landkreistag
 * Baden-Württemberg" / "des Landkreistags", "BAMF") into one entity.
 */
import type { Candidate, Rule } from "./candidates.js";
import { matchHead } from "./heads.js";
import { BoundedCache } from "../../text/bounded-cache.js";

const PRIORITY: Record<Rule, number> = { gazetteer: 5, "legal-form": 4, head: 3, descriptor: 2, acronym: 1 };

let covered = new Uint8Array(1 << 16);

/** Longest candidates first; on equal spans the more reliable rule. */
export function selectCandidates(candidates: Candidate[]): Candidate[] {
  const sorted = [...candidates].sort((a, b) =>
    (b.end - b.start) - (a.end - a.start) || PRIORITY[b.rule] - PRIORITY[a.rule] || a.start - b.start);
  // covered offsets: candidates are short, so marking them keeps the check linear
  let size = 0;
  for (const c of candidates) if (c.end > size) size = c.end;
  // one buffer for all calls (allocating a zeroed text-sized array per call showed in profiles); cleared after use
  if (covered.length < size) covered = new Uint8Array(Math.max(size, covered.length * 2));
  const kept: Candidate[] = [];
  for (const c of sorted) {
    let free = true;
    for (let i = c.start; i < c.end && free; i++) if (covered[i] === 1) free = false;
    if (!free) continue;
    covered.fill(1, c.start, c.end);
    kept.push(c);
  }
  for (const c of kept) covered.fill(0, c.start, c.end);
  return kept.sort((a, b) => a.start - b.start);
}

/** Folds a name the way names are compared: case, umlauts, punctuation. */
export function fold(s: string): string {
  let folded = FOLDED.get(s);
  if (folded === undefined) {
    if (FOLDED.size > 20_000) FOLDED.clear();
    folded = foldUncached(s);
    FOLDED.set(s, folded);
  }
  return folded;
}
// names repeat within and across releases; folding normalises twice and replaces seven times
const FOLDED = new BoundedCache<string, string>();

function foldUncached(s: string): string {
  return s.normalize("NFC").toLowerCase()
    .replace(/ä/g, "ae").replace(/ö/g, "oe").replace(/ü/g, "ue").replace(/ß/g, "ss")
    .normalize("NFD").replace(/[\u0300-\u036f]/g, "")
    .replace(/[^a-z0-9+]+/g, " ").trim();
}

const LEGAL_WORDS = /\b(?:e v|e g|ggmbh|gmbh|mbh|ag|kg|eg|gaoer|aoer|ug)\b/g;
const TERRITORIAL_GENITIVE = /\b(?:der|des) (?:stadt|landes|kreises|landkreises|freistaats|freistaates|region|bezirks|gemeinde|kantons)\b.*$/;
const TERRITORIAL_WORDS = /\b(?:region|stadt|in|im)\b/g;

/** A key under which variants of one body meet. */
function variantKey(name: string): string {
  let key = KEYS.get(name);
  if (key === undefined) {
    if (KEYS.size > 20_000) KEYS.clear();
    key = variantKeyUncached(name);
    KEYS.set(name, key);
  }
  return key;
}
const KEYS = new BoundedCache<string, string>();

function variantKeyUncached(name: string): string {
  return fold(name).replace(TERRITORIAL_GENITIVE, " ").replace(LEGAL_WORDS, " ").replace(TERRITORIAL_WORDS, " ").replace(/\s+/g, " ").trim();
}

const STATE_GENITIVE = /\s(?:des|der)\s(?:Landes|Freistaats|Freistaates|Bundeslandes)\s.+$/u;

export interface Entity {
  name: string;
  /** Every name a mention gave. */
  names: Set<string>;
  abbreviation: string | null;
  /** Every abbreviation a mention gave ("HWK Koblenz", "HwK"): bare mentions of each belong here. */
  abbreviations: Set<string>;
  mentions: { start: number; end: number }[];
  headBase: string | null;
  bare: boolean;
  modified: boolean;
  /** A listed umbrella body without its place ("Handwerkskammer", "IHK"). */
  local: boolean;
}

function better(a: Candidate, b: Entity): boolean {
  // the fullest form names the entity; a bare head never outranks a full name
  if (a.bare !== b.bare) return !a.bare;
  return a.name.length > b.name.length;
}

/** "Sozialministerium" → subject "sozi", head "ministerium"; null when the word is not a compound of a known head. */
function subjectStem(headBase: string): { subject: string; head: string } | null {
  const m = matchHead(headBase);
  if (!m || !m.compound) return null;
  const noun = m.head.noun.toLowerCase();
  const modifier = fold(headBase.slice(0, headBase.length - noun.length)).replace(/ /g, "");
  // the first four letters: "Sozial-" ~ "Soziales", "Innen-" ~ "Inneres", "Wirtschafts-" ~ "Wirtschaft"
  if (modifier.length < 4 || /^(bundes|landes|staats|stadt|kreis|bezirk)/.test(modifier)) return null;
  return { subject: modifier.slice(0, 4), head: noun };
}

/** Folded words after "für"/"der" in a name ("Ministerium für Soziales, Gesundheit …" → soziales, gesundheit …). */
function complementWords(name: string): string[] {
  const m = /\s(?:für|der|des)\s(.+)$/u.exec(name);
  return m ? fold(m[1]!).split(" ") : [];
}

export function groupEntities(chosen: Candidate[], extraMentions: Map<string, { start: number; end: number }[]>): Entity[] {
  const byKey = new Map<string, Entity>();
  const entities: Entity[] = [];
  for (const c of chosen) {
    const key = variantKey(c.name);
    let e = byKey.get(key);
    if (!e && c.abbreviation) e = entities.find((x) => x.abbreviation === c.abbreviation || x.name === c.abbreviation);
    if (!e) {
      e = { name: c.name, names: new Set(), abbreviation: c.abbreviation, abbreviations: new Set(), mentions: [], headBase: c.headBase, bare: c.bare, modified: c.modified ?? false,
        local: (c.local ?? false) && c.rule === "gazetteer" };
      entities.push(e);
      byKey.set(key, e);
    } else if (better(c, e)) {
      e.name = c.name;
      e.bare = c.bare;
      e.headBase = c.headBase ?? e.headBase;
    }
    e.names.add(c.name);
    if (!e.abbreviation && c.abbreviation) e.abbreviation = c.abbreviation;
    // an abbreviation the text defines ("Die Handwerkskammer (HwK) X") wins over a branch's built short form
    if (c.abbreviation && c.abbreviationSpan) e.abbreviation = c.abbreviation;
    if (c.abbreviation) e.abbreviations.add(c.abbreviation);
    e.mentions.push({ start: c.start, end: c.end });
    if (c.abbreviationSpan) e.mentions.push(c.abbreviationSpan);
  }
  // an acronym-only entity ("die IMG") joins the entity that has it as abbreviation
  for (const e of [...entities]) {
    if (e.name !== e.abbreviation) continue;
    const target = entities.find((x) => x !== e && x.abbreviation === e.abbreviation);
    if (target) { target.mentions.push(...e.mentions); entities.splice(entities.indexOf(e), 1); }
  }
  // an unknown acronym that starts exactly one longer name is its short form ("VIA" → "VIA Berlin/Brandenburg e.V.")
  for (const e of [...entities]) {
    if (e.name !== e.abbreviation) continue;
    const targets = entities.filter((x) => x !== e && (x.name.startsWith(`${e.name} `) || x.name.startsWith(`${e.name}-`)));
    const target = targets[0];
    if (target && targets.length === 1) {
      target.mentions.push(...e.mentions);
      target.abbreviation ??= e.abbreviation;
      entities.splice(entities.indexOf(e), 1);
    }
  }
  // "IHK Ostwestfalen zu Bielefeld" and "Industrie- und Handelskammer Ostwestfalen zu Bielefeld (IHK)": a name
  // made of another entity's abbreviation and the end of that entity's name is the same body
  for (const e of [...entities]) {
    const space = e.name.indexOf(" ");
    if (space < 0) continue;
    const short = e.name.slice(0, space), rest = e.name.slice(space);
    const target = entities.find((x) => x !== e && x.name.endsWith(rest) && x.name.length > e.name.length
      && (x.abbreviation === short || x.abbreviation?.startsWith(`${short} `)));
    if (target) { target.mentions.push(...e.mentions); entities.splice(entities.indexOf(e), 1); }
  }
  // "das Statistische Landesamt" after "Statistisches Landesamt Rheinland-Pfalz": a name with adjectives and no
  // complement that starts exactly one longer name is its short form
  for (const e of [...entities]) {
    if (!e.modified) continue;
    const targets = entities.filter((x) => x !== e && x.name.startsWith(`${e.name} `));
    if (targets.length === 1) { targets[0]!.mentions.push(...e.mentions); entities.splice(entities.indexOf(e), 1); }
  }
  // a bare head ("das Landratsamt", "der Senat") joins the one full entity with the same head
  for (const e of [...entities]) {
    if (!e.bare || !e.headBase) continue;
    const head = e.headBase.toLowerCase();
    let targets = entities.filter((x) => x !== e && !x.bare && x.headBase?.toLowerCase() === head);
    if (targets.length > 1) targets = targets.filter((x) => x.modified);
    const target = targets[0];
    if (target && targets.length === 1) { target.mentions.push(...e.mentions); entities.splice(entities.indexOf(e), 1); }
  }
  // "der Handwerkskammer" after "der Handwerkskammer der Pfalz": a listed umbrella name alone is the one local body named in full
  for (const e of [...entities]) {
    if (!e.local || e.name.includes(" ")) continue;
    // "Diakonie" → "Diakonisches Werk X", "Caritas" → "Caritasverband X": the umbrella's stem starts the full name
    const stem = e.name.length >= 7 ? e.name.slice(0, -2) : e.name;
    const targets = entities.filter((x) => x !== e && x.name.includes(" ") && (x.name.startsWith(`${e.name} `) || x.name.startsWith(stem)));
    const target = targets[0];
    if (target && targets.length === 1) { target.mentions.push(...e.mentions); entities.splice(entities.indexOf(e), 1); }
  }
  // "das Sozialministerium" after "Ministerium für Soziales, …": a compound of the head whose first part
  // names the complement of exactly one full body with that head is a short form of it
  for (const e of [...entities]) {
    if (!e.bare || !e.headBase) continue;
    const stem = subjectStem(e.headBase);
    if (!stem) continue;
    const targets = entities.filter((x) => x !== e && !x.bare && x.headBase !== null && x.headBase.toLowerCase().endsWith(stem.head)
      && complementWords(x.name).some((w) => w.startsWith(stem.subject)));
    const target = targets[0];
    if (target && targets.length === 1) { target.mentions.push(...e.mentions); entities.splice(entities.indexOf(e), 1); }
  }
  for (const e of entities) {
    // "Ministerium für … des Landes NRW" is listed as "Ministerium für …": a state body is named without its Land
    const stripped = e.name.replace(STATE_GENITIVE, "");
    if (stripped.includes(" ")) e.name = stripped;
    if (e.abbreviation) e.abbreviations.add(e.abbreviation);
    for (const a of e.abbreviations) {
      const extra = extraMentions.get(a);
      if (extra) e.mentions.push(...extra);
    }
    // sorted, a repeated span follows its first copy
    e.mentions.sort((a, b) => a.start - b.start || a.end - b.end);
    e.mentions = e.mentions.filter((m, i, all) => i === 0 || m.start !== all[i - 1]!.start || m.end !== all[i - 1]!.end);
  }
  return entities.sort((a, b) => (a.mentions[0]?.start ?? 0) - (b.mentions[0]?.start ?? 0));
}
