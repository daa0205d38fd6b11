/**
 * The rules that propose organisation mentions. Each rule returns candidates
 * (a span, the canonical name it stands for, an abbreviation if one is
 * defined); ./resolve.ts picks among overlapping ones and groups them.
 *
 * The rules read tokens by index from the view of ./tokens.ts: `tk.word(i)`
 * is the token's text (undefined outside the tokens, like a missing
 * neighbour), `is(tk, i, WordBit.X)` a fact of its word (./word-class.ts).
 */
import type { Gender, OrganisationHead } from "../../lexicon/organisation-heads.js";
import { TERRITORIAL_NOUNS } from "../../lexicon/organisation-heads.js";
import { canonicalLegalForm } from "../../lexicon/legal-forms.js";
import { matchRoleWord } from "../../lexicon/role-forms.js";
import { LAND_ADJECTIVE_STEMS } from "../../lexicon/places-de.js";
import { declineAdjective, guessGender } from "./decline.js";
import { matchHead, matchPluralHead } from "./heads.js";
import { CLOSE_QUOTE, COMMON_NOUN_SUFFIX, OPEN_QUOTE, PLACE_ADJECTIVE } from "./patterns.js";
import { hasNewline, type OrgTokens } from "./tokens.js";
import { isCompanyCompound, WordBit } from "./word-class.js";
import { WordSet } from "./word-set.js";

export type Rule = "gazetteer" | "head" | "legal-form" | "descriptor" | "acronym";

export interface Candidate {
  start: number;
  end: number;
  name: string;
  abbreviation: string | null;
  /** Span of an abbreviation defined inside the candidate ("Polizeidirektion (PD) Osnabrück"). */
  abbreviationSpan: { start: number; end: number } | null;
  rule: Rule;
  /** Head noun in the nominative ("Landkreistag"), for linking bare mentions to full names. */
  headBase: string | null;
  /** The candidate is only a head noun with adjectives, no complement ("das Landratsamt"). */
  bare: boolean;
  /** Adjectives but no complement ("Berliner Senat"). */
  modified?: boolean;
  /** A gazetteer body that has local branches. */
  local?: boolean;
}

/** Place spans from the places stage, by start offset. */
export type PlaceStarts = Map<number, number>;

const ARTICLES = new Set(["der", "die", "das", "des", "dem", "den"]);
const GENERIC_DETERMINERS = new Set([
  "ein", "eine", "einen", "einem", "einer", "eines", "kein", "keine", "keinen", "keinem", "keiner", "keines",
  "jede", "jeder", "jedes", "jedem", "jeden", "viele", "vielen", "mehrere", "mehreren", "alle", "allen", "aller",
  "beide", "beiden", "einige", "einigen", "zahlreiche", "zahlreichen", "weitere", "weiteren", "andere", "anderen",
  "verschiedene", "verschiedenen", "sämtliche", "sämtlichen", "diverse", "diversen", "manche", "manchen", "solche", "solchen",
  "als", "wie", "welche", "welcher", "welches", "ihre", "ihren", "ihrer", "seine", "seinen", "seiner", "unsere", "unseren", "unserer",
]);
/** "-er" nouns that precede an institution without being a place adjective. */
const ER_NOUNS = new WordSet([
  "Träger", "Partner", "Bürger", "Mitarbeiter", "Vertreter", "Leiter", "Geschäftsführer", "Arbeitgeber", "Teilnehmer", "Kinder",
  "Förderer", "Sprecher", "Ansprechpartner", "Betreiber", "Anbieter", "Unternehmer", "Mitglieder", "Oberbürgermeister",
  "Bürgermeister", "Minister", "Senator", "Vorsitzender", "Landrat", "Referenten", "Koordinator", "Berater", "Lehrer", "Jugendlicher",
  "Bewohner", "Beauftragter", "Integrationsbeauftragter", "Kooperationspartner", "Projektpartner", "Gesellschafter",
  "Arbeiter", "Helfer", "Betreuer", "Wähler", "Nutzer", "Besucher", "Käufer", "Unterstützer", "Gründer", "Inhaber", "Mieter",
  "Trainer", "Spieler", "Fahrer", "Veranstalter", "Auftraggeber", "Arbeitnehmer", "Ausländer", "Einwohner", "Länder",
  "Bundesländer", "Gelder", "Fördergelder", "Vorsitzender", "Stellvertreter", "Mitarbeiter", "Fachberater", "Vertreter",
]);
const TERRITORIAL = new Set(TERRITORIAL_NOUNS);
const TERRITORIAL_GENITIVE = new Set([
  "Stadt", "Gemeinde", "Landeshauptstadt", "Hansestadt", "Kreisstadt", "Region", "Landes", "Kreises", "Landkreises", "Bezirks",
  "Bezirkes", "Freistaats", "Freistaates", "Bundeslandes", "Kommune", "Kantons", "Marktgemeinde", "Stadtgemeinde",
  // church territories: "Caritasverband der Diözese X", "… des Bistums X"; Liechtenstein
  "Diözese", "Erzdiözese", "Bistums", "Erzbistums", "Fürstentums",
]);
/** Descriptors after which a plain capitalised name (not only an acronym or a quote) is the organisation. */
const NAME_DESCRIPTORS = new Set(["Unternehmen", "Unternehmens", "Firma", "Konzern", "Konzerns", "Energiekonzern", "Energiekonzerns",
  "Werbeagentur", "Start-up", "Start-ups", "Startup", "Startups", "Start-Up"]);
const LIST_FUNCTION_WORDS = new Set(["der", "die", "das", "des", "dem", "den", "und", "oder", "für", "mit", "von", "zur", "zum", "im", "am", "ein", "eine", "einer", "einem", "einen", "eines"]);

/** Token i exists and its word has `bit`. */
const is = (tk: OrgTokens, i: number, bit: number): boolean => i >= 0 && i < tk.count && (tk.bits[i]! & bit) !== 0;
const isCap = (tk: OrgTokens, i: number): boolean => is(tk, i, WordBit.Capitalised);
const isAcronym = (tk: OrgTokens, i: number): boolean => is(tk, i, WordBit.Acronym);
/** A capitalised word that reads as a (place or proper) name, not a common noun or a clause word. */
const isNameWord = (tk: OrgTokens, i: number): boolean => is(tk, i, WordBit.NameWord);

interface Parse { end: number; } // index after the last consumed token

/**
 * A coordination of noun phrases after "für" or after a unit head:
 * item ("," item)* ("und" item)?  — commas only count when an "und" closes the list
 * ("für Inneres, Kommunales, Wohnen und Sport"), so "Amt für Umwelt, Abteilung Wasser …" stops at the comma.
 * item: lower-case adjectives + capitalised word, or "Presse- und Öffentlichkeitsarbeit".
 */
