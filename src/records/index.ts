/**
 * Record assembly, the last extraction stage: meeting and project records
 * built from the text and the earlier stages' mentions. Projects are found
 * first so that gathering nouns inside a project name are not meetings and
 * so that a meeting can name its project; a meeting's date is then kept out
 * of the project's start.
 */
import type { ExtractorInput } from "../extractors/context.js";
import type { ExtractedRecord } from "../schema/release.js";
import { buildContext } from "./context.js";
import { assembleMeetings } from "./meeting.js";
import { assembleProjects, findProjectNouns, findProjects } from "./project.js";

export function assembleRecords(input: ExtractorInput): ExtractedRecord[] {
  const ctx = buildContext(input);
  const projects = findProjects(ctx, findProjectNouns(ctx.text, ctx.words));
  const meetings = assembleMeetings(ctx, projects);
  return [...meetings.records, ...assembleProjects(ctx, projects, meetings.dateSpans)];
}
