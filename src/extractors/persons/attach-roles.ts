/**
 * Roles and affiliations attached to name chains.
 */
import { POST_NOMINALS } from "../../lexicon/honorifics.js";
import { NON_OCCUPATION_PERSON_NOUNS, ORGAN_NOUNS } from "../../lexicon/roles.js";
import type { Organisation } from "../../schema/release.js";
import type { Gender } from "./first-names.js";
import { nominativeOrg, readOrgPhrase } from "./org-phrase.js";
import { marks } from "./scratch.js";
import { ACRONYM, DEFINITE_ARTICLES, ORG_INNER_LOWER, ORG_INTRODUCERS, PAREN_SKIP, PARTIES } from "./patterns.js";
import { isRoleModifier, nominativeModifier, nominativeRole, roleGender, type RoleMatch } from "./role-nouns.js";
import {
  type Chain, type Ctx, endOf, has, inlineNext, isPersonNoun, lineBefore, orgSpanAt, overlapsOrg, overlapsPlace, placeSpanAt, roleMatchTok, roleTok,
  startOf, textIn, textIs, textOf,
} from "./words.js";

// ---------------------------------------------------------------- 3. roles

export interface RolePhrase {
  role: string | null;
  org: string | null;
  /** Index after the phrase. */
  next: number;
  /** Token range of a trailing "– Name" appendix that belongs to the body's name. */
  appendix: [number, number] | null;
}

/** Modifiers before a role word, walking left: "Stv. Geschäftsführer", "stellvertretende Vorsitzende". */
export function modifiersBefore(ctx: Ctx, r: number, gender: Gender): { text: string; from: number } {
  const parts: string[] = [];
  let k = r - 1;
  for (let n = 0; n < 2; n++) {
    if (!has(ctx, k)) break;
    if (textIs(ctx, k, ".") && has(ctx, k - 1) && isRoleModifier(`${textOf(ctx, k - 1)}.`)) { parts.unshift(`${textOf(ctx, k - 1)}.`); k -= 2; continue; }
    const t = textOf(ctx, k);
    if (isRoleModifier(t) && inlineNext(ctx, k, k + 1)) { parts.unshift(nominativeModifier(t, gender)); k--; continue; }
    break;
  }
  return { text: parts.join(" "), from: k + 1 };
}

/**
 * The words written before a role noun and kept in the role: modifiers ("stellvertretende",
 * "Stv.") and a truncated first part of a coordinated compound ("Arbeits- und Sozialministerin",
 * "Senioren- und Behindertenbeauftragte"). `from` is the first token of them.
 */
export function roleWordsBefore(ctx: Ctx, r: number, gender: Gender): { text: string; from: number } {
  const truncated = truncatedPartBefore(ctx, r);
  const at = truncated ? truncated.from : r;
  const mods = modifiersBefore(ctx, at, gender);
  const text = [mods.text, truncated?.text ?? ""].filter((x) => x !== "").join(" ");
  return { text: text ? `${text} ` : "", from: mods.from };
}

/** "Arbeits- und" right before token r: the text ("Arbeits- und") and its first token. */
export function truncatedPartBefore(ctx: Ctx, r: number): { text: string; from: number } | null {
  const conj = r - 1, dash = r - 2, part = r - 3;
  if (!has(ctx, part) || !textIn(ctx, conj, CONJUNCTIONS) || !textIs(ctx, dash, "-")) return null;
  if (endOf(ctx, part) !== startOf(ctx, dash) || !/^\p{Lu}\p{Ll}/u.test(textOf(ctx, part)) || !inlineNext(ctx, dash, conj) || !inlineNext(ctx, conj, r)) return null;
  return { text: `${textOf(ctx, part)}- ${textOf(ctx, conj)}`, from: part };
}

const CONJUNCTIONS: readonly string[] = ["und", "oder", "sowie", "bzw"];

/** "für Integration, Arbeit und Soziales" after a role: index after it, or `k` when there is none. */
export function readComplement(ctx: Ctx, k: number, chainStarts: Set<number>): number {
  if (!textIs(ctx, k, "für")) return k;
  let j = k + 1;
  let last = -1;
  for (; j < ctx.tokens.count && j < k + 20; j++) {
    if (lineBefore(ctx, j) || chainStarts.has(j)) break;
    const t = textOf(ctx, j);
    if (/^\p{Lu}/u.test(t) && !roleTok(ctx, j)) { last = j; continue; }
    if (t === "und" || (j === k + 1 && ["die", "den", "das", "der"].includes(t))) continue;
    if (t === "," && has(ctx, j + 1) && /^\p{Lu}/u.test(textOf(ctx, j + 1)) && !chainStarts.has(j + 1)) continue;
    break;
  }
  return last > k ? last + 1 : k;
}

export function orgName(ctx: Ctx, from: number, to: number, introducer: string | null): string {
  const s = startOf(ctx, from), e = endOf(ctx, to);
  const known = knownNameAt(ctx, s, e);
  if (known) return known;
  const name = nominativeOrg(ctx.text.slice(s, e).replace(/\s+/g, " "), introducer);
  return from === to ? fullNameOfHead(ctx, name, s) ?? territoryOfHead(ctx, name) ?? name : name;
}

/** Territorial heads that name a place when the release names one of that kind ("des Landkreises" → "Landkreis Rosenheim"). */
const TERRITORY_HEADS: ReadonlySet<string> = new Set(["Landkreis", "Kreis", "Bezirk", "Kanton", "Region", "Regierungsbezirk"]);

/** "Behindertenbeauftragte des Landkreises, X": the one place of that kind the release names. */
export function territoryOfHead(ctx: Ctx, head: string): string | null {
  if (!TERRITORY_HEADS.has(head)) return null;
  // once per release and head: the answer does not depend on where the phrase stands
  ctx.territories ??= new Map();
  let known = ctx.territories.get(head);
  if (known === undefined) { known = territoryOfHeadUncached(ctx, head); ctx.territories.set(head, known); }
  return known;
}

