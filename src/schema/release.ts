/**
 * The output contract (schema version 1) as zod schemas. Every TypeScript type
 * of the output is derived from these with z.infer; the JSON Schema printed by
 * `pressextract schema` is generated from them too.
 */
import { z } from "zod";
import { SCHEMA_VERSION } from "./version.js";

export { SCHEMA_VERSION };

const offset = z.number().int().nonnegative();

const start = offset.describe("start offset in the source: a JavaScript string index (UTF-16 code units)");
const end = offset.describe("end offset in the source (exclusive)");

/** A range of the source text: JavaScript string offsets (UTF-16 code units). */
export const SpanSchema = z.object({ start, end }).describe("a range of the source text");

/** A stretch of the source text: `source.slice(start, end) === text`. */
export const MentionSchema = z.object({
  text: z.string().describe(
    "the source text of the mention, exactly source.slice(start, end): raw input, so for HTML and Markdown it may hold markup; escape it before rendering",
  ),
  start,
  end,
  plain: z.string().optional().describe(
    "HTML and Markdown input only: the plain text the mention was read from (markup removed, entities decoded, line-break hyphens removed)",
  ),
}).describe("a stretch of the source text");

export const WarningSchema = z.object({
  code: z.string().describe("stable machine-readable code, e.g. LANGUAGE_NOT_GERMAN"),
  message: z.string().describe("what happened, for people"),
  start,
  end,
}).describe("something odd about the input, as data");

export const DateModSchema = z.enum(["start", "mid", "end", "approx", "max", "min"]).describe(
  "a qualifier the text puts on the date: start (Anfang September), mid (Mitte 2024), end (Ende des Jahres), " +
    "approx (etwa, rund), max (maximal, höchstens, bis zu), min (mindestens)",
);

export const DateMentionSchema = MentionSchema.extend({
  type: z.enum(["date", "range", "duration"]).describe(
    "date: a point at some precision (value); range: from/to, either end may be open (seit Juli 2021, bis März 2019); duration: a length of time (value, ISO 8601)",
  ),
  value: z.string().nullable().describe(
    "type date: ISO-like value at the precision the text states: 2014, 2014-09, 2014-09-04, 2014-09-04T18:30; " +
      "seasons 2021-SP/SU/FA/WI (Frühling, Sommer, Herbst, Winter); halves 2022-H1/H2; quarters 2022-Q3; ISO weeks 2024-W12; " +
      "decades 199 (the 1990s), centuries 19 (the 20th century), years BC with a BC prefix (BC0490). " +
      "type duration: ISO 8601 duration (P9M, P2W, P1Y). type range: null",
  ),
  from: z.string().nullable().describe("type range: the start in the same notation as value, null when open; otherwise null"),
  to: z.string().nullable().describe("type range: the end in the same notation as value, null when open; otherwise null"),
  mod: DateModSchema.nullable().describe("a qualifier the text puts on the date (see DateMod), null when none"),
}).describe("a date, a date range or a duration the text states; relative dates are resolved against referenceDate");

export const PlaceTypeSchema = z.enum(["municipality", "district", "state", "country", "region", "address", "other"]).describe(
  "municipality: a town or a part of one; district: a Landkreis, Kreis or Region; state: a German Land, an Austrian Land or a Swiss Kanton; " +
    "country; region: a landscape, metropolitan or macro-region (Ruhrgebiet, Europa); address: a street address; other",
);

export const PlaceSchema = z.object({
  name: z.string().describe("canonical nominative form (Rheinisch-Bergischer Kreis for 'im Rheinisch-Bergischen Kreis'; NRW → Nordrhein-Westfalen)"),
  type: PlaceTypeSchema,
  mentions: z.array(MentionSchema).describe("every place in the text that names it, also inside organisation and project names"),
  state: z.string().nullable().optional().describe("German Land (or foreign state) where known"),
  ags: z.string().nullable().optional().describe("Amtlicher Gemeindeschlüssel (official German municipality key) where known"),
  lat: z.number().nullable().optional().describe("latitude (WGS 84) from the gazetteer, where known"),
  lon: z.number().nullable().optional().describe("longitude (WGS 84) from the gazetteer, where known"),
}).describe("a geographic name, with all its mentions");

export const OrganisationSchema = z.object({
  name: z.string().describe("canonical full name, nominative"),
  abbreviation: z.string().nullable().optional().describe("the abbreviation the text or the list of institutions gives (BAMF)"),
  mentions: z.array(MentionSchema).describe("every mention: full name, declined forms, abbreviation, short references"),
}).describe("a body (authority, company, association, party, project office), variants and abbreviations merged");