function parseList(tk: OrgTokens, i: number, allowCapAdjectives: boolean): Parse | null {
  const item = (k: number): number => {
    let j = k;
    while (is(tk, j, WordBit.LowerAdjective) && !LIST_FUNCTION_WORDS.has(tk.word(j)!) && j - k < 3) j++;
    if (allowCapAdjectives) while (is(tk, j, WordBit.DeclinableAdjective) && isCap(tk, j + 1)) j++;
    const t = tk.word(j);
    if (t === undefined || !isCap(tk, j) || is(tk, j, WordBit.ClauseWord) || is(tk, j, WordBit.LegalForm)) return -1;
    // "Büro LR.in Berger": a person's title is no subject of a unit
    if (is(tk, j, WordBit.RoleWord)) return -1;
    if (t.endsWith("-")) {
      // truncated first part: "Presse- und Öffentlichkeitsarbeit"
      const conj = tk.word(j + 1);
      if (conj === undefined || !/^(und|oder|bzw\.?|sowie)$/.test(conj)) return -1;
      const rest = item(j + 2);
      return rest;
    }
    // "für die Anerkennung ausländischer Flüchtlinge": an article-less genitive plural belongs to the item
    return genitivePluralEnd(tk, j + 1);
  };
  let k = item(i);
  if (k < 0) return null;
  let good = k;
  for (;;) {
    const sep = tk.word(k);
    if (sep === undefined) break;
    if (sep === ",") {
      const next = item(k + 1);
      if (next < 0) break;
      k = next;
      continue;
    }
    if (sep === "und" || sep === "sowie") {
      const next = item(k + 1);
      if (next < 0) break;
      good = next;
      k = next;
      break;
    }
    break;
  }
  return { end: good };
}

/** Name tokens after a head: places, "Region Köln", "Rheinisch-Bergischer Kreis", acronyms, proper names. */
function parseName(tk: OrgTokens, i: number, places: PlaceStarts, most = 3): Parse | null {
  // "Jobcenter start.klar.musterstadt": a lower-case brand written with dots (not a web address)
  const first = tk.word(i) ?? "";
  if (DOTTED_BRAND.test(first) && !WEB_ADDRESS.test(first)) return { end: i + 1 };
  let k = i;
  let taken = 0;
  while (taken < most) {
    const t = tk.word(k);
    if (t === undefined) break;
    if (k > i && hasNewline(tk.text, tk.end[k - 1]!, tk.start[k]!)) break;
    const placeEnd = places.get(tk.start[k]!);
    if (placeEnd !== undefined) {
      // a place ending inside a token ("NRW" in "NRW-Süd") takes the whole token
      while (k < tk.count && tk.start[k]! < placeEnd) k++;
      taken++;
      continue;
    }
    if (TERRITORIAL.has(t) && isNameWord(tk, k + 1)) { k += 2; taken++; continue; }
    if ((is(tk, k, WordBit.DeclinableAdjective) || /-/.test(t)) && /^(Kreis|Kreises)$/.test(tk.word(k + 1) ?? "")) { k += 2; taken++; continue; }
    if (tk.word(k + 1) === "&" && isNameWord(tk, k + 2) && isNameWord(tk, k)) { k += 3; taken++; continue; }
    // a capitalised adjective starts a longer name we do not read ("Künstlervereinigung Hamburgische Sezession")
    if (isNameWord(tk, k) && !(CLEAR_ADJECTIVE.test(t) && !t.includes("-"))) { k++; taken++; continue; }
    // "Lenkungskreis ABC und XYZ": coordinated acronyms
    if (k > i && /^(und|&)$/.test(t) && isAcronym(tk, k - 1) && isAcronym(tk, k + 1)) { k += 2; taken++; continue; }
    break;
  }
  return k > i ? { end: k } : null;
}

const DOTTED_BRAND = /^\p{Ll}[\p{Ll}\d]+(?:\.[\p{Ll}\d]+){2,}$/u;
const WEB_ADDRESS = /^www\.|\.(?:de|com|org|net|eu|at|ch|li|info|html?|php)$/;

/** Unmistakable adjective endings ("Hamburgische", "Katholischer"), unlike names in "-ar/-en" ("Jansen"). */
const CLEAR_ADJECTIVE = /^\p{Lu}\p{Ll}+(?:isch|lich|ig|ell|iv)(?:e|er|es|en|em)$/u;

const DETERMINER_ER = new Set(["der", "einer", "keiner", "unserer", "ihrer", "seiner", "eurer", "meiner", "deiner", "dieser", "jener",
  "aller", "vieler", "mancher", "solcher", "welcher", "jeder", "beider", "weiterer", "anderer", "mehrerer"]);

/** An article-less genitive plural: adjective in "-er" + plural noun ("deutscher Banken", "Deutscher Architekten"). */
function genitivePluralEnd(tk: OrgTokens, k: number): number {
  const adj = tk.word(k), noun = tk.word(k + 1);
  if (adj === undefined || noun === undefined || !/^\p{L}+er$/u.test(adj) || DETERMINER_ER.has(adj.toLowerCase())) return k;
  if (!/^\p{L}{3,}(?:isch|lich|ig|sch|al|ell|iv|är)er$/u.test(adj) && !PLACE_ADJECTIVE.test(adj)) return k;
  if (!isCap(tk, k + 1) || is(tk, k + 1, WordBit.ClauseWord) || !/(?:en|er|e|n)$/.test(noun)) return k;
  return k + 2;
}

/**
 * "der Sächsischen Wirtschaft": a genitive of capitalised adjectives and a common noun that is no
 * body or place itself (those are names of their own: "Kommission der Europäischen Union").
 */
function adjectiveGenitiveEnd(tk: OrgTokens, k: number, places: PlaceStarts): number {
  const article = tk.word(k);
  if (article !== "der" && article !== "des") return k;
  let j = k + 1;
  while (j < k + 3 && /en$/.test(tk.word(j) ?? "") && !is(tk, j, WordBit.ClauseWord)
    && (is(tk, j, WordBit.DeclinableAdjective) || (article === "des" && isGenitiveNounAfter(tk, j)))) j++;
  const noun = tk.word(j);
  if (j === k + 1 || noun === undefined || !/^\p{Lu}\p{Ll}{2,}$/u.test(noun) || is(tk, j, WordBit.ClauseWord)
    || is(tk, j, WordBit.Head | WordBit.PluralHead)
    || places.has(tk.start[j]!) || places.has(tk.start[k + 1]!) || hasNewline(tk.text, tk.start[k]!, tk.end[j]!)) return k;
  return j + 1;
}

/**
 * "des Deutschen Roten Kreuzes": after "des", a capitalised "-en" word before a capitalised noun with the
 * genitive "-s" is an adjective of that noun, also when no adjective list knows it.
 */
function isGenitiveNounAfter(tk: OrgTokens, j: number): boolean {
  const word = tk.word(j)!, next = tk.word(j + 1);
  return /^\p{Lu}/u.test(word) && next !== undefined && /^\p{Lu}\p{Ll}+s$/u.test(next) && !is(tk, j + 1, WordBit.ClauseWord)
    && !hasNewline(tk.text, tk.end[j]!, tk.start[j + 1]!);
}

/** Adjectives without a derivational suffix that name councils ("Grosser Gemeinderat", "Kleiner Rat"): a closed class. */
const SIMPLE_ADJECTIVE = /^(?:Gro(?:ß|ss)|Klein)(?:e|er|es|en|em)$/u;

/** An "-er" noun, also as the end of a compound ("Bildungsträger", "Verkehrsdienstleister"), is no place adjective. */
function isErNoun(word: string): boolean {
  if (ER_NOUNS.has(word)) return true;
  const lower = word.toLowerCase();
  for (const tail of ER_NOUN_TAILS) if (lower.length > tail.length + 2 && lower.endsWith(tail)) return true;
  return false;
}
const ER_NOUN_TAILS = ["träger", "partner", "anbieter", "betreiber", "dienstleister", "hersteller", "veranstalter", "arbeitgeber", "förderer", "vertreter"];

