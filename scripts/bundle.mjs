#!/usr/bin/env node
// Links the compiled modules of dist/src into a few files in dist/bundle: what Node loads when it
// imports the package, runs the command or starts a worker thread. Part of `npm run build`, after tsc.
//
// Why: Node resolves, reads and compiles each ES module on its own; the library is about 120 of
// them, and that took a third of import + first extract (bench "Start-up"). dist/src stays as it
// is: the type declarations, the browser build (package.json "exports" → "browser", where the
// "browser" field swaps deps/optional.js) and the data files.
//
// Dependencies stay outside (import "chrono-node" …), Node built-ins too. A data file a module
// finds with `new URL("./x.bin", import.meta.url)` is found from the bundle's folder instead: the
// URL is rewritten to the same file (checked to exist), or to the bundle of an entry module.
import { build } from "esbuild";
import { chmodSync, existsSync, readFileSync, rmSync } from "node:fs";
import { dirname, join, relative, resolve, sep } from "node:path";
import { fileURLToPath } from "node:url";

const root = join(dirname(fileURLToPath(import.meta.url)), "..");
const compiled = join(root, "dist", "src");
const outdir = join(root, "dist", "bundle");

/** Bundle name → compiled entry module. */
const ENTRIES = {
  index: "index.js",
  schema: "schema/release.js",
  cli: "cli/bin.js",
  worker: "stream/worker.js",
};
const entryPaths = Object.fromEntries(Object.entries(ENTRIES).map(([name, file]) => [join(compiled, file), name]));

const URL_LITERAL = /new URL\(\s*(["'])(\.{1,2}\/[^"']+)\1\s*,\s*import\.meta\.url\s*\)/g;
const rewritten = [];

/** Points module-relative URLs at the same files from dist/bundle. */
const relocateUrls = {
  name: "relocate-import-meta-urls",
  setup(b) {
    b.onLoad({ filter: /\.js$/ }, (args) => {
      if (!args.path.startsWith(compiled + sep)) return undefined;
      const code = readFileSync(args.path, "utf8");
      const contents = code.replace(URL_LITERAL, (_all, quote, rel) => {
        const target = resolve(dirname(args.path), rel);
        const entry = entryPaths[target];
        let fromBundle;
        if (entry !== undefined) fromBundle = `./${entry}.js`;
        else if (existsSync(target)) fromBundle = relative(outdir, target).split(sep).join("/");
        else throw new Error(`${relative(root, args.path)}: ${rel} does not exist (${relative(root, target)})`);
        if (!fromBundle.startsWith(".")) fromBundle = `./${fromBundle}`;
        rewritten.push(`${relative(compiled, args.path)}: ${rel} → ${fromBundle}`);
        return `new URL(${quote}${fromBundle}${quote}, import.meta.url)`;
      });
      return { contents, loader: "js" };
    });
  },
};

rmSync(outdir, { recursive: true, force: true });
await build({
  entryPoints: Object.fromEntries(Object.entries(ENTRIES).map(([name, file]) => [name, join(compiled, file)])),
  outdir,
  bundle: true,
  splitting: true,
  // Chunks beside the entries: a rewritten URL is relative to that one folder.
  chunkNames: "chunk-[hash]",
  format: "esm",
  platform: "node",
  target: "node20",
  packages: "external",
  legalComments: "none",
  logLevel: "warning",
  plugins: [relocateUrls],
});
chmodSync(join(outdir, "cli.js"), 0o755);
if (process.argv.includes("--verbose")) console.log(rewritten.join("\n"));
