// What a fresh process loads: the dependencies only some inputs need (src/deps/optional.ts) must not
// load at import, and the CLI must not load zod for commands other than `schema`. Runs the built
// package (npm test builds first) in child processes; no timings.
import { spawnSync } from "node:child_process";
import { mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { pathToFileURL } from "node:url";
import { describe, expect, it } from "vitest";
import { ROOT } from "./helpers.js";

// What Node loads from the package: the bundles (scripts/bundle.mjs).
const INDEX = pathToFileURL(join(ROOT, "dist", "bundle", "index.js")).href;
const BIN = join(ROOT, "dist", "bundle", "cli.js");
const WATCHED = ["chrono-node", "franc-min", "parse5", "decode-named-character-reference", "zod", "cli-progress"];

// ES modules that import loads go through this hook; what require loads shows in require.cache.
const HOOK = `data:text/javascript,${encodeURIComponent(`
  export async function load(url, context, next) {
    if (url.includes("/node_modules/")) process.stderr.write("ESM " + url + "\\n");
    return next(url, context);
  }`)}`;
const REGISTER = `data:text/javascript,${encodeURIComponent(`import { register } from "node:module"; register(${JSON.stringify(HOOK)});`)}`;

/** The watched packages a child process with these arguments loaded. */
function loadedBy(args: string[]): string[] {
  const child = spawnSync(process.execPath, ["--import", REGISTER, ...args], { encoding: "utf8" });
  expect(child.status, child.stderr).toBe(0);
  const urls = [...child.stderr.matchAll(/^ESM (.*)$/gm), ...child.stdout.matchAll(/^CJS (.*)$/gm)].map((m) => m[1]!);
  return WATCHED.filter((name) => urls.some((u) => u.includes(`/node_modules/${name}/`)));
}

function afterScript(body: string): string[] {
  const script = `
    import { createRequire } from "node:module";
    const m = await import(${JSON.stringify(INDEX)});
    ${body}
    for (const file of Object.keys(createRequire(import.meta.url).cache)) console.log("CJS " + file);`;
  return loadedBy(["--input-type=module", "-e", script]);
}

const GERMAN = "Am 3. Mai 2021 trafen sich Anna Beispiel (Leiterin des Amtes) und 20 Gäste in Musterstadt. " +
  "Die Stadt hatte zu dem Treffen eingeladen, und es wurde über die Pläne für das neue Jahr gesprochen.";

describe("start-up", () => {
  it("import loads none of the dependencies only some inputs need, nor zod (its schemas are in pressextract/schema)", () => {
    expect(afterScript("")).toEqual([]);
  });

  it("a German plain-text release loads chrono-node, not franc, parse5 or the entity names", () => {
    expect(afterScript(`m.extract(${JSON.stringify(GERMAN)});`)).toEqual(["chrono-node"]);
  });

  it("HTML input loads parse5, Markdown entities their names, text that is not clearly German franc", () => {
    const body = `
      m.loadInput("<p>Hallo <b>Welt</b></p>", "html");
      m.loadInput("Caf&eacute; *hier*", "markdown");
      m.detectLanguage("This is an English sentence, and it is not German at all, as anyone can see.");`;
    expect(afterScript(body)).toEqual(["franc-min", "parse5", "decode-named-character-reference"]);
  });

  it("the schema entry loads zod", () => {
    const schema = pathToFileURL(join(ROOT, "dist", "bundle", "schema.js")).href;
    expect(loadedBy(["--input-type=module", "-e", `await import(${JSON.stringify(schema)});`])).toEqual(["zod"]);
  });

  it("the CLI loads no zod, cli-progress or parse5 for --version, and zod for schema", () => {
    expect(loadedBy([BIN, "--version"])).toEqual([]);
    expect(loadedBy([BIN, "schema"])).toEqual(["zod"]);
  });

  it("a browser bundle of the package imports them statically (package.json browser), without a synchronous loader", async () => {
    const dir = mkdtempSync(join(tmpdir(), "pressextract-browser-"));
    try {
      mkdirSync(join(dir, "node_modules"));
      symlinkSync(ROOT, join(dir, "node_modules", "pressextract"), "dir");
      writeFileSync(join(dir, "entry.js"), `
        import { detectLanguage, loadInput } from "pressextract";
        export const run = () => [
          detectLanguage("This is an English sentence, and it is not German at all, as anyone can see.").code,
          loadInput("<p>Hallo <b>Welt</b></p>", "html").text.trim(),
          loadInput("Caf&eacute; am Markt", "markdown").text.trim(),
        ];`);
      const { build, defaultClientConditions } = await import("vite");
      await build({
        root: dir, configFile: false, logLevel: "silent",
        resolve: { conditions: ["worker", ...defaultClientConditions] },
        build: { lib: { entry: join(dir, "entry.js"), formats: ["es"], fileName: "bundle" }, outDir: join(dir, "out"), minify: false },
      });
      // As in a browser: no process.getBuiltinModule, so optional.ts could not load anything.
      const script = `delete process.getBuiltinModule; const m = await import(${JSON.stringify(join(dir, "out", "bundle.mjs"))}); console.log(JSON.stringify(m.run()));`;
      const child = spawnSync(process.execPath, ["--input-type=module", "-e", script], { encoding: "utf8" });
      expect(child.stderr).toBe("");
      expect(JSON.parse(child.stdout)).toEqual(["eng", "Hallo Welt", "Café am Markt"]);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
