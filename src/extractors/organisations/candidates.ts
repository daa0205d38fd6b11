/**
 * The rules that propose organisation mentions. Each rule returns candidates
 * (a span, the canonical name it stands for, an abbreviation if one is
 * defined); ./resolve.ts picks among overlapping ones and groups them.
 */
import type { Gender, OrganisationHead } from "../../lexicon/organisation-heads.js";
import { CLUB_PREFIXES, ORGANISATION_DESCRIPTORS, TERRITORIAL_NOUNS, UNIVERSITY_PREFIXES } from "../../lexicon/organisation-heads.js";
import { canonicalLegalForm } from "../../lexicon/legal-forms.js";
import { matchRoleWord } from "../../lexicon/role-forms.js";
import { LAND_ADJECTIVE_STEMS } from "../../lexicon/places-de.js";
import { declineAdjective, guessGender } from "./decline.js";
import { matchHead, mayMatchHead, type HeadMatch } from "./heads.js";
import {
  ACRONYM, ALL_CAPS_ACRONYM, CAPITALISED, CLOSE_QUOTE, COMMON_NOUN_SUFFIX, DECLINABLE_ADJECTIVE,
  LEGAL_FORM_TOKEN, LOWER_ADJECTIVE, mayBeAcronym, mayBeLegalForm, mayBeAllCapsAcronym, OPEN_QUOTE, PLACE_ADJECTIVE,
} from "./patterns.js";
import { hasNewline, type Token } from "./tokens.js";
import { WordSet } from "./word-set.js";

export type Rule = "gazetteer" | "head" | "legal-form" | "descriptor" | "acronym";