function territoryOfHeadUncached(ctx: Ctx, head: string): string | null {
  const found = new Set<string>();
  for (const p of ctx.input.places ?? []) {
    // "im Landkreis Rosenheim" may be the place "Rosenheim": the text names it with the head
    if (p.name.startsWith(`${head} `)) found.add(p.name);
    else if (p.mentions.some((m) => m.text.startsWith(`${head} `) || ctx.text.slice(Math.max(0, m.start - head.length - 1), m.start) === `${head} `)) {
      found.add(`${head} ${p.name}`);
    }
  }
  return found.size === 1 ? [...found][0]! : null;
}

/**
 * knownName (./org-phrase.ts) by the per-character span maps: the body starting at the phrase (±1) or
 * covering it, else a place covering it. Constant work per phrase instead of a walk over all mentions.
 */
export function knownNameAt(ctx: Ctx, start: number, end: number): string | null {
  for (const at of [start, start + 1, start - 1]) {
    const o = orgSpanAt(ctx, at);
    if (o && o.start < end && o.end > start && (Math.abs(o.start - start) <= 1 || (o.start <= start && o.end >= end))) return o.name ?? null;
  }
  const p = placeSpanAt(ctx, start);
  return p && p.start <= start && p.end >= end ? p.name ?? null : null;
}

/**
 * A bare head noun ("der Stiftung") refers back to the one body named earlier in the
 * release whose name has a word ending in that head ("Bürgerstiftung Kassel"); with
 * none or several such bodies the head stays as written.
 */
export function fullNameOfHead(ctx: Ctx, head: string, before: number): string | null {
  if (!/^\p{Lu}\p{Ll}{3,}$/u.test(head)) return null;
  const lower = head.toLowerCase();
  return theOneBody(ctx, before, (o) => o.name !== head
    && o.name.split(/[\s-]+/).some((w) => w.length > lower.length ? w.toLowerCase().endsWith(lower) : w === head));
}

/**
 * The one body named before `before` that passes `test`: variants of one name count as one;
 * among several bodies, one named at least twice and more often than every other is the one
 * the release is about ("Ruprecht-Karls-Universität (RKU)" … "Universität Heidelberg"); else null.
 */
function theOneBody(ctx: Ctx, before: number, test: (o: Organisation) => boolean): string | null {
  const found: { name: string; count: number }[] = [];
  for (const o of ctx.input.organisations ?? []) {
    if (!o.mentions.some((m) => m.start < before) || !test(o)) continue;
    const same = found.find((f) => f.name === o.name || sameBodyVariant(f.name, o.name));
    if (same) same.count += o.mentions.length; else found.push({ name: o.name, count: o.mentions.length });
  }
  if (found.length <= 1) return found[0]?.name ?? null;
  found.sort((a, b) => b.count - a.count);
  return found[0]!.count >= 2 && found[0]!.count > found[1]!.count ? found[0]!.name : null;
}

/** "Kasseler Bürgerstiftung" and "Bürgerstiftung Kassel": the same words, a place once as its "-er" adjective. */
export function sameBodyVariant(a: string, b: string): boolean {
  const norm = (name: string, other: string): string => {
    const words = other.split(/\s+/);
    return name.split(/\s+/).map((w) => (/er$/.test(w) && words.includes(w.slice(0, -2)) ? w.slice(0, -2) : w)).sort().join(" ");
  };
  return norm(a, b) === norm(b, a);
}

/** A role phrase before its body is named: the role, where the phrase ends, and where its body is written. */
export interface RolePhraseShape {
  role: string;
  next: number;
  appendix: [number, number] | null;
  /** A body mention right after the role ("Pressesprecher Diakonie Nordland"). */
  directOrg: string | null;
  /** Or the body's phrase (tokens, inclusive) and the word that introduced it. */
  phrase: { from: number; to: number; introducer: string | null } | null;
}

/** Reads ROLE [für …] [der Geschäftsführung] [der|im|… ORG] starting at the role word r. */
export function readRolePhrase(ctx: Ctx, r: number, gender: Gender | null, chainStarts: Set<number>, bareOrg: boolean, m: RoleMatch): RolePhrase {
  const p = scanRolePhrase(ctx, r, gender, chainStarts, bareOrg, m);
  return { role: p.role, org: rolePhraseBody(ctx, p, r, m), next: p.next, appendix: p.appendix };
}

/**
 * The body of a scanned role phrase: the mention after the role, the phrase's name, or else the
 * body the role's compound prefix names ("…, HWK-Geschäftsführer, sagte"). Apart from the scan
 * because it looks at the release's bodies, and most role words in a text need only the scan.
 */
export function rolePhraseBody(ctx: Ctx, p: RolePhraseShape, r: number, m: RoleMatch): string | null {
  const org = p.directOrg ?? (p.phrase ? orgName(ctx, p.phrase.from, p.phrase.to, p.phrase.introducer) : null);
  return org ?? prefixBody(ctx, m, startOf(ctx, r));
}