export const RoleSchema = z.object({
  role: z.string().nullable().describe("the function as the text names it (Leiterin, Stv. Geschäftsführer, Integrationsbeauftragte); null when only the organisation is known"),
  organisation: z.string().nullable().describe("the body the function belongs to (canonical name), null when not stated"),
}).describe("a function a person holds");

export const PersonSchema = z.object({
  name: z.string().describe("fullest form in the text without title or honorific; a person known only as 'Herrn Özer' is 'Özer'"),
  title: z.string().nullable().describe("academic or official title (Dr., Prof. Dr.)"),
  honorific: z.string().nullable().describe("Frau or Herr, nominative"),
  givenName: z.string().nullable().describe("the given name(s), where stated"),
  familyName: z.string().nullable().describe("the family name, where stated"),
  roles: z.array(RoleSchema).describe("the functions the text gives the person, each with its organisation"),
  mentions: z.array(MentionSchema).describe("every mention, later short ones (Frau Dr. Müller, so Brügge) included"),
}).describe("a named person with roles");

export const FigureSchema = MentionSchema.extend({
  value: z.number().describe("the number (1,5 Millionen Euro → 1500000; elf → 11; 20 Cent → 0.2 EUR)"),
  max: z.number().nullable().optional().describe("upper end of a range (18 bis 27 Jahren → value 18, max 27)"),
  unit: z.string().nullable().describe("counted noun or unit; money as EUR, percentages as %"),
  approx: z.boolean().describe("the text hedges the number (rund, etwa, mehr als, knapp)"),
}).describe("a count, an amount of money, a percentage, an age or a size; never a date, phone number, postcode or label");

export const PersonRefSchema = z.object({
  name: z.string().describe("the person's name as in persons[].name"),
  role: z.string().nullable().describe("the role they take part in, null when not stated"),
  organisation: z.string().nullable().describe("the body they take part for, null when not stated"),
}).describe("a person taking part, with the role they take part in");

export const MeetingRecordSchema = z.object({
  type: z.literal("meeting").describe("a meeting record"),
  kind: z.string().describe("the noun the text uses: Treffen, Sitzung, Besuch, ..."),
  date: z.string().nullable().describe("when, in the notation of DateMention.value"),
  place: z.string().nullable().describe("where (canonical place name)"),
  organisers: z.array(z.string()).describe("organisations that host or invite"),
  participants: z.array(PersonRefSchema).describe("people taking part"),
  project: z.string().nullable().describe("the project the meeting belongs to, when the text says"),
  evidence: SpanSchema.describe("the source span the record was read from"),
}).describe("a gathering the release reports or announces");

export const ProjectOrganisationRoleSchema = z.enum(["funder", "lead", "partner", "coordinator", "participant"]).describe(
  "funder: pays (gefördert von); lead: runs it (Träger); partner; coordinator; participant",
);

export const ProjectRecordSchema = z.object({
  type: z.literal("project").describe("a project record"),
  name: z.string().describe("the project's name"),
  programme: z.string().nullable().describe("the funding programme it belongs to"),
  start: z.string().nullable().describe("start, in the notation of DateMention.value"),
  end: z.string().nullable().describe("end, in the notation of DateMention.value"),
  duration: z.string().nullable().describe("running time as ISO 8601 duration (P3Y)"),
  places: z.array(z.string()).describe("where it runs (canonical place names)"),
  organisations: z.array(z.object({ name: z.string().describe("canonical organisation name"), role: ProjectOrganisationRoleSchema }))
    .describe("bodies with their part in the project"),
  people: z.array(PersonRefSchema).describe("people named with the project"),
  figures: z.array(FigureSchema).describe("figures about the project (budget, participants)"),
  evidence: SpanSchema.describe("the source span the record was read from"),
}).describe("a named project, programme or initiative the release is about");

export const RecordSchema = z.discriminatedUnion("type", [MeetingRecordSchema, ProjectRecordSchema]);

export const LanguageSchema = z.object({
  code: z.string().describe("ISO 639-3 code from franc, 'und' when undetermined"),
  german: z.boolean().describe("false: nothing was extracted and a warning says why"),
});

export const DatelineSchema = z.object({
  date: z.string().nullable().describe("the release's own date (YYYY-MM-DD)"),
  place: z.string().nullable().describe("the place the dateline names"),
  text: z.string().optional().describe("source text of the dateline (see MentionSchema.text)"),
  start: start.optional(),
  end: end.optional(),
  plain: z.string().optional().describe("HTML and Markdown input only: the dateline's plain text"),
}).describe("the date and place line at the top of the release ('04.07.14, Köln', 'Köln - Am ...')");

