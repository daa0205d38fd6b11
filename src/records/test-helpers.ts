/**
 * Builders for hand-made ExtractorInput objects in the record tests: mentions
 * are found by their text, so a test states what an earlier stage would
 * have found without counting offsets.
 */
import { splitParagraphs, splitSentences } from "../text/sentences.js";
import type { ExtractorInput } from "../extractors/context.js";
import type { DateMention, Mention, Organisation, Person, Place, PlaceType, Span } from "../schema/release.js";

export function spansOf(text: string, needle: string): Mention[] {
  const out: Mention[] = [];
  for (let i = text.indexOf(needle); i >= 0; i = text.indexOf(needle, i + needle.length)) {
    out.push({ text: needle, start: i, end: i + needle.length });
  }
  if (!out.length) throw new Error(`"${needle}" is not in the test text`);
  return out;
}

export function place(text: string, name: string, type: PlaceType, ...forms: string[]): Place {
  return { name, type, mentions: (forms.length ? forms : [name]).flatMap((f) => spansOf(text, f)) };
}

export function org(text: string, name: string, ...forms: string[]): Organisation {
  return { name, abbreviation: null, mentions: (forms.length ? forms : [name]).flatMap((f) => spansOf(text, f)) };
}

export function person(text: string, name: string, role: string | null, organisation: string | null, ...forms: string[]): Person {
  const parts = name.split(" ");
  return {
    name, title: null, honorific: null, givenName: parts.length > 1 ? parts[0]! : null, familyName: parts.at(-1)!,
    roles: role || organisation ? [{ role, organisation }] : [],
    mentions: (forms.length ? forms : [name]).flatMap((f) => spansOf(text, f)),
  };
}

export function date(text: string, form: string, value: string, nth = 0): DateMention {
  const m = spansOf(text, form)[nth]!;
  return { ...m, type: "date", value, from: null, to: null, mod: null };
}

export function range(text: string, form: string, from: string | null, to: string | null): DateMention {
  const m = spansOf(text, form)[0]!;
  return { ...m, type: "range", value: null, from, to, mod: null };
}

/** An input with the segmentation the pipeline would give it. */
export function input(text: string, extra: Partial<ExtractorInput> = {}): ExtractorInput {
  const paragraphs = splitParagraphs(text);
  const sentences = paragraphs.flatMap((p) => splitSentences(text, p));
  return { text, sentences, paragraphs, title: null, dateline: null, anchorDate: null, ...extra };
}

export function spanOf(text: string, needle: string): Span {
  const m = spansOf(text, needle)[0]!;
  return { start: m.start, end: m.end };
}
