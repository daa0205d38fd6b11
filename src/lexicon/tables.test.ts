import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import * as gazetteerBuild from "../extractors/places/gazetteer-build.js";
import * as firstNamesBuild from "./first-names-build.js";
import * as format from "./tables/format.js";
import { TableFile, TableFormatError, encodeTableFile } from "./tables/format.js";
import { SortedKeys, packStrings } from "./tables/sorted-keys.js";
import { adoptTables, exportTables, tableFile, useTables } from "./tables/load.js";
import { placeFormFlags, placeTable } from "./place-names.js";
import { firstNameGender, isFirstName, isGermanListFirstName } from "./first-names.js";
// @ts-expect-error plain ESM script without types
import { buildTables, TABLES_PATH } from "../../scripts/build-tables.mjs";

const committed = readFileSync(TABLES_PATH as string);
const built = gazetteerBuild.buildGazetteer(JSON.parse(readFileSync(new URL("../extractors/places/data/gazetteer.json", import.meta.url), "utf8")) as gazetteerBuild.GazetteerFile);

describe("generated tables", () => {
  it("are current: rebuilding them from the sources gives the committed file", () => {
    const fresh = buildTables({ gazetteerBuild, firstNamesBuild, format }) as Uint8Array;
    expect(Buffer.compare(Buffer.from(fresh), committed)).toBe(0);
  });

  it("stay small enough to ship and share (bytes on disk)", () => {
    expect(committed.length).toBeLessThan(4_000_000);
  });
});

describe("place table", () => {
  const t = placeTable();

  it("gives every built surface with the same places, flags and names", () => {
    expect(t.keys.size).toBe(built.surfaces.size);
    for (const [key, hits] of built.surfaces) {
      const got = t.lookup(key);
      expect(got?.length, key).toBe(hits.length);
      hits.forEach((h, k) => {
        const g = got![k]!;
        if (g.standalone !== h.standalone || g.shortName !== h.shortName || g.officialName !== h.officialName) {
          expect({ key, ...g, entry: g.entry.name }).toEqual({ key, ...h, entry: h.entry.name });
        }
        if (JSON.stringify(g.entry) !== JSON.stringify(h.entry)) expect(g.entry).toEqual(h.entry);
      });
    }
  });

  it("makes each entry once: the same place is the same object", () => {
    const a = t.lookup("Köln")![0]!.entry;
    const b = t.lookup("Kölns")![0]!.entry;
    expect(a).toBe(b);
    expect(a).toMatchObject({ name: "Köln", type: "municipality", state: "Nordrhein-Westfalen", country: "DE" });
  });

  it("tells whole-word prefixes of forms, and nothing else", () => {
    const prefixes = new Set<string>();
    for (const key of built.surfaces.keys()) {
      for (let at = key.indexOf(" "); at >= 0; at = key.indexOf(" ", at + 1)) prefixes.add(key.slice(0, at));
      prefixes.add(key);
    }
    for (const p of prefixes) if (!t.isWordPrefix(p)) expect(p).toBe("a word prefix");
    // Part of a word is no prefix; a longer key or a word that continues the last one is none either.
    expect(t.isWordPrefix("Landkreis")).toBe(true);
    expect(t.isWordPrefix("Landkrei")).toBe(false);
    expect(t.isWordPrefix("Köln Zollstock Quatsch")).toBe(false);
    expect(t.isWordPrefix("Frankfurt am")).toBe(true);
    expect(t.isWordPrefix("Frankfurt a")).toBe(false);
  });

  it("gives the token layer's place flags of a word", () => {
    expect(placeFormFlags("Köln")).toEqual({ starts: true, standalone: true });
    expect(placeFormFlags("Landkreis")).toEqual({ starts: true, standalone: false });
    expect(placeFormFlags("Tisch")).toEqual({ starts: false, standalone: false });
  });

  it("knows the German first names of the gazetteer's list, lower case only", () => {
    expect(t.firstNames.has("hagen")).toBe(true);
    expect(t.firstNames.has("Hagen")).toBe(false);
    expect(t.firstNames.has("rottweil")).toBe(false);
  });
});

