/**
 * The standard stages. Each is a thin wrapper that reads fields of the Doc,
 * calls a plain function and returns the Doc with the fields it provides.
 */
import type { Doc } from "./doc.js";
import type { Stage } from "./runner.js";
import type { ExtractorInput } from "../extractors/context.js";
import { findBoilerplate } from "../segment/boilerplate.js";
import { findDateline } from "../segment/dateline.js";
import { findHeader } from "../segment/header.js";
import { detectLanguage } from "../segment/language.js";
import { hyphenationSpans } from "../text/dehyphenate.js";
import { splitParagraphs, splitSentences, tokenOffsets } from "../text/sentences.js";
import { blankSpans, deleteSpans, toSourceSpan } from "../text/view.js";
import { trimSpan } from "../text/whitespace.js";
import { extractDates, firstFullDate } from "../extractors/dates/index.js";
import { extractFigures } from "../extractors/figures/index.js";
import { extractPlaces } from "../extractors/places/index.js";
import { extractOrganisations } from "../extractors/organisations/index.js";
import { extractPersons } from "../extractors/persons/index.js";
import { assembleRecords } from "../records/index.js";
import { analyseTokens } from "../tokens/layer.js";
import { nameModel } from "../tagger/load.js";
import { tagNames } from "../tagger/tag.js";

/** Boilerplate spans at least this long (in characters) are reported as warnings. */
const REPORTED_BOILERPLATE = 300;

/** Boilerplate blanked with spaces, then line-break hyphenation removed (the map keeps offsets true). */
export const cleanStage: Stage = {
  name: "clean",
  needs: ["view"],
  provides: ["boilerplate", "cleaned"],
  run(doc) {
    const boilerplate = findBoilerplate(doc.view.text);
    const blanked = blankSpans(doc.view, boilerplate);
    const view = deleteSpans(blanked, hyphenationSpans(blanked.text));
    // Long stretches left out are reported: a rule that takes real text must not do it silently.
    const warnings = [...doc.warnings];
    for (const b of boilerplate) {
      if (b.end - b.start < REPORTED_BOILERPLATE) continue;
      warnings.push({
        code: "BOILERPLATE_REMOVED",
        message: `${b.end - b.start} characters read as page furniture (${b.rule}) were left out`,
        ...toSourceSpan(doc.view, b),
      });
    }
    return { ...doc, view, boilerplate, cleaned: true, warnings };
  },
};

export const segmentStage: Stage = {
  name: "segment",
  needs: ["cleaned"],
  provides: ["title", "dateline", "paragraphs", "sentences", "tokens"],
  run(doc) {
    const text = doc.view.text;
    const header = findHeader(text);
    const dateline = findDateline(text, header.headerEnd, header.bodyStart);
    const paragraphs = splitParagraphs(text);
    const sentences = paragraphs.flatMap((p) => splitSentences(text, p));
    const tokens = tokenOffsets(text);
    return { ...doc, title: header.title, dateline, paragraphs, sentences, tokens };
  },
};

/** The segment stage's tokens analysed once for every later stage (shape, lexical flags, sentence index). */
export const analyseStage: Stage = {
  name: "analyse",
  needs: ["tokens", "sentences"],
  provides: ["analysed"],
  run: (doc) => ({ ...doc, analysed: analyseTokens(doc.view.text, doc.tokens ?? [], doc.sentences ?? []) }),
};

/** Name spans from the statistical tagger (src/tagger), for the places, organisations and persons stages to merge. */
export const namesStage: Stage = {
  name: "names",
  needs: ["analysed", "language"],
  provides: ["names"],
  run(doc) {
    const model = german(doc) && doc.analysed ? nameModel() : null;
    return { ...doc, names: model && doc.analysed ? tagNames(doc.analysed, model) : [] };
  },
};