const LAND_ADJECTIVE = new RegExp(`^(?:${LAND_ADJECTIVE_STEMS.join("|")})(?:e|er|es|en|em)$`, "u");

/** "rheinland-pfälzischen", "steirische": a lower-case adjective of a Land, part of its bodies' names. */
function isLandAdjective(word: string | undefined): boolean {
  return word !== undefined && word.length > 6 && LAND_ADJECTIVE.test(word);
}

/** Left edge of an adjective/acronym run before token h: "Kommunales", "IQ", "Industrie- und". */
function leftEdge(tk: OrgTokens, h: number, head: OrganisationHead): number {
  let j = h;
  let steps = 0;
  while (j > 0 && steps < 3) {
    const t = tk.word(j - 1)!;
    if (hasNewline(tk.text, tk.end[j - 1]!, tk.start[j]!)) break;
    // "das rheinland-pfälzische Wirtschaftsministerium": a public body of a Land named by the Land's adjective
    if (j === h && head.bare && (head.kind === "authority" || head.kind === "body") && isLandAdjective(t)) { j--; steps++; continue; }
    // "Rheinisch-Bergischen" is part of a name, "FDP-geführte" is a description
    if ((is(tk, j - 1, WordBit.DeclinableAdjective) || (head.kind === "body" && SIMPLE_ADJECTIVE.test(t))) && !is(tk, j - 1, WordBit.ClauseWord)
      && !/-\p{Ll}/u.test(t)) { j--; steps++; continue; }
    if (PLACE_ADJECTIVE.test(t) && !isErNoun(t) && !is(tk, j - 1, WordBit.ClauseWord) && head.kind !== "unit") { j--; steps++; continue; }
    if (j === h && isAcronym(tk, j - 1) && !/-$/.test(t)) { j--; steps++; continue; }
    // "IQ- Netzwerkes": a compound split after its hyphen
    if (j === h && t === "-" && tk.start[j - 1] === tk.end[j - 2] && isAcronym(tk, j - 2)) { j -= 2; steps++; continue; }
    if (head.nameBefore && (isNameWord(tk, j - 1) || isAcronym(tk, j - 1)) && !is(tk, j - 1, WordBit.DeclinableAdjective)) { j--; steps++; continue; }
    if (t === "und" && j >= 2 && tk.word(j - 2)!.endsWith("-") && isCap(tk, j - 2)) { j -= 2; steps++; continue; }
    break;
  }
  return j;
}

/** The head stands for a plural or a generic instance ("die Jobcenter", "ein Netzwerk", "als Kompetenzzentrum"). */
function isGenericOrPlural(tk: OrgTokens, left: number, head: OrganisationHead): boolean {
  const gender = head.gender;
  let j = left - 1;
  // skip lower-case adjectives: "die zuständigen Jobcenter"
  while (j >= 0 && is(tk, j, WordBit.LowerAdjective) && !ARTICLES.has(tk.word(j)!.toLowerCase()) && !GENERIC_DETERMINERS.has(tk.word(j)!.toLowerCase())) j--;
  const det = tk.word(j)?.toLowerCase();
  if (det === undefined) return false;
  if (GENERIC_DETERMINERS.has(det)) return true;
  if (head.plural) return false;
  if (det === "die" && gender !== "f") return true;
  if (det === "den" && gender !== "m") return true;
  return false;
}

/** A name from tokens (by index) and the form each is written in: one space where the text has any gap. */
function joinTokens(tk: OrgTokens, parts: { k: number; out: string }[]): string {
  let s = "";
  for (let n = 0; n < parts.length; n++) {
    const p = parts[n]!;
    if (n > 0) {
      const prev = parts[n - 1]!.k;
      // "IQ- Netzwerk" is one word split after its hyphen
      const splitCompound = tk.word(prev) === "-" && n >= 2 && tk.end[parts[n - 2]!.k] === tk.start[prev];
      s += tk.start[p.k]! > tk.end[prev]! && !splitCompound ? " " : "";
    }
    s += p.out;
  }
  return s;
}

/** Builds the canonical name of tokens[from, to) with head h declined to the nominative. */
function canonicalName(tk: OrgTokens, from: number, to: number, h: number, base: string, gender: Gender, skip?: Set<number>): string {
  const parts: { k: number; out: string }[] = [];
  for (let k = from; k < to; k++) {
    if (skip?.has(k)) continue;
    const word = tk.word(k)!;
    // drop a parenthesised abbreviation inside the name
    if (word === "(" && tk.word(k + 2) === ")" && isAcronym(tk, k + 1)) { k += 2; continue; }
    let out = word;
    if (k === h) out = base;
    else if (k < h && isLandAdjective(word)) out = capitaliseCompound(declineAdjective(word, gender));
    else if (k < h && (is(tk, k, WordBit.DeclinableAdjective) || SIMPLE_ADJECTIVE.test(word))) out = declineAdjective(word, gender);
    else if (is(tk, k, WordBit.LegalForm)) out = canonicalLegalForm(word);
    parts.push({ k, out });
  }
  return joinTokens(tk, parts);
}

/** "rheinland-pfälzisches" → "Rheinland-Pfälzisches": a name's adjective is written with capitals. */
function capitaliseCompound(word: string): string {
  return word.split("-").map((p) => p.charAt(0).toUpperCase() + p.slice(1)).join("-");
}

/**
 * A head noun alone names one body when it is a name-bearing compound
 * ("Bertelsmann-Stiftung", "AWO-Familienzentrum") or the compound of a
 * public body ("das Landratsamt", "die Bundesregierung", "das Jobcenter");
 * "die Stiftung", "im Turnverein", "das russische Verteidigungsministerium"
 * are descriptions, not names.
 */
function bareHeadIsName(tk: OrgTokens, left: number, h: number, head: OrganisationHead, compound: boolean): boolean {
  const word = tk.word(h)!;
  const prev = tk.word(left - 1) ?? "";
  if (compound && /\p{L}-\p{Lu}/u.test(word)) return true;
  if (is(tk, left - 1, WordBit.LowerAdjective) && !ARTICLES.has(prev) && !/^(im|am|zum|beim|vom)$/.test(prev)) return false;
  if (!head.bare) return false;
  if (head.kind !== "authority" && head.kind !== "body") return false;
  return compound || head.exact !== undefined || head.noun === "Jobcenter" || head.noun === "Job-Center" || head.noun === "Staatskanzlei";
}

/** Rule "club": sports club names after a club prefix ("FC Bayern München", "TSV 1860 München"). */
export function clubCandidates(tk: OrgTokens): Candidate[] {
  const out: Candidate[] = [];
  for (let n = 0; n < tk.triggers.length; n++) {
    const c = tk.triggers[n]!;
    if (c >= tk.count - 1 || !is(tk, c, WordBit.ClubPrefix | WordBit.UniversityPrefix)) continue;
    if (is(tk, c, WordBit.UniversityPrefix) && !isNameWord(tk, c + 1)) continue;
    let e = c + 1;
    while (e < c + 5 && e < tk.count && sameLineRange(tk, c, e + 1)) {
      const word = tk.word(e)!;
      if (/^\d{2,4}$/.test(word) || isNameWord(tk, e) || (word.includes("/") && isCap(tk, e))) { e++; continue; }
      break;
    }
    let anyCapitalised = false;
    for (let k = c + 1; k < e; k++) if (isCap(tk, k)) anyCapitalised = true;
    if (e === c + 1 || !anyCapitalised) continue;
    const start = c >= 2 && tk.word(c - 1) === "." && /^\d$/.test(tk.word(c - 2)!) ? tk.start[c - 2]! : tk.start[c]!;
    const end = tk.end[e - 1]!;
    out.push({ start, end, name: tk.text.slice(start, end).replace(/\s+/g, " "), abbreviation: null, abbreviationSpan: null, rule: "descriptor", headBase: null, bare: false });
  }
  return out;
}

