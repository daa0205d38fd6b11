/**
 * Name chains: a left context (role, honorific, title, person noun, speech cue)
 * and the name words after it; list slots for unlisted names; filters.
 */
import { HONORIFICS, SURNAME_PARTICLE_SECONDS } from "../../lexicon/honorifics.js";
import { firstNameGender } from "./first-names.js";
import { ACRONYM, BODY_WORDS, COMMON_NOUN_LEFT, DEFINITE_ARTICLES, NOUN_ENDINGS, PARTIES, STREET_WORDS } from "./patterns.js";
import { isRoleModifier } from "./role-nouns.js";
import { marks } from "./scratch.js";
import { isRoleAbbreviation } from "../../lexicon/role-forms.js";
import {
  type Chain, type Ctx, NOT_BEFORE_NAME, endOf, firstTok, germanListTok, givenNameGender, has, honorificTok, inlineNext, lineBefore, nameTok, orgSpanAt,
  overlapsOrg, overlapsPlace, particleTok, personNounTok, placeSpanAt, readTitle, roleTok, singleUpperTok, slotWordOk, speechCueTok,
  speechVerbAfterTok, startOf, textIn, textIs, textOf, W_CHAIN_OPENER, W_CHAIN_START, wordInfo,
} from "./words.js";

/** Capitalised abbreviations that stand before names without being part of a body's name. */
export const TITLE_LIKE: ReadonlySet<string> = new Set(["MdB", "MdL", "MdEP", "CEO", "CFO", "CTO", "COO"]);

