#!/usr/bin/env node
// Cross-validation of the name tagger with the rules, as the issue asks: for each of N folds of
// the GermEval 2014 dev split, train on the other folds plus SmartData (scripts/train-names.mjs),
// then score the whole project (CLI: rules + tagger) on the held-out fold with
// ../shared/eval/germeval.mjs, the model chosen by PRESSEXTRACT_NAME_MODEL. The rules alone
// (PRESSEXTRACT_NAME_MODEL=none) are scored on the same folds. Run after `npm run build`.
//
//   node scripts/cv-names.mjs [--folds 5] [--work DIR] [--train-args "--epochs 12"] [--skip-rules]
import { execFileSync, spawnSync } from "node:child_process";
import { mkdirSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { parseArgs } from "node:util";

const root = join(dirname(fileURLToPath(import.meta.url)), "..");
const { values: args } = parseArgs({
  options: {
    folds: { type: "string", default: "5" },
    work: { type: "string", default: join(tmpdir(), "pressextract-cv") },
    "train-args": { type: "string", default: "" },
    "skip-rules": { type: "boolean", default: false },
    "skip-train": { type: "boolean", default: false },
  },
});
const folds = Number(args.folds);
mkdirSync(args.work, { recursive: true });
const scorer = join(root, "..", "shared", "eval", "germeval.mjs");
const TYPES = ["PER", "LOC", "ORG", "ALL"];

function score(tsv, model) {
  const r = spawnSync(process.execPath, [scorer, "--tsv", tsv, "--project", root], {
    encoding: "utf8", env: { ...process.env, PRESSEXTRACT_NAME_MODEL: model }, maxBuffer: 1 << 28,
  });
  if (r.status !== 0) throw new Error(`germeval.mjs failed: ${r.stderr}`);
  const out = {};
  for (const line of r.stdout.split("\n")) {
    const m = /^(PER|LOC|ORG|ALL)\s+tp\s+(\d+)\s+fp\s+(\d+)\s+fn\s+(\d+)/.exec(line);
    if (m) out[m[1]] = { tp: +m[2], fp: +m[3], fn: +m[4] };
  }
  return out;
}
const f1 = ({ tp, fp, fn }) => (tp ? (2 * tp) / (2 * tp + fp + fn) : 0);
const rows = { tagger: [], rules: [] };
for (let k = 0; k < folds; k++) {
  const model = join(args.work, `model-${k}.bin`), tsv = join(args.work, `fold-${k}.tsv`);
  if (!args["skip-train"]) {
    execFileSync(process.execPath, [join(root, "scripts", "train-names.mjs"), "--folds", String(folds), "--hold-out", String(k),
      "--out", model, "--write-fold", tsv, "--quiet", ...args["train-args"].split(" ").filter(Boolean)], { stdio: "inherit" });
  }
  rows.tagger.push(score(tsv, model));
  if (!args["skip-rules"]) rows.rules.push(score(tsv, "none"));
  const line = (r) => TYPES.map((t) => `${t} ${f1(r[t]).toFixed(3)}`).join("  ");
  console.log(`fold ${k + 1}: rules+tagger ${line(rows.tagger[k])}${args["skip-rules"] ? "" : `   | rules alone ${line(rows.rules[k])}`}`);
}
console.log("");
console.log(`| fold | ${TYPES.map((t) => `${t} F1`).join(" | ")} |${args["skip-rules"] ? "" : ` rules alone ${TYPES.join("/")} |`}`);
console.log(`|---|${TYPES.map(() => "---").join("|")}|${args["skip-rules"] ? "" : "---|"}`);
const mean = (list, t) => list.reduce((a, r) => a + f1(r[t]), 0) / list.length;
rows.tagger.forEach((r, k) => console.log(`| ${k + 1} | ${TYPES.map((t) => f1(r[t]).toFixed(3)).join(" | ")} |${args["skip-rules"] ? "" : ` ${TYPES.map((t) => f1(rows.rules[k][t]).toFixed(3)).join(" / ")} |`}`));
console.log(`| mean | ${TYPES.map((t) => `**${mean(rows.tagger, t).toFixed(3)}**`).join(" | ")} |${args["skip-rules"] ? "" : ` ${TYPES.map((t) => mean(rows.rules, t).toFixed(3)).join(" / ")} |`}`);
// pooled counts over all folds
const pooled = (list, t) => list.reduce((a, r) => ({ tp: a.tp + r[t].tp, fp: a.fp + r[t].fp, fn: a.fn + r[t].fn }), { tp: 0, fp: 0, fn: 0 });
console.log(`pooled over folds: ${TYPES.map((t) => `${t} ${f1(pooled(rows.tagger, t)).toFixed(3)}`).join("  ")}`);