/**
 * "die Regionalen Beratungsnetzwerke Kassel und Jena-Gera": a plural
 * head with coordinated names stands for one body per name.
 */
function pluralWithNames(tk: OrgTokens, h: number, places: PlaceStarts, out: Candidate[]): void {
  const match = matchPluralHead(tk.word(h)!);
  if (!match || match.head.kind === "unit") return;
  const { head, base } = match;
  const left = leftEdge(tk, h, head);
  // "Caritasverbände Balingen, Tuttlingen und Konstanz": names joined by commas, closed by "und"/"sowie"
  const names: { from: number; end: number }[] = [];
  let k = h + 1;
  for (;;) {
    const name = parseName(tk, k, places);
    if (!name) return;
    names.push({ from: k, end: name.end });
    const joint = tk.word(name.end) ?? "";
    if (joint === "," && names.length < 8) { k = name.end + 1; continue; }
    if (/^(und|sowie)$/.test(joint)) {
      const last = parseName(tk, name.end + 1, places);
      if (!last) return;
      names.push({ from: name.end + 1, end: last.end });
      break;
    }
    return;
  }
  if (!sameLineRange(tk, h, names[names.length - 1]!.end)) return;
  const prefix = canonicalName(tk, left, h + 1, h, base, head.gender);
  names.forEach((n, i) => {
    const from = tk.start[n.from]!, end = tk.end[n.end - 1]!;
    out.push({ start: i === 0 ? tk.start[left]! : from, end,
      name: `${prefix} ${tk.text.slice(from, end).replace(/\s+/g, " ")}`,
      abbreviation: null, abbreviationSpan: null, rule: "head", headBase: base, bare: false });
  });
}

/** Rule "head": institution head nouns with their adjectives and complements. */
export function headCandidates(tk: OrgTokens, places: PlaceStarts): Candidate[] {
  const out: Candidate[] = [];
  const introduced: Introduced[] = [];
  for (let n = 0; n < tk.triggers.length; n++) {
    const h = tk.triggers[n]!;
    if (is(tk, h, WordBit.Head)) headCandidate(tk, h, places, out, introduced);
    else if (is(tk, h, WordBit.PluralHead)) pluralWithNames(tk, h, places, out);
  }
  return keepIntroduced(tk, out, introduced);
}

/** A head introduced with the indefinite article: the candidate at `at` in the output, the head word at token h. */
interface Introduced { at: number; word: string; h: number }

