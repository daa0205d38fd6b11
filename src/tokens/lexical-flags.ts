/**
 * Lexical flags of a word from the project's word lists: one bit each, so a
 * token's flags are one number. The lists are the ones the extractors use
 * (closed classes in src/lexicon, the generated first-name list and place
 * gazetteer), so every stage reads the same facts about a word.
 *
 * The first-name, place and role-noun lookups live in src/lexicon; the
 * head-noun matcher still lives in the organisations folder that grew it
 * (this module only reads it; no extractor imports another).
 */
import { HONORIFICS, SURNAME_PARTICLES, TITLES } from "../lexicon/honorifics.js";
import { LEGAL_FORM_SOURCES } from "../lexicon/legal-forms.js";
import { MONTHS } from "../lexicon/months.js";
import {
  CLUB_PREFIXES, ORGANISATION_DESCRIPTORS, TERRITORIAL_NOUNS, UNIVERSITY_PREFIXES,
} from "../lexicon/organisation-heads.js";
import { BoundedCache } from "../text/bounded-cache.js";
import { isFirstName } from "../lexicon/first-names.js";
import { placeFormFlags } from "../lexicon/place-names.js";
import { matchRoleWord } from "../lexicon/role-forms.js";
import { matchHead } from "../extractors/organisations/heads.js";

/** Bits of `TokenLayer.flags`. The first ones describe the token's position and form, the rest its lexicon entries. */
export const TokenFlag = {
  /** First token of its sentence. */
  SentenceStart: 1 << 0,
  /** A line break lies between the previous token and this one. */
  LineStart: 1 << 1,
  /** Contains a hyphen ("Müller-Bozkurt", "Rhein-Sieg-Kreis"). */
  Hyphenated: 1 << 2,
  /** Contains a digit. */
  HasDigit: 1 << 3,
  /** A listed first name (every hyphen part, "Hans-Peter"). */
  FirstName: 1 << 4,
  /** Some gazetteer place form starts with this word ("Frankfurt" of "Frankfurt am Main"). */
  PlaceStart: 1 << 5,
  /** The word alone is a place form that needs no cue ("Köln", "Bayern"). */
  Place: 1 << 6,
  /** A role noun or a compound ending in one ("Geschäftsführerin", "Integrationsbeauftragter"). */
  RoleNoun: 1 << 7,
  /** An institution head noun or a compound ending in one ("Ministerium", "Landratsamt"). */
  OrganisationHead: 1 << 8,
  /** A legal form ("GmbH", "e.V.", "AG"). */
  LegalForm: 1 << 9,
  /** A month name or abbreviation. */
  Month: 1 << 10,
  /** A form of address ("Frau", "Herrn"). */
  Honorific: 1 << 11,
  /** An academic title word ("Dr.", "Prof.", "Professorin"). */
  Title: 1 << 12,
  /** A surname particle ("von", "van", "de"). */
  SurnameParticle: 1 << 13,
  /** A noun that introduces an organisation's name ("Unternehmen", "Verein", "Konzern"). */
  OrganisationDescriptor: 1 << 14,
  /** A noun of a territorial body ("Stadt", "Landkreis", "Gemeinde"). */
  Territorial: 1 << 15,
  /** A prefix of club or university names ("FC", "TSV", "TU"). */
  OrganisationPrefix: 1 << 16,
} as const;


const HONORIFIC_WORDS = new Set(HONORIFICS.keys());
const TITLE_WORDS = new Set(TITLES.flatMap((t) => t.split(" ")).filter((w) => /^\p{Lu}/u.test(w)));
const DESCRIPTORS = new Set(ORGANISATION_DESCRIPTORS.flatMap((d) => [d, `${d}s`, `${d}es`]));
const TERRITORIAL = new Set(TERRITORIAL_NOUNS.flatMap((t) => [t, `${t}es`, `${t}s`]));
const PREFIXES = new Set([...CLUB_PREFIXES, ...UNIVERSITY_PREFIXES]);
// Legal forms that are one token of the segment tokenizer (no spaces inside).
const LEGAL_FORM_WORD = new RegExp(`^(?:${LEGAL_FORM_SOURCES.filter((s) => !s.includes("\\s")).join("|")})$`, "u");

const memo = new BoundedCache<string, number>();

/** The lexicon bits of one word (as written; a token's text). */
export function lexicalFlags(word: string): number {
  const known = memo.get(word);
  if (known !== undefined) return known;
  const flags = computeFlags(word);
  memo.set(word, flags);
  return flags;
}

function computeFlags(word: string): number {
  let f = 0;
  const c0 = word.charCodeAt(0);
  const lowerInitial = c0 >= 97 && c0 <= 122;
  if (word.length <= 8 && LEGAL_FORM_WORD.test(word)) f |= TokenFlag.LegalForm;
  const bare = word.endsWith(".") ? word.slice(0, -1) : word;
  if (MONTHS[bare.toLowerCase()] !== undefined && !lowerInitial) f |= TokenFlag.Month;
  if (lowerInitial) {
    if (SURNAME_PARTICLES.has(word)) f |= TokenFlag.SurnameParticle;
    return f;
  }
  if (HONORIFIC_WORDS.has(word)) f |= TokenFlag.Honorific;
  if (TITLE_WORDS.has(word)) f |= TokenFlag.Title;
  if (DESCRIPTORS.has(word)) f |= TokenFlag.OrganisationDescriptor;
  if (TERRITORIAL.has(word)) f |= TokenFlag.Territorial;
  if (PREFIXES.has(word)) f |= TokenFlag.OrganisationPrefix;
  if (isFirstName(word)) f |= TokenFlag.FirstName;
  if (matchRoleWord(word) !== null) f |= TokenFlag.RoleNoun;
  if (matchHead(word) !== null) f |= TokenFlag.OrganisationHead;
  const place = placeFormFlags(word);
  if (place.starts) f |= TokenFlag.PlaceStart;
  if (place.standalone) f |= TokenFlag.Place;
  return f;
}