export const languageStage: Stage = {
  name: "language",
  needs: ["cleaned", "title"],
  provides: ["language"],
  run(doc) {
    const text = doc.view.text;
    const bodyStart = doc.title ? doc.title.end : 0;
    const body = trimSpan(text, bodyStart, text.length); // (the body's trimmed length, without copying it)
    const language = detectLanguage(body.end - body.start >= 40 ? text.slice(bodyStart) : text);
    const warnings = [...doc.warnings];
    if (!language.german) {
      const span = toSourceSpan(doc.view, { start: 0, end: text.length });
      warnings.push({
        code: language.code === "und" ? "LANGUAGE_UNDETERMINED" : "LANGUAGE_NOT_GERMAN",
        message: language.code === "und"
          ? "too little text to tell the language; nothing was extracted"
          : `the text reads as language "${language.code}", not German; nothing was extracted`,
        ...span,
      });
    }
    return { ...doc, language, warnings };
  },
};

/**
 * The date relative expressions resolve against: the release's own date
 * (dateline, "Pressemitteilung vom …") wins over the caller's referenceDate;
 * without either, the first full date the text states.
 */
export const anchorStage: Stage = {
  name: "anchor",
  needs: ["dateline"],
  provides: ["anchorDate"],
  run(doc) {
    return { ...doc, anchorDate: doc.dateline?.date ?? doc.options.referenceDate ?? firstFullDate(doc.view.text) };
  },
};

/** What an extractor sees of the Doc. */
export function extractorInput(doc: Doc): ExtractorInput {
  const input: ExtractorInput = {
    text: doc.view.text,
    sentences: doc.sentences ?? [],
    paragraphs: doc.paragraphs ?? [],
    title: doc.title ?? null,
    dateline: doc.dateline?.span ?? null,
    // only a dated dateline's: "X - …" alone is also how a sentence or a title may start
    datelinePlace: doc.dateline?.date ? doc.dateline.placeSpan : null,
    anchorDate: doc.anchorDate ?? null,
    anchorIsPublication: doc.anchorDate != null && doc.anchorDate === (doc.dateline?.date ?? doc.options.referenceDate),
  };
  if (doc.analysed) input.tokens = doc.analysed;
  if (doc.names) input.names = doc.names;
  if (doc.dates) input.dates = doc.dates;
  if (doc.figures) input.figures = doc.figures;
  if (doc.places) input.places = doc.places;
  if (doc.organisations) input.organisations = doc.organisations;
  if (doc.persons) input.persons = doc.persons;
  return input;
}

/** Extractors run on German text only: other languages are reported, not guessed at. */
function german(doc: Doc): boolean {
  return doc.language?.german !== false;
}

export const datesStage: Stage = {
  name: "dates",
  needs: ["sentences", "anchorDate", "language"],
  provides: ["dates"],
  run: (doc) => ({ ...doc, dates: german(doc) ? extractDates(extractorInput(doc)) : [] }),
};

export const figuresStage: Stage = {
  name: "figures",
  needs: ["dates"],
  provides: ["figures"],
  run: (doc) => ({ ...doc, figures: german(doc) ? extractFigures(extractorInput(doc)) : [] }),
};

export const placesStage: Stage = {
  name: "places",
  needs: ["sentences", "language", "names"],
  provides: ["places"],
  run: (doc) => ({ ...doc, places: german(doc) ? extractPlaces(extractorInput(doc)) : [] }),
};

export const organisationsStage: Stage = {
  name: "organisations",
  needs: ["places", "names"],
  provides: ["organisations"],
  run: (doc) => ({ ...doc, organisations: german(doc) ? extractOrganisations(extractorInput(doc)) : [] }),
};

export const personsStage: Stage = {
  name: "persons",
  needs: ["places", "organisations", "names"],
  provides: ["persons"],
  run: (doc) => ({ ...doc, persons: german(doc) ? extractPersons(extractorInput(doc)) : [] }),
};

export const recordsStage: Stage = {
  name: "records",
  needs: ["dates", "figures", "places", "organisations", "persons"],
  provides: ["records"],
  run: (doc) => ({ ...doc, records: german(doc) ? assembleRecords(extractorInput(doc)) : [] }),
};

/** The standard stages, in no particular order: the runner orders them. */
export const STANDARD_STAGES: readonly Stage[] = [
  cleanStage, segmentStage, analyseStage, languageStage, anchorStage, namesStage,
  datesStage, figuresStage, placesStage, organisationsStage, personsStage, recordsStage,
];