/** readRolePhrase without naming the body. */
export function scanRolePhrase(ctx: Ctx, r: number, gender: Gender | null, chainStarts: Set<number>, bareOrg: boolean, m: RoleMatch): RolePhraseShape {
  const before = roleWordsBefore(ctx, r, roleGender(m, gender));
  let role = before.text + nominativeRole(m, gender);
  let k = r + 1;
  const afterComplement = readComplement(ctx, k, chainStarts);
  if (afterComplement > k) { role += " " + ctx.text.slice(startOf(ctx, k), endOf(ctx, afterComplement - 1)).replace(/\s+/g, " "); k = afterComplement; }
  // "Abteilungsleiterin Jugendberufshilfe beim Diakonischen Werk": the field of the role before its body.
  if (has(ctx, k)) {
    const field = textOf(ctx, k);
    if (/^\p{Lu}\p{Ll}{3,}$/u.test(field) && !lineBefore(ctx, k) && inlineNext(ctx, k - 1, k) && !chainStarts.has(k) && !roleTok(ctx, k, true)
      && !overlapsOrg(ctx, startOf(ctx, k), endOf(ctx, k)) && !overlapsPlace(ctx, startOf(ctx, k), endOf(ctx, k))
      && FIELD_INTRODUCERS.has(textOf(ctx, k + 1))) {
      role += ` ${field}`;
      k++;
    }
  }
  // "Vorsitzende der Geschäftsführung der X GmbH …": the organ stays in the role.
  if (has(ctx, k + 1) && textIn(ctx, k, ORGAN_ARTICLES) && ORGAN_NOUNS.has(textOf(ctx, k + 1)) && textIn(ctx, k + 2, GENITIVE_ARTICLES)) {
    role += ` ${textOf(ctx, k)} ${textOf(ctx, k + 1)}`;
    k += 2;
  }
  let directOrg: string | null = null;
  let phrase: RolePhraseShape["phrase"] = null;
  let appendix: [number, number] | null = null;
  // No body when a name follows right away ("Leiterin Frau X", "Referent, Max Y").
  const nameNext = chainStarts.has(k) || (chainStarts.has(k + 1) && !ORG_INTRODUCERS.has(textOf(ctx, k)));
  // "Peter Ruf, Pressesprecher Diakonie Nordland, …": a body named right after the role, without an article
  const direct = !nameNext && !bareOrg && has(ctx, k) ? k : -1;
  const directSpan = direct >= 0 && inlineNext(ctx, k - 1, k) ? orgSpanAt(ctx, startOf(ctx, direct)) : undefined;
  if (directSpan && directSpan.start === startOf(ctx, direct) && directSpan.name) {
    directOrg = directSpan.name;
    while (has(ctx, k) && endOf(ctx, k) <= directSpan.end) k++;
  } else if (!nameNext) {
    const found = readOrgPhrase(ctx, k, bareOrg);
    if (found && !chainStarts.has(found.from)) {
      let to = found.to;
      // Stop the body before a name that starts inside it.
      for (let q = found.from + 1; q <= found.to; q++) if (chainStarts.has(q)) { to = q - 1; break; }
      if (to >= found.from) {
        phrase = { from: found.from, to, introducer: found.introducer };
        k = to + 1;
        // "… Klinikum Nord – Anna Weber," : a dash appendix belongs to the body.
        if ((textIs(ctx, k, "–") || textIs(ctx, k, "-")) && !lineBefore(ctx, k)) {
          let q = k + 1;
          while (has(ctx, q) && /^\p{Lu}/u.test(textOf(ctx, q)) && q < k + 5) q++;
          if (q > k + 1 && textIs(ctx, q, ",")) { appendix = [k + 1, q - 1]; k = q; }
        }
        k = readComplement(ctx, k, chainStarts);
      }
    }
  }
  return { role, next: k, appendix, directOrg, phrase };
}
const ORGAN_ARTICLES: readonly string[] = ["der", "des", "im"];
const GENITIVE_ARTICLES: readonly string[] = ["der", "des"];

/** "Kaufmanns" → "Kaufmann", "Architekten" → "Architekt": the nominative of an inflected person noun. */
function nominativePersonNoun(word: string): string {
  for (const ending of ["s", "en", "n"]) {
    if (word.endsWith(ending) && word.length > ending.length + 3 && isPersonNoun(word.slice(0, -ending.length))) return word.slice(0, -ending.length);
  }
  return word;
}

/** Verbs that give a role with "als" after the subject's name: "X fungiert als …", "X ist seit Mai als … tätig". */
const PREDICATE_VERBS: ReadonlySet<string> = new Set([
  "fungiert", "fungierte", "agiert", "agierte", "arbeitet", "arbeitete", "wirkt", "wirkte", "dient", "diente", "ist", "war", "bleibt", "blieb",
]);

/** After the verb: up to three lower-case words (adverbs, "seit 2019" excluded), "als", lower-case adjectives, the role word. */
function predicateRoleAt(ctx: Ctx, k: number): number | null {
  let j = k;
  while (j < k + 3 && /^\p{Ll}+$/u.test(textOf(ctx, j)) && !textIs(ctx, j, "als")) j++;
  if (!textIs(ctx, j, "als")) return null;
  j++;
  for (let n = 0; n < 2 && /^\p{Ll}+(?:e|en|er|es|em)$/u.test(textOf(ctx, j)); n++) j++;
  return has(ctx, j) && !lineBefore(ctx, j) && roleTok(ctx, j, true) ? j : null;
}

const LIST_JOINERS: readonly string[] = ["und", ",", "sowie"];

/** Prepositions that introduce the body after a role's field ("Leiterin Marketing bei der X"). */
const FIELD_INTRODUCERS: ReadonlySet<string> = new Set(["beim", "bei", "im", "am", "vom"]);

export function addRole(c: Chain, role: string | null, org: string | null): void {
  if (!role && !org) return;
  if (c.roles.some((r) => r.role === role && r.organisation === org)) return;
  c.roles.push({ role, organisation: org });
}

