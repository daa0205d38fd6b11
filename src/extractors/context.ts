/**
 * What every extractor receives. Extractors are pure functions over the text
 * of one release as the pipeline prepared it ("view"): boilerplate is blanked
 * with spaces and line-break hyphenation is repaired, so the view is not the
 * source. Extractors return offsets into `text` (the view); the pipeline maps
 * them back to the source and sets each mention's `text` from the source.
 *
 * Extractors never import each other. A later extractor may read what earlier
 * stages found through the optional fields below.
 */
import type { DateMention, Figure, Organisation, Person, Place, Span } from "../schema/release.js";
import type { TokenLayer } from "../tokens/layer.js";
import type { NameSpan } from "../tagger/tag.js";

export interface ExtractorInput {
  /** The release text to read (view coordinates). */
  text: string;
  /** Sentences of `text`, in order, as view offsets. */
  sentences: Span[];
  /** Paragraphs of `text`, in order, as view offsets. */
  paragraphs: Span[];
  /** Title span (view offsets), or null. */
  title: Span | null;
  /** Dateline span (view offsets), or null. */
  dateline: Span | null;
  /** The place name inside the dateline (view offsets), when the dateline has one and a date. */
  datelinePlace?: Span | null;
  /** ISO date (YYYY-MM-DD) that relative and year-less dates resolve against, or null. */
  anchorDate: string | null;
  /**
   * True when `anchorDate` is the day the release speaks from (its dateline's date or the caller's
   * referenceDate), not a date read from its text: then a clause's tense can tell a past weekday from a
   * coming one.
   */
  anchorIsPublication?: boolean;
  /** The release's tokens, analysed once (offsets, sentence, shape, lexical flags); present when the pipeline ran the analyse stage. */
  tokens?: TokenLayer;
  /** Name spans the tagger proposes, sorted by start, with scores: candidates to merge with the rules. */
  names?: NameSpan[];
  /** Results of earlier stages, in view offsets (present when the stage ran). */
  dates?: DateMention[];
  figures?: Figure[];
  places?: Place[];
  organisations?: Organisation[];
  persons?: Person[];
}