/** The candidate of the head noun at token h, if it names a body. */
function headCandidate(tk: OrgTokens, h: number, places: PlaceStarts, out: Candidate[], introduced: Introduced[]): void {
  const { head, base, compound } = matchHead(tk.word(h)!)!;
  const left = leftEdge(tk, h, head);
  // "hat eine Koordinationsstelle für Suchtprävention eingerichtet. Die Koordinationsstelle …": a body introduced
  // with the indefinite article and a complement is kept when the text later names it with the definite article
  const indefinite = INDEFINITE_ARTICLES.has(tk.word(left - 1)?.toLowerCase() ?? "") && !head.plural;
  if (isGenericOrPlural(tk, left, head) && !indefinite) return;
  if (head.needsModifier && !compound && left === h) return;

  let k = h + 1;
  let abbreviation: string | null = null;
  let abbreviationSpan: Candidate["abbreviationSpan"] = null;
  let complement = false;
  const takeAbbreviation = (): void => {
    if (tk.word(k) === "(" && tk.word(k + 2) === ")" && isAcronym(tk, k + 1) && abbreviation === null) {
      abbreviation = tk.word(k + 1)!;
      abbreviationSpan = { start: tk.start[k + 1]!, end: tk.end[k + 1]! };
      k += 3;
    }
  };
  takeAbbreviation();
  // "Hanse-Universität (HU) erhält …": an abbreviation right after the head stays out of the span unless a name follows it
  const afterFirstAbbreviation = abbreviation !== null ? k : -1;
  if (head.genitiveOnly) {
    // only "des Kreises X", "der Stadt Y", "von Oberbayern" names it
    const ofPlace = tk.word(k) === "von" && tk.word(k + 1) !== undefined && places.has(tk.start[k + 1]!);
    if (!ofPlace && (!/^(der|des)$/.test(tk.word(k) ?? "") || !TERRITORIAL_GENITIVE.has(tk.word(k + 1) ?? ""))) return;
    const name = parseName(tk, ofPlace ? k + 1 : k + 2, places);
    if (!name || !sameLineRange(tk, h, name.end)) return;
    out.push({ start: tk.start[left]!, end: tk.end[name.end - 1]!, name: canonicalName(tk, left, name.end, h, base, head.gender),
      abbreviation, abbreviationSpan, rule: "head", headBase: base, bare: false });
    return;
  }
  if (tk.word(k) === "für" && !head.noFor) {
    let s = k + 1;
    if (/^(die|den|das)$/.test(tk.word(s) ?? "")) s++;
    const list = parseList(tk, s, true);
    if (list) {
      k = list.end;
      complement = true;
      // "Verein für Menschenrechte in Liechtenstein (VMR)": a place and the defined abbreviation close the name
      const placeEnd = /^(in|im)$/.test(tk.word(k) ?? "") && tk.word(k + 1) !== undefined ? places.get(tk.start[k + 1]!) : undefined;
      if (placeEnd !== undefined) {
        let e = k + 1;
        while (e < tk.count && tk.start[e]! < placeEnd) e++;
        if (tk.word(e) === "(" && tk.word(e + 2) === ")" && isAcronym(tk, e + 1) && sameLineRange(tk, h, e)) k = e;
      }
    }
  }
  // "Integrationszentrums- der Stadt Kerpen": a stray hyphen before the genitive
  let skip: Set<number> | undefined;
  if (tk.word(k) === "-" && tk.start[k] === tk.end[k - 1] && /^(der|des)$/.test(tk.word(k + 1) ?? "")
    && TERRITORIAL_GENITIVE.has(tk.word(k + 2) ?? "")) { (skip ??= new Set()).add(k); k++; }
  const placeAfterArticle = /^(der|des)$/.test(tk.word(k) ?? "") && tk.word(k + 1) !== undefined ? places.get(tk.start[k + 1]!) : undefined;
  const officeOf = !complement && tk.word(h) === "Amt" ? governmentGenitiveEnd(tk, k) : k;
  if (officeOf > k) {
    // "Amt der Steiermärkischen Landesregierung": the office of a government is named by it
    k = officeOf;
    complement = true;
  } else if (/^(der|des)$/.test(tk.word(k) ?? "") && TERRITORIAL_GENITIVE.has(tk.word(k + 1) ?? "")) {
    const name = parseName(tk, k + 2, places);
    if (name) { k = name.end; complement = true; }
  } else if (placeAfterArticle !== undefined) {
    // "Universität des Saarlandes": a place in the genitive
    k += 1;
    while (k < tk.count && tk.start[k]! < placeAfterArticle) k++;
    complement = true;
  } else if ((head.kind === "association" || head.kind === "education") && adjectiveGenitiveEnd(tk, k, places) > k) {
    // "Bildungswerk der Sächsischen Wirtschaft", "Bund der Deutschen Katholischen Jugend"
    k = adjectiveGenitiveEnd(tk, k, places);
    complement = true;
  } else if (head.kind === "association" && genitivePluralEnd(tk, k) > k) {
    // "Bund Deutscher Architekten", "Bundesverband deutscher Banken"
    k = genitivePluralEnd(tk, k);
    complement = true;
  } else if (head.kind === "unit" && !complement) {
    // "Referat Flüchtlingskoordination", "Stabsstelle Digitale Verwaltung", "Referat 12 Öffentliche Ordnung"
    let s = k;
    if (/^\d+[a-z]?$/.test(tk.word(s) ?? "")) s++;
    const list = parseList(tk, s, true);
    if (list && sameLineRange(tk, h, list.end)) { k = list.end; complement = true; }
    else if (s > k) { k = s; complement = true; }
  } else if (tk.word(k) !== undefined && (!head.noNameAfter || places.has(tk.start[k] ?? -1)) && sameLineRange(tk, h, k + 1)) {
    // (a council takes no bare name, but its place: "Stadtrat Uster", "Gemeinderat Talheim"; "Stadtrat Peter X" is a title)
    // "Polizeidirektion (PD) Osnabrück": the abbreviation sits inside the name only when a name follows
    const beforeInner = k;
    takeAbbreviation();
    // "Fachamt Stadt- und Landschaftsplanung": a truncated compound starts a subject-area name
    const truncated = isCap(tk, k) && tk.word(k)!.endsWith("-") && /^(und|oder|sowie)$/.test(tk.word(k + 1) ?? "")
      ? parseList(tk, k, false) : null;
    // universities are named after a town and a person ("Technische Hochschule Nürnberg Georg Simon Ohm")
    const placeOnly = head.placeOnly || head.noNameAfter;
    const name = truncated ?? (placeOnly && !places.has(tk.start[k] ?? -1) ? null : parseName(tk, k, places, head.kind === "education" ? 5 : 3));
    if (name && sameLineRange(tk, h, name.end)) { k = name.end; complement = true; } else k = beforeInner;
  }
  // "Universität zu Köln", "Industrie- und Handelskammer zu Berlin": "zu" + place is part of the name
  // ("Handwerkskammer Ostwestfalen-Lippe zu Bielefeld": also after a district, when the seat is a known place)
  if (tk.word(k) === "zu" && (head.kind === "education" || head.kind === "association")
    && (!complement || (tk.word(k + 1) !== undefined && places.has(tk.start[k + 1]!)))) {
    const name = parseName(tk, k + 1, places);
    if (name && name.end - k <= 3 && sameLineRange(tk, h, name.end)) { k = name.end; complement = true; }
  }
  // "Flüchtlingshilfe in Alzey", "Integrationszentrum im Landkreis Emsland": a known place after in/im
  // belongs to a bare head; the canonical name drops the preposition (only for local bodies named by their
  // head alone: "das Auswärtige Amt in Berlin" stays "Auswärtiges Amt")
  // ("Thünen-Institut in Braunschweig" is already named: the place is only where it sits; "ein Werk in X" is a site)
  if (!complement && left === h && compound && !/\p{L}-\p{Lu}/u.test(tk.word(h)!) && !/^(Bundes|Landes|Staats|Reichs)/.test(tk.word(h)!)
    && /^(in|im)$/.test(tk.word(k) ?? "") && tk.word(k + 1) !== undefined && head.kind !== "unit") {
    const placeEnd = places.get(tk.start[k + 1]!);
    if (placeEnd !== undefined && sameLineRange(tk, h, k + 2)) {
      (skip ??= new Set()).add(k);
      k += 1;
      while (k < tk.count && tk.start[k]! < placeEnd) k++;
      complement = true;
    }
  }
  // "Evangelische Landeskirche in Baden", "Evangelische Kirche in Deutschland": a church's name keeps its territory
  let territory = false;
  if (head.territoryOnly) { k = h + 1; complement = false; }
  if (!complement && /kirche$/i.test(base) && left < h && /^(in|von)$/.test(tk.word(k) ?? "") && tk.word(k + 1) !== undefined) {
    const placeEnd = places.get(tk.start[k + 1]!);
    if (placeEnd !== undefined && sameLineRange(tk, h, k + 2)) {
      k += 1;
      while (k < tk.count && tk.start[k]! < placeEnd) k++;
      complement = true;
      territory = true;
    }
  }
  // "die Evangelische Kirche St. Peter" is a building
  if (head.territoryOnly && !territory) return;
  // "Stadtrat von Winterthur", "Gemeinderat von Musterhausen": a council or authority of a place
  if (!complement && (head.kind === "body" || head.kind === "authority") && tk.word(k) === "von" && tk.word(k + 1) !== undefined) {
    const placeEnd = places.get(tk.start[k + 1]!);
    if (placeEnd !== undefined && sameLineRange(tk, h, k + 2)) {
      k += 1;
      while (k < tk.count && tk.start[k]! < placeEnd) k++;
      complement = true;
    }
  }
  // English names: "California Institute of Technology"
  if (head.nameBefore && tk.word(k) === "of" && isCap(tk, k + 1)) {
    k += 1;
    while (isCap(tk, k) && sameLineRange(tk, h, k + 1)) k++;
    complement = true;
  }
  // "Schützenverein Nordheim von 1765": a founding year is part of an association's name (not "von 1970 bis 1996")
  if (head.kind === "association" && tk.word(k) === "von" && /^\d{4}$/.test(tk.word(k + 1) ?? "")
    && !/^(bis|an|–|-)$/.test(tk.word(k + 2) ?? "") && sameLineRange(tk, h, k + 2)) { k += 2; complement = true; }
  // a trailing "(ABBR)" is the abbreviation, not part of the name's span
  const beforeAbbreviation = k;
  takeAbbreviation();
  if (is(tk, k, WordBit.LegalForm) && !/^(AG|SE)$/.test(tk.word(k)!)) { k++; complement = true; }
  else k = beforeAbbreviation;

  // a truncated first part ("Senioren- und Jugendhilfe") is no modifier
  let hasAdjective = false;
  for (let a = left; a < h; a++) if (tk.word(a) !== "und" && !tk.word(a)!.endsWith("-")) hasAdjective = true;
  // "Ausbildungszentrum der Bauindustrie …": a bare head before a genitive is part of a longer name we do not read
  if (!complement && /^(der|des)$/.test(tk.word(k) ?? "") && isCap(tk, k + 1) && !hasAdjective) return;
  if (!complement && !hasAdjective && !bareHeadIsName(tk, left, h, head, compound)) return;
  if (indefinite && !complement) return;
  if (indefinite) { introduced.push({ at: out.length, word: tk.word(h)!, h }); }
  if (k === afterFirstAbbreviation) k = h + 1;
  // the name must not run into the next line except through a name complement
  const start = tk.start[left]!;
  const end = tk.end[k - 1]!;
  out.push({
    start, end,
    name: canonicalName(tk, left, k, h, base, head.gender, skip),
    abbreviation, abbreviationSpan,
    rule: "head",
    headBase: base,
    // "Ruprecht-Karls-Universität" is a name, not a bare head
    bare: !complement && !hasAdjective && !/\p{L}-\p{Lu}/u.test(tk.word(h)!),
    modified: hasAdjective && !complement,
  });
}