/** Role and body inside "( … )" after a name; "(beide X)" holds for two names, "(alle X)" for the list. */
export function readParenthesis(ctx: Ctx, bracket: number, chainStarts: Set<number>, gender: Gender | null): { role: string | null; org: string | null; close: number; names: number | null } | null {
  let close = bracket + 1;
  while (has(ctx, close) && !textIs(ctx, close, ")") && close < bracket + 40) {
    if (lineBefore(ctx, close)) return null;
    close++;
  }
  if (!textIs(ctx, close, ")") || close === bracket + 1) return null;
  const quantifier = textOf(ctx, bracket + 1);
  const names = quantifier === "beide" ? 2 : null;
  // The content starts after "beide"/"alle"; `open` stands for the token before it.
  const open = quantifier === "beide" || quantifier === "alle" ? bracket + 1 : bracket;
  if (close === open + 1) return null;
  const first = textOf(ctx, open + 1);
  const inner = ctx.text.slice(startOf(ctx, open + 1), endOf(ctx, close - 1));
  if (PAREN_SKIP.test(inner) || /^\p{Ll}/u.test(inner)) return null;
  // Role first: "Leitung Regionalagentur Köln", "Stv. Geschäftsführer Jobcenter …", "Projektleitung".
  let r = open + 1;
  while (r < close && (isRoleModifier(textOf(ctx, r)) || textIs(ctx, r, ".") || isRoleModifier(`${textOf(ctx, r)}.`))) r++;
  const m = r < close ? roleMatchTok(ctx, r, true) : null;
  if (m) {
    const p = readRolePhrase(ctx, r, gender, chainStarts, true, m);
    let role = p.role;
    let org = p.next <= close ? p.org : null;
    if (org && !looksLikeBody(ctx, r + 1, Math.min(p.next, close) - 1)) { role = `${role} ${org}`; org = null; }
    if (p.next < close && !org) {
      // "Steuerung SGB II im Rheinisch-Bergischen Kreis": role words up to a preposition, then the body.
      const split = splitAtPreposition(ctx, open + 1, close);
      if (split) return { ...split, close, names };
    }
    return { role, org, close, names };
  }
  const split = splitAtPreposition(ctx, open + 1, close);
  if (split) return { ...split, close, names };
  // A party in brackets ("(CDU)") is membership, not the body of a role.
  if (close === open + 2 && PARTIES.has(first)) return null;
  if (looksLikeBody(ctx, open + 1, close - 1)) {
    // The first body when two are joined by a dash: "Verein X e.V. - Zentrum Y".
    const phrase = readOrgPhrase(ctx, open + 1, true);
    const to = phrase && phrase.from === open + 1 && phrase.to < close ? phrase.to : close - 1;
    return { role: null, org: orgName(ctx, open + 1, to, null), close, names };
  }
  // One task noun ("Finanzkoordination") is a role.
  if (close === open + 2 && /^\p{Lu}\p{Ll}+$/u.test(first)) return { role: first, org: null, close, names };
  return null;
}

/** A body named by another stage, or a phrase that looks like one. */
export function knownOrBody(ctx: Ctx, from: number, to: number): boolean {
  const s = startOf(ctx, from), e = endOf(ctx, to);
  return overlapsOrg(ctx, s, e) || looksLikeBody(ctx, from, to);
}

/** A phrase that names a body: several words, an acronym, a legal form, a known body or place, or a body-like head. */
export function looksLikeBody(ctx: Ctx, from: number, to: number): boolean {
  if (to < from) return false;
  const s = startOf(ctx, from), e = endOf(ctx, to);
  if (overlapsOrg(ctx, s, e) || overlapsPlace(ctx, s, e)) return true;
  const words: string[] = [];
  for (let k = from; k <= to && k < ctx.tokens.count; k++) {
    const w = textOf(ctx, k);
    if (/\p{L}/u.test(w)) words.push(w);
  }
  if (words.some((w) => ACRONYM.test(w))) return true;
  if (words.length >= 2 && words.every((w) => /^\p{Lu}/u.test(w) || ["für", "und", "der", "des", "e", "V"].includes(w))) return true;
  const last = words[words.length - 1] ?? "";
  return /(?:kreis|amt|stadt|gemeinde|verein|verband|ministerium|agentur|zentrum|werk|stiftung|institut|gesellschaft|behörde|kammer|center|büro|netzwerk|senat|rat|hilfe|dienst|referat|abteilung|universität|hochschule|schule|klinik|kirche|partei|fraktion|bund|union|verwaltung|direktion)$/i.test(last);
}

export function splitAtPreposition(ctx: Ctx, from: number, close: number): { role: string | null; org: string | null } | null {
  for (let k = from + 1; k < close; k++) {
    const w = textOf(ctx, k);
    if (!["im", "beim", "bei", "der", "des", "am", "vom", "in"].includes(w)) continue;
    const phrase = readOrgPhrase(ctx, k, false);
    if (!phrase || phrase.to !== close - 1) continue;
    // The words before the preposition name a task: "Steuerung SGB II im …".
    if (k - from > 4 || !(roleTok(ctx, from, true) || /(?:ung|ion)$/.test(textOf(ctx, from)))) return null;
    const role = ctx.text.slice(startOf(ctx, from), endOf(ctx, k - 1)).replace(/\s+/g, " ");
    return { role, org: orgName(ctx, phrase.from, phrase.to, phrase.introducer) };
  }
  return null;
}

/** Index after the name and its post-nominals ("MdL"). */
export function afterName(ctx: Ctx, c: Chain): number {
  let k = c.nameTo + 1;
  while (has(ctx, k) && POST_NOMINALS.includes(textOf(ctx, k))) k++;
  return k;
}

