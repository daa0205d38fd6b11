/**
 * Input loaders: plain text, Markdown and HTML become a TextView whose map
 * points back into the string the caller passed in.
 */
import { identityView, type TextView } from "../text/view.js";
import { loadHtml } from "./html.js";
import { loadMarkdown } from "./markdown.js";

export type InputFormat = "text" | "markdown" | "html";
export const INPUT_FORMATS: readonly InputFormat[] = ["text", "markdown", "html"];

export function loadInput(source: string, format: InputFormat = "text"): TextView {
  switch (format) {
    case "markdown":
      return loadMarkdown(source);
    case "html":
      return loadHtml(source);
    default:
      return identityView(source);
  }
}

/** The format a file name implies (.md/.markdown → markdown, .html/.htm → html, else text). */
export function formatFromPath(path: string): InputFormat {
  if (/\.(md|markdown)$/i.test(path)) return "markdown";
  if (/\.html?$/i.test(path)) return "html";
  return "text";
}

export { loadHtml, loadMarkdown };
