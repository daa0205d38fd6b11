import { describe, expect, it } from "vitest";
import { decodeModel, encodeModel, ModelFormatError, type NameModel } from "./model.js";
import { FEATURE_VERSION, TAG_COUNT } from "./features.js";
import { WordSet } from "./word-set.js";

function model(): NameModel {
  const bits = 8;
  const weights = new Int8Array((1 << bits) * TAG_COUNT);
  weights[0] = 5; weights[3] = -127; weights[200 * TAG_COUNT + 6] = 127; weights[255 * TAG_COUNT + 1] = -1;
  return { featureVersion: FEATURE_VERSION, bits, weights, scale: 0.25, nouns: new WordSet([7, 2 ** 32 - 1, 300, 123456789]), meta: { note: "invented" } };
}

describe("the model file", () => {
  it("round-trips weights, scale, nouns and meta", () => {
    const bytes = encodeModel(model());
    const back = decodeModel(bytes);
    expect(back.bits).toBe(8);
    expect(back.scale).toBe(0.25);
    expect(back.meta).toEqual({ note: "invented" });
    expect([...back.weights]).toEqual([...model().weights]);
    expect([...back.nouns.hashes]).toEqual([7, 300, 123456789, 2 ** 32 - 1]);
    expect(back.nouns.has(300)).toBe(true);
    expect(back.nouns.has(301)).toBe(false);
    // the weights whole after header and nouns
    expect(bytes.length).toBeGreaterThan(256 * TAG_COUNT);
    expect(bytes[bytes.length - 256 * TAG_COUNT]).toBe(5);
    expect(encodeModel(back)).toEqual(bytes);
  });

  it("refuses bytes that are no model, another version, or truncated", () => {
    const bytes = encodeModel(model());
    expect(() => decodeModel(new Uint8Array([1, 2, 3]))).toThrow(ModelFormatError);
    const otherFormat = bytes.slice(); otherFormat[4] = 9;
    expect(() => decodeModel(otherFormat)).toThrow(/file format 9/);
    const otherFeatures = encodeModel({ ...model(), featureVersion: FEATURE_VERSION + 1 });
    expect(() => decodeModel(otherFeatures)).toThrow(/feature version/);
    expect(() => decodeModel(bytes.slice(0, bytes.length - 1))).toThrow(ModelFormatError);
    expect(() => decodeModel(bytes.slice(0, 12))).toThrow(ModelFormatError);
    const longer = new Uint8Array(bytes.length + 1); longer.set(bytes);
    expect(() => decodeModel(longer)).toThrow(/bytes after the weights/);
  });
});

describe("loadNameModel in Node", () => {
  it("reads a file: URL from the file system (Node's fetch cannot)", async () => {
    const { loadNameModel, nameModel, useNameModel } = await import("./load.js");
    const { mkdtempSync, writeFileSync } = await import("node:fs");
    const { tmpdir } = await import("node:os");
    const { join } = await import("node:path");
    const { pathToFileURL } = await import("node:url");
    const file = join(mkdtempSync(join(tmpdir(), "pxnm-")), "tiny.bin");
    writeFileSync(file, encodeModel(model()));
    await loadNameModel(pathToFileURL(file));
    expect(nameModel()?.bits).toBe(8);
    useNameModel(null);
    expect(nameModel()).toBeNull();
  });
});