export function attachRoles(ctx: Ctx, chains: Chain[]): void {
  const chainStarts = new Set(chains.map((c) => c.from));
  const byStart = new Map(chains.map((c) => [c.from, c]));
  const byEnd = new Map<number, Chain>();
  for (const c of chains) byEnd.set(afterName(ctx, c) - 1, c);
  let starts: Map<number, { name: string; end: number }> | null = null;
  const orgStarts = (): Map<number, { name: string; end: number }> => {
    if (starts) return starts;
    starts = new Map();
    for (const o of ctx.input.organisations ?? []) for (const m of o.mentions) if (!starts.has(m.start)) starts.set(m.start, { name: o.name, end: m.end });
    return starts;
  };

  /** The chains joined with this one by "," / "und" / "sowie" to its left, without their own parenthesis. */
  const listLeft = (c: Chain, withCommas: boolean): Chain[] => {
    const out: Chain[] = [];
    let cur = c;
    for (;;) {
      const j = cur.from - 1;
      if (!(textIs(ctx, j, "und") || textIs(ctx, j, "sowie") || (withCommas && textIs(ctx, j, ",")))) break;
      const prev = byEnd.get(cur.from - 2);
      if (!prev) break;
      out.push(prev);
      cur = prev;
    }
    return out;
  };

  for (const c of chains) {
    // ROLE NAME: "Kreisdirektor Dirk Brügge", "Frau Staatssekretärin Jana Pohlmann".
    if (c.roleAt !== null) {
      const m = roleMatchTok(ctx, c.roleAt);
      if (m && !m.form.plural && titleFits(m, c.gender)) {
        const before = roleWordsBefore(ctx, c.roleAt, roleGender(m, c.gender));
        const roleStart = startOf(ctx, before.from);
        const body = genitivePlaceBefore(ctx, before.from) ?? possessiveBody(ctx, before.from) ?? prefixBody(ctx, m, roleStart) ?? councilBody(ctx, m)
          // ("Traunsteiner Landrat X": a place adjective names another Landkreis)
          ?? contactLineBody(ctx, before.from) ?? (/^\p{Lu}\p{Ll}+er$/u.test(textOf(ctx, before.from - 1)) ? null : districtOfLandrat(ctx, m));
        addRole(c, before.text + nominativeRole(m, c.gender), body);
      } else if (m?.form.plural) {
        // A plural role before a list ("die Sprecherinnen A (X) und B (Y)") holds for each name of the list.
        addRole(c, nominativeRole(m, c.gender), null);
        let cur = c;
        for (;;) {
          let k = afterName(ctx, cur);
          if (textIs(ctx, k, "(")) { while (has(ctx, k) && !textIs(ctx, k, ")")) k++; k++; }
          if (!textIn(ctx, k, LIST_JOINERS)) break;
          const next = byStart.get(k + 1);
          if (!next) break;
          addRole(next, nominativeRole(m, next.gender), null);
          cur = next;
        }
      }
    }
    const k = afterName(ctx, c);
    if (!has(ctx, k)) continue;
    const t = textOf(ctx, k);
    // NAME (ROLE ORG) / NAME (ORG) / A, B, C (ORG)
    if (t === "(" && !lineBefore(ctx, k)) {
      const p = readParenthesis(ctx, k, chainStarts, c.gender);
      if (p) {
        addRole(c, p.role, p.org);
        // "Stadtpräsident A und Stadträtin B (Departement X)": a name with its own title keeps the bracket
        // (not "A und B (beide X)", which says it is shared)
        let left = c.roleAt !== null && p.names === null ? [] : listLeft(c, true);
        if (p.names !== null) left = left.slice(0, p.names - 1);
        for (const prev of left) {
          const pk = afterName(ctx, prev);
          if (textIs(ctx, pk, "(")) break;
          addRole(prev, p.role, p.org);
        }
      }
      continue;
    }
    // NAME fungiert künftig als ROLE: "Maria Kaya fungiert künftig als Ansprechpartnerin der Stelle".
    if (PREDICATE_VERBS.has(t) && inlineNext(ctx, k - 1, k)) {
      const r = predicateRoleAt(ctx, k + 1);
      const m = r !== null ? roleMatchTok(ctx, r, true) : null;
      if (r !== null && m && !m.form.plural && !chainStarts.has(r + 1)) {
        const p = readRolePhrase(ctx, r, c.gender, chainStarts, false, m);
        addRole(c, p.role, p.org);
      }
      continue;
    }
    // NAME vom ORG / NAME von der ORG: "Thomas Kühn von der Caritas".
    if ((t === "vom" || t === "von") && inlineNext(ctx, k - 1, k)) {
      const phrase = readOrgPhrase(ctx, k, false);
      if (phrase && !chainStarts.has(phrase.from) && (phrase.introducer === "vom" || phrase.introducer?.startsWith("von d"))) {
        let to = phrase.to;
        for (let q = phrase.from + 1; q <= phrase.to; q++) if (chainStarts.has(q)) { to = q - 1; break; }
        while (to > phrase.from && ORG_INNER_LOWER.has(textOf(ctx, to))) to--;
        if (knownOrBody(ctx, phrase.from, to)) addRole(c, null, orgName(ctx, phrase.from, to, phrase.introducer));
      }
      continue;
    }
    // NAME, ROLE der ORG / NAME als ROLE der ORG
    if ((t === "," || t === "als") && has(ctx, k + 1)) {
      let r = k + 1;
      // "Jens Ott, dem Präsidenten der X", "Anna Lenz, die Leiterin des Y": an article before the apposition's role
      const article = t === "," && DEFINITE_ARTICLES.has(textOf(ctx, r)) && has(ctx, r + 1) && roleTok(ctx, r + 1);
      if (article) r++;
      while (has(ctx, r) && (isRoleModifier(textOf(ctx, r)) || (textIs(ctx, r, ".") && r > k + 1) || isRoleModifier(`${textOf(ctx, r)}.`))) r++;
      const m = roleMatchTok(ctx, r, true);
      if (!m && t === ",") {
        // NAME, ORG: "Anna Kaya, Caritasverband Fulda" in lists and contact lines.
        const org = appositionOrg(ctx, k + 1, orgStarts());
        if (org && !chainStarts.has(k + 1)) addRole(c, null, org);
        continue;
      }
      if (!m || lineBefore(ctx, r)) continue;
      if (m.function && t !== ",") continue;
      // "A, Landrat B und C": the role belongs to the next name.
      if (chainStarts.has(r) || chainStarts.has(k + 1)) continue;
      const p = readRolePhrase(ctx, r, c.gender, chainStarts, false, m);
      // With an article the phrase may open the next item instead ("X, dem Vorsitzenden der Y, Jürgen Fuchs") or be
      // an object ("empfing Manfred Schmidt, die Bundeskanzlerin"): only a title that fits, with no name after it.
      if (article && (!titleFits(m, c.gender) || (textIs(ctx, p.next, ",") && chainStarts.has(p.next + 1)))) continue;
      // NAME, ROLE (ORG): "Anna Kaya, Quartiersmanagerin (Lawaetz-Stiftung)".
      if (p.org === null && textIs(ctx, p.next, "(") && !lineBefore(ctx, p.next)) {
        const inner = readParenthesis(ctx, p.next, chainStarts, c.gender);
        if (inner && inner.role === null && inner.org !== null) p.org = inner.org;
      }
      addRole(c, p.role, p.org);
      for (const prev of listLeft(c, false)) if (prev.roles.length === 0) addRole(prev, readRolePhrase(ctx, r, prev.gender, chainStarts, false, m).role, p.org);
      markAppendix(chains, p.appendix);
      // "…, Leiterin der X und Vorsitzende des Y": a second role of the same person.
      const m2 = textIs(ctx, p.next, "und") ? roleMatchTok(ctx, p.next + 1) : null;
      if (m2 && !chainStarts.has(p.next + 1)) {
        const p2 = readRolePhrase(ctx, p.next + 1, c.gender, chainStarts, false, m2);
        addRole(c, p2.role, p2.org);
      }
    }
  }

  // ROLE [der ORG] ist die [OCCUPATION] [TITLE] NAME: "Sprecherin des Verbunds ist die Biologin Prof. Dr. X".
  for (const c of chains) {
    if (c.roles.some((r) => r.role !== null)) continue;
    const r = copulaRoleStart(ctx, c);
    if (r === null) continue;
    const m = roleMatchTok(ctx, r)!;
    const p = readRolePhrase(ctx, r, c.gender, chainStarts, false, m);
    // Only a body the release names in full: a bare "des Verbunds" says little.
    const known = p.org !== null && (ctx.input.organisations ?? []).some((o) => o.name === p.org);
    addRole(c, p.role, known ? p.org : null);
  }

  // OCCUPATION NAME: "Geschichts- und Sozialwissenschaftlerin Jana X" — the occupation is the role when no other is told.
  for (const c of chains) {
    if (c.nounAt === undefined || c.roles.some((r) => r.role !== null)) continue;
    const noun = textOf(ctx, c.nounAt);
    if (NON_OCCUPATION_PERSON_NOUNS.has(noun) || NON_OCCUPATION_PERSON_NOUNS.has(noun.replace(/^.*-/, ""))) continue;
    // "IAB-Forscher X": an acronym before the occupation names the body
    const acronym = /^(\p{Lu}[\p{Lu}\d]+)-(\p{Lu}\p{Ll}+)$/u.exec(noun);
    if (!acronym && !/^\p{Lu}\p{Ll}+(?:-\p{Lu}\p{Ll}+)?$/u.test(noun)) continue;
    const before = truncatedPartBefore(ctx, c.nounAt);
    const word = acronym ? `${acronym[1]}-${nominativePersonNoun(acronym[2]!)}` : nominativePersonNoun(noun);
    addRole(c, (before ? `${before.text} ` : "") + word, acronym ? prefixBodyOf(ctx, `${acronym[1]}-`, startOf(ctx, c.nounAt)) : null);
  }

  // ROLE: NAME in contact blocks: "Projektleitung: Maria Muster".
  for (const c of chains) {
    const colon = c.from - 1, r = c.from - 2;
    if (!textIs(ctx, colon, ":") || !has(ctx, r) || lineBefore(ctx, colon) || c.roleAt !== null) continue;
    const m = roleMatchTok(ctx, r, true);
    if (!m || /^Ansprechpartner/.test(textOf(ctx, r))) continue;
    addRole(c, nominativeRole(m, c.gender), null);
  }

  // ROLE der ORG, NAME: "der Direktorin der Europäischen Akademie, Frau Carla Rossi Blanco".
  const count = ctx.tokens.count;
  const inName = marks(count + 1);
  for (const c of chains) inName.fill(1, c.nameFrom, c.nameTo + 1);
  for (let r = 0; r < count; r++) {
    if (inName[r] === 1 || !roleTok(ctx, r)) continue;
    const m = roleMatchTok(ctx, r)!;
    const p = scanRolePhrase(ctx, r, null, chainStarts, false, m);
    // The body only where it decides something below (it looks at the release's bodies).
    const afterAnd = textIs(ctx, p.next, "und");
    const org = (p.next > r + 1 && byStart.has(p.next)) || afterAnd ? rolePhraseBody(ctx, p, r, m) : null;
    // "…, NAME" after the phrase, or the name right after a phrase with a body or
    // a "für" complement ("Ministerin für Schule und Bildung Dora Kaya").
    const direct = p.next > r + 1 && byStart.has(p.next) && (org !== null || / für /.test(p.role));
    // "Präsident des Landkreistags und Traunsteiner Landrat Martin Hollmann": two roles of the name after them
    let q = p.next + 1;
    if (/^\p{Lu}\p{Ll}+er$/u.test(textOf(ctx, q)) && !byStart.has(q)) q++;
    const coordinatedWith = org !== null && afterAnd ? byStart.get(q) : undefined;
    if (coordinatedWith && coordinatedWith.roleAt === q) {
      const again = readRolePhrase(ctx, r, coordinatedWith.gender, chainStarts, false, m);
      addRole(coordinatedWith, again.role, again.org);
      continue;
    }
    if (!textIs(ctx, p.next, ",") && !direct) continue;
    const c = byStart.get(direct ? p.next : p.next + 1);
    if (!c || c.roleAt !== null || !titleFits(m, c.gender)) continue;
    const again = readRolePhrase(ctx, r, c.gender, chainStarts, false, m);
    addRole(c, again.role, again.org);
    markAppendix(chains, again.appendix);
  }
}

