/**
 * The place a dated dateline names ("Sonnfeld, 14. Januar 2026 –", "SONNFELD, 14.01.2026 –")
 * is a place even where the gazetteer and the tagger do not know it (a small town, a town
 * part): the segmenter read it from the dateline's shape (the pipeline passes it only with
 * a date: "X - …" alone also opens sentences and titles). A gazetteer form takes its
 * entry; an unknown one is kept as written (an all-capitals word with only its first
 * letter capital), type "other". Places already covering it are left as they are.
 */
import type { Place, PlaceType } from "../../schema/release.js";
import type { ExtractorInput } from "../context.js";
import { inTextOrder } from "../../tagger/candidates.js";
import { bestEntryOf } from "./gazetteer.js";

// What a dateline's first word may be without being a place: the kind of text ("Pressemitteilung. Die …").
const GENRE_WORD = /(?:mitteilung|information|info|meldung|nachricht|nachrichten|news|bericht|aktuell|erklärung)$/iu;

/** "SONNFELD" → "Sonnfeld", "BAD SONNFELD-NORD" → "Bad Sonnfeld-Nord"; mixed case stays. */
function asWritten(surface: string): string {
  const squeezed = surface.replace(/\s+/g, " ");
  return /\p{Ll}/u.test(squeezed) ? squeezed : squeezed.toLowerCase().replace(/(^|[\s/-])(\p{Ll})/gu, (_m, sep: string, c: string) => sep + c.toUpperCase());
}

export function addDatelinePlace(input: ExtractorInput, places: Place[]): Place[] {
  const span = input.datelinePlace;
  if (!span) return places;
  const { text } = input;
  const added: Place[] = [];
  let changed = false;
  // "Talheim/Bergdorf": each part on its own
  let from = span.start;
  for (const part of text.slice(span.start, span.end).split("/")) {
    const lead = part.length - part.trimStart().length;
    const start = from + lead, end = from + part.trimEnd().length;
    from += part.length + 1;
    if (end <= start || GENRE_WORD.test(text.slice(start, end))) continue;
    if (places.some((p) => p.mentions.some((m) => m.start < end && m.end > start))) continue;
    const surface = text.slice(start, end);
    const best = bestEntryOf(surface);
    // "AP - …", "KNA – …": an agency's short name, not a town the tables lack
    if (!best && /^\p{Lu}{1,4}$/u.test(surface)) continue;
    const name = best?.name ?? asWritten(surface);
    let place = places.find((p) => p.name === name) ?? added.find((p) => p.name === name);
    if (!place) {
      place = { name, type: (best?.type ?? "other") as PlaceType, mentions: [], state: best?.state ?? null };
      if (best?.ags) place.ags = best.ags;
      if (best && best.lat !== null && best.lon !== null) { place.lat = best.lat; place.lon = best.lon; }
      added.push(place);
    }
    place.mentions.push({ text: surface, start, end });
    changed = true;
  }
  return changed ? inTextOrder([...places, ...added]) : places;
}
