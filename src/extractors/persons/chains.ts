/**
 * Name chains: a left context (role, honorific, title, person noun, speech cue)
 * and the name words after it; list slots for unlisted names; filters.
 */
import { HONORIFICS, SURNAME_PARTICLES, SURNAME_PARTICLE_SECONDS } from "../../lexicon/honorifics.js";
import { firstNameGender, isGermanListFirstName } from "./first-names.js";
import {
  ACRONYM, BODY_WORDS, COMMON_NOUN_LEFT, NON_NAME_WORDS, NOUN_ENDINGS, PARTIES, SPEECH_CUES, STREET_WORDS, SPEECH_VERBS_AFTER,
} from "./patterns.js";
import { isRoleModifier } from "./role-nouns.js";
import { isRoleAbbreviation } from "../../lexicon/role-forms.js";
import {
  type Chain, type Ctx, NOT_BEFORE_NAME, firstTok, inlineNext, nameTok, orgSpanAt, overlapsOrg, overlapsPlace, personNounTok, placeSpanAt, readTitle, roleMatchTok, slotWordOk, tok, W_CHAIN_START, wordInfo,
} from "./words.js";

/** Capitalised abbreviations that stand before names without being part of a body's name. */
export const TITLE_LIKE: ReadonlySet<string> = new Set(["MdB", "MdL", "MdEP", "CEO", "CFO", "CTO", "COO"]);

