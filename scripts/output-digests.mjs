#!/usr/bin/env node
// Digests of the library's output on a fixed set of texts: the seeds, the
// project's held-out fixtures and the shared dev corpus. Speed work must keep
// every output byte-identical (test/output-stability.test.ts compares); a change
// that is meant to alter output rewrites the file with `npm run digests` and the
// commit shows which texts changed.
//
//   node scripts/output-digests.mjs           print the digests as JSON
//   node scripts/output-digests.mjs --write   write test/fixtures/output-digests.json
import { createHash } from "node:crypto";
import { existsSync, readFileSync, readdirSync, writeFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";

const ROOT = join(dirname(fileURLToPath(import.meta.url)), "..");
export const DIGEST_FILE = join(ROOT, "test", "fixtures", "output-digests.json");

/** Folders of texts (with optional NAME.gold.json giving the referenceDate), by label. */
export const DIGEST_SETS = {
  seeds: join(ROOT, "fixtures", "seeds"),
  heldout: join(ROOT, "fixtures", "heldout"),
  heldout2: join(ROOT, "fixtures", "heldout2"),
  dev: join(ROOT, "..", "shared", "corpus", "dev"),
};

/** { "set/file": sha256 of the JSON output } for every set that exists here. */
export async function computeDigests(extract) {
  const out = {};
  for (const [label, dir] of Object.entries(DIGEST_SETS)) {
    if (!existsSync(dir)) continue;
    for (const f of readdirSync(dir).filter((f) => f.endsWith(".txt")).sort()) {
      const goldFile = join(dir, f.replace(/\.txt$/, ".gold.json"));
      const referenceDate = existsSync(goldFile) ? JSON.parse(readFileSync(goldFile, "utf8")).referenceDate ?? undefined : undefined;
      const releases = extract(readFileSync(join(dir, f), "utf8"), referenceDate ? { referenceDate } : {});
      out[`${label}/${f}`] = createHash("sha256").update(JSON.stringify(releases)).digest("hex");
    }
  }
  return out;
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const { extract } = await import(join(ROOT, "dist", "src", "index.js"));
  const digests = await computeDigests(extract);
  const json = JSON.stringify(digests, null, 1) + "\n";
  if (process.argv.includes("--write")) {
    writeFileSync(DIGEST_FILE, json);
    console.error(`wrote ${Object.keys(digests).length} digests to ${DIGEST_FILE}`);
  } else process.stdout.write(json);
}
