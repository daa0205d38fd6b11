import { spawnSync } from "node:child_process";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { ROOT } from "./helpers.js";

const node = (...args: string[]) => spawnSync(process.execPath, args, { cwd: ROOT, encoding: "utf8" });

describe("examples (run against the built package)", () => {
  it("extract-one prints the release of a sample", () => {
    const r = node(join(ROOT, "examples/extract-one.mjs"));
    expect(r.status, r.stderr).toBe(0);
    expect(r.stdout).toContain("# Rat der Stadt Köln stimmt für Projektverlängerung");
  });

  it("batch-folder writes one JSON line per release of the seeds", () => {
    const r = node(join(ROOT, "examples/batch-folder.mjs"));
    expect(r.status, r.stderr).toBe(0);
    const lines = r.stdout.trim().split("\n").map((l) => JSON.parse(l));
    expect(lines).toHaveLength(6); // seed-000 holds two releases
    expect(r.stderr).toContain("6 releases written");
  });

  it("custom-stage adds a stage the runner orders after dates", () => {
    const r = node(join(ROOT, "examples/custom-stage.mjs"));
    expect(r.status, r.stderr).toBe(0);
    const order = r.stdout.split("\n")[0]!;
    expect(order.indexOf("undated-warning")).toBeGreaterThan(order.indexOf("dates"));
  });
});
