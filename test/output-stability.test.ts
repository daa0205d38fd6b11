// Output stays byte-identical unless a change means to alter it: the library's
// output on the seeds, the held-out fixtures and the shared dev corpus is
// compared with the digests in test/fixtures/output-digests.json. After an
// intended change: `npm run digests`, and say in the commit which texts changed.
import { existsSync, readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
// @ts-expect-error: a plain ESM script without types
import { computeDigests, DIGEST_FILE } from "../scripts/output-digests.mjs";
import { extract } from "../src/index.js";

describe("output stability", () => {
  it("gives the recorded output on every fixed text", async () => {
    const recorded = JSON.parse(readFileSync(DIGEST_FILE as string, "utf8")) as Record<string, string>;
    const now = (await computeDigests(extract)) as Record<string, string>;
    const changed = Object.keys(now).filter((k) => k in recorded && recorded[k] !== now[k]);
    expect(changed, "texts whose output changed (npm run digests after an intended change)").toEqual([]);
    // the shared corpus may be absent; the project's own fixtures never are
    const own = Object.keys(recorded).filter((k) => !k.startsWith("dev/"));
    expect(own.filter((k) => !(k in now))).toEqual([]);
    expect(own.length).toBeGreaterThan(20);
  }, 120_000);

  it("covers the dev corpus when it is there", () => {
    if (!existsSync(new URL("../../shared/corpus/dev", import.meta.url))) return;
    const recorded = JSON.parse(readFileSync(DIGEST_FILE as string, "utf8")) as Record<string, string>;
    expect(Object.keys(recorded).filter((k) => k.startsWith("dev/")).length).toBeGreaterThanOrEqual(50);
  });
});