export function readChain(ctx: Ctx, i: number): Chain | null {
  const { tokens } = ctx;
  let j = i;
  let roleAt: number | null = null;
  let honorific: string | null = null;
  let title: string | null = null;
  if (!has(ctx, i)) return null;
  // Every chain starts with a capital: role noun, honorific, title or name.
  const c0 = ctx.text.charCodeAt(tokens.start[i]!);
  if ((c0 >= 97 && c0 <= 122) || c0 < 65) return null;
  // Every path below needs one of these word tests to pass on the first token; most capitalised nouns fail all.
  const info = wordInfo(ctx, i);
  if ((info & W_CHAIN_START) === 0) return null;
  // A word that is no name, role, person noun, honorific, title or initial starts a chain only after or
  // before a verb of speech (the cue below): the common case of a capitalised noun ends here.
  if ((info & W_CHAIN_OPENER) === 0 && !(i > 0 && speechCueTok(ctx, i - 1)) && !speechVerbAfterTok(ctx, i + 1)) return null;

  // "A. Wiegemann" after a list joiner or bracket.
  if (singleUpperTok(ctx, i) && textIs(ctx, i + 1, ".") && nameTok(ctx, i + 2) && inlineNext(ctx, i + 1, i + 2)) {
    const prev = textOf(ctx, i - 1);
    const sur = textOf(ctx, i + 2);
    const after = i + 3;
    if (has(ctx, i - 1) && (/^\p{Ll}+$/u.test(prev) || [",", "(", ":", ";"].includes(prev)) && !NOUN_ENDINGS.test(sur) && !roleTok(ctx, i + 2)
      && !(has(ctx, after) && /^\p{Lu}/u.test(textOf(ctx, after)) && inlineNext(ctx, i + 2, after))) {
      return {
        from: i, nameFrom: i, nameTo: i + 2, honorific: null, title: null, roleAt: null, givenName: `${textOf(ctx, i)}.`,
        familyName: sur, gender: null, roles: [], dropped: false,
      };
    }
  }
  // Left context: [role | person noun | speech cue] [honorific] [role] [title]*
  let personNoun = false;
  let cue = false;
  let feminineRole = false;
  if (roleTok(ctx, i)) {
    roleAt = j; j++;
    // "LR.in Hofer", "Bürgermeister.in": a feminine ending written after a dot.
    if (feminineEndingAt(ctx, j)) { j += 2; feminineRole = true; }
    else if (textIs(ctx, j, ".") && startOf(ctx, j) === endOf(ctx, i) && isRoleAbbreviation(textOf(ctx, i))) j++;
  } else if (personNounTok(ctx, i)) { personNoun = true; j++; }
  if (honorificTok(ctx, j) && (j === i || inlineNext(ctx, j - 1, j))) {
    honorific = textOf(ctx, j); j++;
    if (/^M/.test(honorific) && textIs(ctx, j, ".")) j++;
  }
  if (roleAt === null && honorific && roleTok(ctx, j) && inlineNext(ctx, j - 1, j)) { roleAt = j; j++; }
  for (let n = 0; n < 3; n++) {
    if (j > i && !inlineNext(ctx, j - 1, j)) break;
    const t = readTitle(ctx, j);
    if (!t) break;
    title = title ? `${title} ${t.title}` : t.title;
    j = t.next;
  }
  if (j > i && !inlineNext(ctx, j - 1, j)) return null;
  // "so Brügge weiter", "sagte Kaya der Zeitung": a speech cue before a capitalised word.
  if (j === i && !personNoun && i > 0 && speechCueTok(ctx, i - 1) && inlineNext(ctx, i - 1, i)) cue = true;
  // "Kaya erklärte, …": a clause-initial word before a verb of speech.
  if (j === i && !personNoun && !cue && speechVerbAfterTok(ctx, i + 1) && inlineNext(ctx, i, i + 1)) {
    const adverb = /(?:weise|lich|falls|mals|dings|wegs)$/.test(textOf(ctx, i));
    // Not after "und": the verbs are singular, so "Diensten und Projekten ergänzt" has another subject.
    if (!adverb && (!has(ctx, i - 1) || lineBefore(ctx, i) || /^[.!?:;,"„“»«(–-]$/.test(textOf(ctx, i - 1)))) cue = true;
  }
  const slot = roleAt !== null || honorific !== null || title !== null || personNoun || cue;
  // Without a slot the name must open with a listed given name (every path below ends in null otherwise).
  if (!slot && !firstTok(ctx, i)) return null;

  // Name words: given names, particles, surname(s).
  const nameFrom = j;
  const given: number[] = [];
  while (given.length < 3) {
    if (!firstTok(ctx, j) || roleTok(ctx, j)) break;
    if (j > nameFrom && !inlineNext(ctx, j - 1, j)) break;
    given.push(j); j++;
  }
  // Middle initials: "Clarence E. Case".
  while (given.length > 0 && singleUpperTok(ctx, j) && textIs(ctx, j + 1, ".") && nameTok(ctx, j + 2) && inlineNext(ctx, j - 1, j) && inlineNext(ctx, j + 1, j + 2)) j += 2;
  const surname: number[] = [];
  let familyStart = -1;
  // A lone "zu"/"zur" is a preposition far more often than a particle ("Pohlmann zu Besuch").
  const weakParticle = (textIs(ctx, j, "zu") || textIs(ctx, j, "zur")) && given.length < 2;
  // After a role alone, "von" names a place: "Polizeichef von Kandahar".
  if (particleTok(ctx, j) && !weakParticle && (given.length > 0 || honorific !== null || title !== null)) {
    let k = j + 1;
    if (has(ctx, k) && SURNAME_PARTICLE_SECONDS.has(textOf(ctx, k))) k++;
    // The word after the particle must pass as a surname: "von der Leyen", not "von der Diakonie".
    if (slotWordOk(ctx, k, true) && inlineNext(ctx, k - 1, k) && inlineNext(ctx, j - 1, j)) {
      surname.push(k); familyStart = j; j = k + 1;
    }
  }
  if (surname.length === 0) {
    const strict = given.length === 0 && !honorific && !title;
    if (has(ctx, j) && (j === nameFrom || inlineNext(ctx, j - 1, j)) && (given.length > 0 || slot) && slotWordOk(ctx, j, strict)) {
      surname.push(j); j++;
    } else if (has(ctx, j) && given.length > 0 && inlineNext(ctx, j - 1, j) && personNounTok(ctx, j) && nameTok(ctx, j) && !roleTok(ctx, j, true)
      && !overlapsOrg(ctx, startOf(ctx, j), endOf(ctx, j)) && !(nameTok(ctx, j + 1) && inlineNext(ctx, j, j + 1))) {
      // "Paul König", "Anna Kaiser", "Stefan Richter": after a given name a person noun is a surname.
      surname.push(j); j++;
    }
  }
  // Romance particles after a surname: "Fernando Collor de Mello".
  if (surname.length === 1 && surname[0] === j - 1 && textIn(ctx, j, ROMANCE_PARTICLES)) {
    let k = j + 1;
    if (textIn(ctx, k, ROMANCE_ARTICLES)) k++;
    if (nameTok(ctx, k) && inlineNext(ctx, j - 1, j) && inlineNext(ctx, k - 1, k) && !NOUN_ENDINGS.test(textOf(ctx, k))) { surname.push(k); j = k + 1; }
  }
  // A second surname word: "Carla Rossi Blanco".
  if (surname.length === 1 && surname[0] === j - 1 && (honorific !== null || title !== null || roleAt !== null)) {
    if (has(ctx, j) && inlineNext(ctx, j - 1, j) && slotWordOk(ctx, j, true) && !firstTok(ctx, j) && !(nameTok(ctx, j + 1) && inlineNext(ctx, j, j + 1))) {
      surname.push(j); j++;
    }
  }
  // Slots also hold unlisted given names: "Dr. Askim Müller-Bozkurt".
  if (given.length === 0 && surname.length === 1 && surname[0] === j - 1 && personNoun) {
    if (has(ctx, j) && inlineNext(ctx, j - 1, j) && slotWordOk(ctx, j, true) && !(nameTok(ctx, j + 1) && inlineNext(ctx, j, j + 1))) { surname.push(j); j++; }
  }
  if (given.length === 0 && surname.length === 2 && slot) { given.push(surname.shift()!); }
  if (given.length === 0 && surname.length === 1 && slot && (honorific || title)) {
    if (has(ctx, j) && inlineNext(ctx, j - 1, j) && slotWordOk(ctx, j, true)) { given.push(surname[0]!); surname[0] = j; j++; }
  }
  if (surname.length === 0 && given.length >= 1 && !slot) {
    // "Elisabeth II.", "Nico G.": a regnal number or an initial ends the name.
    if (has(ctx, j) && textIs(ctx, j + 1, ".") && inlineNext(ctx, j - 1, j)
      && (/^(?:I|II|III|IV|V|VI|VII|VIII|IX|X|XI|XII|XIII|XIV|XV|XVI)$/.test(textOf(ctx, j)) || (singleUpperTok(ctx, j) && !nameTok(ctx, j + 2)))) {
      return givenOnly(ctx, i, nameFrom, j + 1, given);
    }
  }
  if (surname.length === 0) {
    if (given.length >= 2) surname.push(given.pop()!);
    else if (given.length === 1 && slot) surname.push(given.pop()!);
    else if (given.length === 1 && loneGivenOk(ctx, i, given[0]!)) return givenOnly(ctx, i, nameFrom, given[0]!, given);
    else return null;
  }
  const nameTo = j - 1;
  if (given.length === 0 && !slot) return null;
  // "Arbeits- und Sozialministerin": the first part of a coordinated compound, not a name.
  if (truncatedCompoundAt(ctx, nameTo)) return null;
  if (cue) {
    // After a cue the name ends the clause or is followed by a small word: "so Brügge weiter", "sagt Kaya der Zeitung".
    if (has(ctx, nameTo + 1) && /^\p{Lu}/u.test(textOf(ctx, nameTo + 1)) && inlineNext(ctx, nameTo, nameTo + 1)) return null;
    if (overlapsPlace(ctx, startOf(ctx, nameFrom), endOf(ctx, nameTo)) || NOUN_ENDINGS.test(textOf(ctx, nameTo))) return null;
  }
  if (!slot && i > 0 && NOT_BEFORE_NAME.has(textOf(ctx, i - 1)) && inlineNext(ctx, i - 1, i)) return null;
  if (!slot && i > 0 && inlineNext(ctx, i - 1, i)) {
    // "JP Morgan Chase": a name right after another proper noun or acronym belongs to it.
    let p = i - 1;
    while (p > 0 && firstTok(ctx, p) && inlineNext(ctx, p - 1, p)) p--;
    const prev = textOf(ctx, p);
    if (ACRONYM.test(prev) && !TITLE_LIKE.has(prev) && (p === i - 1 || inlineNext(ctx, p, p + 1))) return null;
  }
  const familyName = ctx.text.slice(startOf(ctx, familyStart >= 0 ? familyStart : surname[0]!), endOf(ctx, nameTo));
  const givenName = given.length ? ctx.text.slice(startOf(ctx, given[0]!), endOf(ctx, given[given.length - 1]!)) : null;
  const gender = honorific ? HONORIFICS.get(honorific) ?? null : (given.length ? givenNameGender(ctx, given[0]!, given[given.length - 1]!) : null) ?? (feminineRole ? "f" : null);
  return {
    from: i, nameFrom, nameTo, honorific, title, roleAt, givenName,
    familyName: familyName.replace(/\s+/g, " "), gender, roles: [], dropped: false, ...(personNoun ? { nounAt: i } : {}),
  };
}

const ROMANCE_PARTICLES: readonly string[] = ["de", "da", "del", "della", "di", "dos", "du"];
const ROMANCE_ARTICLES: readonly string[] = ["la", "los", "las"];

/** "van Dijk-Hollmann", "von der Heide" starting at token k: index of the surname, or null. */
function particleSurnameEnd(ctx: Ctx, k: number): number | null {
  if (!particleTok(ctx, k) || textIs(ctx, k, "zu") || textIs(ctx, k, "zur") || !inlineNext(ctx, k - 1, k)) return null;
  let s = k + 1;
  if (has(ctx, s) && SURNAME_PARTICLE_SECONDS.has(textOf(ctx, s)) && inlineNext(ctx, s - 1, s)) s++;
  return has(ctx, s) && inlineNext(ctx, s - 1, s) && slotWordOk(ctx, s, true) ? s : null;
}

/** Token i ends in a hyphen glued to it and a conjunction follows: "Arbeits- und …". */
function truncatedCompoundAt(ctx: Ctx, i: number): boolean {
  return has(ctx, i) && textIs(ctx, i + 1, "-") && startOf(ctx, i + 1) === endOf(ctx, i) && textIn(ctx, i + 2, CONJUNCTIONS);
}
const CONJUNCTIONS: readonly string[] = ["und", "oder", "sowie", "bzw"];

/** ".in" glued to the word before (index j is the dot): a written feminine ending. */
function feminineEndingAt(ctx: Ctx, j: number): boolean {
  return textIs(ctx, j, ".") && textIs(ctx, j + 1, "in") && has(ctx, j - 1) && endOf(ctx, j - 1) === startOf(ctx, j) && endOf(ctx, j) === startOf(ctx, j + 1);
}

/**
 * A listed first name alone ("… mit Claire", "Sohn Tobias"): accepted inside a
 * sentence when no capitalised word stands on either side and no article
 * before it (those make it part of a longer name or a common noun).
 */
export function loneGivenOk(ctx: Ctx, i: number, g: number): boolean {
  const prev = has(ctx, i - 1) ? textOf(ctx, i - 1) : undefined;
  const next = has(ctx, g + 1) ? textOf(ctx, g + 1) : undefined;
  const word = textOf(ctx, g), start = startOf(ctx, g), end = endOf(ctx, g);
  // At a sentence start only before a lowercase word that is no article: "Ida erfährt vom …".
  // "St. Georg", "Hl. Maria": a saint's or place name.
  if (prev === "." && /^(?:St|Hl|Sankt|Ste)$/.test(textOf(ctx, i - 2))) return false;
  const initial = prev === undefined || lineBefore(ctx, g) || /^[.!?:;"„“»«]$/.test(prev);
  if (initial) {
    if (next === undefined || !inlineNext(ctx, g, g + 1) || !/^\p{Ll}+$/u.test(next) || COMMON_NOUN_LEFT.has(next) || NOT_BEFORE_NAME.has(next) || next === "und" || next === "oder") return false;
    return word.length >= 3 && germanListTok(ctx, g) && !NOUN_ENDINGS.test(word) && !overlapsPlace(ctx, start, end);
  }
  if (!inlineNext(ctx, i - 1, i)) return false;
  if (/^[.!?:;"„“»«(\[–-]$/.test(prev) || /^\p{Lu}/u.test(prev) || NOT_BEFORE_NAME.has(prev) || COMMON_NOUN_LEFT.has(prev)) return false;
  // An inflected adjective before it makes it a noun: "einem festen Job".
  if (/^\p{Ll}+(?:e|en|em|er|es)$/u.test(prev) && prev.length > 3) return false;
  if (next !== undefined && inlineNext(ctx, g, g + 1) && (/^\p{Lu}/u.test(next) || next === "-")) return false;
  if (NOUN_ENDINGS.test(word) || overlapsPlace(ctx, start, end) || overlapsOrg(ctx, start, end)) return false;
  return word.length >= 3 && germanListTok(ctx, g);
}

/** A chain of given names only (with a regnal number or an initial): the whole is the name. */
export function givenOnly(ctx: Ctx, i: number, nameFrom: number, nameTo: number, given: number[]): Chain {
  const text = ctx.text.slice(startOf(ctx, nameFrom), endOf(ctx, given[given.length - 1]!));
  return {
    from: i, nameFrom, nameTo, honorific: null, title: null, roleAt: null, givenName: text,
    familyName: "", gender: firstNameGender(text), roles: [], dropped: false,
  };
}

/**
 * "Willy Brandt Platz", "Anne Frank Schule", "Maria Laach": a name followed by
 * a street or building word, or covered by a place mention, names no person.
 */
export function namesAPlaceOrBody(ctx: Ctx, c: Chain): boolean {
  if (has(ctx, c.nameTo + 1) && inlineNext(ctx, c.nameTo, c.nameTo + 1)) {
    const next = textOf(ctx, c.nameTo + 1);
    if (BODY_WORDS.test(next) || STREET_WORDS.test(next)) return true;
  }
  if (c.roleAt !== null || c.honorific || c.title) return false;
  const s = startOf(ctx, c.nameFrom), e = endOf(ctx, c.nameTo);
  const p = placeSpanAt(ctx, s);
  return p !== undefined && p.start <= s && p.end >= e;
}

/**
 * A name right after a definite article, with no title or role between, names a thing ("die
 * Lange Nacht der Museen"). After a comma the word is a relative pronoun ("einer Jury, der Anna
 * Lang … angehörte"), and a person may follow.
 */
export function afterBareArticle(ctx: Ctx, c: Chain): boolean {
  if (c.roleAt !== null || c.honorific || c.title) return false;
  const p = c.nameFrom - 1;
  return has(ctx, p) && inlineNext(ctx, p, c.nameFrom) && DEFINITE_ARTICLES.has(textOf(ctx, p).toLowerCase()) && !textIs(ctx, p - 1, ",");
}

/**
 * „Zukunft Pflege“: words that fill a pair of quotes exactly, with no role, honorific or title
 * before them, are a title (an event, a project, a book), not a person.
 */
export function isQuotedTitle(ctx: Ctx, c: Chain): boolean {
  if (c.roleAt !== null || c.honorific || c.title) return false;
  const open = c.nameFrom - 1, close = c.nameTo + 1;
  return has(ctx, open) && has(ctx, close) && OPEN_QUOTES.has(textOf(ctx, open)) && CLOSE_QUOTES.has(textOf(ctx, close))
    && endOf(ctx, open) === startOf(ctx, c.nameFrom) && startOf(ctx, close) === endOf(ctx, c.nameTo);
}
const OPEN_QUOTES: ReadonlySet<string> = new Set(["„", "\"", "»", "“", "‚", "'"]);
const CLOSE_QUOTES: ReadonlySet<string> = new Set(["“", "\"", "«", "”", "‘", "'"]);

/** A name that lies inside a longer organisation mention ("Friedrich-Ebert-Stiftung") is not a person. */
export function insideOrganisation(ctx: Ctx, c: Chain): boolean {
  const s = startOf(ctx, c.nameFrom), e = endOf(ctx, c.nameTo);
  const o = orgSpanAt(ctx, s);
  return o !== undefined && o.start <= s && o.end >= e && o.end - o.start > e - s;
}

// ---------------------------------------------------------------- 2. list slots

const LIST_JOINERS: readonly string[] = [",", "und", "sowie"];

/**
 * Unlisted names ("Souzan Kaya") are accepted in person slots: inside a list of
 * found persons ("A (X), Souzan Kaya (Y) und C") or before ", ROLE".
 */
export function addListSlotNames(ctx: Ctx, chains: Chain[]): void {
  const count = ctx.tokens.count;
  const covered = marks(count + 1);
  for (const c of chains) for (let k = c.from; k <= c.nameTo; k++) covered[k] = 1;
  const startsAt = new Map(chains.map((c) => [c.from, c]));
  const endsAt = new Map(chains.map((c) => [c.nameTo, c]));
  for (let i = 0; i + 1 < count; i++) {
    if (covered[i] || covered[i + 1]) continue;
    if (!slotWordOk(ctx, i, true) || !slotWordOk(ctx, i + 1, true) || !inlineNext(ctx, i, i + 1)) continue;
    // Unlisted given names ending in -er are mostly place adjectives ("Frankfurter Stadtverordneter").
    if (!firstTok(ctx, i) && endsWithEr(ctx, i)) continue;
    if (nameTok(ctx, i + 2) && inlineNext(ctx, i + 1, i + 2)) continue;
    const hasBefore = has(ctx, i - 1);
    // "sagte Jens Albrecht, Chef der …": a verb of speech also opens the slot (the apposition below must follow)
    const speechBefore = hasBefore && speechCueTok(ctx, i - 1) && !textIs(ctx, i - 1, "so");
    const joinerBefore = !hasBefore || lineBefore(ctx, i - 1) || textIn(ctx, i - 1, SLOT_OPENERS) || lineBefore(ctx, i) || speechBefore;
    if (!joinerBefore) continue;
    const a = textOf(ctx, i), b = textOf(ctx, i + 1);
    const hasAfter = has(ctx, i + 2);
    const before = textOf(ctx, i - 1), after = textOf(ctx, i + 2);
    // The neighbour in the list is a person already found.
    let neighbour = false;
    if (hasBefore && LIST_JOINERS.includes(before)) {
      let p = i - 2;
      if (textIs(ctx, p, ")")) { while (p > 0 && !textIs(ctx, p, "(")) p--; p--; }
      if (endsAt.has(p)) neighbour = true;
    }
    let n = i + 2;
    if (after === "(") { while (has(ctx, n) && !textIs(ctx, n, ")") && n < i + 30) n++; n++; }
    if (textIn(ctx, n, LIST_JOINERS) && startsAt.has(n + 1)) neighbour = true;
    const apposition = (after === "," && has(ctx, i + 3) && (roleTok(ctx, i + 3) || isRoleModifier(textOf(ctx, i + 3))))
      || (before === "," && (after === "," || after === ".") && roleWordBefore(ctx, i - 1));
    if (!(neighbour && hasAfter && (after === "(" || after === "," || after === "und") && !speechBefore) && !apposition) continue;
    const c: Chain = {
      from: i, nameFrom: i, nameTo: i + 1, honorific: null, title: null, roleAt: null,
      givenName: a, familyName: b, gender: givenNameGender(ctx, i, i), roles: [], dropped: false,
    };
    chains.push(c);
    covered[i] = 1; covered[i + 1] = 1;
    startsAt.set(i, c); endsAt.set(i + 1, c);
    i++;
  }
}

const SLOT_OPENERS: readonly string[] = [",", "und", "sowie", ":"];

/** Token i ends in "er" (its text, as /er$/ tests it). */
function endsWithEr(ctx: Ctx, i: number): boolean {
  const e = endOf(ctx, i);
  return e - startOf(ctx, i) >= 2 && ctx.text.charCodeAt(e - 2) === 101 && ctx.text.charCodeAt(e - 1) === 114;
}

/** A role noun earlier in the same clause run: "Sprecher der X-Fraktion, Max Kaya, sagte". */
export function roleWordBefore(ctx: Ctx, comma: number): boolean {
  for (let k = comma - 1; k >= 0 && k >= comma - 15; k--) {
    if (/^[.!?;:()]$/.test(textOf(ctx, k)) || lineBefore(ctx, k)) return false;
    if (textIs(ctx, k, ",")) return false;
    if (roleTok(ctx, k)) return true;
  }
  return false;
}

/**
 * Single capitalised words joined to a found person by "und" / "sowie" / ","
 * ("Kaya und Brandt berichteten"), and words
 * followed by a party or an age in brackets ("Kaya (SPD)", "Ali (27)").
 */
export function addCoordinatedSurnames(ctx: Ctx, chains: Chain[]): void {
  const count = ctx.tokens.count;
  const covered = marks(count + 1);
  for (const c of chains) for (let k = c.from; k <= c.nameTo; k++) covered[k] = 1;
  // chains by their first and last token (a lookup instead of a walk over all chains per word)
  const fullFrom = new Set<number>(), fullTo = new Set<number>(), edges = new Set<number>();
  for (const c of chains) {
    edges.add(c.nameTo); edges.add(c.from);
    if (c.givenName && c.familyName) { fullFrom.add(c.from); fullTo.add(c.nameTo); }
  }
  const added: Chain[] = [];
  for (let i = 0; i < count; i++) {
    // (a word passing the strict slot test is a name word, so never one of NON_NAME_WORDS)
    if (covered[i] || !slotWordOk(ctx, i, true)) continue;
    const prev = i - 1, next = i + 1;
    if (nameTok(ctx, prev) && inlineNext(ctx, prev, i) && !covered[prev]) continue;
    if (nameTok(ctx, next) && inlineNext(ctx, i, next)) continue;
    let ok = false;
    // Bracket with a party or an age right after.
    if (textIs(ctx, next, "(") && textIs(ctx, i + 3, ")") && PARTIES.has(textOf(ctx, i + 2))) ok = true;
    // Coordinated with a found person on either side.
    if (!ok && textIn(ctx, next, COORDINATORS) && edges.has(i + 2) && fullFrom.has(i + 2)) ok = true;
    if (!ok && textIn(ctx, prev, COORDINATORS) && fullTo.has(i - 2)) ok = true;
    if (!ok) continue;
    if (has(ctx, prev) && (COMMON_NOUN_LEFT.has(textOf(ctx, prev)) || NOT_BEFORE_NAME.has(textOf(ctx, prev)))) continue;
    const word = textOf(ctx, i);
    // "A B und Maren van Dijk-Hollmann": a particle and a surname after the coordinated word make a full name
    const particleEnd = particleSurnameEnd(ctx, i + 1);
    if (particleEnd !== null) {
      added.push({
        from: i, nameFrom: i, nameTo: particleEnd, honorific: null, title: null, roleAt: null,
        givenName: word, familyName: ctx.text.slice(startOf(ctx, i + 1), endOf(ctx, particleEnd)), gender: givenNameGender(ctx, i, i), roles: [], dropped: false,
      });
      for (let k = i; k <= particleEnd; k++) covered[k] = 1;
      continue;
    }
    const first = firstTok(ctx, i);
    added.push({
      from: i, nameFrom: i, nameTo: i, honorific: null, title: null, roleAt: null,
      givenName: first ? word : null, familyName: first ? "" : word, gender: first ? givenNameGender(ctx, i, i) : null, roles: [], dropped: false,
    });
    covered[i] = 1;
  }
  chains.push(...added);
}
const COORDINATORS: readonly string[] = ["und", "sowie"];