describe("first names", () => {
  const lists = JSON.parse(readFileSync(new URL("../extractors/persons/data/first-names.json", import.meta.url), "utf8")) as firstNamesBuild.FirstNameLists;

  it("keeps every name's gender and German-list membership", () => {
    const cap = (n: string) => n[0]!.toUpperCase() + n.slice(1);
    // (A hyphenated listed name takes the gender of its first part, as before the tables: only isFirstName is checked for it.)
    // ("ışıl" capitalised is "Işıl", which lower-cases to "işıl": such names are found only as written in the list.)
    const plain = (names: string[]) => names.filter((n) => !n.includes("-") && cap(n).toLowerCase() === n);
    for (const n of lists.male.filter((x) => cap(x).toLowerCase() === x)) if (!isFirstName(cap(n))) expect(n).toBe("a first name");
    for (const n of plain(lists.male)) if (firstNameGender(cap(n)) !== "m") expect(n).toBe("male");
    for (const n of plain(lists.female)) if (firstNameGender(cap(n)) !== "f") expect(n).toBe("female");
    for (const n of plain(lists.unisex)) if (firstNameGender(cap(n)) !== null || !isFirstName(cap(n))) expect(n).toBe("unisex");
    const german = new Set(lists.german);
    for (const n of [...lists.male, ...lists.female].slice(0, 5000)) expect(isGermanListFirstName(n)).toBe(german.has(n));
  });

  it("reads hyphenated names part by part, and rejects lower-case and unknown words", () => {
    expect(isFirstName("Hans-Peter")).toBe(true);
    expect(firstNameGender("Anna-Lena")).toBe("f");
    expect(isFirstName("Hans-Tisch")).toBe(false);
    expect(isFirstName("Hans-")).toBe(false);
    expect(isFirstName("hans")).toBe(false);
    expect(isFirstName("Xqzv")).toBe(false);
    expect(firstNameGender("Xqzv")).toBeNull();
  });
});

describe("table container and loading", () => {
  it("round-trips sections and values, and refuses other bytes", () => {
    const bytes = encodeTableFile({ a: new Uint16Array([1, 2, 3]), b: new Float64Array([0.5]), c: new Int32Array([-7]) }, { n: 3 });
    const f = new TableFile(bytes);
    expect([...f.u16("a")]).toEqual([1, 2, 3]);
    expect([...f.f64("b")]).toEqual([0.5]);
    expect([...f.i32("c")]).toEqual([-7]);
    expect(f.meta("n")).toBe(3);
    expect(() => f.u32("a")).toThrow(TableFormatError);
    expect(() => new TableFile(new Uint8Array(16))).toThrow(TableFormatError);
    expect(() => useTables(new Uint8Array([1, 2, 3]))).toThrow(TableFormatError);
  });

  it("hands the bytes to another thread as one shared buffer and takes them back", () => {
    const handle = exportTables();
    expect(handle.bytes).toBeInstanceOf(SharedArrayBuffer);
    expect(handle.bytes.byteLength).toBe(committed.length);
    const before = placeTable();
    const received = structuredClone(handle);
    adoptTables(received);
    // New tables: the lookups are opened again over the same bytes, and answer the same.
    expect(placeTable()).not.toBe(before);
    expect(placeTable().lookup("Kölns")![0]!.entry.name).toBe("Köln");
    expect(tableFile().u16("firstNames.chars").buffer).toBe(received.bytes);
    expect(() => adoptTables({ kind: "other" } as never)).toThrow(TypeError);
  });
});

describe("sorted keys", () => {
  const { chars, offsets } = packStrings(["Bad", "Bad Boll", "Bad-Boll", "Baden", "Berlin"]);
  const keys = new SortedKeys(chars, offsets);

  it("finds a range of a text without cutting it", () => {
    const text = "in Bad Boll und Baden";
    expect(keys.indexOf(text, 3, 11)).toBe(1);
    expect(keys.key(keys.indexOf(text, 16, 21))).toBe("Baden");
    expect(keys.indexOf(text, 3, 5)).toBe(-1);
  });

  it("narrows the run of keys that go on with a segment", () => {
    const run = new Int32Array(2);
    keys.narrow(0, keys.size, 0, "Bad", 0, 3, run);
    expect([run[0], run[1]]).toEqual([0, 4]);
    keys.narrow(run[0]!, run[1]!, 3, " Boll", 0, 5, run);
    expect([run[0], run[1]]).toEqual([1, 2]);
    keys.narrow(0, keys.size, 0, "Bx", 0, 2, run);
    expect(run[0]).toBe(run[1]);
  });
});
