/**
 * pressextract: typed, validated data from German press releases.
 * Named exports only.
 */
export { extract, extractBatch, type BatchText, prepareDocs, standardPipeline, customPipeline, pipelineFor, type ExtractOptions } from "./extract.js";
export { OUTPUT_KINDS, type OutputKind } from "./options.js";
export {
  extractStream, isExtractFailure, type StreamInput, type StreamItem, type ExtractStreamOptions, type ExtractFailure,
  type ExtractErrorCode, type ExtractErrorInfo,
} from "./stream/index.js";
export { createPipeline, PipelineError, type Pipeline, type Stage } from "./pipeline/runner.js";
export type { Doc, DocKey, DocOptions } from "./pipeline/doc.js";
export { toPressRelease, mapToSource } from "./pipeline/output.js";
export {
  STANDARD_STAGES, cleanStage, segmentStage, languageStage, anchorStage, datesStage, figuresStage,
  placesStage, organisationsStage, personsStage, recordsStage, extractorInput, analyseStage, namesStage,
} from "./pipeline/stages.js";
export { analyseTokens, tokenAt, tokenText, tokenLower, Shape, type TokenLayer } from "./tokens/layer.js";
export { TokenFlag } from "./tokens/lexical-flags.js";
export type { NameSpan } from "./tagger/tag.js";
export { loadNameModel, useNameModel, NAME_MODEL_ENV } from "./tagger/load.js";
export { exportTables, adoptTables, loadTables, useTables, type TablesHandle } from "./lexicon/tables/load.js";
export type { ExtractorInput } from "./extractors/context.js";
export { loadInput, formatFromPath, INPUT_FORMATS, type InputFormat } from "./input/index.js";
export { identityView, subView, toSourceSpan, type TextView } from "./text/view.js";
export { splitParagraphs, splitSentences, tokenize, tokenOffsets, type TokenOffsets } from "./text/sentences.js";
export { detectLanguage } from "./segment/language.js";
// Types only: the zod schemas themselves are in "pressextract/schema", so that an
// import of the package does not load zod (about a third of its import time).
export type * from "./schema/release.js";
export { SCHEMA_VERSION } from "./schema/version.js";
