/**
 * Places the name tagger found and the rules did not: LOC spans over text no
 * place mention covers. A span that is a gazetteer form takes the entry's
 * canonical name, type and Land ("Kölns" → Köln); an unknown one is kept as
 * written, type "other". One sense per release: a word the tagger reads as
 * (the last word of) a person's name elsewhere in the release is not taken
 * as a place ("Landrätin Maria Lindau … Lindau sagte"). Adjectives, demonyms
 * and role nouns are never taken (notAPlace).
 */
import type { ExtractorInput } from "../context.js";
import type { Place, PlaceType } from "../../schema/release.js";
import { coverageOf, inTextOrder, taggedSpans } from "../../tagger/candidates.js";
import { matchRoleWord } from "../../lexicon/role-forms.js";
import { bestEntryOf, gazetteer, surfaceKey } from "./gazetteer.js";
import { isCurrencyAfterNumber } from "./patterns.js";
import { DETERMINERS } from "./cues.js";
import { Shape, type TokenLayer } from "../../tokens/layer.js";

/** "-isch" words are adjectives or language names ("Russische", "Deutsch", "Plattdeutsch", "Türkisch"), never places. */
const ADJECTIVE_ENDING = /(?:deutsch|isch|ische|ischen|ischer|isches|ischem)$/i;

/**
 * What a tagged span must not be, whatever its score: an adjective or a
 * demonym of a known place ("Berliner", "Bremer", contract: adjectives derived
 * from places are not places), an -isch word, or a role noun ("Kauffrau").
 */
function notAPlace(surface: string): boolean {
  const last = surface.slice(surface.lastIndexOf(" ") + 1);
  if (ADJECTIVE_ENDING.test(last)) return true;
  if (surface === last && matchRoleWord(last)) return true;
  const stem = /^(.{3,})(?:er|ern|erin|erinnen)$/.exec(last)?.[1];
  return !!stem && surface === last && gazetteer().surfaces.has(surfaceKey(stem));
}

/**
 * A name followed by a house number and a comma or a postcode is a street
 * ("Am Sande 1, 21335 …"): the address is the rules' (address.ts), the
 * street alone is no place.
 */
function isStreet(layer: TokenLayer, next: number): boolean {
  if (next + 1 >= layer.count) return false;
  const shape = layer.shape[next]!;
  if (shape !== Shape.Digits && shape !== Shape.DigitMix) return false;
  if (layer.end[next]! - layer.start[next]! > 5) return false;
  const after = next + 1;
  const text = layer.text;
  return text.charCodeAt(layer.start[after]!) === 44 /* , */
    || (layer.shape[after] === Shape.Digits && layer.end[after]! - layer.start[after]! === 5);
}

/**
 * A municipality's name after an article or a contraction names a street, stream,
 * house or area after it ("Seniorenzentrum „Am Mühlbach“", "das Ansbach von einst"),
 * not the town ("dem Hauptbahnhof" is no municipality and stays).
 */
function afterDeterminer(layer: TokenLayer, from: number): boolean {
  const p = from - 1;
  if (p < 0 || layer.shape[p] === Shape.Punct) return false;
  const { text } = layer;
  for (let k = layer.end[p]!; k < layer.start[from]!; k++) if (text.charCodeAt(k) !== 32) return false;
  return DETERMINERS.has(text.slice(layer.start[p], layer.end[p]).toLowerCase());
}

/** Nouns that name a district with its name after them ("Landkreis X", "Kreis X", "Bezirk X"). */
const DISTRICT_NOUNS: ReadonlySet<string> = new Set(["Landkreis", "Kreis", "Bezirk", "Stadtbezirk", "Regierungsbezirk"]);

/** A district noun right before token `from` (one space between): the noun and where it starts. */
function districtNounBefore(layer: TokenLayer, from: number): { noun: string; start: number } | null {
  const p = from - 1;
  if (p < 0 || layer.start[from]! - layer.end[p]! !== 1 || layer.text.charCodeAt(layer.end[p]!) !== 32) return null;
  const noun = layer.text.slice(layer.start[p], layer.end[p]);
  return DISTRICT_NOUNS.has(noun) ? { noun, start: layer.start[p]! } : null;
}

export interface TaggedPlacePolicy {
  /** Lowest tagger score a span needs. */
  minScore: number;
  /** Take only spans that are gazetteer forms. */
  gazetteerOnly: boolean;
}

