/**
 * The document one release flows through. Stages add fields; every span in
 * it is in view coordinates (offsets into `view.text`) except `span` and
 * `warnings`, which are already in source coordinates.
 */
import type {
  DateMention, ExtractedRecord, Figure, Language, Organisation, Person, Place, Span, Warning,
} from "../schema/release.js";
import type { TextView } from "../text/view.js";
import type { InputFormat } from "../input/index.js";
import type { BoilerplateSpan } from "../segment/boilerplate.js";
import type { DatelineFound } from "../segment/dateline.js";
import type { TokenLayer } from "../tokens/layer.js";
import type { TokenOffsets } from "../text/sentences.js";
import type { NameSpan } from "../tagger/tag.js";

export interface DocOptions {
  /** Fallback anchor for relative dates (ISO date) when the release states no date. */
  referenceDate: string | null;
}

export interface Doc {
  /** Path or id of the input, as given. */
  sourceId: string;
  /** The whole input string (all offsets in the output point into it). */
  source: string;
  /** How the source was read (text when absent): mentions of Markdown and HTML carry their plain text too. */
  format?: InputFormat;
  /** Index of this release inside the source. */
  part: number;
  /** This release in source offsets. */
  span: Span;
  options: DocOptions;
  /** The release as plain text (parsed Markdown/HTML), before cleaning. */
  view: TextView;
  warnings: Warning[];

  boilerplate?: BoilerplateSpan[];
  cleaned?: true;
  title?: Span | null;
  dateline?: DatelineFound | null;
  paragraphs?: Span[];
  sentences?: Span[];
  /** The tokens as offset pairs (src/text/sentences.ts `tokenOffsets`). */
  tokens?: TokenOffsets;
  /** The tokens analysed once for every extractor: shape, flags, hashes, sentence index. */
  analysed?: TokenLayer;
  /** Names the statistical tagger proposes (PER, LOC, ORG spans with scores); candidates for the extractors. */
  names?: NameSpan[];
  language?: Language;
  anchorDate?: string | null;
  dates?: DateMention[];
  figures?: Figure[];
  places?: Place[];
  organisations?: Organisation[];
  persons?: Person[];
  records?: ExtractedRecord[];
}

/** Names of the fields a stage can need or provide. */
export type DocKey = Exclude<keyof Doc, "sourceId" | "source" | "format" | "part" | "span" | "options" | "warnings">;