/**
 * Whether a title written before a name can be that person's: a feminine form is no man's
 * ("…, Geschäftsführerin der Tafel X e.V. Thomas Berg, Leiter …": the sentence ended at "e.V.").
 * (A masculine form is also used for women, so it fits anyone.)
 */
function titleFits(m: RoleMatch, gender: Gender | null): boolean {
  return !(m.form.gender === "f" && gender === "m");
}

/**
 * The body of "NAME, ORG": an organisation mention that starts right after the comma and
 * ends the line, the clause or the sentence (", Caritasverband Fulda" then a line break, ".", "," or ";").
 */
export function appositionOrg(ctx: Ctx, at: number, orgStarts: Map<number, { name: string; end: number }>): string | null {
  if (!has(ctx, at) || lineBefore(ctx, at)) return null;
  const org = orgStarts.get(startOf(ctx, at));
  if (!org) return null;
  let after = at;
  while (has(ctx, after) && endOf(ctx, after) <= org.end) after++;
  if (has(ctx, after) && !lineBefore(ctx, after) && !textIn(ctx, after, CLAUSE_ENDS)) return null;
  return org.name;
}

const CLAUSE_ENDS: readonly string[] = [".", ",", ";"];

/**
 * "Deren Leiterin X", "dessen Vorsitzender X": the possessive refers back to the body
 * mentioned last before it (within the previous sentence or so).
 */
