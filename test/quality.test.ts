// The quality ratchet: the scorer in ../shared/eval must not fall below the
// stored baseline. Each issue that improves extraction raises the baseline.
import { spawnSync } from "node:child_process";
import { existsSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { ROOT, SHARED } from "./helpers.js";

const baseline = JSON.parse(readFileSync(join(ROOT, "test/quality-baseline.json"), "utf8")) as Record<string, number>;

/** The shared corpora, and the held-out releases written for this project (fixtures/heldout). */
const GOLD: Record<string, string> = {
  seeds: join(SHARED, "corpus", "seeds"),
  dev: join(SHARED, "corpus", "dev"),
  heldout: join(ROOT, "fixtures", "heldout"),
};

function macroF1(corpus: string): number {
  const r = spawnSync(process.execPath, [join(SHARED, "eval/score.mjs"), "--gold", GOLD[corpus]!, "--project", ROOT], {
    encoding: "utf8",
    maxBuffer: 1 << 28,
  });
  expect(r.status, r.stderr).toBe(0);
  const last = r.stdout.trim().split("\n").pop() ?? "";
  const m = /^macro F1 ([\d.]+)/.exec(last);
  expect(m, `scorer's last line: ${last}`).not.toBeNull();
  return Number(m![1]);
}

describe.skipIf(!existsSync(join(SHARED, "eval/score.mjs")))("quality ratchet", () => {
  for (const corpus of Object.keys(GOLD)) {
    it(`macro F1 on ${corpus} stays at or above the baseline`, () => {
      expect(macroF1(corpus)).toBeGreaterThanOrEqual(baseline[corpus]!);
    });
  }
});
