/**
 * Persons with roles and affiliations.
 *
 * 1. chains: name chains with their left context (role noun, honorific, title),
 *    found by first-name list + surname, or by a person slot (honorific, title,
 *    role noun) before unlisted words.
 * 2. list slots: unlisted two-word names inside a list of found persons or
 *    before ", ROLE".
 * 3. roles: ROLE NAME; NAME, ROLE (der|im|bei …) ORG; ROLE der ORG, NAME;
 *    NAME (ROLE ORG); NAME (ORG); A, B und C (ORG); A und B als ROLE.
 * 4. entities: chains grouped by full name; surname-only chains and later bare
 *    surnames ("so Brügge weiter") linked to the full name of the release.
 *
 * Modules: tokens.ts → chains.ts (1, 2; word tests in words.ts) →
 * attach-roles.ts (3; role nouns in role-nouns.ts, bodies in org-phrase.ts) →
 * entities.ts (4). Regexes and closed word classes live in patterns.ts.
 */
import type { ExtractorInput } from "../context.js";
import type { Person } from "../../schema/release.js";
import { tokenize } from "./tokens.js";
import type { Chain, Ctx, NamedSpan } from "./words.js";
import { addCoordinatedSurnames, addListSlotNames, afterBareArticle, insideOrganisation, isQuotedTitle, namesAPlaceOrBody, readChain } from "./chains.js";
import { attachRoles } from "./attach-roles.js";
import { buildPersons } from "./entities.js";
import { mergeTaggedPersons } from "./tagger-candidates.js";

/** The mentions of other stages' entities, each with its entity's name. */
function mentionSpans(entities: readonly { name: string; mentions: readonly { start: number; end: number }[] }[] | undefined): NamedSpan[] {
  const out: NamedSpan[] = [];
  for (const e of entities ?? []) for (const m of e.mentions) out.push({ start: m.start, end: m.end, name: e.name });
  return out;
}

/** Persons of one release, with mentions in `input.text` offsets and roles with their bodies. */
export function extractPersons(input: ExtractorInput): Person[] {
  const text = input.text;
  const tokens = tokenize(text, input.tokens);
  const ctx: Ctx = {
    text, tokens, input,
    orgSpans: mentionSpans(input.organisations), placeSpans: mentionSpans(input.places),
    // filled on first use; named here so that every context has one shape (property reads stay monomorphic)
    orgIndex: undefined, placeIndex: undefined, territories: undefined,
  };
  const chains: Chain[] = [];
  for (let i = 0; i < tokens.count; i++) {
    const c = readChain(ctx, i);
    if (c) { chains.push(c); i = c.nameTo; }
  }
  addListSlotNames(ctx, chains);
  addCoordinatedSurnames(ctx, chains);
  chains.sort((a, b) => a.from - b.from);
  const kept = chains.filter((c) => !insideOrganisation(ctx, c) && !namesAPlaceOrBody(ctx, c) && !isQuotedTitle(ctx, c) && !afterBareArticle(ctx, c));
  attachRoles(ctx, kept);
  return mergeTaggedPersons(input, buildPersons(ctx, kept.filter((c) => !c.dropped)));
}