const RELATIVE_CLAUSE = /, (?:die|der|das|dem|den|deren|dessen|welche|welcher|welches) /;

export function possessiveBody(ctx: Ctx, roleFrom: number): string | null {
  if (!has(ctx, roleFrom - 1)) return null;
  const word = textOf(ctx, roleFrom - 1), at = startOf(ctx, roleFrom - 1);
  const relative = /^(?:[Dd]eren|[Dd]essen)$/.test(word);
  // "die Tafel X e.V., vertreten durch ihre Vorsitzende Y": a possessive pronoun refers to the body of its own sentence
  const pronoun = /^(?:ihre|ihrem|ihren|ihrer|ihr|seine|seinem|seinen|seiner|sein)$/.test(word);
  if (!relative && !pronoun) return null;
  const reach = relative ? 300 : 120;
  // walk back from the word to the last body mention (bounded work per word)
  for (let i = at - 1; i >= 0 && i >= at - reach; i--) {
    const ch = ctx.text[i]!;
    if (pronoun && (ch === "\n" || ((ch === "." || ch === "!" || ch === "?") && /\s/.test(ctx.text[i + 1] ?? "")))) return null;
    const o = orgSpanAt(ctx, i);
    if (!o) continue;
    // A body inside a relative clause ("…, die bei der Landesdirektion angesiedelt ist") is not the referent.
    const window = ctx.text.slice(Math.max(0, o.start - 200), o.start);
    const clauseStart = Math.max(...[". ", "! ", "? ", "\n"].map((d) => window.lastIndexOf(d)));
    if (RELATIVE_CLAUSE.test(window.slice(Math.max(0, clauseStart)))) { i = o.start; continue; }
    // "die Regionaldirektion Bayern der Bundesagentur …. Deren Leiter": the body the genitive belongs to
    const genitive = / (?:der|des) $/.exec(ctx.text.slice(Math.max(0, o.start - 5), o.start));
    const owner = genitive ? orgSpanAt(ctx, o.start - genitive[0].length - 1) : undefined;
    if (owner && owner.end === o.start - genitive![0].length) return owner.name ?? null;
    return o.name ?? null;
  }
  return null;
}

/**
 * "Vereinsvorsitzender X": the compound prefix names the body's head; the one body of that
 * head named earlier in the release is meant ("Heimatverein Schöneck").
 */
export function prefixBody(ctx: Ctx, m: RoleMatch, roleStart: number): string | null {
  return prefixBodyOf(ctx, m.prefix, roleStart);
}

/** The body named by the first part of a compound title ("IHK-", "Vereins", "Caritas"). */
export function prefixBodyOf(ctx: Ctx, written: string, roleStart: number): string | null {
  const prefix = written.replace(/-$/, "");
  // "IHK-Präsident", "AMS-Landesgeschäftsführerin": an acronym names the body by its abbreviation or name.
  const acronym = /^([^-]+)-/u.exec(written)?.[1];
  // also mixed-case short forms that begin and end with a capital ("HwK", "BfA")
  if (acronym && (ACRONYM.test(acronym) || /^\p{Lu}\p{L}{0,4}\p{Lu}$/u.test(acronym))) {
    const lower = acronym.toLowerCase();
    const short = (o: Organisation): string => (o.abbreviation ?? "").toLowerCase();
    return theOneBody(ctx, Number.MAX_SAFE_INTEGER, (o) => short(o) === lower || o.name === acronym || o.name.startsWith(`${acronym} `)
      || short(o).startsWith(`${lower} `))
      // "TH-Präsident" of the "Technische Hochschule X": the initials of the name's first words
      ?? (acronym.length >= 2 ? theOneBody(ctx, Number.MAX_SAFE_INTEGER, (o) => initialsOf(o.name, acronym.length) === acronym) : null);
  }
  if (prefix.length < 4) return null;
  const head = prefix[0]!.toUpperCase() + prefix.slice(1).toLowerCase();
  // A linking "s" ("Vereins-", "Stiftungs-") is tried after the prefix as written.
  return fullNameOfHead(ctx, head, roleStart) ?? (/s$/.test(head) ? fullNameOfHead(ctx, head.slice(0, -1), roleStart) : null)
    // "Caritasdirektor X": the one body whose name starts with the prefix ("Caritasverband für …")
    ?? (head.length >= 5 ? theOneBody(ctx, Number.MAX_SAFE_INTEGER, (o) => PREFIXED_BODY_HEAD.test(o.name.slice(head.length).split(/[\s-]/)[0] ?? "") && o.name.startsWith(head)) : null);
}

