/**
 * Guessing the input format of pasted text, for the "auto" setting. A file
 * name decides when there is one; otherwise markup that is unlikely in plain
 * prose does (not bullet lists: plain releases use "-" items too).
 */
import type { InputFormat } from "../../src/index.js";

const HTML_TAG = /<\/?(?:html|body|head|article|main|section|div|p|br|h[1-6]|span|a|ul|ol|li|table|strong|em|b|i)\b[^>]*>/i;
const MARKDOWN_SIGNS = [
  /^#{1,6}\s+\S/m, // ATX heading
  /\*\*[^*\n]+\*\*|__[^_\n]+__/, // strong emphasis
  /\[[^\]\n]+\]\([^)\s]+\)/, // inline link
  /^>\s+\S/m, // block quote
];

export function guessFormat(text: string): InputFormat {
  if (HTML_TAG.test(text)) return "html";
  if (MARKDOWN_SIGNS.some((re) => re.test(text))) return "markdown";
  return "text";
}
