import { describe, expect, it } from "vitest";
import { spawnSync } from "node:child_process";
import { mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { gzipSync } from "node:zlib";
import { decodeModel } from "../src/tagger/model.js";

const root = join(import.meta.dirname, "..");

// A tiny GermEval-format file and SmartData-format files, all invented.
const TSV = [
  "#\tinvented-1", "1\tGestern\tO\tO", "2\tbesuchte\tO\tO", "3\tAnna\tB-PER\tO", "4\tBrettschneider\tI-PER\tO", "5\tKorbach\tB-LOC\tO", "6\t.\tO\tO", "",
  "#\tinvented-2", "1\tDie\tO\tO", "2\tFirma\tO\tO", "3\tLindner\tB-ORG\tO", "4\tbaut\tO\tO", "5\tin\tO\tO", "6\tWolfhagen\tB-LOC\tO", "7\t.\tO\tO", "",
  "#\tinvented-3", "1\tDie\tO\tO", "2\tKorbacher\tB-LOCderiv\tO", "3\tSitzung\tO\tO", "4\tdauerte\tO\tO", "5\tlang\tO\tO", "6\t.\tO\tO", "",
].join("\n");

function smartDataDoc(id: string, text: string, mentions: [string, string][]): object {
  return {
    id, text: { string: text },
    conceptMentions: { array: mentions.map(([type, w]) => ({ type, span: { start: text.indexOf(w), end: text.indexOf(w) + w.length } })) },
  };
}
const stream = (docs: object[]) => gzipSync(docs.map((d) => JSON.stringify(d, null, 2)).join("\n"));

describe("scripts/train-names.mjs on a tiny fixture", () => {
  const dir = mkdtempSync(join(tmpdir(), "train-names-"));
  const sd = join(dir, "smartdata");
  spawnSync("mkdir", ["-p", sd]);
  writeFileSync(join(dir, "ge.tsv"), TSV);
  const a = smartDataDoc("a", "Mia Sauer leitet die Holzwerk AG in Korbach.", [["person", "Mia Sauer"], ["organization-company", "Holzwerk AG"], ["location-city", "Korbach"]]);
  const b = smartDataDoc("b", "Auf der A7 staut es sich in beiden Richtungen.", [["location-route", "A7"], ["location", "beiden Richtungen"]]);
  const held = smartDataDoc("held", "Jonas Kettler fuhr nach Wolfhagen.", [["person", "Jonas Kettler"], ["location-city", "Wolfhagen"]]);
  writeFileSync(join(sd, "v1_20180119-train.json.gz"), stream([a, held]));
  writeFileSync(join(sd, "v1_20180119-test.json.gz"), stream([b]));
  writeFileSync(join(sd, "v3_20200302-dev.json.gz"), stream([]));
  writeFileSync(join(sd, "v3_20200302-test.json.gz"), stream([held]));

  const run = (...args: string[]) => spawnSync(process.execPath, [join(root, "scripts", "train-names.mjs"), "--germeval", join(dir, "ge.tsv"), "--smartdata", sd, "--epochs", "4", "--bits", "12", ...args], { encoding: "utf8" });

  it("trains on both corpora, keeps the SmartData test split out, and writes a model that loads", () => {
    const out = join(dir, "m.bin");
    const r = run("--out", out);
    expect(r.status, r.stderr).toBe(0);
    // 3 GermEval sentences and 2 SmartData documents: the held-out one is not trained on
    expect(r.stdout).toMatch(/training on 3 GermEval sentences \(×3\) and 2 SmartData documents/);
    const model = decodeModel(readFileSync(out));
    expect(model.bits).toBe(12);
    expect(model.meta).toMatchObject({ trainedOn: { smartData: { documents: 2, excluded: "v3 test" } } });
    expect(r.stdout).toMatch(/tagger alone on SmartData v3 test \(held out\)/);
  });

  it("gives the same bytes twice", () => {
    expect(run("--out", join(dir, "x.bin"), "--quiet").status).toBe(0);
    expect(run("--out", join(dir, "y.bin"), "--quiet").status).toBe(0);
    expect(readFileSync(join(dir, "x.bin"))).toEqual(readFileSync(join(dir, "y.bin")));
  });

  it("holds a GermEval fold out and writes it as TSV", () => {
    const fold = join(dir, "fold.tsv");
    const r = run("--out", join(dir, "f.bin"), "--folds", "3", "--hold-out", "1", "--write-fold", fold);
    expect(r.status, r.stderr).toBe(0);
    expect(r.stdout).toMatch(/training on 2 GermEval sentences/);
    expect(readFileSync(fold, "utf8")).toBe(TSV.split("\n\n")[1] + "\n");
  });

  it("is what the CLI tags with when PRESSEXTRACT_NAME_MODEL names it; none turns the tagger off", () => {
    const model = join(dir, "cli.bin");
    expect(run("--out", model, "--quiet").status).toBe(0);
    const cli = (value: string) => spawnSync(process.execPath, [join(root, "dist", "bundle", "cli.js"), "extract", "--jobs", "1", "-"], {
      input: "Gestern besuchte Anna Brettschneider die Stadt Korbach.", encoding: "utf8", env: { ...process.env, PRESSEXTRACT_NAME_MODEL: value },
    });
    expect(cli(model).status).toBe(0);
    expect(cli("none").status).toBe(0);
    const missing = cli(join(dir, "no-such-model.bin"));
    expect(missing.status).not.toBe(0);
    expect(missing.stderr).toMatch(/no-such-model\.bin/);
  });
});