/** Heads of association names that follow a role's prefix in the body's first word ("Caritas|verband", "Diakonie|werk"). */
const PREFIXED_BODY_HEAD = /^(?:verband|verein|werk|stiftung|dienst|bund|zentrum|hilfe|gesellschaft)$/;

/** Initials of the first n words of a name ("Technische Hochschule Nürnberg", 2 → "TH"); "" when it has fewer capitalised words. */
function initialsOf(name: string, n: number): string {
  const words = name.split(/\s+/).slice(0, n);
  return words.length === n && words.every((w) => /^\p{Lu}\p{Ll}/u.test(w)) ? words.map((w) => w[0]).join("") : "";
}

/**
 * "Auskünfte: Amt für Soziales (AfS), Leiterin Anna Keller": in a contact line the body named before
 * ", ROLE NAME" is the person's (the body opens the line or follows a colon or dash).
 */
export function contactLineBody(ctx: Ctx, roleFrom: number): string | null {
  if (!textIs(ctx, roleFrom - 1, ",") || lineBefore(ctx, roleFrom)) return null;
  let last = roleFrom - 2;
  // a defined abbreviation between the body and the comma
  if (textIs(ctx, last, ")") && textIs(ctx, last - 2, "(")) last -= 3;
  if (!has(ctx, last)) return null;
  const end = endOf(ctx, last);
  const o = orgSpanAt(ctx, end - 1);
  if (!o || o.end !== end) return null;
  let first = last;
  while (first > 0 && endOf(ctx, first - 1) > o.start) first--;
  const opens = lineBefore(ctx, first) || !has(ctx, first - 1) || [":", "–", "-"].includes(textOf(ctx, first - 1));
  return opens ? o.name ?? null : null;
}

/** "Landrat X" in a release that names one Landkreis (and no other): the head of that Landkreis. */
export function districtOfLandrat(ctx: Ctx, m: RoleMatch): string | null {
  if (m.form.masculine !== "Landrat") return null;
  const landkreis = territoryOfHead(ctx, "Landkreis"), kreis = territoryOfHead(ctx, "Kreis");
  if (landkreis && kreis && !landkreis.endsWith(kreis.slice("Kreis".length))) return null;
  return landkreis ?? kreis;
}

/**
 * "Regierungsrat X", "Stadträtin Y": a council member's title is the council's name; the one
 * body of the release named with it ("Regierungsrat des Kantons Luzern") is theirs.
 */
export function councilBody(ctx: Ctx, m: RoleMatch): string | null {
  if (m.prefix !== "" || !/rat$/.test(m.form.masculine)) return null;
  const title = m.form.masculine;
  return theOneBody(ctx, Number.MAX_SAFE_INTEGER, (o) => o.name === title || o.name.startsWith(`${title} `));
}

const COPULAS: ReadonlySet<string> = new Set(["ist", "war", "wird", "bleibt"]);
const ARTICLES: readonly string[] = ["die", "der"];

/**
 * The role word of "ROLE [der ORG] ist [die] [OCCUPATION] NAME" before chain c, when the role
 * phrase opens the clause and runs up to the verb; else null.
 */
export function copulaRoleStart(ctx: Ctx, c: Chain): number | null {
  let k = c.from - 1;
  // An occupation between article and title is not always a listed person noun ("die Geologin Prof. Dr. X").
  if (/^\p{Lu}\p{Ll}+$/u.test(textOf(ctx, k)) && textIn(ctx, k - 1, ARTICLES)) k--;
  if (textIn(ctx, k, ARTICLES)) k--;
  if (!has(ctx, k) || !COPULAS.has(textOf(ctx, k))) return null;
  for (let r = k - 1; r >= 0 && r >= k - 8; r--) {
    if (/^[.!?;:,"„“»«()]$/.test(textOf(ctx, r))) return null;
    const m = roleMatchTok(ctx, r);
    if (!m || m.form.plural) {
      if (lineBefore(ctx, r)) return null;
      continue;
    }
    // The phrase opens the clause, maybe after an article: "Sprecherin des Verbunds ist …", "Die Sprecherin ist …".
    let b = r - 1;
    let first = r;
    if (/^(?:Die|Der)$/.test(textOf(ctx, b))) { first = b; b--; }
    const opens = !has(ctx, b) || lineBefore(ctx, first) || /^[.!?:"„“»«]$/.test(textOf(ctx, b));
    if (!opens) return null;
    const p = scanRolePhrase(ctx, r, c.gender, new Set(), false, m);
    return p.next === k ? r : null;
  }
  return null;
}

/** "Bremens Polizeipräsidentin": a place in the genitive right before the role is its body. */
export function genitivePlaceBefore(ctx: Ctx, roleFrom: number): string | null {
  const g = roleFrom - 1;
  if (!has(ctx, g) || !/^\p{Lu}\p{Ll}+s$/u.test(textOf(ctx, g)) || !inlineNext(ctx, g, roleFrom)) return null;
  const start = startOf(ctx, g), end = endOf(ctx, g);
  const m = placeSpanAt(ctx, start);
  return m && m.start <= start && m.end >= end - 1 && m.end <= end ? m.name ?? null : null;
}

export function markAppendix(chains: Chain[], appendix: [number, number] | null): void {
  if (!appendix) return;
  for (const c of chains) if (c.nameFrom >= appendix[0] && c.nameTo <= appendix[1]) c.dropped = true;
}