export interface Candidate {
  start: number;
  end: number;
  name: string;
  abbreviation: string | null;
  /** Span of an abbreviation defined inside the candidate ("Polizeidirektion (PD) Göttingen"). */
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
/** Capitalised words that start clauses or are pronouns, never part of a name after a head noun. */
const CLAUSE_WORDS = new WordSet([
  "Der", "Die", "Das", "Des", "Dem", "Den", "Ein", "Eine", "Sie", "Er", "Es", "Wir", "Ich", "Ihr", "Ihre", "Im", "Am", "Zum", "Zur",
  "Beim", "Vom", "Mit", "Nach", "Für", "In", "Auf", "Bei", "Von", "Und", "Oder", "Auch", "Seit", "Bis", "Dabei", "So", "Dies", "Diese",
  "Dieser", "Dieses", "Hier", "Dort", "Damit", "Dazu", "Zudem", "Außerdem", "Als", "Wie", "Wenn", "Dass", "Weil", "Ob", "Aber",
  "Herr", "Herrn", "Frau", "Dr", "Prof", "Montag", "Dienstag", "Mittwoch", "Donnerstag", "Freitag", "Samstag", "Sonntag",
  "Januar", "Februar", "März", "April", "Mai", "Juni", "Juli", "August", "September", "Oktober", "November", "Dezember",
  "Tel", "Fax", "E-Mail", "Website", "Foto", "Quelle", "Kontakt", "Projekt", "Programm", "Modellprojekt", "Förderprogramm",
  "Laut", "Gemäß", "Trotz", "Wegen", "Während", "Nachdem", "Bevor", "Seitdem", "Unter", "Über", "Vor", "Neben", "Zwischen",
  "Durch", "Gegen", "Ohne", "Um", "Aus", "Ab", "An", "Heute", "Gestern", "Morgen", "Jetzt", "Nun", "Dann", "Danach", "Zunächst",
  "Erst", "Somit", "Daher", "Deshalb", "Jedoch", "Allerdings", "Insgesamt", "Zusammen", "Gemeinsam", "Mehr", "Weitere", "Alle",
  "Viele", "Einige", "Beide", "Jeder", "Jede", "Jedes", "Unser", "Unsere", "Mein", "Meine", "Sein", "Seine", "Dessen", "Deren",
  "Was", "Wer", "Wo", "Wann", "Warum", "Denn", "Doch", "Noch", "Schon", "Bereits", "Sowohl", "Weder", "Entweder",
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
/** Frequent common nouns that follow a head noun as objects, not as its name ("das Jobcenter Menschen …"). */
const COMMON_NOUNS = new WordSet([
  "Menschen", "Leute", "Kinder", "Frauen", "Männer", "Jugendliche", "Jugendlichen", "Familien", "Unternehmen", "Betriebe",
  "Mitarbeiter", "Mitarbeitende", "Teilnehmende", "Geflüchtete", "Geflüchteten", "Flüchtlinge", "Flüchtlingen", "Arbeitslose",
  "Arbeitslosen", "Schüler", "Eltern", "Bürger", "Hilfe", "Angebote", "Projekte", "Mittel", "Geld", "Fördermittel", "Anträge",
  "Termine", "Kosten", "Zeit", "Jahr", "Jahre", "Jahren", "Monate", "Monaten", "Wochen", "Tage", "Tagen", "Stunden", "Euro",
  "Prozent", "Plätze", "Stellen", "Arbeit", "Daten", "Zahlen", "Fragen", "Themen", "Ziele", "Wege", "Chancen", "Perspektiven",
  "Ziel", "Teil", "Partner", "Mitglied", "Sitz", "Standort", "Träger", "Arbeitgeber",
]);
const TERRITORIAL = new Set(TERRITORIAL_NOUNS);
const CLUBS = new Set(CLUB_PREFIXES);
const UNIVERSITIES = new Set(UNIVERSITY_PREFIXES);
const PREFIX_MAX_LENGTH = Math.max(...[...CLUB_PREFIXES, ...UNIVERSITY_PREFIXES].map((p) => p.length));
if ([...CLUB_PREFIXES, ...UNIVERSITY_PREFIXES].some((p) => !/^[A-Z]/.test(p))) throw new Error("club/university prefixes must start with A-Z");
const TERRITORIAL_GENITIVE = new Set([
  "Stadt", "Gemeinde", "Landeshauptstadt", "Hansestadt", "Kreisstadt", "Region", "Landes", "Kreises", "Landkreises", "Bezirks",
  "Bezirkes", "Freistaats", "Freistaates", "Bundeslandes", "Kommune", "Kantons", "Marktgemeinde", "Stadtgemeinde",
  // church territories: "Caritasverband der Diözese X", "… des Bistums X"; Liechtenstein
  "Diözese", "Erzdiözese", "Bistums", "Erzbistums", "Fürstentums",
]);
const DESCRIPTORS = new WordSet(ORGANISATION_DESCRIPTORS.flatMap((d) => [d, `${d}s`, `${d}es`]));
/** Descriptors after which a plain capitalised name (not only an acronym or a quote) is the organisation. */
const NAME_DESCRIPTORS = new Set(["Unternehmen", "Unternehmens", "Firma", "Konzern", "Konzerns", "Energiekonzern", "Energiekonzerns",
  "Werbeagentur", "Start-up", "Start-ups", "Startup", "Startups", "Start-Up"]);
const LIST_FUNCTION_WORDS = new Set(["der", "die", "das", "des", "dem", "den", "und", "oder", "für", "mit", "von", "zur", "zum", "im", "am", "ein", "eine", "einer", "einem", "einen", "eines"]);

const isCap = (t: Token | undefined): boolean => t !== undefined && CAPITALISED.test(t.text);

function isAcronym(t: Token | undefined): boolean {
  return t !== undefined && mayBeAcronym(t.text) && ACRONYM.test(t.text) && !LEGAL_FORM_TOKEN.test(t.text);
}

/** A capitalised word that reads as a (place or proper) name, not a common noun or a clause word. */
function isNameWord(t: Token | undefined): boolean {
  if (!t || !isCap(t) || CLAUSE_WORDS.has(t.text) || COMMON_NOUNS.has(t.text)) return false;
  if (isAcronym(t)) return true;
  // "Universitätspräsident Anna Weber", "Landrat Max Kaya", "LR.in Berger": a role noun opens a person's title, not a name
  if (matchRoleWord(t.text) || matchRoleWord(t.text.replace(/\.in$/, ""))) return false;
  // "Fontane-Lesungen" ends in an abstract noun: a topic, not a name
  if (t.text.includes("-") || t.text.includes("/")) return /\p{Lu}/u.test(t.text.slice(1)) && !COMMON_NOUN_SUFFIX.test(t.text);
  if (matchHead(t.text)) return false;
  return !COMMON_NOUN_SUFFIX.test(t.text);
}

interface Parse { end: number; } // index after the last consumed token

/**
 * A coordination of noun phrases after "für" or after a unit head:
 * item ("," item)* ("und" item)?  — commas only count when an "und" closes the list
 * ("für Inneres, Kommunales, Wohnen und Sport"), so "Amt für Umwelt, Abteilung Wasser …" stops at the comma.
 * item: lower-case adjectives + capitalised word, or "Presse- und Öffentlichkeitsarbeit".
 */
function parseList(tokens: Token[], i: number, allowCapAdjectives: boolean): Parse | null {
  const item = (k: number): number => {
    let j = k;
    while (tokens[j] && LOWER_ADJECTIVE.test(tokens[j]!.text) && !LIST_FUNCTION_WORDS.has(tokens[j]!.text) && j - k < 3) j++;
    if (allowCapAdjectives) while (tokens[j] && DECLINABLE_ADJECTIVE.test(tokens[j]!.text) && isCap(tokens[j + 1])) j++;
    const t = tokens[j];
    if (!t || !isCap(t) || CLAUSE_WORDS.has(t.text) || LEGAL_FORM_TOKEN.test(t.text)) return -1;
    // "Büro LR.in Berger": a person's title is no subject of a unit
    if (matchRoleWord(t.text) || matchRoleWord(t.text.replace(/\.in$/, ""))) return -1;
    if (t.text.endsWith("-")) {
      // truncated first part: "Presse- und Öffentlichkeitsarbeit"
      const conj = tokens[j + 1];
      if (!conj || !/^(und|oder|bzw\.?|sowie)$/.test(conj.text)) return -1;
      const rest = item(j + 2);
      return rest;
    }
    // "für die Anerkennung ausländischer Flüchtlinge": an article-less genitive plural belongs to the item
    return genitivePluralEnd(tokens, j + 1);
  };
  let k = item(i);
  if (k < 0) return null;
  let good = k;
  for (;;) {
    const sep = tokens[k];
    if (!sep) break;
    if (sep.text === ",") {
      const next = item(k + 1);
      if (next < 0) break;
      k = next;
      continue;
    }
    if (sep.text === "und" || sep.text === "sowie") {
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
function parseName(tokens: Token[], i: number, places: PlaceStarts, text: string, most = 3): Parse | null {
  // "Jobcenter team.arbeit.hamburg": a lower-case brand written with dots (not a web address)
  const first = tokens[i]?.text ?? "";
  if (DOTTED_BRAND.test(first) && !WEB_ADDRESS.test(first)) return { end: i + 1 };
  let k = i;
  let taken = 0;
  while (taken < most) {
    const t = tokens[k];
    if (!t) break;
    if (k > i && hasNewline(text, tokens[k - 1]!.end, t.start)) break;
    const placeEnd = places.get(t.start);
    if (placeEnd !== undefined) {
      // a place ending inside a token ("NRW" in "NRW-Ost") takes the whole token
      while (tokens[k] && tokens[k]!.start < placeEnd) k++;
      taken++;
      continue;
    }
    if (TERRITORIAL.has(t.text) && isNameWord(tokens[k + 1])) { k += 2; taken++; continue; }
    if ((DECLINABLE_ADJECTIVE.test(t.text) || /-/.test(t.text)) && /^(Kreis|Kreises)$/.test(tokens[k + 1]?.text ?? "")) { k += 2; taken++; continue; }
    if (tokens[k + 1]?.text === "&" && isNameWord(tokens[k + 2]) && isNameWord(t)) { k += 3; taken++; continue; }
    // a capitalised adjective starts a longer name we do not read ("Künstlervereinigung Hamburgische Sezession")
    if (isNameWord(t) && !(CLEAR_ADJECTIVE.test(t.text) && !t.text.includes("-"))) { k++; taken++; continue; }
    // "Lenkungskreis ABC und XYZ": coordinated acronyms
    if (k > i && /^(und|&)$/.test(t.text) && isAcronym(tokens[k - 1]) && isAcronym(tokens[k + 1])) { k += 2; taken++; continue; }
    break;
  }
  return k > i ? { end: k } : null;
}

const DOTTED_BRAND = /^\p{Ll}[\p{Ll}\d]+(?:\.[\p{Ll}\d]+){2,}$/u;
const WEB_ADDRESS = /^www\.|\.(?:de|com|org|net|eu|at|ch|li|info|html?|php)$/;

/** Unmistakable adjective endings ("Hamburgische", "Katholischer"), unlike names in "-ar/-en" ("Claren"). */
const CLEAR_ADJECTIVE = /^\p{Lu}\p{Ll}+(?:isch|lich|ig|ell|iv)(?:e|er|es|en|em)$/u;

const DETERMINER_ER = new Set(["der", "einer", "keiner", "unserer", "ihrer", "seiner", "eurer", "meiner", "deiner", "dieser", "jener",
  "aller", "vieler", "mancher", "solcher", "welcher", "jeder", "beider", "weiterer", "anderer", "mehrerer"]);

/** An article-less genitive plural: adjective in "-er" + plural noun ("deutscher Banken", "Katholischer Männer"). */
function genitivePluralEnd(tokens: Token[], k: number): number {
  const adj = tokens[k], noun = tokens[k + 1];
  if (!adj || !noun || !/^\p{L}+er$/u.test(adj.text) || DETERMINER_ER.has(adj.text.toLowerCase())) return k;
  if (!/^\p{L}{3,}(?:isch|lich|ig|sch|al|ell|iv|är)er$/u.test(adj.text) && !PLACE_ADJECTIVE.test(adj.text)) return k;
  if (!isCap(noun) || CLAUSE_WORDS.has(noun.text) || !/(?:en|er|e|n)$/.test(noun.text)) return k;
  return k + 2;
}

/**
 * "der Hessischen Wirtschaft": a genitive of capitalised adjectives and a common noun that is no
 * body or place itself (those are names of their own: "Kommission der Europäischen Union").
 */
function adjectiveGenitiveEnd(tokens: Token[], k: number, places: PlaceStarts, text: string): number {
  if (!/^(der|des)$/.test(tokens[k]?.text ?? "")) return k;
  let j = k + 1;
  while (j < k + 3 && tokens[j] && DECLINABLE_ADJECTIVE.test(tokens[j]!.text) && /en$/.test(tokens[j]!.text) && !CLAUSE_WORDS.has(tokens[j]!.text)) j++;
  const noun = tokens[j];
  if (j === k + 1 || !noun || !/^\p{Lu}\p{Ll}{2,}$/u.test(noun.text) || CLAUSE_WORDS.has(noun.text) || matchHead(noun.text) || matchPluralHead(noun.text)
    || places.has(noun.start) || places.has(tokens[k + 1]!.start) || hasNewline(text, tokens[k]!.start, noun.end)) return k;
  return j + 1;
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
function isLandAdjective(t: Token | undefined): boolean {
  return t !== undefined && t.text.length > 6 && LAND_ADJECTIVE.test(t.text);
}

/** Left edge of an adjective/acronym run before token h: "Kommunales", "IQ", "Industrie- und". */
function leftEdge(tokens: Token[], h: number, head: OrganisationHead, text: string): number {
  let j = h;
  let steps = 0;
  while (j > 0 && steps < 3) {
    const t = tokens[j - 1]!;
    if (hasNewline(text, t.end, tokens[j]!.start)) break;
    // "das rheinland-pfälzische Wirtschaftsministerium": a public body of a Land named by the Land's adjective
    if (j === h && head.bare && (head.kind === "authority" || head.kind === "body") && isLandAdjective(t)) { j--; steps++; continue; }
    // "Rheinisch-Bergischen" is part of a name, "FDP-geführte" is a description
    if ((DECLINABLE_ADJECTIVE.test(t.text) || (head.kind === "body" && SIMPLE_ADJECTIVE.test(t.text))) && !CLAUSE_WORDS.has(t.text) && !/-\p{Ll}/u.test(t.text)) { j--; steps++; continue; }
    if (PLACE_ADJECTIVE.test(t.text) && !isErNoun(t.text) && !CLAUSE_WORDS.has(t.text) && head.kind !== "unit") { j--; steps++; continue; }
    if (j === h && isAcronym(t) && !/-$/.test(t.text)) { j--; steps++; continue; }
    // "IQ- Netzwerkes": a compound split after its hyphen
    if (j === h && t.text === "-" && t.start === tokens[j - 2]?.end && isAcronym(tokens[j - 2])) { j -= 2; steps++; continue; }
    if (head.nameBefore && (isNameWord(t) || isAcronym(t)) && !DECLINABLE_ADJECTIVE.test(t.text)) { j--; steps++; continue; }
    if (t.text === "und" && j >= 2 && tokens[j - 2]!.text.endsWith("-") && isCap(tokens[j - 2])) { j -= 2; steps++; continue; }
    break;
  }
  return j;
}

/** The head stands for a plural or a generic instance ("die Jobcenter", "ein Netzwerk", "als Kompetenzzentrum"). */
function isGenericOrPlural(tokens: Token[], left: number, head: OrganisationHead): boolean {
  const gender = head.gender;
  let j = left - 1;
  // skip lower-case adjectives: "die zuständigen Jobcenter"
  while (j >= 0 && LOWER_ADJECTIVE.test(tokens[j]!.text) && !ARTICLES.has(tokens[j]!.text.toLowerCase()) && !GENERIC_DETERMINERS.has(tokens[j]!.text.toLowerCase())) j--;
  const det = tokens[j]?.text.toLowerCase();
  if (det === undefined) return false;
  if (GENERIC_DETERMINERS.has(det)) return true;
  if (head.plural) return false;
  if (det === "die" && gender !== "f") return true;
  if (det === "den" && gender !== "m") return true;
  return false;
}

function joinTokens(text: string, parts: { tok: Token; out: string }[]): string {
  let s = "";
  parts.forEach((p, n) => {
    if (n > 0) {
      const prev = parts[n - 1]!.tok;
      const gap = text.slice(prev.end, p.tok.start);
      // "IQ- Netzwerk" is one word split after its hyphen
      const splitCompound = prev.text === "-" && n >= 2 && parts[n - 2]!.tok.end === prev.start;
      s += gap.length > 0 && !splitCompound ? " " : "";
    }
    s += p.out;
  });
  return s;
}

/** Builds the canonical name of tokens[from, to) with head h declined to the nominative. */
function canonicalName(text: string, tokens: Token[], from: number, to: number, h: number, base: string, gender: Gender, skip: Set<number> = new Set()): string {
  const parts: { tok: Token; out: string }[] = [];
  for (let k = from; k < to; k++) {
    const tok = tokens[k]!;
    if (skip.has(k)) continue;
    // drop a parenthesised abbreviation inside the name
    if (tok.text === "(" && tokens[k + 2]?.text === ")" && isAcronym(tokens[k + 1])) { k += 2; continue; }
    let out = tok.text;
    if (k === h) out = base;
    else if (k < h && isLandAdjective(tok)) out = capitaliseCompound(declineAdjective(tok.text, gender));
    else if (k < h && (DECLINABLE_ADJECTIVE.test(tok.text) || SIMPLE_ADJECTIVE.test(tok.text))) out = declineAdjective(tok.text, gender);
    else if (LEGAL_FORM_TOKEN.test(tok.text)) out = canonicalLegalForm(tok.text);
    parts.push({ tok, out });
  }
  return joinTokens(text, parts);
}

/** "rheinland-pfälzisches" → "Rheinland-Pfälzisches": a name's adjective is written with capitals. */
function capitaliseCompound(word: string): string {
  return word.split("-").map((p) => p.charAt(0).toUpperCase() + p.slice(1)).join("-");
}

/**
 * A head noun alone names one body when it is a name-bearing compound
 * ("Bertelsmann-Stiftung", "WIR-Vielfaltszentrum") or the compound of a
 * public body ("das Landratsamt", "die Bundesregierung", "das Jobcenter");
 * "die Stiftung", "im Turnverein", "das russische Verteidigungsministerium"
 * are descriptions, not names.
 */
function bareHeadIsName(tokens: Token[], left: number, h: number, head: OrganisationHead, compound: boolean): boolean {
  const word = tokens[h]!.text;
  const prev = tokens[left - 1]?.text ?? "";
  if (compound && /\p{L}-\p{Lu}/u.test(word)) return true;
  if (LOWER_ADJECTIVE.test(prev) && !ARTICLES.has(prev) && !/^(im|am|zum|beim|vom)$/.test(prev)) return false;
  if (!head.bare) return false;
  if (head.kind !== "authority" && head.kind !== "body") return false;
  return compound || head.exact !== undefined || head.noun === "Jobcenter" || head.noun === "Job-Center" || head.noun === "Staatskanzlei";
}

/** Rule "club": sports club names after a club prefix ("FC Bayern München", "TSV 1860 München"). */
export function clubCandidates(text: string, tokens: Token[]): Candidate[] {
  const out: Candidate[] = [];
  for (let c = 0; c < tokens.length - 1; c++) {
    const t = tokens[c]!;
    // every club and university prefix is short and starts with an ASCII capital: spare most tokens the set lookups
    const first = t.text.charCodeAt(0);
    if (t.text.length > PREFIX_MAX_LENGTH || first < 65 || first > 90) continue;
    const university = UNIVERSITIES.has(t.text);
    if (!CLUBS.has(t.text) && !university) continue;
    if (university && !isNameWord(tokens[c + 1])) continue;
    let e = c + 1;
    while (e < c + 5 && tokens[e] && sameLineRange(text, tokens, c, e + 1)) {
      const w = tokens[e]!;
      if (/^\d{2,4}$/.test(w.text) || isNameWord(w) || (w.text.includes("/") && isCap(w))) { e++; continue; }
      break;
    }
    if (e === c + 1 || !tokens.slice(c + 1, e).some((w) => isCap(w))) continue;
    const start = c >= 2 && tokens[c - 1]!.text === "." && /^\d$/.test(tokens[c - 2]!.text) ? tokens[c - 2]!.start : t.start;
    out.push({ start, end: tokens[e - 1]!.end, name: text.slice(start, tokens[e - 1]!.end).replace(/\s+/g, " "), abbreviation: null, abbreviationSpan: null, rule: "descriptor", headBase: null, bare: false });
  }
  return out;
}

const STEM_PLURALS: readonly (readonly [string, string])[] = [["verbände", "verband"], ["ämter", "amt"], ["bünde", "bund"], ["zentren", "zentrum"]];

/** The singular of a plural head formed with an ending ("Integrationsnetzwerke", "Agenturen"), else null. */
function matchPluralHead(word: string): HeadMatch | null {
  const last = word.charCodeAt(word.length - 1);
  if (last !== 101 && last !== 110 && last !== 114) return null; // "e", "n" or "r"
  // plurals with an umlaut or a changed stem: "Caritasverbände", "Jugendämter", "Familienzentren"
  if (word.length > 6 && (last === 114 ? word.endsWith("ämter") : word.charCodeAt(word.length - 2) === (last === 101 ? 100 : 101))) {
    for (const [plural, singular] of STEM_PLURALS) {
      if (!word.endsWith(plural) || word.length <= plural.length) continue;
      const m = matchHead(word.slice(0, -plural.length) + singular);
      if (m && m.compound) return m;
    }
  }
  if (last === 114) return null;
  for (const ending of ["en", "e", "n"]) {
    if (!word.endsWith(ending) || !mayMatchHead(word, word.length - ending.length)) continue;
    const m = matchHead(word.slice(0, -ending.length));
    if (m && m.base === word.slice(0, -ending.length)) return m;
  }
  return null;
}

/**
 * "die Regionalen Integrationsnetzwerke Leipzig und Chemnitz-Dresden": a plural
 * head with coordinated names stands for one body per name.
 */
function pluralWithNames(text: string, tokens: Token[], h: number, places: PlaceStarts, out: Candidate[]): void {
  const match = matchPluralHead(tokens[h]!.text);
  if (!match || match.head.kind === "unit") return;
  const { head, base } = match;
  const left = leftEdge(tokens, h, head, text);
  // "Caritasverbände Singen, Hechingen und Sigmaringen": names joined by commas, closed by "und"/"sowie"
  const names: { from: number; end: number }[] = [];
  let k = h + 1;
  for (;;) {
    const name = parseName(tokens, k, places, text);
    if (!name) return;
    names.push({ from: k, end: name.end });
    const joint = tokens[name.end]?.text ?? "";
    if (joint === "," && names.length < 8) { k = name.end + 1; continue; }
    if (/^(und|sowie)$/.test(joint)) {
      const last = parseName(tokens, name.end + 1, places, text);
      if (!last) return;
      names.push({ from: name.end + 1, end: last.end });
      break;
    }
    return;
  }
  if (!sameLineRange(text, tokens, h, names[names.length - 1]!.end)) return;
  const prefix = canonicalName(text, tokens, left, h + 1, h, base, head.gender);
  names.forEach((n, i) => {
    out.push({ start: i === 0 ? tokens[left]!.start : tokens[n.from]!.start, end: tokens[n.end - 1]!.end,
      name: `${prefix} ${text.slice(tokens[n.from]!.start, tokens[n.end - 1]!.end).replace(/\s+/g, " ")}`,
      abbreviation: null, abbreviationSpan: null, rule: "head", headBase: base, bare: false });
  });
}

/** Rule "head": institution head nouns with their adjectives and complements. */
export function headCandidates(text: string, tokens: Token[], places: PlaceStarts): Candidate[] {
  const out: Candidate[] = [];
  const introduced: { at: number; word: string; h: number }[] = [];
  for (let h = 0; h < tokens.length; h++) {
    const tok = tokens[h]!;
    const match = matchHead(tok.text);
    if (!match) {
      pluralWithNames(text, tokens, h, places, out);
      continue;
    }
    const { head, base, compound } = match;
    const left = leftEdge(tokens, h, head, text);
    // "hat eine Koordinationsstelle für Seniorenarbeit eingerichtet. Die Koordinationsstelle …": a body introduced
    // with the indefinite article and a complement is kept when the text later names it with the definite article
    const indefinite = INDEFINITE_ARTICLES.has(tokens[left - 1]?.text.toLowerCase() ?? "") && !head.plural;
    if (isGenericOrPlural(tokens, left, head) && !indefinite) continue;
    if (head.needsModifier && !compound && left === h) continue;

    let k = h + 1;
    let abbreviation: string | null = null;
    let abbreviationSpan: Candidate["abbreviationSpan"] = null;
    let complement = false;
    const takeAbbreviation = (): void => {
      const a = tokens[k + 1];
      if (tokens[k]?.text === "(" && tokens[k + 2]?.text === ")" && isAcronym(a) && abbreviation === null) {
        abbreviation = a!.text;
        abbreviationSpan = { start: a!.start, end: a!.end };
        k += 3;
      }
    };
    takeAbbreviation();
    // "Hanse-Universität (HU) erhält …": an abbreviation right after the head stays out of the span unless a name follows it
    const afterFirstAbbreviation = abbreviation !== null ? k : -1;
    if (head.genitiveOnly) {
      // only "des Kreises X", "der Stadt Y", "von Oberbayern" names it
      const ofPlace = tokens[k]?.text === "von" && tokens[k + 1] !== undefined && places.has(tokens[k + 1]!.start);
      if (!ofPlace && (!/^(der|des)$/.test(tokens[k]?.text ?? "") || !TERRITORIAL_GENITIVE.has(tokens[k + 1]?.text ?? ""))) continue;
      const name = parseName(tokens, ofPlace ? k + 1 : k + 2, places, text);
      if (!name || !sameLineRange(text, tokens, h, name.end)) continue;
      out.push({ start: tokens[left]!.start, end: tokens[name.end - 1]!.end, name: canonicalName(text, tokens, left, name.end, h, base, head.gender),
        abbreviation, abbreviationSpan, rule: "head", headBase: base, bare: false });
      continue;
    }
    if (tokens[k]?.text === "für" && !head.noFor) {
      let s = k + 1;
      if (/^(die|den|das)$/.test(tokens[s]?.text ?? "")) s++;
      const list = parseList(tokens, s, true);
      if (list) {
        k = list.end;
        complement = true;
        // "Verein für Menschenrechte in Liechtenstein (VMR)": a place and the defined abbreviation close the name
        const placeEnd = /^(in|im)$/.test(tokens[k]?.text ?? "") && tokens[k + 1] ? places.get(tokens[k + 1]!.start) : undefined;
        if (placeEnd !== undefined) {
          let e = k + 1;
          while (tokens[e] && tokens[e]!.start < placeEnd) e++;
          if (tokens[e]?.text === "(" && tokens[e + 2]?.text === ")" && isAcronym(tokens[e + 1]) && sameLineRange(text, tokens, h, e)) k = e;
        }
      }
    }
    // "Integrationszentrums- der Stadt Kerpen": a stray hyphen before the genitive
    const skip = new Set<number>();
    if (tokens[k]?.text === "-" && tokens[k]!.start === tokens[k - 1]!.end && /^(der|des)$/.test(tokens[k + 1]?.text ?? "")
      && TERRITORIAL_GENITIVE.has(tokens[k + 2]?.text ?? "")) { skip.add(k); k++; }
    const placeAfterArticle = /^(der|des)$/.test(tokens[k]?.text ?? "") && tokens[k + 1] ? places.get(tokens[k + 1]!.start) : undefined;
    const officeOf = !complement && tokens[h]!.text === "Amt" ? governmentGenitiveEnd(tokens, k, text) : k;
    if (officeOf > k) {
      // "Amt der Steiermärkischen Landesregierung": the office of a government is named by it
      k = officeOf;
      complement = true;
    } else if (/^(der|des)$/.test(tokens[k]?.text ?? "") && TERRITORIAL_GENITIVE.has(tokens[k + 1]?.text ?? "")) {
      const name = parseName(tokens, k + 2, places, text);
      if (name) { k = name.end; complement = true; }
    } else if (placeAfterArticle !== undefined) {
      // "Universität des Saarlandes": a place in the genitive
      k += 1;
      while (tokens[k] && tokens[k]!.start < placeAfterArticle) k++;
      complement = true;
    } else if ((head.kind === "association" || head.kind === "education") && adjectiveGenitiveEnd(tokens, k, places, text) > k) {
      // "Bildungswerk der Hessischen Wirtschaft", "Bund der Deutschen Katholischen Jugend"
      k = adjectiveGenitiveEnd(tokens, k, places, text);
      complement = true;
    } else if (head.kind === "association" && genitivePluralEnd(tokens, k) > k) {
      // "Sozialdienst Katholischer Männer", "Bundesverband deutscher Banken"
      k = genitivePluralEnd(tokens, k);
      complement = true;
    } else if (head.kind === "unit" && !complement) {
      // "Referat Flüchtlingskoordination", "Stabsstelle Digitale Verwaltung", "Referat 12 Öffentliche Ordnung"
      let s = k;
      if (/^\d+[a-z]?$/.test(tokens[s]?.text ?? "")) s++;
      const list = parseList(tokens, s, true);
      if (list && sameLineRange(text, tokens, h, list.end)) { k = list.end; complement = true; }
      else if (s > k) { k = s; complement = true; }
    } else if (tokens[k] && !head.noNameAfter && sameLineRange(text, tokens, h, k + 1)) {
      // "Polizeidirektion (PD) Göttingen": the abbreviation sits inside the name only when a name follows
      const beforeInner = k;
      takeAbbreviation();
      // "Fachamt Stadt- und Landschaftsplanung": a truncated compound starts a subject-area name
      const truncated = isCap(tokens[k]) && tokens[k]!.text.endsWith("-") && /^(und|oder|sowie)$/.test(tokens[k + 1]?.text ?? "")
        ? parseList(tokens, k, false) : null;
      // universities are named after a town and a person ("Technische Hochschule Nürnberg Georg Simon Ohm")
      const name = truncated ?? (head.placeOnly && !places.has(tokens[k]!.start) ? null : parseName(tokens, k, places, text, head.kind === "education" ? 5 : 3));
      if (name && sameLineRange(text, tokens, h, name.end)) { k = name.end; complement = true; } else k = beforeInner;
    }
    // "Universität zu Köln", "Industrie- und Handelskammer zu Berlin": "zu" + place is part of the name
    // ("Handwerkskammer Ostwestfalen-Lippe zu Bielefeld": also after a district, when the seat is a known place)
    if (tokens[k]?.text === "zu" && (head.kind === "education" || head.kind === "association") && (!complement || (tokens[k + 1] && places.has(tokens[k + 1]!.start)))) {
      const name = parseName(tokens, k + 1, places, text);
      if (name && name.end - k <= 3 && sameLineRange(text, tokens, h, name.end)) { k = name.end; complement = true; }
    }
    // "Flüchtlingshilfe in Zierenberg", "Integrationszentrum im Landkreis Kassel": a known place after in/im
    // belongs to a bare head; the canonical name drops the preposition (only for local bodies named by their
    // head alone: "das Auswärtige Amt in Berlin" stays "Auswärtiges Amt")
    // ("Thünen-Institut in Braunschweig" is already named: the place is only where it sits; "ein Werk in X" is a site)
    if (!complement && left === h && compound && !/\p{L}-\p{Lu}/u.test(tokens[h]!.text) && !/^(Bundes|Landes|Staats|Reichs)/.test(tokens[h]!.text)
      && /^(in|im)$/.test(tokens[k]?.text ?? "") && tokens[k + 1] && head.kind !== "unit") {
      const placeEnd = places.get(tokens[k + 1]!.start);
      if (placeEnd !== undefined && sameLineRange(text, tokens, h, k + 2)) {
        skip.add(k);
        k += 1;
        while (tokens[k] && tokens[k]!.start < placeEnd) k++;
        complement = true;
      }
    }
    // "Evangelische Landeskirche in Baden", "Evangelische Kirche in Deutschland": a church's name keeps its territory
    let territory = false;
    if (head.territoryOnly) { k = h + 1; complement = false; }
    if (!complement && /kirche$/i.test(base) && left < h && /^(in|von)$/.test(tokens[k]?.text ?? "") && tokens[k + 1]) {
      const placeEnd = places.get(tokens[k + 1]!.start);
      if (placeEnd !== undefined && sameLineRange(text, tokens, h, k + 2)) {
        k += 1;
        while (tokens[k] && tokens[k]!.start < placeEnd) k++;
        complement = true;
        territory = true;
      }
    }
    // "die Evangelische Kirche St. Peter" is a building
    if (head.territoryOnly && !territory) continue;
    // "Stadtrat von Winterthur", "Gemeinderat von Musterhausen": a council or authority of a place
    if (!complement && (head.kind === "body" || head.kind === "authority") && tokens[k]?.text === "von" && tokens[k + 1]) {
      const placeEnd = places.get(tokens[k + 1]!.start);
      if (placeEnd !== undefined && sameLineRange(text, tokens, h, k + 2)) {
        k += 1;
        while (tokens[k] && tokens[k]!.start < placeEnd) k++;
        complement = true;
      }
    }
    // English names: "California Institute of Technology"
    if (head.nameBefore && tokens[k]?.text === "of" && isCap(tokens[k + 1])) {
      k += 1;
      while (tokens[k] && isCap(tokens[k]) && sameLineRange(text, tokens, h, k + 1)) k++;
      complement = true;
    }
    // "Schützenverein Nordheim von 1765": a founding year is part of an association's name (not "von 1970 bis 1996")
    if (head.kind === "association" && tokens[k]?.text === "von" && /^\d{4}$/.test(tokens[k + 1]?.text ?? "")
      && !/^(bis|an|–|-)$/.test(tokens[k + 2]?.text ?? "") && sameLineRange(text, tokens, h, k + 2)) { k += 2; complement = true; }
    // a trailing "(ABBR)" is the abbreviation, not part of the name's span
    const beforeAbbreviation = k;
    takeAbbreviation();
    if (tokens[k] && LEGAL_FORM_TOKEN.test(tokens[k]!.text) && !/^(AG|SE)$/.test(tokens[k]!.text)) { k++; complement = true; }
    else k = beforeAbbreviation;

    // a truncated first part ("Senioren- und Jugendhilfe") is no modifier
    let hasAdjective = false;
    for (let a = left; a < h; a++) if (tokens[a]!.text !== "und" && !tokens[a]!.text.endsWith("-")) hasAdjective = true;
    // "Ausbildungszentrum der Bauindustrie …": a bare head before a genitive is part of a longer name we do not read
    if (!complement && /^(der|des)$/.test(tokens[k]?.text ?? "") && isCap(tokens[k + 1]) && !hasAdjective) continue;
    if (!complement && !hasAdjective && !bareHeadIsName(tokens, left, h, head, compound)) continue;
    if (indefinite && !complement) continue;
    if (indefinite) { introduced.push({ at: out.length, word: tokens[h]!.text, h }); }
    if (k === afterFirstAbbreviation) k = h + 1;
    // the name must not run into the next line except through a name complement
    const start = tokens[left]!.start;
    const end = tokens[k - 1]!.end;
    out.push({
      start, end,
      name: canonicalName(text, tokens, left, k, h, base, head.gender, skip),
      abbreviation, abbreviationSpan,
      rule: "head",
      headBase: base,
      // "Julius-Maximilians-Universität" is a name, not a bare head
      bare: !complement && !hasAdjective && !/\p{L}-\p{Lu}/u.test(tokens[h]!.text),
      modified: hasAdjective && !complement,
    });
  }
  return keepIntroduced(tokens, out, introduced);
}

const INDEFINITE_ARTICLES = new Set(["ein", "eine", "einen", "einem", "einer", "eines"]);

/** Drops the indefinite candidates whose head word the text does not take up later with a definite article (one pass). */
function keepIntroduced(tokens: Token[], out: Candidate[], introduced: { at: number; word: string; h: number }[]): Candidate[] {
  if (introduced.length === 0) return out;
  const wanted = new Map<string, number>(); // word → last index after a definite article
  for (const i of introduced) wanted.set(i.word, -1);
  for (let t = 1; t < tokens.length; t++) {
    if (wanted.has(tokens[t]!.text) && ARTICLES.has(tokens[t - 1]!.text.toLowerCase())) wanted.set(tokens[t]!.text, t);
  }
  const drop = new Set(introduced.filter((i) => wanted.get(i.word)! <= i.h).map((i) => i.at));
  return out.filter((_, n) => !drop.has(n));
}

/** After "Amt": "der [Adjective] Landesregierung" → index after it, else k. */
function governmentGenitiveEnd(tokens: Token[], k: number, text: string): number {
  if (tokens[k]?.text !== "der") return k;
  let j = k + 1;
  while (j < k + 3 && tokens[j] && (DECLINABLE_ADJECTIVE.test(tokens[j]!.text) || PLACE_ADJECTIVE.test(tokens[j]!.text))) j++;
  const gov = tokens[j] ? matchHead(tokens[j]!.text) : null;
  if (!gov || gov.head.noun !== "Regierung" || hasNewline(text, tokens[k]!.start, tokens[j]!.end)) return k;
  return j + 1;
}

function sameLineRange(text: string, tokens: Token[], from: number, to: number): boolean {
  const a = tokens[from], b = tokens[to - 1];
  if (!a || !b) return false;
  return !hasNewline(text, a.start, b.end);
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
/** Nouns associations are named with, which take a genitive before a legal form ("Forum der Kulturen X e.V."). */
const GENITIVE_NAME_NOUNS = new Set(["Forum", "Freunde", "Freundeskreis", "Förderkreis", "Arbeitskreis", "Haus", "Bündnis", "Kreis", "Initiative"]);

/**
 * Tokens j-2 "und" j-1 … : "Arbeit und Leben", "Jugend und Beruf" — two capitalised nouns joined by "und" at the
 * start of a name: the word before "und" is no place, acronym or head, and nothing capitalised stands before it.
 */
function nounPairOpensName(tokens: Token[], j: number, places: PlaceStarts): boolean {
  const before = tokens[j - 2], after = tokens[j], open = tokens[j - 3];
  if (!before || !after || !/^\p{Lu}\p{Ll}+$/u.test(before.text) || !/^\p{Lu}\p{Ll}+$/u.test(after.text)) return false;
  if (places.has(before.start) || matchHead(before.text) || CLAUSE_WORDS.has(before.text) || CLAUSE_WORDS.has(after.text)) return false;
  return !open || !isCap(open) || ARTICLES.has(open.text.toLowerCase());
}

/** Singular company descriptor compounds: "Baumaschinenhersteller", "Energieversorger", "Softwareanbieter", "Logistikunternehmen". */
function isCompanyCompound(word: string): boolean {
  // every tail ends in "n", "r" or "t": most words are out after one char-code test
  const last = word.charCodeAt(word.length - 1);
  if (last !== 110 && last !== 114 && last !== 116) return false;
  const lower = word.toLowerCase();
  for (const tail of COMPANY_TAILS) {
    if (lower.length > tail.length + 2 && lower.endsWith(tail) && /\p{Ll}/u.test(word[word.length - tail.length]!)) return true;
  }
  return false;
}
const COMPANY_TAILS = ["unternehmen", "konzern", "hersteller", "dienstleister", "anbieter", "versorger", "zulieferer", "händler", "produzent", "betreiber"];

/** Plurals of descriptor nouns before a list of names ("die Vereine X e.V. und Y e.V."). */
const PLURAL_DESCRIPTORS = new Set(["Vereine", "Vereinen", "Verbände", "Verbänden", "Stiftungen", "Firmen", "Unternehmen", "Träger", "Trägern",
  "Bildungsträger", "Bildungsträgern", "Organisationen", "Initiativen", "Genossenschaften", "Gesellschaften", "Partner", "Partnern"]);
const DESCRIPTOR_TAILS = ["unternehmen", "konzern", "träger", "dienstleister", "anbieter", "betreiber", "hersteller", "firma"];

/** Rule "legal-form": the capitalised name before a legal form ("MOZAIK gGmbH", "Muster Hilfe e.V."). */
export function legalFormCandidates(text: string, tokens: Token[], places: PlaceStarts = new Map()): Candidate[] {
  const out: Candidate[] = [];
  for (let f = 1; f < tokens.length; f++) {
    const form = tokens[f]!;
    if (!mayBeLegalForm(form.text) || !LEGAL_FORM_TOKEN.test(form.text)) continue;
    let j = f;
    let words = 0;
    while (j > 0 && words < 7) {
      const t = tokens[j - 1]!;
      if (hasNewline(text, t.end, tokens[j]!.start)) break;
      if (isCap(t) && !CLAUSE_WORDS.has(t.text) && !LEGAL_FORM_TOKEN.test(t.text) && !matchRoleWord(t.text)) { j--; words++; continue; }
      // "Frau & Beruf e.V.": a noun joined by "&" is part of the name even when it is a form of address
      if (isCap(t) && tokens[j]!.text === "&" && /^\p{Lu}\p{Ll}{2,}$/u.test(t.text) && !ARTICLES.has(t.text.toLowerCase())) { j--; words++; continue; }
      if (/^(für|&|\/|\+|zur|zum)$/.test(t.text) && isCap(tokens[j - 2])) { j--; continue; }
      // "Investitions- und Marketinggesellschaft", but not "Diakonie … und AWO … gGmbH"
      if (/^(und|oder)$/.test(t.text) && tokens[j - 2]?.text.endsWith("-")) { j--; continue; }
      // "Bildungswerk der Holzindustrie Hessen e.V.": cross "der/des" only after an institution head
      // or a noun associations are named with ("Forum der Kulturen X e.V.", "Freunde des Museums e.V.")
      if (/^(der|des)$/.test(t.text) && j >= 2 && (matchHead(tokens[j - 2]!.text) || GENITIVE_NAME_NOUNS.has(tokens[j - 2]!.text))) { j--; continue; }
      if (/^\d+$/.test(t.text) && (isCap(tokens[j - 2]) || (/^\d{4}$/.test(t.text) && tokens[j - 2]?.text === "von" && isCap(tokens[j - 3])))) { j--; continue; } // "Bündnis 90", "Hannover 96"
      // "Turnverein von 1861 e.V.": a founding year
      if (t.text === "von" && /^\d{4}$/.test(tokens[j]!.text) && isCap(tokens[j - 2])) { j--; continue; }
      // "Musikverein Eintracht 1911 St. Ingbert e.V.": the dot of a saint's abbreviation inside a place name
      // (and of a title in a company's founder name: "Dr. August Oetker KG")
      if (t.text === "." && /^(St|Hl|Ste|Dr)$/.test(tokens[j - 2]?.text ?? "") && t.start === tokens[j - 2]!.end) { j -= 2; words++; continue; }
      // "die Arbeit und Leben Nordheim gGmbH": "und" between two common nouns that open the name
      // (not "Diakonie Nordheim und AWO Talheim gGmbH": two bodies, the first ending in a place or acronym)
      if (t.text === "und" && nounPairOpensName(tokens, j, places)) { j -= 2; words++; continue; }
      break;
    }
    // trim connectors at the left edge, and a descriptor noun ("Unternehmen XY GmbH")
    while (j < f && !isCap(tokens[j])) j++;
    // "Verein Hilfe für Familien e.V." is named "Hilfe für Familien e.V." (but "Verein Deutscher Ingenieure", "Verein für …")
    // "die Vereine X e.V. und Y e.V.": a plural descriptor goes too
    if (j < f - 1 && PLURAL_DESCRIPTORS.has(tokens[j]!.text)) j++;
    if (j < f - 1 && (DESCRIPTORS.has(tokens[j]!.text) || isDescriptorCompound(tokens[j]!.text)) && !/^(für|der|des|zur|zum)$/.test(tokens[j + 1]!.text)
      && (!DECLINABLE_ADJECTIVE.test(tokens[j + 1]!.text) || isCompanyCompound(tokens[j]!.text))
      && (!matchHead(tokens[j]!.text) || /^(Verein|Vereins|Förderverein|Trägerverein)$/.test(tokens[j]!.text))) j++;
    if (j >= f) continue;
    // "AG"/"SE" are legal forms only after a name that is not itself a common noun phrase
    if (/^(AG|SE)$/.test(form.text) && f - j === 1 && !isNameWord(tokens[j])) continue;
    const parts = [];
    let h = -1;
    for (let k = j; k <= f; k++) if (h < 0 && matchHead(tokens[k]!.text)) h = k;
    // the noun the leading adjectives agree with: the head, else the first non-adjective word
    let noun = j;
    while (noun < f && DECLINABLE_ADJECTIVE.test(tokens[noun]!.text)) noun++;
    const gender = h >= 0 ? matchHead(tokens[h]!.text)!.head.gender : guessGender(tokens[noun]!.text);
    for (let k = j; k <= f; k++) {
      const tok = tokens[k]!;
      let out = tok.text;
      if (LEGAL_FORM_TOKEN.test(out)) out = canonicalLegalForm(out);
      else if (k < noun && (h < 0 || k < h) && DECLINABLE_ADJECTIVE.test(out)) out = declineAdjective(out, gender);
      else if (k === h) out = matchHead(tok.text)!.base;
      parts.push({ tok, out });
    }
    out.push({
      start: tokens[j]!.start, end: form.end, name: joinTokens(text, parts),
      abbreviation: null, abbreviationSpan: null, rule: "legal-form", headBase: null, bare: false,
    });
  }
  return out;
}

/** Rule "descriptor": a name introduced by a descriptor noun: "Verein „Kinderhilfe“", "Energiekonzerns LEAG". */
export function descriptorCandidates(text: string, tokens: Token[], blocked: Set<string>): Candidate[] {
  const out: Candidate[] = [];
  for (let d = 0; d < tokens.length - 1; d++) {
    const desc = tokens[d]!;
    // "beim Baumaschinenhersteller Wacker Neuson", "der Energieversorger X": a company descriptor compound names the firm after it
    const compound = !DESCRIPTORS.has(desc.text) && isCap(desc) && desc.text.length > 9 && isCompanyCompound(desc.text);
    if (!DESCRIPTORS.has(desc.text) && !compound) continue;
    const next = tokens[d + 1]!;
    if (!sameLineRange(text, tokens, d, d + 2)) continue;
    if (OPEN_QUOTE.test(next.text)) {
      let c = d + 2;
      while (tokens[c] && !CLOSE_QUOTE.test(tokens[c]!.text) && c - d < 14) c++;
      const close = tokens[c];
      if (!close || !CLOSE_QUOTE.test(close.text) || c === d + 2) continue;
      const first = tokens[d + 2]!, last = tokens[c - 1]!;
      const name = text.slice(first.start, last.end);
      if (name.includes("\n") || !/^\p{Lu}/u.test(name)) continue;
      out.push({ start: first.start, end: last.end, name: name.replace(/\s+/g, " "), abbreviation: null, abbreviationSpan: null, rule: "descriptor", headBase: null, bare: false });
      continue;
    }
    if (isAcronym(next) && !blocked.has(next.text)) {
      let e = d + 2;
      while (e < d + 4 && isNameWord(tokens[e]) && sameLineRange(text, tokens, d, e + 1)) e++;
      out.push({ start: next.start, end: tokens[e - 1]!.end, name: text.slice(next.start, tokens[e - 1]!.end).replace(/\s+/g, " "), abbreviation: null, abbreviationSpan: null, rule: "descriptor", headBase: null, bare: false });
      continue;
    }
    // "die Pflegedienstanbieter A und B" is a plural: no name
    const plural = compound && /^(die|den|viele|vielen|alle|allen|zwei|drei|mehrere|mehreren|einige|einigen)$/i.test(tokens[d - 1]?.text ?? "")
      && !(tokens[d - 1]!.text.toLowerCase() === "den" && !/unternehmen$/i.test(desc.text));
    if ((NAME_DESCRIPTORS.has(desc.text) || (compound && !plural)) && isNameWord(next) && !matchHead(next.text) && !DECLINABLE_ADJECTIVE.test(next.text)) {
      let e = d + 1;
      while (e < d + 4 && sameLineRange(text, tokens, d, e + 1)) {
        if (isNameWord(tokens[e])) { e++; continue; }
        if (tokens[e]?.text === "&" && isNameWord(tokens[e + 1])) { e += 2; continue; }
        break;
      }
      out.push({ start: next.start, end: tokens[e - 1]!.end, name: text.slice(next.start, tokens[e - 1]!.end).replace(/\s+/g, " "), abbreviation: null, abbreviationSpan: null, rule: "descriptor", headBase: null, bare: false });
    }
  }
  return out;
}

/**
 * Acronyms that are not organisations: place, law, unit and technical
 * abbreviations (a closed class of the common ones).
 */
export const NON_ORGANISATION_ACRONYMS = new WordSet([
  "USA", "UK", "BRD", "DDR", "NRW", "GUS", "UdSSR", "VAE", "EWR",
  "SGB", "BGB", "StGB", "GG", "HGB", "AsylbLG", "AsylG", "AufenthG", "DSGVO", "BAföG", "AGB",
  "EUR", "USD", "CHF", "GBP", "KM", "PS", "CO2", "KW", "MW", "GW", "KWH", "KWh", "MWh",
  "ISBN", "TV", "DNA", "CEO", "GPS", "SMS", "PDF", "EDV", "IT", "KI", "WLAN", "FAQ", "UKW", "ABC", "BIP", "MINT", "ÖPNV", "PKW",
  "LKW", "DSL", "HTML", "URL", "USB", "CD", "DVD", "MP3", "PC", "ZIP", "XML", "NGO", "NGOs", "MdB", "MdL", "MdEP", "GmbH",
  "II", "III", "IV", "VI", "VII", "VIII", "IX", "XI", "XII",
  // common German abbreviations of things, programmes and measures, and words set in capitals
  "KMU", "ALG", "FSJ", "FÖJ", "BFD", "DIN", "ISO", "LED", "HIV", "AIDS", "COVID", "SARS", "EEG", "GEG", "OGS", "DAX", "MDAX",
  "JPG", "PNG", "HTTP", "HTTPS", "WWW", "SEO", "CSR", "KITA", "PLZ", "SPNV", "ICE", "ABM", "AZAV", "LTE", "UMTS", "LGBTQ",
  "LSBTI", "LSBTIQ", "MINT", "DaZ", "DaF", "NEU", "INFO", "TIPP", "ACHTUNG", "HINWEIS", "FOTO", "ENDE", "HIER", "JETZT",
  "MEHR", "AKTUELL", "WICHTIG", "TERMIN", "PRESSE", "KONTAKT", "UHR",
]);

/** Rule "acronym": an unknown acronym after an article ("von der IMG", "das BAMF"). */
export function articleAcronymCandidates(
  text: string, tokens: Token[], blocked: Set<string>, places: PlaceStarts,
  listedName: (abbr: string) => string | null,
): Candidate[] {
  const out: Candidate[] = [];
  for (let a = 1; a < tokens.length; a++) {
    const t = tokens[a]!;
    if (!mayBeAllCapsAcronym(t.text) || !ALL_CAPS_ACRONYM.test(t.text) || blocked.has(t.text) || NON_ORGANISATION_ACRONYMS.has(t.text)) continue;
    if (!/^(der|die|das|des|dem|den|beim|vom|zur|zum|im)$/i.test(tokens[a - 1]!.text)) continue;
    if (text[t.end] === "-") continue;
    // "der SFB 1598": an acronym with a number is a designation, not a body
    if (/^\d/.test(tokens[a + 1]?.text ?? "")) continue;
    // "der BASF Schwarzheide": a name after the acronym belongs to it; a common noun means a longer name we do not read
    let end = t.end;
    const next = tokens[a + 1];
    if (next && isCap(next) && sameLineRange(text, tokens, a, a + 2)) {
      const placeEnd = places.get(next.start);
      if (placeEnd === undefined) continue;
      end = placeEnd;
    }
    const listed = end === t.end ? listedName(t.text) : null;
    out.push({ start: t.start, end, name: listed ?? text.slice(t.start, end).replace(/\s+/g, " "), abbreviation: end === t.end ? t.text : null, abbreviationSpan: null, rule: "acronym", headBase: null, bare: false });
  }
  return out;
}


/** Index after the name tokens starting at token i, or null. */
export function parseNameAfter(tokens: Token[], i: number, places: PlaceStarts, text: string): number | null {
  return parseName(tokens, i, places, text)?.end ?? null;
}

const MUNICIPALITY_NOUNS = new WordSet(["Stadt", "Landeshauptstadt", "Hansestadt", "Kreisstadt", "Gemeinde", "Stadtverwaltung", "Gemeindeverwaltung"]);
const LOCATIVE_PREPOSITIONS = new Set(["in", "In", "aus", "Aus", "nach", "Nach", "durch", "Durch", "innerhalb", "außerhalb", "quer"]);

/**
 * Rule "municipality": "Stadt X" with an article or at a line start is the
 * town as an administration ("die Stadt Oldenburg steuert … bei", "Medienmitteilung
 * der Stadt Winterthur", a sender line "Stadt Schwerin – …"); "in der Stadt X"
 * is a location. X must be a place the places stage found.
 */
export function municipalityCandidates(text: string, tokens: Token[], places: PlaceStarts): Candidate[] {
  const out: Candidate[] = [];
  for (let i = 0; i < tokens.length - 1; i++) {
    const t = tokens[i]!;
    if (!MUNICIPALITY_NOUNS.has(t.text)) continue;
    const next = tokens[i + 1]!;
    const placeEnd = places.get(next.start);
    if (placeEnd === undefined || hasNewline(text, t.end, next.start)) continue;
    const prev = tokens[i - 1];
    const atLineStart = !prev || hasNewline(text, prev.end, t.start);
    const article = prev !== undefined && ARTICLES.has(prev.text.toLowerCase()) && !hasNewline(text, prev.end, t.start);
    if (!atLineStart && !article) continue;
    if (article && LOCATIVE_PREPOSITIONS.has(tokens[i - 2]?.text ?? "")) continue;
    let e = i + 1;
    while (tokens[e] && tokens[e]!.start < placeEnd) e++;
    const end = tokens[e - 1]!.end;
    out.push({ start: t.start, end, name: `${t.text} ${text.slice(next.start, end).replace(/\s+/g, " ")}`, abbreviation: null, abbreviationSpan: null,
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
export function definedAcronymCandidates(text: string, tokens: Token[], places: PlaceStarts): Candidate[] {
  const out: Candidate[] = [];
  for (let b = 2; b + 2 < tokens.length; b++) {
    if (tokens[b]!.text !== "(" || tokens[b + 2]!.text !== ")") continue;
    const acr = tokens[b + 1]!;
    if (!isAcronym(acr) || acr.text.length > 6) continue;
    // the place at the end of the name: the token before "(" lies in a place mention
    let placeStart = -1;
    for (let q = b - 1; q >= Math.max(0, b - 3); q--) {
      const end = places.get(tokens[q]!.start);
      if (end !== undefined && end >= tokens[b - 1]!.end) { placeStart = q; break; }
    }
    if (placeStart < 0) continue;
    let p = placeStart - 1;
    let first = placeStart;
    while (p >= 0 && first - p <= 3 && isCap(tokens[p]) && !CLAUSE_WORDS.has(tokens[p]!.text) && !places.has(tokens[p]!.start)
      && !hasNewline(text, tokens[p]!.end, tokens[p + 1]!.start)) { first = p; p--; }
    if (first === placeStart) continue;
    const before = tokens[first - 1]?.text ?? "";
    if (!/^(der|die|das|des|dem|den|vom|beim|im|zum|zur|von|bei|mit|für)$/i.test(before)) continue;
    const words = tokens.slice(first, placeStart);
    const head = words[words.length - 1]!.text;
    if (words[0]!.text[0]!.toLowerCase() !== acr.text[0]!.toLowerCase()) continue;
    if (words.some((w) => PLAN_NOUN.test(w.text) || matchHead(w.text) || isAcronym(w) || LEGAL_FORM_TOKEN.test(w.text) || TERRITORIAL.has(w.text) || TERRITORIAL_GENITIVE.has(w.text))
      || COMMON_NOUN_SUFFIX.test(head.replace(/e?s$/, ""))) continue;
    // the genitive "-s" of the noun after "des" goes: "des Regionalverkehrs Oberbayern" → "Regionalverkehr Oberbayern"
    const parts = words.map((w, i) => {
      let out = w.text;
      if (DECLINABLE_ADJECTIVE.test(out) && i < words.length - 1) out = declineAdjective(out, guessGender(head));
      else if (/^(des|vom|beim|im|zum)$/i.test(before) && i === words.length - 1 && /[^s]s$/.test(out)) out = out.slice(0, -1);
      return { tok: w, out };
    });
    for (let q = placeStart; q < b; q++) parts.push({ tok: tokens[q]!, out: tokens[q]!.text });
    out.push({ start: tokens[first]!.start, end: tokens[b - 1]!.end, name: joinTokens(text, parts), abbreviation: acr.text,
      abbreviationSpan: { start: acr.start, end: acr.end }, rule: "acronym", headBase: null, bare: false });
  }
  return out;
}
