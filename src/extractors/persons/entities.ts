/**
 * Entities from chains: grouping by full name, surname links, bare surnames, role pruning.
 */
import type { Mention, Person, Role } from "../../schema/release.js";
import { isFirstName } from "./first-names.js";
import { COMMON_NOUN_LEFT } from "./patterns.js";
import { type Chain, type Ctx, endOf, has, inlineNext, nameTok, overlapsOrg, startOf, textIs, textOf } from "./words.js";
import { WordTable } from "./tokens.js";
import { marks } from "./scratch.js";
import { BoundedCache } from "../../text/bounded-cache.js";

// ---------------------------------------------------------------- 4. entities

export interface Entity {
  name: string;
  givenName: string | null;
  familyName: string | null;
  title: string | null;
  honorific: string | null;
  roles: Role[];
  mentions: Mention[];
}

const FOLDED = new BoundedCache<string, string>();

export function foldKey(s: string): string {
  let k = FOLDED.get(s);
  if (k === undefined) {
    k = s.normalize("NFC").toLowerCase();
    if (FOLDED.size > 50_000) FOLDED.clear();
    FOLDED.set(s, k);
  }
  return k;
}

export function buildPersons(ctx: Ctx, chains: Chain[]): Person[] {
  const entities: Entity[] = [];
  const byFull = new Map<string, Entity>();
  const mention = (c: Chain): Mention => {
    const start = startOf(ctx, c.nameFrom), end = endOf(ctx, c.nameTo);
    return { text: ctx.text.slice(start, end), start, end };
  };
  const absorb = (e: Entity, c: Chain): void => {
    e.mentions.push(mention(c));
    e.title ??= c.title;
    e.honorific ??= c.honorific;
    for (const read of c.roles) {
      // "Regierungsrat Mario Fehr": the title word read as a body too is no affiliation of its own
      const r = read.organisation !== null && read.organisation === read.role ? { ...read, organisation: null } : read;
      if (!e.roles.some((x) => x.role === r.role && x.organisation === r.organisation)) e.roles.push(r);
    }
  };
  // Full names first, so surname-only mentions can link to them.
  for (const c of chains) {
    if (!c.givenName) continue;
    const full = c.familyName ? `${c.givenName} ${c.familyName}` : ctx.text.slice(startOf(ctx, c.nameFrom), endOf(ctx, c.nameTo)).replace(/\s+/g, " ");
    let e = byFull.get(foldKey(full));
    if (!e) {
      e = { name: full, givenName: c.givenName, familyName: c.familyName || null, title: null, honorific: null, roles: [], mentions: [] };
      byFull.set(foldKey(full), e);
      entities.push(e);
    }
    absorb(e, c);
  }
  for (const c of chains) {
    if (c.givenName) continue;
    const candidates = entities.filter((e) => (e.familyName !== null && foldKey(e.familyName) === foldKey(c.familyName)) || (e.givenName === null && foldKey(e.name) === foldKey(c.familyName)));
    let e = candidates[0];
    if (candidates.length > 1) {
      // Nearest full mention before this one.
      const at = startOf(ctx, c.nameFrom);
      e = candidates.filter((x) => x.mentions.some((m) => m.start < at)).pop() ?? candidates[0];
    }
    if (!e) {
      e = { name: c.familyName, givenName: null, familyName: c.familyName, title: null, honorific: null, roles: [], mentions: [] };
      entities.push(e);
    }
    absorb(e, c);
  }
  addBareSurnames(ctx, entities, chains);
  return entities.map((e) => ({
    name: e.name,
    title: e.title,
    honorific: e.honorific,
    givenName: e.givenName,
    familyName: e.familyName,
    roles: pruneRoles(e.roles),
    mentions: e.mentions.sort((a, b) => a.start - b.start),
  }));
}

// isFirstName of family names, remembered: the same people recur across releases, and a lookup in the
// first-name lists costs several binary searches.
const FAMILY_IS_FIRST_NAME = new BoundedCache<string, boolean>();

function familyIsFirstName(family: string): boolean {
  let hit = FAMILY_IS_FIRST_NAME.get(family);
  if (hit === undefined) FAMILY_IS_FIRST_NAME.set(family, (hit = isFirstName(family)));
  return hit;
}

/** Later bare surnames of a known person: "so Brügge weiter", "Kaya und Brandt berichteten". */
export function addBareSurnames(ctx: Ctx, entities: Entity[], chains: Chain[]): void {
  const { tokens } = ctx;
  const taken = marks(tokens.count + 1);
  for (const c of chains) for (let k = c.from; k <= c.nameTo; k++) taken[k] = 1;
  const byFamily = new Map<string, Entity[]>();
  for (const e of entities) {
    if (!e.givenName || !e.familyName) continue;
    byFamily.set(e.familyName, [...(byFamily.get(e.familyName) ?? []), e]);
  }
  const byFirstWord = new Map<string, { words: string[]; entity: Entity }[]>();
  for (const [family, es] of byFamily) {
    if (es.length !== 1 || familyIsFirstName(family)) continue;
    const words = family.split(" ");
    const list = byFirstWord.get(words[0]!) ?? [];
    list.push({ words, entity: es[0]! });
    byFirstWord.set(words[0]!, list);
  }
  if (byFirstWord.size === 0) return;
  // looked up at each token in place, without cutting its text
  const table = new WordTable([...byFirstWord]);
  for (let i = 0; i < tokens.count; i++) {
    const cands = table.at(tokens, i, ctx.text);
    if (!cands || taken[i]) continue;
    for (const { words, entity } of cands) {
      const last = i + words.length - 1;
      if (!wordsFreeAt(ctx, taken, i, words)) continue;
      const start = startOf(ctx, i), end = endOf(ctx, last);
      if (overlapsOrg(ctx, start, end)) continue;
      if (has(ctx, i - 1) && COMMON_NOUN_LEFT.has(textOf(ctx, i - 1))) continue;
      // "Müller" right before another name word is part of someone else's name.
      if (nameTok(ctx, last + 1) && inlineNext(ctx, last, last + 1)) continue;
      entity.mentions.push({ text: ctx.text.slice(start, end), start, end });
      break;
    }
  }
}

/**
 * The words are written from token i on, none of them taken. (A function, not a closure in the
 * loop above: a closure over the loop index makes every turn of the loop allocate.)
 */
function wordsFreeAt(ctx: Ctx, taken: Uint8Array, i: number, words: readonly string[]): boolean {
  for (let n = 0; n < words.length; n++) if (!textIs(ctx, i + n, words[n]!) || taken[i + n]) return false;
  return true;
}

/** One role per function: a role with a body wins over the same role without one. */
export function pruneRoles(all: Role[]): Role[] {
  // One role without a body and one body without a role belong together: "Landrätin X (Kreis Y)".
  const bare = all.filter((r) => r.role !== null && r.organisation === null);
  const bodies = all.filter((r) => r.role === null && r.organisation !== null);
  const roles = bare.length === 1 && bodies.length === 1 && !all.some((r) => r.role !== null && r.organisation !== null)
    ? [{ role: bare[0]!.role, organisation: bodies[0]!.organisation }]
    : all;
  return roles.filter((r) => {
    if (r.organisation === null) return !roles.some((x) => x !== r && x.organisation !== null && x.role !== null && r.role !== null && (x.role === r.role || x.role.endsWith(r.role) || x.role.startsWith(`${r.role} `)));
    if (r.role === null) return !roles.some((x) => x !== r && x.role !== null && x.organisation === r.organisation);
    return true;
  });
}