export function readChain(ctx: Ctx, i: number): Chain | null {
  const { tokens } = ctx;
  let j = i;
  let roleAt: number | null = null;
  let honorific: string | null = null;
  let title: string | null = null;
  const start = tokens[i];
  if (!start) return null;
  // Every chain starts with a capital: role noun, honorific, title or name.
  const c0 = start.text.charCodeAt(0);
  if ((c0 >= 97 && c0 <= 122) || c0 < 65) return null;
  // Every path below needs one of these word tests to pass on the first token; most capitalised nouns fail all.
  if ((wordInfo(start) & W_CHAIN_START) === 0) return null;

  // "A. Wiegemann" after a list joiner or bracket.
  if (start.text.length === 1 && /^\p{Lu}$/u.test(start.text) && tok(ctx, i + 1)?.text === "." && tok(ctx, i + 2) && nameTok(tok(ctx, i + 2)!) && inlineNext(ctx, i + 1, i + 2)) {
    const prev = tok(ctx, i - 1);
    const sur = tok(ctx, i + 2)!;
    const after = tok(ctx, i + 3);
    if (prev && (/^\p{Ll}+$/u.test(prev.text) || [",", "(", ":", ";"].includes(prev.text)) && !NOUN_ENDINGS.test(sur.text) && !roleMatchTok(sur) && !(after && /^\p{Lu}/u.test(after.text) && inlineNext(ctx, i + 2, i + 3))) {
      return {
        from: i, nameFrom: i, nameTo: i + 2, honorific: null, title: null, roleAt: null, givenName: `${start.text}.`,
        familyName: sur.text, gender: null, roles: [], dropped: false,
      };
    }
  }
  // Left context: [role | person noun | speech cue] [honorific] [role] [title]*
  let personNoun = false;
  let cue = false;
  let feminineRole = false;
  if (roleMatchTok(start)) {
    roleAt = j; j++;
    // "LR.in Mair", "Bürgermeister.in": a feminine ending written after a dot.
    if (feminineEndingAt(ctx, j)) { j += 2; feminineRole = true; }
    else if (tok(ctx, j)?.text === "." && tok(ctx, j)!.start === start.end && isRoleAbbreviation(start.text)) j++;
  } else if (personNounTok(start)) { personNoun = true; j++; }
  if (tok(ctx, j) && HONORIFICS.has(tok(ctx, j)!.text) && (j === i || inlineNext(ctx, j - 1, j))) {
    honorific = tok(ctx, j)!.text; j++;
    if (/^M/.test(honorific) && tok(ctx, j)?.text === ".") j++;
  }
  if (roleAt === null && honorific && tok(ctx, j) && roleMatchTok(tok(ctx, j)!) && inlineNext(ctx, j - 1, j)) { roleAt = j; j++; }
  for (let n = 0; n < 3; n++) {
    if (j > i && !inlineNext(ctx, j - 1, j)) break;
    const t = readTitle(ctx, j);
    if (!t) break;
    title = title ? `${title} ${t.title}` : t.title;
    j = t.next;
  }
  if (j > i && !inlineNext(ctx, j - 1, j)) return null;
  // "so Brügge weiter", "sagte Kaya der Zeitung": a speech cue before a capitalised word.
  if (j === i && !personNoun && i > 0 && SPEECH_CUES.has(tokens[i - 1]!.text) && inlineNext(ctx, i - 1, i)) cue = true;
  // "Kaya erklärte, …": a clause-initial word before a verb of speech.
  if (j === i && !personNoun && !cue && SPEECH_VERBS_AFTER.has(tok(ctx, i + 1)?.text ?? "") && inlineNext(ctx, i, i + 1)) {
    const prev = tok(ctx, i - 1);
    const adverb = /(?:weise|lich|falls|mals|dings|wegs)$/.test(start.text);
    // Not after "und": the verbs are singular, so "Diensten und Projekten ergänzt" has another subject.
    if (!adverb && (!prev || start.lineBefore || /^[.!?:;,"„“»«(–-]$/.test(prev.text))) cue = true;
  }
  const slot = roleAt !== null || honorific !== null || title !== null || personNoun || cue;

  // Name words: given names, particles, surname(s).
  const nameFrom = j;
  const given: number[] = [];
  while (given.length < 3) {
    const t = tok(ctx, j);
    if (!t || !firstTok(t) || roleMatchTok(t)) break;
    if (j > nameFrom && !inlineNext(ctx, j - 1, j)) break;
    given.push(j); j++;
  }
  // Middle initials: "Clarence E. Case".
  while (given.length > 0 && /^\p{Lu}$/u.test(tok(ctx, j)?.text ?? "") && tok(ctx, j + 1)?.text === "." && tok(ctx, j + 2) && nameTok(tok(ctx, j + 2)!) && inlineNext(ctx, j - 1, j) && inlineNext(ctx, j + 1, j + 2)) j += 2;
  const surname: number[] = [];
  let familyStart = -1;
  const particle = tok(ctx, j)?.text ?? "";
  // A lone "zu"/"zur" is a preposition far more often than a particle ("Güler zu Besuch").
  const weakParticle = (particle === "zu" || particle === "zur") && given.length < 2;
  // After a role alone, "von" names a place: "Polizeichef von Kandahar".
  if (SURNAME_PARTICLES.has(particle) && !weakParticle && (given.length > 0 || honorific !== null || title !== null)) {
    let k = j + 1;
    if (tok(ctx, k) && SURNAME_PARTICLE_SECONDS.has(tok(ctx, k)!.text)) k++;
    const t = tok(ctx, k);
    // The word after the particle must pass as a surname: "von der Leyen", not "von der Diakonie".
    if (t && slotWordOk(ctx, t, true) && inlineNext(ctx, k - 1, k) && inlineNext(ctx, j - 1, j)) {
      surname.push(k); familyStart = j; j = k + 1;
    }
  }
  if (surname.length === 0) {
    const t = tok(ctx, j);
    const strict = given.length === 0 && !honorific && !title;
    if (t && (j === nameFrom || inlineNext(ctx, j - 1, j)) && (given.length > 0 || slot) && slotWordOk(ctx, t, strict)) {
      surname.push(j); j++;
    } else if (t && given.length > 0 && inlineNext(ctx, j - 1, j) && personNounTok(t) && nameTok(t) && !roleMatchTok(t, true)
      && !overlapsOrg(ctx, t.start, t.end) && !(tok(ctx, j + 1) && nameTok(tok(ctx, j + 1)!) && inlineNext(ctx, j, j + 1))) {
      // "Gebhard Fürst", "Anna Kaiser", "Stefan Richter": after a given name a person noun is a surname.
      surname.push(j); j++;
    }
  }
  // Romance particles after a surname: "Fernando Collor de Mello".
  if (surname.length === 1 && surname[0] === j - 1 && ["de", "da", "del", "della", "di", "dos", "du"].includes(tok(ctx, j)?.text ?? "")) {
    let k = j + 1;
    if (["la", "los", "las"].includes(tok(ctx, k)?.text ?? "")) k++;
    const t = tok(ctx, k);
    if (t && nameTok(t) && inlineNext(ctx, j - 1, j) && inlineNext(ctx, k - 1, k) && !NOUN_ENDINGS.test(t.text)) { surname.push(k); j = k + 1; }
  }
  // A second surname word: "Carla Rossi Blanco".
  if (surname.length === 1 && surname[0] === j - 1 && (honorific !== null || title !== null || roleAt !== null)) {
    const t = tok(ctx, j);
    if (t && inlineNext(ctx, j - 1, j) && slotWordOk(ctx, t, true) && !firstTok(t) && !(tok(ctx, j + 1) && nameTok(tok(ctx, j + 1)!) && inlineNext(ctx, j, j + 1))) {
      surname.push(j); j++;
    }
  }
  // Slots also hold unlisted given names: "Dr. Askim Müller-Bozkurt".
  if (given.length === 0 && surname.length === 1 && surname[0] === j - 1 && personNoun) {
    const t = tok(ctx, j);
    if (t && inlineNext(ctx, j - 1, j) && slotWordOk(ctx, t, true) && !(tok(ctx, j + 1) && nameTok(tok(ctx, j + 1)!) && inlineNext(ctx, j, j + 1))) { surname.push(j); j++; }
  }
  if (given.length === 0 && surname.length === 2 && slot) { given.push(surname.shift()!); }
  if (given.length === 0 && surname.length === 1 && slot && (honorific || title)) {
    const t = tok(ctx, j);
    if (t && inlineNext(ctx, j - 1, j) && slotWordOk(ctx, t, true)) { given.push(surname[0]!); surname[0] = j; j++; }
  }
  if (surname.length === 0 && given.length >= 1 && !slot) {
    // "Elisabeth II.", "Nico G.": a regnal number or an initial ends the name.
    const t = tok(ctx, j);
    if (t && tok(ctx, j + 1)?.text === "." && inlineNext(ctx, j - 1, j) && (/^(?:I|II|III|IV|V|VI|VII|VIII|IX|X|XI|XII|XIII|XIV|XV|XVI)$/.test(t.text) || (/^\p{Lu}$/u.test(t.text) && !(tok(ctx, j + 2) && nameTok(tok(ctx, j + 2)!))))) {
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
    const next = tok(ctx, nameTo + 1);
    if (next && /^\p{Lu}/u.test(next.text) && inlineNext(ctx, nameTo, nameTo + 1)) return null;
    if (overlapsPlace(ctx, tokens[nameFrom]!.start, tokens[nameTo]!.end) || NOUN_ENDINGS.test(tokens[nameTo]!.text)) return null;
  }
  if (!slot && i > 0 && NOT_BEFORE_NAME.has(tokens[i - 1]!.text) && inlineNext(ctx, i - 1, i)) return null;
  if (!slot && i > 0 && inlineNext(ctx, i - 1, i)) {
    // "JP Morgan Chase": a name right after another proper noun or acronym belongs to it.
    let p = i - 1;
    while (p > 0 && firstTok(tokens[p]!) && inlineNext(ctx, p - 1, p)) p--;
    const prev = tokens[p]!.text;
    if (ACRONYM.test(prev) && !TITLE_LIKE.has(prev) && (p === i - 1 || inlineNext(ctx, p, p + 1))) return null;
  }
  const familyName = ctx.text.slice(tokens[familyStart >= 0 ? familyStart : surname[0]!]!.start, tokens[nameTo]!.end);
  const givenName = given.length ? ctx.text.slice(tokens[given[0]!]!.start, tokens[given[given.length - 1]!]!.end) : null;
  const gender = honorific ? HONORIFICS.get(honorific) ?? null : (givenName ? firstNameGender(givenName) : null) ?? (feminineRole ? "f" : null);
  return {
    from: i, nameFrom, nameTo, honorific, title, roleAt, givenName,
    familyName: familyName.replace(/\s+/g, " "), gender, roles: [], dropped: false, ...(personNoun ? { nounAt: i } : {}),
  };
}

/** "van Bürk-Opahle", "von der Heide" starting at token k: index of the surname, or null. */
function particleSurnameEnd(ctx: Ctx, k: number): number | null {
  const p = tok(ctx, k);
  if (!p || !SURNAME_PARTICLES.has(p.text) || p.text === "zu" || p.text === "zur" || !inlineNext(ctx, k - 1, k)) return null;
  let s = k + 1;
  if (tok(ctx, s) && SURNAME_PARTICLE_SECONDS.has(tok(ctx, s)!.text) && inlineNext(ctx, s - 1, s)) s++;
  const sur = tok(ctx, s);
  return sur && inlineNext(ctx, s - 1, s) && slotWordOk(ctx, sur, true) ? s : null;
}

/** Token i ends in a hyphen glued to it and a conjunction follows: "Arbeits- und …". */
function truncatedCompoundAt(ctx: Ctx, i: number): boolean {
  const t = tok(ctx, i), dash = tok(ctx, i + 1), conj = tok(ctx, i + 2);
  return !!t && dash?.text === "-" && dash.start === t.end && !!conj && ["und", "oder", "sowie", "bzw"].includes(conj.text);
}

/** ".in" glued to the word before (index j is the dot): a written feminine ending. */
function feminineEndingAt(ctx: Ctx, j: number): boolean {
  const dot = tok(ctx, j), ending = tok(ctx, j + 1), before = tok(ctx, j - 1);
  return dot?.text === "." && ending?.text === "in" && before !== undefined && before.end === dot.start && dot.end === ending.start;
}

/**
 * A listed first name alone ("… mit Claire", "Sohn Tobias"): accepted inside a
 * sentence when no capitalised word stands on either side and no article
 * before it (those make it part of a longer name or a common noun).
 */
export function loneGivenOk(ctx: Ctx, i: number, g: number): boolean {
  const prev = tok(ctx, i - 1), next = tok(ctx, g + 1), t = ctx.tokens[g]!;
  // At a sentence start only before a lowercase word that is no article: "Ida erfährt vom …".
  // "St. Georg", "Hl. Maria": a saint's or place name.
  if (prev?.text === "." && /^(?:St|Hl|Sankt|Ste)$/.test(tok(ctx, i - 2)?.text ?? "")) return false;
  const initial = !prev || t.lineBefore || /^[.!?:;"„“»«]$/.test(prev.text);
  if (initial) {
    if (!next || !inlineNext(ctx, g, g + 1) || !/^\p{Ll}+$/u.test(next.text) || COMMON_NOUN_LEFT.has(next.text) || NOT_BEFORE_NAME.has(next.text) || next.text === "und" || next.text === "oder") return false;
    return t.text.length >= 3 && isGermanListFirstName(t.text) && !NOUN_ENDINGS.test(t.text) && !overlapsPlace(ctx, t.start, t.end);
  }
  if (!inlineNext(ctx, i - 1, i)) return false;
  if (/^[.!?:;"„“»«(\[–-]$/.test(prev.text) || /^\p{Lu}/u.test(prev.text) || NOT_BEFORE_NAME.has(prev.text) || COMMON_NOUN_LEFT.has(prev.text)) return false;
  // An inflected adjective before it makes it a noun: "einem festen Job".
  if (/^\p{Ll}+(?:e|en|em|er|es)$/u.test(prev.text) && prev.text.length > 3) return false;
  if (next && inlineNext(ctx, g, g + 1) && (/^\p{Lu}/u.test(next.text) || next.text === "-")) return false;
  if (NOUN_ENDINGS.test(t.text) || overlapsPlace(ctx, t.start, t.end) || overlapsOrg(ctx, t.start, t.end)) return false;
  return t.text.length >= 3 && isGermanListFirstName(t.text);
}

/** A chain of given names only (with a regnal number or an initial): the whole is the name. */
export function givenOnly(ctx: Ctx, i: number, nameFrom: number, nameTo: number, given: number[]): Chain {
  const text = ctx.text.slice(ctx.tokens[nameFrom]!.start, ctx.tokens[given[given.length - 1]!]!.end);
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
  const next = tok(ctx, c.nameTo + 1);
  if (next && inlineNext(ctx, c.nameTo, c.nameTo + 1) && (BODY_WORDS.test(next.text) || STREET_WORDS.test(next.text))) return true;
  if (c.roleAt !== null || c.honorific || c.title) return false;
  const s = ctx.tokens[c.nameFrom]!.start, e = ctx.tokens[c.nameTo]!.end;
  const p = placeSpanAt(ctx, s);
  return p !== undefined && p.start <= s && p.end >= e;
}

/**
 * „Chance Handwerk“: words that fill a pair of quotes exactly, with no role, honorific or title
 * before them, are a title (an event, a project, a book), not a person.
 */
export function isQuotedTitle(ctx: Ctx, c: Chain): boolean {
  if (c.roleAt !== null || c.honorific || c.title) return false;
  const open = tok(ctx, c.nameFrom - 1), close = tok(ctx, c.nameTo + 1);
  return !!open && !!close && OPEN_QUOTES.has(open.text) && CLOSE_QUOTES.has(close.text)
    && open.end === ctx.tokens[c.nameFrom]!.start && close.start === ctx.tokens[c.nameTo]!.end;
}
const OPEN_QUOTES: ReadonlySet<string> = new Set(["„", "\"", "»", "“", "‚", "'"]);
const CLOSE_QUOTES: ReadonlySet<string> = new Set(["“", "\"", "«", "”", "‘", "'"]);

/** A name that lies inside a longer organisation mention ("Friedrich-Ebert-Stiftung") is not a person. */
export function insideOrganisation(ctx: Ctx, c: Chain): boolean {
  const s = ctx.tokens[c.nameFrom]!.start, e = ctx.tokens[c.nameTo]!.end;
  const o = orgSpanAt(ctx, s);
  return o !== undefined && o.start <= s && o.end >= e && o.end - o.start > e - s;
}

// ---------------------------------------------------------------- 2. list slots

/**
 * Unlisted names ("Souzan Kaya") are accepted in person slots: inside a list of
 * found persons ("A (X), Souzan Kaya (Y) und C") or before ", ROLE".
 */
export function addListSlotNames(ctx: Ctx, chains: Chain[]): void {
  const { tokens } = ctx;
  const covered = new Uint8Array(tokens.length + 1);
  for (const c of chains) for (let k = c.from; k <= c.nameTo; k++) covered[k] = 1;
  const startsAt = new Map(chains.map((c) => [c.from, c]));
  const endsAt = new Map(chains.map((c) => [c.nameTo, c]));
  for (let i = 0; i + 1 < tokens.length; i++) {
    if (covered[i] || covered[i + 1]) continue;
    const a = tokens[i]!, b = tokens[i + 1]!;
    if (!slotWordOk(ctx, a, true) || !slotWordOk(ctx, b, true) || !inlineNext(ctx, i, i + 1)) continue;
    // Unlisted given names ending in -er are mostly place adjectives ("Frankfurter Stadtverordneter").
    if (!firstTok(a) && /er$/.test(a.text)) continue;
    if (tok(ctx, i + 2) && nameTok(tok(ctx, i + 2)!) && inlineNext(ctx, i + 1, i + 2)) continue;
    const before = tok(ctx, i - 1);
    const after = tok(ctx, i + 2);
    // "sagte Sönke Fock, Chef der …": a verb of speech also opens the slot (the apposition below must follow)
    const speechBefore = before !== undefined && SPEECH_CUES.has(before.text) && before.text !== "so";
    const joinerBefore = !before || before.lineBefore || [",", "und", "sowie", ":"].includes(before.text) || a.lineBefore || speechBefore;
    if (!joinerBefore) continue;
    // The neighbour in the list is a person already found.
    let neighbour = false;
    if (before && [",", "und", "sowie"].includes(before.text)) {
      let p = i - 2;
      if (tok(ctx, p)?.text === ")") { while (p > 0 && tok(ctx, p)!.text !== "(") p--; p--; }
      if (endsAt.has(p)) neighbour = true;
    }
    let n = i + 2;
    if (after?.text === "(") { while (tok(ctx, n) && tok(ctx, n)!.text !== ")" && n < i + 30) n++; n++; }
    if (tok(ctx, n) && [",", "und", "sowie"].includes(tok(ctx, n)!.text) && startsAt.has(n + 1)) neighbour = true;
    const apposition = (after?.text === "," && tok(ctx, i + 3) && (roleMatchTok(tok(ctx, i + 3)!) || isRoleModifier(tok(ctx, i + 3)!.text)))
      || (before?.text === "," && (after?.text === "," || after?.text === ".") && roleWordBefore(ctx, i - 1));
    if (!(neighbour && after && (after.text === "(" || after.text === "," || after.text === "und") && !speechBefore) && !apposition) continue;
    const c: Chain = {
      from: i, nameFrom: i, nameTo: i + 1, honorific: null, title: null, roleAt: null,
      givenName: a.text, familyName: b.text, gender: firstNameGender(a.text), roles: [], dropped: false,
    };
    chains.push(c);
    covered[i] = 1; covered[i + 1] = 1;
    startsAt.set(i, c); endsAt.set(i + 1, c);
    i++;
  }
}

/** A role noun earlier in the same clause run: "Sprecher der X-Fraktion, Max Kaya, sagte". */
export function roleWordBefore(ctx: Ctx, comma: number): boolean {
  for (let k = comma - 1; k >= 0 && k >= comma - 15; k--) {
    const t = ctx.tokens[k]!;
    if (/^[.!?;:()]$/.test(t.text) || t.lineBefore) return false;
    if (t.text === ",") return false;
    if (roleMatchTok(t)) return true;
  }
  return false;
}

/**
 * Single capitalised words joined to a found person by "und" / "sowie" / ","
 * ("Kaya und Brandt berichteten"), and words
 * followed by a party or an age in brackets ("Kaya (SPD)", "Ali (27)").
 */
export function addCoordinatedSurnames(ctx: Ctx, chains: Chain[]): void {
  const { tokens } = ctx;
  const covered = new Uint8Array(tokens.length + 1);
  for (const c of chains) for (let k = c.from; k <= c.nameTo; k++) covered[k] = 1;
  // chains by their first and last token (a lookup instead of a walk over all chains per word)
  const fullFrom = new Set<number>(), fullTo = new Set<number>(), edges = new Set<number>();
  for (const c of chains) {
    edges.add(c.nameTo); edges.add(c.from);
    if (c.givenName && c.familyName) { fullFrom.add(c.from); fullTo.add(c.nameTo); }
  }
  const isChainEdge = (k: number): boolean => edges.has(k);
  const added: Chain[] = [];
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i]!;
    if (covered[i] || !slotWordOk(ctx, t, true) || NON_NAME_WORDS.has(t.text)) continue;
    const prev = tok(ctx, i - 1), next = tok(ctx, i + 1);
    if (prev && nameTok(prev) && inlineNext(ctx, i - 1, i) && !covered[i - 1]) continue;
    if (next && nameTok(next) && inlineNext(ctx, i, i + 1)) continue;
    let ok = false;
    // Bracket with a party or an age right after.
    if (next?.text === "(" && tok(ctx, i + 3)?.text === ")" && PARTIES.has(tok(ctx, i + 2)!.text)) ok = true;
    // Coordinated with a found person on either side.
    if (!ok && next && ["und", "sowie"].includes(next.text) && isChainEdge(i + 2) && fullFrom.has(i + 2)) ok = true;
    if (!ok && prev && ["und", "sowie"].includes(prev.text) && fullTo.has(i - 2)) ok = true;
    if (!ok) continue;
    if (prev && (COMMON_NOUN_LEFT.has(prev.text) || NOT_BEFORE_NAME.has(prev.text))) continue;
    // "A B und Marithres van Bürk-Opahle": a particle and a surname after the coordinated word make a full name
    const particleEnd = particleSurnameEnd(ctx, i + 1);
    if (particleEnd !== null) {
      added.push({
        from: i, nameFrom: i, nameTo: particleEnd, honorific: null, title: null, roleAt: null,
        givenName: t.text, familyName: ctx.text.slice(tokens[i + 1]!.start, tokens[particleEnd]!.end), gender: firstNameGender(t.text), roles: [], dropped: false,
      });
      for (let k = i; k <= particleEnd; k++) covered[k] = 1;
      continue;
    }
    const first = firstTok(t);
    added.push({
      from: i, nameFrom: i, nameTo: i, honorific: null, title: null, roleAt: null,
      givenName: first ? t.text : null, familyName: first ? "" : t.text, gender: first ? firstNameGender(t.text) : null, roles: [], dropped: false,
    });
    covered[i] = 1;
  }
  chains.push(...added);
}

