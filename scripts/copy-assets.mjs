#!/usr/bin/env node
// Copies the binary data files of src/ (the name model, the lookup tables) next to the compiled modules in dist/src,
// where the library reads them (tsc copies only the JSON it imports). Part of `npm run build`.
import { copyFileSync, mkdirSync, readdirSync } from "node:fs";
import { dirname, join, relative } from "node:path";
import { fileURLToPath } from "node:url";

const root = join(dirname(fileURLToPath(import.meta.url)), "..");
const src = join(root, "src");
const walk = (dir) => readdirSync(dir, { withFileTypes: true }).flatMap((e) => (e.isDirectory() ? walk(join(dir, e.name)) : [join(dir, e.name)]));
for (const file of walk(src).filter((f) => f.endsWith(".bin"))) {
  const to = join(root, "dist", "src", relative(src, file));
  mkdirSync(dirname(to), { recursive: true });
  copyFileSync(file, to);
}
