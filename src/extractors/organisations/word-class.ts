/**
 * What the organisation rules ask of a single word, as bits computed once
 * per distinct word (./tokens.ts keeps them with the interned word). The
 * rules walk every token of a release several times ("is it a head noun?",
 * "a legal form?", "a descriptor?"); with the answers in one number per
 * token each walk is a bit test instead of regexes and set lookups.
 *
 * Only facts of the word itself belong here, never of its neighbours.
 */
import { CLUB_PREFIXES, ORGANISATION_DESCRIPTORS, UNIVERSITY_PREFIXES } from "../../lexicon/organisation-heads.js";
import { matchRoleWord } from "../../lexicon/role-forms.js";
import { matchHead, matchPluralHead } from "./heads.js";
import {
  ACRONYM, ALL_CAPS_ACRONYM, CAPITALISED, COMMON_NOUN_SUFFIX, DECLINABLE_ADJECTIVE, LEGAL_FORM_TOKEN, LOWER_ADJECTIVE,
  mayBeAcronym, mayBeAllCapsAcronym, mayBeLegalForm,
} from "./patterns.js";
import { WordSet } from "./word-set.js";
import { LEGAL_FORM_SOURCES } from "../../lexicon/legal-forms.js";

export const WordBit = {
  /** Starts with an upper-case letter (CAPITALISED). */
  Capitalised: 1 << 0,
  /** ACRONYM: two or more capitals, letters, digits, "&", "+" ("BAMF", "LfA", "ESF+"). */
  AcronymShape: 1 << 1,
  /** An acronym that is no legal form. */
  Acronym: 1 << 2,
  /** A legal form as a whole token ("GmbH", "e. V."). */
  LegalForm: 1 << 3,
  /** A capitalised word that reads as a (place or proper) name, not a common noun or a clause word. */
  NameWord: 1 << 4,
  /** A capitalised clause word, pronoun, weekday, month … (CLAUSE_WORDS). */
  ClauseWord: 1 << 5,
  /** An institution head noun or a compound ending in one (matchHead). */
  Head: 1 << 6,
  /** The plural of a head noun (matchPluralHead). */
  PluralHead: 1 << 7,
  /** A descriptor noun before a name ("Verein", "Konzerns"). */
  Descriptor: 1 << 8,
  /** A capitalised company descriptor compound longer than nine characters ("Energieversorger"). */
  CompanyCompound: 1 << 9,
  /** "Stadt", "Gemeinde" …: a noun that names a town as an administration. */
  Municipality: 1 << 10,
  /** A sports club prefix ("FC", "TSV"). */
  ClubPrefix: 1 << 11,
  /** A university prefix ("TU", "FH"). */
  UniversityPrefix: 1 << 12,
  /** ALL_CAPS_ACRONYM ("KVB", "EWAG"). */
  AllCapsAcronym: 1 << 13,
  /** A common acronym of things, laws, units (NON_ORGANISATION_ACRONYMS). */
  NonOrganisationAcronym: 1 << 14,
  /** DECLINABLE_ADJECTIVE ("Europäischen"). */
  DeclinableAdjective: 1 << 15,
  /** LOWER_ADJECTIVE ("regionale"). */
  LowerAdjective: 1 << 16,
  /** A role noun, also with a trailing ".in" ("Landrat", "LR.in"). */
  RoleWord: 1 << 17,
  /** A character other than a letter, digit or hyphen inside ("ver.di", "Berlin/Brandenburg", "e. V."): words start inside it. */
  InnerBreak: 1 << 18,
  /** "(" */
  OpenParen: 1 << 19,
  /** The beginning of a listed institution's name starts the word, or the word starts it ("Bundes…", "Deutsche…"; ./gazetteer.ts). */
  ListedStart: 1 << 20,
} as const;

/**
 * The bits a rule starts from (a head noun, a legal form, a prefix, a descriptor, an acronym, a bracket):
 * the view lists the tokens that have one, so the rules need not walk every token.
 */
export const TRIGGER_BITS = WordBit.Head | WordBit.PluralHead | WordBit.LegalForm | WordBit.ClubPrefix | WordBit.UniversityPrefix
  | WordBit.Municipality | WordBit.Descriptor | WordBit.CompanyCompound | WordBit.AllCapsAcronym | WordBit.AcronymShape | WordBit.OpenParen
  | WordBit.ListedStart | WordBit.InnerBreak;

