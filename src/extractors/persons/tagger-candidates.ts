/**
 * Persons the name tagger found and the rules did not: PER spans over text
 * no person, organisation or place mention covers. A lone word that is the
 * family name (or the full name) of a person of the release is another
 * mention of that person ("so Brügge"); other spans become persons named as
 * written, when the policy lets them.
 */
import type { ExtractorInput } from "../context.js";
import type { Person } from "../../schema/release.js";
import { coverageOf, inTextOrder, taggedSpans } from "../../tagger/candidates.js";
import { TokenFlag } from "../../tokens/lexical-flags.js";
import { Shape, type TokenLayer } from "../../tokens/layer.js";
import type { NameSpan } from "../../tagger/tag.js";

export interface TaggedPersonPolicy {
  /** Lowest tagger score a span needs. */
  minScore: number;
  /**
   * A one-word span that names no person of the release: "keep" it as a new
   * person, "drop" it, or keep it only with `loneMinScore`.
   */
  lone: "keep" | "drop" | "score";
  loneMinScore: number;
  /** A name of several words needs a listed first name as its first word. */
  needGivenName: boolean;
  /** Spans that name no person of the release become new persons (else they only add mentions to known ones). */
  newPersons: boolean;
  /** With newPersons: only one-word names become new persons (several words: the rules' job). */
  newLoneOnly: boolean;
}

/**
 * Links, and new one-word persons the tagger is sure of. A name of several
 * words the rules did not take is left out (the rules find full names; what
 * they leave are parts of organisation, school or street names). A lone word
 * that names no person of the release becomes a new person only from score
 * 0.7 and when no filter of notANewPerson holds: GermEval 5-fold CV PER F1
 * 0.656 → 0.711 (the rules find no lone surnames: "Merkel sagte …"); on the
 * dev press releases, seeds and fixtures no new person comes out (before
 * the filters: "Job", "Workshops", "Dr.", "Herrn"; see src/tagger/README.md).
 */
export const TAGGED_PERSON_POLICY: TaggedPersonPolicy = {
  minScore: 0, lone: "score", loneMinScore: 0.7, needGivenName: false, newPersons: true, newLoneOnly: true,
};

/** Characters a name does not follow directly: it would start inside a word ("Startseite_Max", "Netz@Werk"). */
const GLUED = /[\p{L}\p{N}_@#/&+-]$/u;
/** Words after which a capitalised word belongs to a saint's or a place's name ("St. Wendel", "Sankt Augustin"). */
const SAINT = /(?:^|\s)(?:St\.?|Sankt|San|Santa|Saint|Ste?\.?)\s*$/u;
const OPEN_QUOTE = /[„"»“‚'«]\s*$/u;
const CLOSE_QUOTE = /^\s*[“"«”‘'»]/u;

/** Words of the project's closed classes that are no name: forms of address, titles, role nouns, institution heads, legal forms, months, descriptors. */
const NOT_A_NAME = TokenFlag.Honorific | TokenFlag.Title | TokenFlag.RoleNoun | TokenFlag.OrganisationHead | TokenFlag.LegalForm
  | TokenFlag.Month | TokenFlag.OrganisationDescriptor | TokenFlag.Territorial | TokenFlag.OrganisationPrefix;

/**
 * A tagged span that cannot be a new person whatever the tagger says: glued to
 * the word before it, after "St."/"Sankt", alone in quotation marks (a
 * title or the name of a school, a ship, a prize: „Friedrich Fröbel“), a
 * word of a closed class (NOT_A_NAME: "Herrn", "Dr.", "Geschäftsführerin"),
 * or ending in a full stop (an abbreviation).
 */
function notANewPerson(layer: TokenLayer, s: NameSpan): boolean {
  const text = layer.text, start = s.start, end = s.end;
  if (text.charCodeAt(end - 1) === 46 /* . */) return true;
  for (let i = s.fromToken; i < s.toToken; i++) if (layer.flags[i]! & NOT_A_NAME) return true;
  const before = text.slice(Math.max(0, start - 8), start);
  if (start > 0 && GLUED.test(before)) return true;
  if (SAINT.test(before)) return true;
  return OPEN_QUOTE.test(before) && CLOSE_QUOTE.test(text.slice(end, end + 2));
}

export function mergeTaggedPersons(input: ExtractorInput, persons: Person[], policy: TaggedPersonPolicy = TAGGED_PERSON_POLICY): Person[] {
  const spans = taggedSpans(input.names, "PER", 0);
  const layer = input.tokens;
  if (spans.length === 0 || !layer) return persons;
  const text = input.text;
  const covered = coverageOf(text.length, persons, input.organisations, input.places);
  const byName = new Map<string, Person>();
  const byFamily = new Map<string, Person | null>();
  const index = (p: Person): void => {
    byName.set(p.name, p);
    if (p.familyName) byFamily.set(p.familyName, byFamily.has(p.familyName) && byFamily.get(p.familyName) !== p ? null : p);
  };
  for (const p of persons) index(p);
  const fresh: { span: (typeof spans)[number]; words: string[] }[] = [];
  for (const s of spans) {
    if (covered.overlaps(s.start, s.end)) continue;
    const words: string[] = [];
    for (let i = s.fromToken; i < s.toToken; i++) {
      // punctuation inside a span ("Peel's", "A. B.") stays part of the name but is not a word of it
      if (layer.shape[i] !== Shape.Punct) words.push(text.slice(layer.start[i]!, layer.end[i]!));
    }
    if (words.length === 0) continue;
    fresh.push({ span: s, words });
  }
  if (fresh.length === 0) return persons;
  let changed = false;
  // full names first, so a lone surname before its full name still links
  const order = [...fresh].sort((a, b) => b.words.length - a.words.length || a.span.start - b.span.start);
  for (const { span: s, words } of order) {
    const surface = text.slice(s.start, s.end);
    const mention = { text: surface, start: s.start, end: s.end };
    if (words.length === 1) {
      const known = byFamily.get(words[0]!) ?? byName.get(words[0]!);
      if (known) { known.mentions.push(mention); covered.add(s.start, s.end); changed = true; continue; }
      if (policy.lone === "drop" || (policy.lone === "score" && s.score < policy.loneMinScore)) continue;
    }
    if (s.score < policy.minScore) continue;
    if (!byName.has(surface.replace(/\s+/g, " "))) {
      if (!policy.newPersons || (policy.newLoneOnly && words.length > 1) || notANewPerson(layer, s)) continue;
    }
    if (words.length > 1 && policy.needGivenName && (layer.flags[s.fromToken]! & TokenFlag.FirstName) === 0) continue;
    const name = surface.replace(/\s+/g, " ");
    const existing = byName.get(name);
    covered.add(s.start, s.end);
    changed = true;
    if (existing) { existing.mentions.push(mention); continue; }
    const firstIsGiven = words.length > 1 && (layer.flags[s.fromToken]! & TokenFlag.FirstName) !== 0;
    const loneGiven = words.length === 1 && (layer.flags[s.fromToken]! & TokenFlag.FirstName) !== 0;
    const person: Person = {
      name,
      title: null,
      honorific: null,
      givenName: firstIsGiven || loneGiven ? words[0]! : null,
      familyName: words.length > 1 ? words[words.length - 1]! : loneGiven ? null : words[0]!,
      roles: [],
      mentions: [mention],
    };
    persons.push(person);
    index(person);
  }
  if (!changed) return persons;
  return inTextOrder(persons);
}