const INDEFINITE_ARTICLES = new Set(["ein", "eine", "einen", "einem", "einer", "eines"]);

/** Drops the indefinite candidates whose head word the text does not take up later with a definite article (one pass). */
function keepIntroduced(tk: OrgTokens, out: Candidate[], introduced: Introduced[]): Candidate[] {
  if (introduced.length === 0) return out;
  const wanted = new Map<string, number>(); // word → last index after a definite article
  for (const i of introduced) wanted.set(i.word, -1);
  for (let t = 1; t < tk.count; t++) {
    if (wanted.has(tk.word(t)!) && ARTICLES.has(tk.word(t - 1)!.toLowerCase())) wanted.set(tk.word(t)!, t);
  }
  const drop = new Set(introduced.filter((i) => wanted.get(i.word)! <= i.h).map((i) => i.at));
  return out.filter((_, n) => !drop.has(n));
}

/** After "Amt": "der [Adjective] Landesregierung" → index after it, else k. */
function governmentGenitiveEnd(tk: OrgTokens, k: number): number {
  if (tk.word(k) !== "der") return k;
  let j = k + 1;
  while (j < k + 3 && tk.word(j) !== undefined && (is(tk, j, WordBit.DeclinableAdjective) || PLACE_ADJECTIVE.test(tk.word(j)!))) j++;
  const gov = is(tk, j, WordBit.Head) ? matchHead(tk.word(j)!) : null;
  if (!gov || gov.head.noun !== "Regierung" || hasNewline(tk.text, tk.start[k]!, tk.end[j]!)) return k;
  return j + 1;
}

/** Tokens from..to-1 exist and lie on one line. */
function sameLineRange(tk: OrgTokens, from: number, to: number): boolean {
  if (from < 0 || from >= tk.count || to < 1 || to > tk.count) return false;
  return !hasNewline(tk.text, tk.start[from]!, tk.end[to - 1]!);
}

/** A compound of a company descriptor ("Verkehrsunternehmen", "Bildungsträger", "Energiedienstleister"), declined or not. */
function isDescriptorCompound(word: string): boolean {
  const lower = word.toLowerCase();
  for (const tail of DESCRIPTOR_TAILS) {
    for (const ending of ["", "s", "n"]) {
      const form = tail + ending;
      if (lower.length > form.length + 2 && lower.endsWith(form) && /\p{Ll}/u.test(word[word.length - form.length]!)) return true;
    }
  }
  return false;
}
/** Nouns associations are named with, which take a genitive before a legal form ("Forum der Kulturen X e.V.", "Förderverein der Stadtbibliothek X e.V."). */
const GENITIVE_NAME_NOUNS = new Set(["Forum", "Freunde", "Freundeskreis", "Förderkreis", "Arbeitskreis", "Haus", "Bündnis", "Kreis", "Initiative",
  "Verein", "Förderverein", "Trägerverein"]);

/**
 * Tokens j-2 "und" j-1 … : "Arbeit und Leben", "Jugend und Beruf" — two capitalised nouns joined by "und" at the
 * start of a name: the word before "und" is no place, acronym or head, and nothing capitalised stands before it.
 */
function nounPairOpensName(tk: OrgTokens, j: number, places: PlaceStarts): boolean {
  const before = tk.word(j - 2), after = tk.word(j);
  if (before === undefined || after === undefined || !/^\p{Lu}\p{Ll}+$/u.test(before) || !/^\p{Lu}\p{Ll}+$/u.test(after)) return false;
  if (places.has(tk.start[j - 2]!) || is(tk, j - 2, WordBit.Head) || is(tk, j - 2, WordBit.ClauseWord) || is(tk, j, WordBit.ClauseWord)) return false;
  return j - 3 < 0 || !isCap(tk, j - 3) || ARTICLES.has(tk.word(j - 3)!.toLowerCase());
}

/** Token k stands right before a name's first word: an article, a descriptor noun, a lower-case word or nothing. */
function opensName(tk: OrgTokens, k: number): boolean {
  return k < 0 || !isCap(tk, k) || ARTICLES.has(tk.word(k)!.toLowerCase()) || is(tk, k, WordBit.Descriptor);
}

/** Plurals of descriptor nouns before a list of names ("die Vereine X e.V. und Y e.V."). */
const PLURAL_DESCRIPTORS = new Set(["Vereine", "Vereinen", "Verbände", "Verbänden", "Stiftungen", "Firmen", "Unternehmen", "Träger", "Trägern",
  "Bildungsträger", "Bildungsträgern", "Organisationen", "Initiativen", "Genossenschaften", "Gesellschaften", "Partner", "Partnern"]);
const DESCRIPTOR_TAILS = ["unternehmen", "konzern", "träger", "dienstleister", "anbieter", "betreiber", "hersteller", "firma"];