/** Capitalised words that start clauses or are pronouns, never part of a name after a head noun. */
export const CLAUSE_WORDS = new WordSet([
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
/** Frequent common nouns that follow a head noun as objects, not as its name ("das Jobcenter Menschen …"). */
const COMMON_NOUNS = new WordSet([
  "Menschen", "Leute", "Kinder", "Frauen", "Männer", "Jugendliche", "Jugendlichen", "Familien", "Unternehmen", "Betriebe",
  "Mitarbeiter", "Mitarbeitende", "Teilnehmende", "Geflüchtete", "Geflüchteten", "Flüchtlinge", "Flüchtlingen", "Arbeitslose",
  "Arbeitslosen", "Schüler", "Eltern", "Bürger", "Hilfe", "Angebote", "Projekte", "Mittel", "Geld", "Fördermittel", "Anträge",
  "Termine", "Kosten", "Zeit", "Jahr", "Jahre", "Jahren", "Monate", "Monaten", "Wochen", "Tage", "Tagen", "Stunden", "Euro",
  "Prozent", "Plätze", "Stellen", "Arbeit", "Daten", "Zahlen", "Fragen", "Themen", "Ziele", "Wege", "Chancen", "Perspektiven",
  "Ziel", "Teil", "Partner", "Mitglied", "Sitz", "Standort", "Träger", "Arbeitgeber",
]);
const DESCRIPTORS = new WordSet(ORGANISATION_DESCRIPTORS.flatMap((d) => [d, `${d}s`, `${d}es`]));
const MUNICIPALITY_NOUNS = new WordSet(["Stadt", "Landeshauptstadt", "Hansestadt", "Kreisstadt", "Gemeinde", "Stadtverwaltung", "Gemeindeverwaltung"]);
const CLUBS = new Set(CLUB_PREFIXES);
const UNIVERSITIES = new Set(UNIVERSITY_PREFIXES);

/**
 * Acronyms that are not organisations: place, law, unit and technical
 * abbreviations (a closed class of the common ones).
 */
const NON_ORGANISATION_ACRONYMS = new WordSet([
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

const COMPANY_TAILS = ["unternehmen", "konzern", "hersteller", "dienstleister", "anbieter", "versorger", "zulieferer", "händler", "produzent", "betreiber"];

/** Singular company descriptor compounds: "Baumaschinenhersteller", "Energieversorger", "Softwareanbieter", "Logistikunternehmen". */
export function isCompanyCompound(word: string): boolean {
  // every tail ends in "n", "r" or "t": most words are out after one char-code test
  const last = word.charCodeAt(word.length - 1);
  if (last !== 110 && last !== 114 && last !== 116) return false;
  const lower = word.toLowerCase();
  for (const tail of COMPANY_TAILS) {
    if (lower.length > tail.length + 2 && lower.endsWith(tail) && /\p{Ll}/u.test(word[word.length - tail.length]!)) return true;
  }
  return false;
}

const isRoleWord = (word: string): boolean => matchRoleWord(word) !== null || matchRoleWord(word.replace(/\.in$/, "")) !== null;

/** A capitalised word that reads as a (place or proper) name, not a common noun or a clause word. */
function isNameWord(word: string, bits: number): boolean {
  if ((bits & WordBit.Capitalised) === 0 || CLAUSE_WORDS.has(word) || COMMON_NOUNS.has(word)) return false;
  if (bits & WordBit.Acronym) return true;
  // "Universitätspräsident Anna Weber", "Landrat Max Kaya", "LR.in Berger": a role noun opens a person's title, not a name
  if (bits & WordBit.RoleWord) return false;
  // "Fontane-Lesungen" ends in an abstract noun: a topic, not a name
  if (word.includes("-") || word.includes("/")) return /\p{Lu}/u.test(word.slice(1)) && !COMMON_NOUN_SUFFIX.test(word);
  if (bits & WordBit.Head) return false;
  return !COMMON_NOUN_SUFFIX.test(word);
}

/** Letters and digits (and the hyphen) do not break a word; anything else inside does. */
function hasInnerBreak(word: string): boolean {
  for (let i = 1; i < word.length; i++) {
    const c = word.charCodeAt(i);
    if (c === 45 || (c >= 48 && c <= 57) || (c >= 65 && c <= 90) || (c >= 97 && c <= 122)) continue;
    if (c >= 192 && c < 256 && c !== 215 && c !== 247) continue;
    if (c < 128 || !/[\p{L}\p{N}]/u.test(String.fromCharCode(c))) return true;
  }
  return false;
}

/** The WordBit bits of one word (as written), all but ListedStart (which ./gazetteer.ts knows). */
export function classifyWord(word: string): number {
  let bits = 0;
  if (CAPITALISED.test(word)) bits |= WordBit.Capitalised;
  if (mayBeLegalForm(word) && LEGAL_FORM_TOKEN.test(word)) bits |= WordBit.LegalForm;
  if (mayBeAcronym(word) && ACRONYM.test(word)) {
    bits |= WordBit.AcronymShape;
    if ((bits & WordBit.LegalForm) === 0) bits |= WordBit.Acronym;
  }
  if (mayBeAllCapsAcronym(word) && ALL_CAPS_ACRONYM.test(word)) bits |= WordBit.AllCapsAcronym;
  if (NON_ORGANISATION_ACRONYMS.has(word)) bits |= WordBit.NonOrganisationAcronym;
  if (CLAUSE_WORDS.has(word)) bits |= WordBit.ClauseWord;
  if (matchHead(word) !== null) bits |= WordBit.Head;
  else if (matchPluralHead(word) !== null) bits |= WordBit.PluralHead;
  if (DESCRIPTORS.has(word)) bits |= WordBit.Descriptor;
  if ((bits & WordBit.Capitalised) !== 0 && word.length > 9 && isCompanyCompound(word)) bits |= WordBit.CompanyCompound;
  if (MUNICIPALITY_NOUNS.has(word)) bits |= WordBit.Municipality;
  if (CLUBS.has(word)) bits |= WordBit.ClubPrefix;
  if (UNIVERSITIES.has(word)) bits |= WordBit.UniversityPrefix;
  if (DECLINABLE_ADJECTIVE.test(word)) bits |= WordBit.DeclinableAdjective;
  if (LOWER_ADJECTIVE.test(word)) bits |= WordBit.LowerAdjective;
  if (isRoleWord(word)) bits |= WordBit.RoleWord;
  if (hasInnerBreak(word)) bits |= WordBit.InnerBreak;
  if (isNameWord(word, bits)) bits |= WordBit.NameWord;
  if (word === "(") bits |= WordBit.OpenParen;
  return bits;
}

/** Latin-1 letters and digits, and lower-case letters (\p{Ll}), by code. */
const LATIN1_WORD = Uint8Array.from({ length: 256 }, (_, k) => (/[\p{L}\p{N}]/u.test(String.fromCharCode(k)) ? 1 : 0));
const LATIN1_LOWER = Uint8Array.from({ length: 256 }, (_, k) => (/\p{Ll}/u.test(String.fromCharCode(k)) ? 1 : 0));
/** Lower-case first letters of legal forms ("e.V.", "gGmbH", "mbH", "plc"): words starting so go the long way. */
const LOWER_LEGAL_INITIALS = new Set(LEGAL_FORM_SOURCES.map((f) => f.charCodeAt(0)).filter((c) => c >= 97 && c <= 122));

/** Letters and digits (\p{L}\p{N}) by UTF-16 code unit beyond Latin-1, filled on first sight: 0 unknown, 1 yes, 2 no. */
const WORD_CHAR = new Uint8Array(65536);

function isLetterOrDigit(c: number): boolean {
  if (c < 256) return LATIN1_WORD[c] === 1;
  let known = WORD_CHAR[c]!;
  if (known === 0) WORD_CHAR[c] = known = /[\p{L}\p{N}]/u.test(String.fromCharCode(c)) ? 1 : 2;
  return known === 1;
}

/**
 * The bits `classifyWord` gives text[start, end), read from its characters, for the words that make up
 * most of a text; -1 for the others. Decided here: one punctuation mark (no bits but OpenParen); a word
 * starting with a digit (InnerBreak at most); a Latin-1 word starting with an ASCII lower-case letter that
 * starts no legal form (LowerAdjective, InnerBreak at most). The bits of capitalised words, acronyms, heads
 * and the word lists all need a capital first; legal forms start with one of their known initials.
 */
export function plainWordBits(text: string, start: number, end: number): number {
  const first = text.charCodeAt(start);
  if (end - start === 1 && (first < 0xd800 || first > 0xdfff) && !isLetterOrDigit(first)) return first === 40 /* ( */ ? WordBit.OpenParen : 0;
  const digit = first >= 48 && first <= 57;
  if (!digit && (first < 97 || first > 122 || LOWER_LEGAL_INITIALS.has(first))) return -1;
  let lowerOrHyphen = !digit, innerBreak = false;
  for (let k = start + 1; k < end; k++) {
    const c = text.charCodeAt(k);
    if (c >= 256) return -1;
    if (c !== 45 && LATIN1_LOWER[c] === 0) lowerOrHyphen = false;
    if (c !== 45 && LATIN1_WORD[c] === 0) innerBreak = true;
  }
  let bits = innerBreak ? WordBit.InnerBreak : 0;
  // LOWER_ADJECTIVE: lower-case letters (and hyphens) ending in -e, -en, -er, -es, -em after at least one letter
  const length = end - start, last = text.charCodeAt(end - 1);
  if (lowerOrHyphen && ((last === 101 && length >= 2)
    || (length >= 3 && text.charCodeAt(end - 2) === 101 && (last === 110 || last === 114 || last === 115 || last === 109)))) bits |= WordBit.LowerAdjective;
  return bits;
}