export const PressReleaseSchema = z.object({
  schemaVersion: z.literal(SCHEMA_VERSION).describe("version of this output format"),
  source: z.string().describe("path or id, as given"),
  part: z.number().int().nonnegative().describe(
    "index of the release inside the source: an input holds several releases when lines of five or more *, =, #, ~, _, -, –, — or + " +
      "separate them, or when two or more lines 'DD.MM.YYYY, Place' head them",
  ),
  span: SpanSchema.describe("this release's range in the source"),
  language: LanguageSchema.describe("the language of the release; nothing is extracted from non-German text"),
  title: z.string().nullable().describe("the headline, whitespace squeezed; null when there is none"),
  dateline: DatelineSchema.nullable().describe("the dateline, null when the release has none"),
  referenceDate: z.string().nullable().describe(
    "the anchor actually used for relative dates: the release's own date, else the caller's referenceDate, else the first full date in the text",
  ),
  dates: z.array(DateMentionSchema).describe("dates, ranges and durations, in text order"),
  places: z.array(PlaceSchema).describe("places, each with all its mentions"),
  organisations: z.array(OrganisationSchema).describe("organisations, each with all its mentions"),
  persons: z.array(PersonSchema).describe("persons, each with roles and all mentions"),
  figures: z.array(FigureSchema).describe("counts, money, percentages, ages and sizes, in text order"),
  records: z.array(RecordSchema).describe("meeting and project records assembled from the mentions"),
  warnings: z.array(WarningSchema).describe("odd input, as data"),
}).describe("one press release: what pressextract found in it, every mention with offsets into the source");

/** A range of the source text: JavaScript string offsets (UTF-16 code units). */
export type Span = z.infer<typeof SpanSchema>;
/** A stretch of the source: `source.slice(start, end) === text` (raw source: escape before rendering; `plain` for HTML/Markdown). */
export type Mention = z.infer<typeof MentionSchema>;
/** Something odd about the input, as data: a stable `code`, a message and a source span. */
export type Warning = z.infer<typeof WarningSchema>;
/** start (Anfang), mid (Mitte), end (Ende), approx (rund, etwa), max (höchstens, bis zu), min (mindestens). */
export type DateMod = z.infer<typeof DateModSchema>;
/** A date (`value` at the text's precision: 2014, 2014-09, 2014-09-04, 2021-FA, 2022-H1, 2022-Q3 …), a range (`from`/`to`) or a duration (ISO 8601). */
export type DateMention = z.infer<typeof DateMentionSchema>;
export type PlaceType = z.infer<typeof PlaceTypeSchema>;
/** A geographic name in its canonical nominative form, with every mention. */
export type Place = z.infer<typeof PlaceSchema>;
/** A body (authority, company, association …): canonical full name, abbreviation, every mention. */
export type Organisation = z.infer<typeof OrganisationSchema>;
/** A function a person holds (`role`) and the body it belongs to (`organisation`); either may be null. */
export type Role = z.infer<typeof RoleSchema>;
/** A named person: fullest name without title or honorific, roles, every mention. */
export type Person = z.infer<typeof PersonSchema>;
/** A count, amount of money (EUR), percentage, age or size: `value`, `max` for ranges, `unit`, `approx`. */
export type Figure = z.infer<typeof FigureSchema>;
export type PersonRef = z.infer<typeof PersonRefSchema>;
/** A gathering the release reports or announces: kind, date, place, organisers, participants. */
export type MeetingRecord = z.infer<typeof MeetingRecordSchema>;
/** A named project or programme: running time, places, organisations with their part, people, figures. */
export type ProjectRecord = z.infer<typeof ProjectRecordSchema>;
export type ExtractedRecord = z.infer<typeof RecordSchema>;
export type Language = z.infer<typeof LanguageSchema>;
export type Dateline = z.infer<typeof DatelineSchema>;
/** One press release and what was found in it; every mention has offsets into the source. Fields: README, "Output". */
export type PressRelease = z.infer<typeof PressReleaseSchema>;

/** The JSON Schema (draft 2020-12) of one output line. */
export function pressReleaseJsonSchema(): Record<string, unknown> {
  return z.toJSONSchema(PressReleaseSchema, { target: "draft-2020-12" }) as Record<string, unknown>;
}