/** Rule "legal-form": the capitalised name before a legal form ("MOZAIK gGmbH", "Muster Hilfe e.V."). */
export function legalFormCandidates(tk: OrgTokens, places: PlaceStarts = new Map()): Candidate[] {
  const out: Candidate[] = [];
  for (let n = 0; n < tk.triggers.length; n++) {
    const f = tk.triggers[n]!;
    if (f < 1 || !is(tk, f, WordBit.LegalForm)) continue;
    const form = tk.word(f)!;
    let j = f;
    let words = 0;
    while (j > 0 && words < 7) {
      const t = tk.word(j - 1)!;
      if (hasNewline(tk.text, tk.end[j - 1]!, tk.start[j]!)) break;
      if (isCap(tk, j - 1) && !is(tk, j - 1, WordBit.ClauseWord) && !is(tk, j - 1, WordBit.LegalForm) && !matchRoleWord(t)) { j--; words++; continue; }
      // "Frau & Arbeit e.V.": a noun joined by "&" is part of the name even when it is a form of address
      if (isCap(tk, j - 1) && tk.word(j) === "&" && /^\p{Lu}\p{Ll}{2,}$/u.test(t) && !ARTICLES.has(t.toLowerCase())) { j--; words++; continue; }
      if (/^(für|&|\/|\+|zur|zum)$/.test(t) && isCap(tk, j - 2)) { j--; continue; }
      // "Frauen in Arbeit e.V.", "Leben mit Behinderung e.V.": noun, preposition, noun (the first opens the name;
      // not "Leute aus Talheim Musikhilfe e.V.")
      if (/^(in|im|mit|ohne|gegen)$/.test(t) && j === f - 1 && isCap(tk, j - 2) && !is(tk, j - 2, WordBit.ClauseWord) && opensName(tk, j - 3)) { j--; continue; }
      // "Wohnungsbau- und Siedlungsgesellschaft", but not "Diakonie … und AWO … gGmbH"
      if (/^(und|oder)$/.test(t) && tk.word(j - 2)?.endsWith("-")) { j--; continue; }
      // "Bildungswerk der Holzindustrie Hessen e.V.": cross "der/des" only after an institution head
      // or a noun associations are named with ("Forum der Kulturen X e.V.", "Freunde des Museums e.V.")
      if (/^(der|des)$/.test(t) && j >= 2 && (is(tk, j - 2, WordBit.Head) || GENITIVE_NAME_NOUNS.has(tk.word(j - 2)!))) { j--; continue; }
      if (/^\d+$/.test(t) && (isCap(tk, j - 2) || (/^\d{4}$/.test(t) && tk.word(j - 2) === "von" && isCap(tk, j - 3)))) { j--; continue; } // "Bündnis 90", "Hannover 96"
      // "Turnverein von 1861 e.V.": a founding year
      if (t === "von" && /^\d{4}$/.test(tk.word(j)!) && isCap(tk, j - 2)) { j--; continue; }
      // "Musikverein Eintracht 1911 St. Ingbert e.V.": the dot of a saint's abbreviation inside a place name
      // (and of a title in a company's founder name: "Dr. August Oetker KG")
      if (t === "." && /^(St|Hl|Ste|Dr)$/.test(tk.word(j - 2) ?? "") && tk.start[j - 1] === tk.end[j - 2]) { j -= 2; words++; continue; }
      // "die Arbeit und Leben Nordheim gGmbH": "und" between two common nouns that open the name
      // (not "Diakonie Nordheim und AWO Talheim gGmbH": two bodies, the first ending in a place or acronym)
      if (t === "und" && nounPairOpensName(tk, j, places)) { j -= 2; words++; continue; }
      break;
    }
    // trim connectors at the left edge, and a descriptor noun ("Unternehmen XY GmbH")
    while (j < f && !isCap(tk, j)) j++;
    // "Verein Hilfe für Familien e.V." is named "Hilfe für Familien e.V." (but "Verein Deutscher Ingenieure", "Verein für …")
    // "die Vereine X e.V. und Y e.V.": a plural descriptor goes too
    if (j < f - 1 && PLURAL_DESCRIPTORS.has(tk.word(j)!)) j++;
    if (j < f - 1 && (is(tk, j, WordBit.Descriptor) || isDescriptorCompound(tk.word(j)!)) && !/^(für|der|des|zur|zum)$/.test(tk.word(j + 1)!)
      && (!is(tk, j + 1, WordBit.DeclinableAdjective) || isCompanyCompound(tk.word(j)!))
      && (!is(tk, j, WordBit.Head) || /^(Verein|Vereins|Förderverein|Trägerverein)$/.test(tk.word(j)!))) j++;
    if (j >= f) continue;
    // "AG"/"SE" are legal forms only after a name that is not itself a common noun phrase
    if (/^(AG|SE)$/.test(form) && f - j === 1 && !isNameWord(tk, j)) continue;
    const parts: { k: number; out: string }[] = [];
    let h = -1;
    for (let k = j; k <= f; k++) if (h < 0 && is(tk, k, WordBit.Head)) h = k;
    // the noun the leading adjectives agree with: the head, else the first non-adjective word
    let noun = j;
    while (noun < f && is(tk, noun, WordBit.DeclinableAdjective)) noun++;
    const gender = h >= 0 ? matchHead(tk.word(h)!)!.head.gender : guessGender(tk.word(noun)!);
    for (let k = j; k <= f; k++) {
      const word = tk.word(k)!;
      let out = word;
      if (is(tk, k, WordBit.LegalForm)) out = canonicalLegalForm(out);
      else if (k < noun && (h < 0 || k < h) && is(tk, k, WordBit.DeclinableAdjective)) out = declineAdjective(out, gender);
      else if (k === h) out = matchHead(word)!.base;
      parts.push({ k, out });
    }
    out.push({
      start: tk.start[j]!, end: tk.end[f]!, name: joinTokens(tk, parts),
      abbreviation: null, abbreviationSpan: null, rule: "legal-form", headBase: null, bare: false,
    });
  }
  return out;
}

/** Rule "descriptor": a name introduced by a descriptor noun: "Verein „Kinderhilfe“", "Energiekonzerns EWAG". */
export function descriptorCandidates(tk: OrgTokens, blocked: Set<string>): Candidate[] {
  const out: Candidate[] = [];
  const text = tk.text;
  for (let n = 0; n < tk.triggers.length; n++) {
    const d = tk.triggers[n]!;
    if (d >= tk.count - 1 || !is(tk, d, WordBit.Descriptor | WordBit.CompanyCompound)) continue;
    const desc = tk.word(d)!;
    // "beim Baumaschinenhersteller Hollmann Technik", "der Energieversorger X": a company descriptor compound names the firm after it
    const compound = !is(tk, d, WordBit.Descriptor);
    const next = tk.word(d + 1)!;
    if (!sameLineRange(tk, d, d + 2)) continue;
    if (OPEN_QUOTE.test(next)) {
      let c = d + 2;
      while (c < tk.count && !CLOSE_QUOTE.test(tk.word(c)!) && c - d < 14) c++;
      const close = tk.word(c);
      if (close === undefined || !CLOSE_QUOTE.test(close) || c === d + 2) continue;
      const start = tk.start[d + 2]!, end = tk.end[c - 1]!;
      const name = text.slice(start, end);
      if (name.includes("\n") || !/^\p{Lu}/u.test(name)) continue;
      out.push({ start, end, name: name.replace(/\s+/g, " "), abbreviation: null, abbreviationSpan: null, rule: "descriptor", headBase: null, bare: false });
      continue;
    }
    if (isAcronym(tk, d + 1) && !blocked.has(next)) {
      let e = d + 2;
      while (e < d + 4 && isNameWord(tk, e) && sameLineRange(tk, d, e + 1)) e++;
      const start = tk.start[d + 1]!, end = tk.end[e - 1]!;
      out.push({ start, end, name: text.slice(start, end).replace(/\s+/g, " "), abbreviation: null, abbreviationSpan: null, rule: "descriptor", headBase: null, bare: false });
      continue;
    }
    // "die Pflegedienstanbieter A und B" is a plural: no name
    const before = tk.word(d - 1);
    const plural = compound && /^(die|den|viele|vielen|alle|allen|zwei|drei|mehrere|mehreren|einige|einigen)$/i.test(before ?? "")
      && !(before!.toLowerCase() === "den" && !/unternehmen$/i.test(desc));
    if ((NAME_DESCRIPTORS.has(desc) || (compound && !plural)) && isNameWord(tk, d + 1) && !is(tk, d + 1, WordBit.Head)
      && !is(tk, d + 1, WordBit.DeclinableAdjective)) {
      let e = d + 1;
      while (e < d + 4 && sameLineRange(tk, d, e + 1)) {
        if (isNameWord(tk, e)) { e++; continue; }
        if (tk.word(e) === "&" && isNameWord(tk, e + 1)) { e += 2; continue; }
        break;
      }
      const start = tk.start[d + 1]!, end = tk.end[e - 1]!;
      out.push({ start, end, name: text.slice(start, end).replace(/\s+/g, " "), abbreviation: null, abbreviationSpan: null, rule: "descriptor", headBase: null, bare: false });
    }
  }
  return out;
}

