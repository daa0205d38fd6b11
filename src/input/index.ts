/**
 * Input loaders: plain text, Markdown and HTML become a TextView whose map
 * points back into the string the caller passed in.
 */
import { identityView, type TextView } from "../text/view.js";
import { loadHtml } from "./html.js";
import { loadMarkdown } from "./markdown.js";
import type { InputFormat } from "./formats.js";

export { INPUT_FORMATS, formatFromPath, type InputFormat } from "./formats.js";

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

export { loadHtml, loadMarkdown };
