/**
 * Organisations the name tagger found and the rules did not: ORG spans over
 * text no organisation mention covers. A span that ends in an institution
 * head noun is named in the nominative ("des Deutschen Städtetages" →
 * "Deutscher Städtetag"); others as written. Spans with the same name
 * are one organisation.
 */
import type { ExtractorInput } from "../context.js";
import type { Organisation } from "../../schema/release.js";
import { coverageOf, inTextOrder, taggedSpans } from "../../tagger/candidates.js";
import { TokenFlag } from "../../tokens/lexical-flags.js";
import { Shape, type TokenLayer } from "../../tokens/layer.js";
import type { NameSpan } from "../../tagger/tag.js";
import { matchHead } from "./heads.js";
import { declineAdjective } from "./decline.js";

export interface TaggedOrganisationPolicy {
  /** Whether tagged organisations are taken at all. */
  enabled: boolean;
  /** Lowest tagger score a span needs. */
  minScore: number;
  /**
   * Take only spans with a cue of their own: a head noun or legal form
   * inside, an acronym, or a descriptor noun right before ("Konzern X").
   */
  needCue: boolean;
  /** Take only one-word acronyms ("SPÖ", "EFRE"), not legal forms. */
  acronymsOnly: boolean;
  /** Fewest words a span needs (one-word spans on press releases were acronyms of programmes and laws, and plain nouns). */
  minWords: number;
}

/**
 * Names of two or more words the tagger is sure of (score ≥ 0.8), not cut
 * off (cutOff). Every looser variant lowered organisations F1 on the dev
 * press releases (0.916 with this policy and without the tagger; 0.904 all
 * spans from 0.9, 0.910 from 0.7 with two words; earlier rounds: 0.779 all
 * spans, 0.804 with a cue, 0.816 acronyms only); this one adds none there
 * and raises GermEval ORG F1 in 5-fold CV from 0.477 to 0.496, SmartData v3
 * test from 0.311 to 0.330 (src/tagger/README.md).
 */
export const TAGGED_ORGANISATION_POLICY: TaggedOrganisationPolicy = { enabled: true, minScore: 0.8, needCue: false, acronymsOnly: false, minWords: 2 };

/**
 * A span that runs to the end of the text or into a hyphen is part of a
 * longer word cut off there ("Kultus-, Innen- und Justizministerien", a
 * text that stops mid-word): the whole name is not known.
 */
function cutOff(text: string, s: NameSpan): boolean {
  return s.end >= text.length || text.charCodeAt(s.end) === 45 /* - */;
}

const CUE_INSIDE = TokenFlag.OrganisationHead | TokenFlag.LegalForm | TokenFlag.OrganisationPrefix;

function hasCue(layer: TokenLayer, s: NameSpan): boolean {
  for (let i = s.fromToken; i < s.toToken; i++) {
    if (layer.flags[i]! & CUE_INSIDE) return true;
    if (layer.shape[i] === Shape.AllCaps || layer.shape[i] === Shape.MixedCase) return true;
  }
  const before = s.fromToken - 1;
  return before >= 0 && layer.sentence[before] === layer.sentence[s.fromToken] && (layer.flags[before]! & TokenFlag.OrganisationDescriptor) !== 0;
}

/** One all-caps word of 2–6 letters that is no legal form. */
function isAcronym(layer: TokenLayer, s: NameSpan): boolean {
  const i = s.fromToken;
  return s.toToken === i + 1 && layer.shape[i] === Shape.AllCaps && layer.end[i]! - layer.start[i]! <= 6 && (layer.flags[i]! & TokenFlag.LegalForm) === 0;
}

/** The nominative of a span whose last word is a head noun: adjectives before it declined to the head's gender. */
function nominative(layer: TokenLayer, s: NameSpan, text: string): string {
  const words: string[] = [];
  for (let i = s.fromToken; i < s.toToken; i++) words.push(text.slice(layer.start[i]!, layer.end[i]!));
  const head = matchHead(words[words.length - 1]!);
  if (!head) return text.slice(s.start, s.end).replace(/\s+/g, " ");
  const out = words.slice(0, -1).map((w) => (/^\p{Lu}\p{Ll}+(?:en|em|es|er|e)$/u.test(w) && /(?:isch|lich|sch|er|al|ig)\p{Ll}*$/u.test(w) ? declineAdjective(w, head.head.gender) : w));
  out.push(head.base);
  return out.join(" ");
}

export function mergeTaggedOrganisations(
  input: ExtractorInput, organisations: Organisation[], policy: TaggedOrganisationPolicy = TAGGED_ORGANISATION_POLICY,
): Organisation[] {
  if (!policy.enabled) return organisations;
  const spans = taggedSpans(input.names, "ORG", policy.minScore);
  const layer = input.tokens;
  if (spans.length === 0 || !layer) return organisations;
  const text = input.text;
  const covered = coverageOf(text.length, organisations);
  const byName = new Map<string, Organisation>();
  for (const o of organisations) {
    byName.set(o.name, o);
    if (o.abbreviation) byName.set(o.abbreviation, o);
  }
  let added = false;
  for (const s of spans) {
    if (covered.overlaps(s.start, s.end)) continue;
    if (policy.needCue && !hasCue(layer, s)) continue;
    if (policy.acronymsOnly && !isAcronym(layer, s)) continue;
    if (s.toToken - s.fromToken < policy.minWords || cutOff(text, s)) continue;
    const surface = text.slice(s.start, s.end);
    const name = nominative(layer, s, text);
    let org = byName.get(name);
    if (!org) {
      org = { name, abbreviation: null, mentions: [] };
      byName.set(name, org);
      organisations.push(org);
    }
    org.mentions.push({ text: surface, start: s.start, end: s.end });
    covered.add(s.start, s.end);
    added = true;
  }
  if (!added) return organisations;
  return inTextOrder(organisations);
}
