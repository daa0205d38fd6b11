/**
 * Messages between the page and the extraction worker. The library runs in
 * a worker so typing stays smooth while a long release is being extracted.
 */
import type { InputFormat, PressRelease } from "../../src/index.js";

export interface ExtractRequest {
  id: number;
  text: string;
  /** "auto": the file name decides when there is one, else the text's markup. */
  format: InputFormat | "auto";
  fileName: string | null;
  referenceDate: string | null;
  source: string;
}

export type ExtractResponse =
  | { id: number; ok: true; releases: PressRelease[]; format: InputFormat; ms: number }
  | { id: number; ok: false; error: string; format: InputFormat };