/**
 * Measured on the dev press releases (places F1 0.925 without the tagger,
 * 0.942 with every span, 0.945 from score 0.5, 0.926 gazetteer forms only)
 * and GermEval 5-fold CV (LOC 0.686 without, 0.734 with).
 */
export const TAGGED_PLACE_POLICY: TaggedPlacePolicy = { minScore: 0.5, gazetteerOnly: false };

export function mergeTaggedPlaces(input: ExtractorInput, places: Place[], policy: TaggedPlacePolicy = TAGGED_PLACE_POLICY): Place[] {
  const spans = taggedSpans(input.names, "LOC", policy.minScore);
  if (spans.length === 0) return places;
  const text = input.text;
  const layer = input.tokens;
  // The tagger gives its spans in text order; the walk below needs that (else the general Coverage).
  const inOrder = spans.every((s, i) => i === 0 || spans[i - 1]!.start <= s.start);
  const covered = inOrder ? new CoveredSpans(text.length, places) : coverageOf(text.length, places);
  const personWords = new Set<string>();
  for (const n of input.names ?? []) {
    if (n.type !== "PER") continue;
    const name = text.slice(n.start, n.end);
    personWords.add(name);
    personWords.add(name.slice(name.lastIndexOf(" ") + 1));
  }
  const byName = new Map(places.map((p) => [p.name, p]));
  let added = false;
  for (const s of spans) {
    if (covered.overlaps(s.start, s.end)) continue;
    // a place's name does not end in a punctuation mark ("St ." cut off from "Nikolauskapelle" by a sentence break)
    if (layer && layer.shape[s.toToken - 1] === Shape.Punct) continue;
    if (layer && isStreet(layer, s.toToken)) continue;
    const surface = text.slice(s.start, s.end);
    if (personWords.has(surface) || notAPlace(surface) || isCurrencyAfterNumber(text, s)) continue;
    const best = bestEntryOf(surface);
    if (!best && policy.gazetteerOnly) continue;
    if (layer && best?.type === "municipality" && afterDeterminer(layer, s.fromToken)) continue;
    // "im Landkreis Hohenwald": an unknown district is named with its class noun, as the gazetteer names known ones
    const district = !best && layer ? districtNounBefore(layer, s.fromToken) : null;
    const start = district ? district.start : s.start;
    const name = best?.name ?? (district ? `${district.noun} ` : "") + surface.replace(/\s+/g, " ");
    let place = byName.get(name);
    if (!place) {
      place = { name, type: (best?.type ?? (district ? "district" : "other")) as PlaceType, mentions: [], state: best?.state ?? null };
      if (best?.ags) place.ags = best.ags;
      byName.set(name, place);
      places.push(place);
    }
    place.mentions.push({ text: text.slice(start, s.end), start, end: s.end });
    covered.add(s.start, s.end);
    added = true;
  }
  if (!added) return places;
  return inTextOrder(places);
}

/**
 * What the rules' mentions cover, for spans asked in text order: the mentions
 * as sorted, merged intervals walked once (no array as long as the text per
 * release, which cost more than the rest of the merge), and the spans added
 * while walking, which come in order too. Answers as `Coverage` would.
 */
class CoveredSpans {
  readonly #starts: number[] = [];
  readonly #ends: number[] = [];
  #next = 0;
  #addedEnd = -1;

  constructor(readonly length: number, places: readonly Place[]) {
    const spans: [number, number][] = [];
    for (const p of places) for (const m of p.mentions) {
      const start = Math.max(0, m.start), end = Math.min(m.end, length);
      if (end > start) spans.push([start, end]);
    }
    spans.sort((a, b) => a[0] - b[0]);
    for (const [start, end] of spans) {
      const last = this.#ends.length - 1;
      if (last >= 0 && start <= this.#ends[last]!) this.#ends[last] = Math.max(this.#ends[last]!, end);
      else { this.#starts.push(start); this.#ends.push(end); }
    }
  }

  /** Whether a character of [start, end) is covered; starts must not decrease from call to call. */
  overlaps(start: number, end: number): boolean {
    const from = Math.max(0, start), to = Math.min(end, this.length);
    if (to <= from) return false;
    while (this.#next < this.#ends.length && this.#ends[this.#next]! <= from) this.#next++;
    if (this.#next < this.#starts.length && this.#starts[this.#next]! < to) return true;
    return this.#addedEnd > from;
  }

  /** Marks [start, end), a span asked for last. */
  add(start: number, end: number): void {
    if (Math.min(end, this.length) > Math.max(0, start)) this.#addedEnd = Math.max(this.#addedEnd, Math.min(end, this.length));
  }
}
