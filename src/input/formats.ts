/**
 * The input formats and how a file name implies one: apart from the loaders
 * (index.ts) so that the CLI's main thread, which only reads files and hands
 * them to workers, does not load parse5 and the Markdown tables.
 */
export type InputFormat = "text" | "markdown" | "html";
export const INPUT_FORMATS: readonly InputFormat[] = ["text", "markdown", "html"];

/** The format a file name implies (.md/.markdown → markdown, .html/.htm → html, else text). */
export function formatFromPath(path: string): InputFormat {
  if (/\.(md|markdown)$/i.test(path)) return "markdown";
  if (/\.html?$/i.test(path)) return "html";
  return "text";
}
