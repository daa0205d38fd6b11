/**
 * The container of the prebuilt lookup tables (data/tables.bin): named
 * typed-array sections in one buffer, so a table is read without parsing
 * and shared between worker threads as one SharedArrayBuffer.
 *
 *   bytes 0–3    "PXTB"
 *   bytes 4–7    length H of the header (u32, little-endian)
 *   bytes 8–8+H  header: JSON {version, meta, sections: {name: [type, byteOffset, length]}}
 *   then         the sections, each at an offset aligned to 8 bytes
 *
 * Little-endian throughout (the typed arrays read the platform's order; every
 * platform Node and the browsers run on is little-endian, checked at load).
 */

export const TABLE_FORMAT_VERSION = 1;
const MAGIC = "PXTB";

export type SectionType = "u8" | "u16" | "u32" | "i32" | "f64";
export type SectionArray = Uint8Array | Uint16Array | Uint32Array | Int32Array | Float64Array;

interface Header {
  version: number;
  meta: Record<string, number>;
  sections: Record<string, [SectionType, number, number]>;
}

const WIDTH: Record<SectionType, number> = { u8: 1, u16: 2, u32: 4, i32: 4, f64: 8 };

function typeOf(a: SectionArray): SectionType {
  if (a instanceof Uint8Array) return "u8";
  if (a instanceof Uint16Array) return "u16";
  if (a instanceof Uint32Array) return "u32";
  if (a instanceof Int32Array) return "i32";
  return "f64";
}

const align8 = (n: number) => (n + 7) & ~7;

/** Packs named sections and numbers into one table file (deterministic: sections in the order given). */
export function encodeTableFile(sections: Record<string, SectionArray>, meta: Record<string, number>): Uint8Array {
  const names = Object.keys(sections);
  // The header states offsets, and its own length moves them: lay out once, then fix.
  let headerLength = 0;
  let header = "";
  for (let pass = 0; pass < 3; pass++) {
    let at = align8(8 + headerLength);
    const layout: Header = { version: TABLE_FORMAT_VERSION, meta, sections: {} };
    for (const name of names) {
      const a = sections[name]!;
      layout.sections[name] = [typeOf(a), at, a.length];
      at = align8(at + a.byteLength);
    }
    header = JSON.stringify(layout);
    if (header.length === headerLength) break;
    headerLength = header.length;
  }
  const first = align8(8 + headerLength);
  let total = first;
  for (const name of names) total = align8(total + sections[name]!.byteLength);
  const out = new Uint8Array(total);
  for (let i = 0; i < 4; i++) out[i] = MAGIC.charCodeAt(i);
  new DataView(out.buffer).setUint32(4, headerLength, true);
  for (let i = 0; i < headerLength; i++) out[8 + i] = header.charCodeAt(i);
  const parsed = JSON.parse(header) as Header;
  for (const name of names) {
    const a = sections[name]!;
    out.set(new Uint8Array(a.buffer, a.byteOffset, a.byteLength), parsed.sections[name]![1]);
  }
  return out;
}

export class TableFormatError extends Error {
  constructor(message: string) {
    super(`lookup tables: ${message}`);
    this.name = "TableFormatError";
  }
}

/** A table file opened over its buffer: sections are views, nothing is copied. */
export class TableFile {
  readonly #buffer: ArrayBufferLike;
  readonly #byteOffset: number;
  readonly #header: Header;

  constructor(bytes: Uint8Array) {
    if (new Uint8Array(new Uint16Array([1]).buffer)[0] !== 1) throw new TableFormatError("a big-endian platform cannot read them");
    if (bytes.length < 8 || String.fromCharCode(bytes[0]!, bytes[1]!, bytes[2]!, bytes[3]!) !== MAGIC) throw new TableFormatError("not a table file");
    const headerLength = bytes[4]! | (bytes[5]! << 8) | (bytes[6]! << 16) | (bytes[7]! << 24);
    let json = "";
    for (let i = 0; i < headerLength; i++) json += String.fromCharCode(bytes[8 + i]!);
    const header = JSON.parse(json) as Header;
    if (header.version !== TABLE_FORMAT_VERSION) throw new TableFormatError(`format version ${header.version}, expected ${TABLE_FORMAT_VERSION}`);
    if (bytes.byteOffset % 8 !== 0) throw new TableFormatError("the bytes must start at an offset aligned to 8");
    this.#buffer = bytes.buffer;
    this.#byteOffset = bytes.byteOffset;
    this.#header = header;
  }

  meta(name: string): number {
    const v = this.#header.meta[name];
    if (v === undefined) throw new TableFormatError(`no value ${name}`);
    return v;
  }

  #section(name: string, type: SectionType): [number, number] {
    const s = this.#header.sections[name];
    if (!s) throw new TableFormatError(`no section ${name}`);
    if (s[0] !== type) throw new TableFormatError(`section ${name} is ${s[0]}, not ${type}`);
    if (this.#byteOffset + s[1] + s[2] * WIDTH[type] > this.#buffer.byteLength) throw new TableFormatError(`section ${name} is cut off`);
    return [this.#byteOffset + s[1], s[2]];
  }

  u8(name: string): Uint8Array { const [o, n] = this.#section(name, "u8"); return new Uint8Array(this.#buffer, o, n); }
  u16(name: string): Uint16Array { const [o, n] = this.#section(name, "u16"); return new Uint16Array(this.#buffer, o, n); }
  u32(name: string): Uint32Array { const [o, n] = this.#section(name, "u32"); return new Uint32Array(this.#buffer, o, n); }
  i32(name: string): Int32Array { const [o, n] = this.#section(name, "i32"); return new Int32Array(this.#buffer, o, n); }
  f64(name: string): Float64Array { const [o, n] = this.#section(name, "f64"); return new Float64Array(this.#buffer, o, n); }
}
