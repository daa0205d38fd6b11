/**
 * Organisations the name tagger found and the rules did not: ORG spans over
 * text no organisation mention covers, grouped by their written form.
 */
import type { ExtractorInput } from "../context.js";
import type { Organisation } from "../../schema/release.js";
import { coverageOf, experimentPolicy, taggedSpans } from "../../tagger/candidates.js";

export interface TaggedOrganisationPolicy {
  /** Lowest tagger score a span needs. */
  minScore: number;
}

export const TAGGED_ORGANISATION_POLICY: TaggedOrganisationPolicy = experimentPolicy("organisations", { minScore: 0 });

export function mergeTaggedOrganisations(
  input: ExtractorInput, organisations: Organisation[], policy: TaggedOrganisationPolicy = TAGGED_ORGANISATION_POLICY,
): Organisation[] {
  const spans = taggedSpans(input.names, "ORG", policy.minScore);
  if (spans.length === 0) return organisations;
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
    const surface = text.slice(s.start, s.end);
    const name = surface.replace(/\s+/g, " ");
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
  for (const o of organisations) o.mentions.sort((a, b) => a.start - b.start);
  return organisations.sort((a, b) => (a.mentions[0]?.start ?? 0) - (b.mentions[0]?.start ?? 0));
}
