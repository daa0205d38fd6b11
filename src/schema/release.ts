/**
 * The output contract (schema version 1) as zod schemas. Every TypeScript type
 * of the output is derived from these with z.infer; the JSON Schema printed by
 * `pressextract schema` is generated from them too.
 */
import { z } from "zod";

export const SCHEMA_VERSION = 1 as const;

const offset = z.number().int().nonnegative();

/** A range of the source text: JavaScript string offsets (UTF-16 code units). */
export const SpanSchema = z.object({ start: offset, end: offset });

/** A stretch of the source text: `source.slice(start, end) === text`. */
export const MentionSchema = z.object({
  text: z.string(),
  start: offset,
  end: offset,
});

export const WarningSchema = z.object({
  code: z.string().describe("stable machine-readable code, e.g. LANGUAGE_NOT_GERMAN"),
  message: z.string(),
  start: offset,
  end: offset,
});

export const DateModSchema = z.enum(["start", "mid", "end", "approx", "max", "min"]);

export const DateMentionSchema = MentionSchema.extend({
  type: z.enum(["date", "range", "duration"]),
  value: z.string().nullable().describe("type date: ISO value at the text's precision; type duration: ISO 8601 duration"),
  from: z.string().nullable().describe("type range: start, null when open"),
  to: z.string().nullable().describe("type range: end, null when open"),
  mod: DateModSchema.nullable(),
});

export const PlaceTypeSchema = z.enum(["municipality", "district", "state", "country", "region", "address", "other"]);

export const PlaceSchema = z.object({
  name: z.string().describe("canonical nominative form"),
  type: PlaceTypeSchema,
  mentions: z.array(MentionSchema),
  state: z.string().nullable().optional().describe("German Land (or foreign state) where known"),
  ags: z.string().nullable().optional().describe("Amtlicher Gemeindeschlüssel where known"),
  lat: z.number().nullable().optional(),
  lon: z.number().nullable().optional(),
});

export const OrganisationSchema = z.object({
  name: z.string().describe("canonical full name, nominative"),
  abbreviation: z.string().nullable().optional(),
  mentions: z.array(MentionSchema),
});

export const RoleSchema = z.object({
  role: z.string().nullable(),
  organisation: z.string().nullable(),
});

export const PersonSchema = z.object({
  name: z.string().describe("fullest form in the text without title or honorific"),
  title: z.string().nullable(),
  honorific: z.string().nullable(),
  givenName: z.string().nullable(),
  familyName: z.string().nullable(),
  roles: z.array(RoleSchema),
  mentions: z.array(MentionSchema),
});

export const FigureSchema = MentionSchema.extend({
  value: z.number(),
  max: z.number().nullable().optional(),
  unit: z.string().nullable().describe("counted noun or unit; money as EUR, percentages as %"),
  approx: z.boolean(),
});

export const PersonRefSchema = z.object({
  name: z.string(),
  role: z.string().nullable(),
  organisation: z.string().nullable(),
});

export const MeetingRecordSchema = z.object({
  type: z.literal("meeting"),
  kind: z.string().describe("the noun the text uses: Treffen, Sitzung, Besuch, ..."),
  date: z.string().nullable(),
  place: z.string().nullable(),
  organisers: z.array(z.string()),
  participants: z.array(PersonRefSchema),
  project: z.string().nullable(),
  evidence: SpanSchema,
});

export const ProjectOrganisationRoleSchema = z.enum(["funder", "lead", "partner", "coordinator", "participant"]);

export const ProjectRecordSchema = z.object({
  type: z.literal("project"),
  name: z.string(),
  programme: z.string().nullable(),
  start: z.string().nullable(),
  end: z.string().nullable(),
  duration: z.string().nullable(),
  places: z.array(z.string()),
  organisations: z.array(z.object({ name: z.string(), role: ProjectOrganisationRoleSchema })),
  people: z.array(PersonRefSchema),
  figures: z.array(FigureSchema),
  evidence: SpanSchema,
});

export const RecordSchema = z.discriminatedUnion("type", [MeetingRecordSchema, ProjectRecordSchema]);

export const LanguageSchema = z.object({
  code: z.string().describe("ISO 639-3 code from franc, 'und' when undetermined"),
  german: z.boolean(),
});

export const DatelineSchema = z.object({
  date: z.string().nullable(),
  place: z.string().nullable(),
  text: z.string().optional(),
  start: offset.optional(),
  end: offset.optional(),
});

export const PressReleaseSchema = z.object({
  schemaVersion: z.literal(SCHEMA_VERSION),
  source: z.string().describe("path or id, as given"),
  part: z.number().int().nonnegative().describe("index of the release inside the source"),
  span: SpanSchema,
  language: LanguageSchema,
  title: z.string().nullable(),
  dateline: DatelineSchema.nullable(),
  referenceDate: z.string().nullable().describe("the anchor actually used for relative dates"),
  dates: z.array(DateMentionSchema),
  places: z.array(PlaceSchema),
  organisations: z.array(OrganisationSchema),
  persons: z.array(PersonSchema),
  figures: z.array(FigureSchema),
  records: z.array(RecordSchema),
  warnings: z.array(WarningSchema),
});

export type Span = z.infer<typeof SpanSchema>;
export type Mention = z.infer<typeof MentionSchema>;
export type Warning = z.infer<typeof WarningSchema>;
export type DateMod = z.infer<typeof DateModSchema>;
export type DateMention = z.infer<typeof DateMentionSchema>;
export type PlaceType = z.infer<typeof PlaceTypeSchema>;
export type Place = z.infer<typeof PlaceSchema>;
export type Organisation = z.infer<typeof OrganisationSchema>;
export type Role = z.infer<typeof RoleSchema>;
export type Person = z.infer<typeof PersonSchema>;
export type Figure = z.infer<typeof FigureSchema>;
export type PersonRef = z.infer<typeof PersonRefSchema>;
export type MeetingRecord = z.infer<typeof MeetingRecordSchema>;
export type ProjectRecord = z.infer<typeof ProjectRecordSchema>;
export type ExtractedRecord = z.infer<typeof RecordSchema>;
export type Language = z.infer<typeof LanguageSchema>;
export type Dateline = z.infer<typeof DatelineSchema>;
export type PressRelease = z.infer<typeof PressReleaseSchema>;

/** The JSON Schema (draft 2020-12) of one output line. */
export function pressReleaseJsonSchema(): Record<string, unknown> {
  return z.toJSONSchema(PressReleaseSchema, { target: "draft-2020-12" }) as Record<string, unknown>;
}