/** Rule "acronym": an unknown acronym after an article ("von der KVB", "das BAMF"). */
export function articleAcronymCandidates(
  tk: OrgTokens, blocked: Set<string>, places: PlaceStarts,
  listedName: (abbr: string) => string | null,
): Candidate[] {
  const out: Candidate[] = [];
  const text = tk.text;
  for (let n = 0; n < tk.triggers.length; n++) {
    const a = tk.triggers[n]!;
    if (a < 1 || !is(tk, a, WordBit.AllCapsAcronym) || is(tk, a, WordBit.NonOrganisationAcronym)) continue;
    const t = tk.word(a)!;
    if (blocked.has(t)) continue;
    if (!/^(der|die|das|des|dem|den|beim|vom|zur|zum|im)$/i.test(tk.word(a - 1)!)) continue;
    const tEnd = tk.end[a]!;
    if (text.charCodeAt(tEnd) === 45 /* - */) continue;
    // "der SFB 1598": an acronym with a number is a designation, not a body
    if (/^\d/.test(tk.word(a + 1) ?? "")) continue;
    // "der AOK Nordheim": a name after the acronym belongs to it; a common noun means a longer name we do not read
    let end = tEnd;
    if (isCap(tk, a + 1) && sameLineRange(tk, a, a + 2)) {
      const placeEnd = places.get(tk.start[a + 1]!);
      if (placeEnd === undefined) continue;
      end = placeEnd;
    }
    const listed = end === tEnd ? listedName(t) : null;
    const start = tk.start[a]!;
    out.push({ start, end, name: listed ?? text.slice(start, end).replace(/\s+/g, " "), abbreviation: end === tEnd ? t : null, abbreviationSpan: null, rule: "acronym", headBase: null, bare: false });
  }
  return out;
}


/** Index after the name tokens starting at token i, or null. */
export function parseNameAfter(tk: OrgTokens, i: number, places: PlaceStarts): number | null {
  return parseName(tk, i, places)?.end ?? null;
}

const LOCATIVE_PREPOSITIONS = new Set(["in", "In", "aus", "Aus", "nach", "Nach", "durch", "Durch", "innerhalb", "außerhalb", "quer"]);

/**
 * Rule "municipality": "Stadt X" with an article or at a line start is the
 * town as an administration ("die Stadt Oldenburg steuert … bei", "Medienmitteilung
 * der Stadt Winterthur", a sender line "Stadt Schwerin – …"); "in der Stadt X"
 * is a location. X must be a place the places stage found.
 */
export function municipalityCandidates(tk: OrgTokens, places: PlaceStarts): Candidate[] {
  const out: Candidate[] = [];
  const text = tk.text;
  for (let n = 0; n < tk.triggers.length; n++) {
    const i = tk.triggers[n]!;
    if (i >= tk.count - 1 || !is(tk, i, WordBit.Municipality)) continue;
    const nextStart = tk.start[i + 1]!;
    const placeEnd = places.get(nextStart);
    if (placeEnd === undefined || hasNewline(text, tk.end[i]!, nextStart)) continue;
    const atLineStart = i === 0 || hasNewline(text, tk.end[i - 1]!, tk.start[i]!);
    const article = i > 0 && ARTICLES.has(tk.word(i - 1)!.toLowerCase()) && !hasNewline(text, tk.end[i - 1]!, tk.start[i]!);
    if (!atLineStart && !article) continue;
    if (article && LOCATIVE_PREPOSITIONS.has(tk.word(i - 2) ?? "")) continue;
    let e = i + 1;
    while (e < tk.count && tk.start[e]! < placeEnd) e++;
    const end = tk.end[e - 1]!;
    out.push({ start: tk.start[i]!, end, name: `${tk.word(i)!} ${text.slice(nextStart, end).replace(/\s+/g, " ")}`, abbreviation: null, abbreviationSpan: null,
      rule: "head", headBase: null, bare: false });
  }
  return out;
}


/** Nouns of plans, laws and programmes: a name ending in one is no body ("Stadtentwicklungskonzept Leipzig (SEKo)"). */
const PLAN_NOUN = /(?:konzept|plan|gesetz|programm|strategie|verordnung|richtlinie|projekt|vertrag|abkommen|bericht|agenda|index|preis|ticket|linie|netz|modell)e?s?$/i;

/**
 * Rule "acronym": a body named only by the abbreviation defined after it: "des Regionalverkehrs Oberbayern (RVO)",
 * "Energie Nordland (EnNo)". The name is two to four capitalised words after an article or preposition, ends in a
 * place the places stage found, starts with the acronym's first letter, and is no plan, law or abstract noun.
 */
export function definedAcronymCandidates(tk: OrgTokens, places: PlaceStarts): Candidate[] {
  const out: Candidate[] = [];
  for (let n = 0; n < tk.triggers.length; n++) {
    const b = tk.triggers[n]!;
    if (b < 2 || b + 2 >= tk.count || !is(tk, b, WordBit.OpenParen) || tk.word(b + 2) !== ")") continue;
    const acr = tk.word(b + 1)!;
    if (!isAcronym(tk, b + 1) || acr.length > 6) continue;
    // the place at the end of the name: the token before "(" lies in a place mention
    let placeStart = -1;
    for (let q = b - 1; q >= Math.max(0, b - 3); q--) {
      const end = places.get(tk.start[q]!);
      if (end !== undefined && end >= tk.end[b - 1]!) { placeStart = q; break; }
    }
    if (placeStart < 0) continue;
    let p = placeStart - 1;
    let first = placeStart;
    while (p >= 0 && first - p <= 3 && isCap(tk, p) && !is(tk, p, WordBit.ClauseWord) && !places.has(tk.start[p]!)
      && !hasNewline(tk.text, tk.end[p]!, tk.start[p + 1]!)) { first = p; p--; }
    if (first === placeStart) continue;
    const before = tk.word(first - 1) ?? "";
    if (!/^(der|die|das|des|dem|den|vom|beim|im|zum|zur|von|bei|mit|für)$/i.test(before)) continue;
    // the name's words before the place: tokens first … last
    const last = placeStart - 1;
    const head = tk.word(last)!;
    if (tk.word(first)![0]!.toLowerCase() !== acr[0]!.toLowerCase()) continue;
    let excluded = false;
    for (let q = first; q <= last && !excluded; q++) {
      const word = tk.word(q)!;
      excluded = PLAN_NOUN.test(word) || is(tk, q, WordBit.Head | WordBit.AcronymShape | WordBit.LegalForm) || TERRITORIAL.has(word) || TERRITORIAL_GENITIVE.has(word);
    }
    if (excluded || COMMON_NOUN_SUFFIX.test(head.replace(/e?s$/, ""))) continue;
    // the genitive "-s" of the noun after "des" goes: "des Regionalverkehrs Oberbayern" → "Regionalverkehr Oberbayern"
    const parts: { k: number; out: string }[] = [];
    for (let q = first; q <= last; q++) {
      let out = tk.word(q)!;
      if (is(tk, q, WordBit.DeclinableAdjective) && q < last) out = declineAdjective(out, guessGender(head));
      else if (/^(des|vom|beim|im|zum)$/i.test(before) && q === last && /[^s]s$/.test(out)) out = out.slice(0, -1);
      parts.push({ k: q, out });
    }
    for (let q = placeStart; q < b; q++) parts.push({ k: q, out: tk.word(q)! });
    out.push({ start: tk.start[first]!, end: tk.end[b - 1]!, name: joinTokens(tk, parts), abbreviation: acr,
      abbreviationSpan: { start: tk.start[b + 1]!, end: tk.end[b + 1]! }, rule: "acronym", headBase: null, bare: false });
  }
  return out;
}
