/**
 * Persons the name tagger found and the rules did not: PER spans over text
 * no person, organisation or place mention covers. A lone word that is the
 * family name of a person of the release is another mention of that person
 * ("so Brügge"); other spans become persons named as written.
 */
import type { ExtractorInput } from "../context.js";
import type { Person } from "../../schema/release.js";
import { coverageOf, experimentPolicy, taggedSpans } from "../../tagger/candidates.js";
import { TokenFlag } from "../../tokens/lexical-flags.js";

export interface TaggedPersonPolicy {
  /** Lowest tagger score a span needs. */
  minScore: number;
}

export const TAGGED_PERSON_POLICY: TaggedPersonPolicy = experimentPolicy("persons", { minScore: 0 });

export function mergeTaggedPersons(input: ExtractorInput, persons: Person[], policy: TaggedPersonPolicy = TAGGED_PERSON_POLICY): Person[] {
  const spans = taggedSpans(input.names, "PER", policy.minScore);
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
    for (let i = s.fromToken; i < s.toToken; i++) words.push(text.slice(layer.start[i]!, layer.end[i]!));
    fresh.push({ span: s, words });
    covered.add(s.start, s.end);
  }
  if (fresh.length === 0) return persons;
  // full names first, so a lone surname before its full name still links
  const order = [...fresh].sort((a, b) => b.words.length - a.words.length || a.span.start - b.span.start);
  for (const { span: s, words } of order) {
    const surface = text.slice(s.start, s.end);
    const mention = { text: surface, start: s.start, end: s.end };
    if (words.length === 1) {
      const known = byFamily.get(words[0]!) ?? byName.get(words[0]!);
      if (known) { known.mentions.push(mention); continue; }
    }
    const name = surface.replace(/\s+/g, " ");
    const existing = byName.get(name);
    if (existing) { existing.mentions.push(mention); continue; }
    const firstIsGiven = words.length > 1 && (layer.flags[s.fromToken]! & TokenFlag.FirstName) !== 0;
    const person: Person = {
      name,
      title: null,
      honorific: null,
      givenName: firstIsGiven ? words[0]! : null,
      familyName: words.length > 1 ? words[words.length - 1]! : (layer.flags[s.fromToken]! & TokenFlag.FirstName) !== 0 ? null : words[0]!,
      roles: [],
      mentions: [mention],
    };
    persons.push(person);
    index(person);
  }
  for (const p of persons) p.mentions.sort((a, b) => a.start - b.start);
  return persons.sort((a, b) => (a.mentions[0]?.start ?? 0) - (b.mentions[0]?.start ?? 0));
}
