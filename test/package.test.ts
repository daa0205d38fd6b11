// The package as a user gets it: `npm pack`, unpacked into fresh CommonJS and
// ESM projects (JavaScript and TypeScript), used from code and as a command.
// The dependencies come from this repository's node_modules (linked), so the
// test needs no network; a separate check makes sure that everything the
// package imports is among its declared dependencies.
import { execFileSync, spawnSync } from "node:child_process";
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, symlinkSync, writeFileSync } from "node:fs";
import { builtinModules } from "node:module";
import { tmpdir } from "node:os";
import { join, posix } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { ROOT } from "./helpers.js";

const pkg = JSON.parse(readFileSync(join(ROOT, "package.json"), "utf8")) as {
  dependencies: Record<string, string>; files: string[]; exports: unknown; bin: Record<string, string>;
};
const TSC = join(ROOT, "node_modules/typescript/bin/tsc");
const RELEASE = "Neue Bänke im Park\n\nMusterstadt, 12. März 2024 – Die Stadt hat im Stadtpark neue Bänke für 1,5 Millionen Euro aufgestellt.";

let work: string;
let files: string[];
let packed: string;
let tarball: string;

/** A consumer project with the unpacked package and the repository's node_modules linked beside it. */
function consumer(name: string, type: "commonjs" | "module", sources: Record<string, string>): string {
  const dir = join(work, name);
  mkdirSync(join(dir, "node_modules"), { recursive: true });
  for (const entry of readdirSync(join(ROOT, "node_modules"))) {
    if (entry === ".bin" || entry === "pressextract" || entry.startsWith(".")) continue;
    symlinkSync(join(ROOT, "node_modules", entry), join(dir, "node_modules", entry));
  }
  // Unpacked in place, not linked: Node resolves a package's dependencies from its real path.
  mkdirSync(join(dir, "node_modules", "pressextract"));
  execFileSync("tar", ["-xzf", tarball, "-C", join(dir, "node_modules", "pressextract"), "--strip-components=1"]);
  writeFileSync(join(dir, "package.json"), JSON.stringify({ name, private: true, type }));
  for (const [file, text] of Object.entries(sources)) writeFileSync(join(dir, file), text);
  return dir;
}

const node = (cwd: string, ...args: string[]) => {
  const r = spawnSync(process.execPath, args, { cwd, encoding: "utf8", input: RELEASE });
  expect(r.status, r.stderr).toBe(0);
  return r.stdout;
};

const tsc = (cwd: string, options: Record<string, unknown>) => {
  writeFileSync(join(cwd, "tsconfig.json"), JSON.stringify({
    compilerOptions: { strict: true, noUncheckedIndexedAccess: true, skipLibCheck: false, types: ["node"], target: "ES2022", ...options },
    include: ["*.ts", "*.cts", "*.mts"],
  }));
  const r = spawnSync(process.execPath, [TSC, "-p", "."], { cwd, encoding: "utf8" });
  expect(r.status, r.stdout + r.stderr).toBe(0);
};

// What every consumer does: extract one text, stream two, read a typed field, validate with the schema.
const body = `
const [release] = extract(text, { referenceDate: "2024-03-01" });
const value: string | null | undefined = release?.dates[0]?.value;
PressReleaseSchema.parse(release);
const streamed: string[] = [];
(async () => {
  for await (const item of extractStream([text, { id: "b", text, format: "text" }], { only: ["dates"] })) {
    if (isExtractFailure(item)) throw new Error(item.error.message);
    streamed.push(item.source + ":" + item.dates.length);
  }
  console.log(JSON.stringify({ value, streamed, kinds: OUTPUT_KINDS.length }));
})();
`;
const jsBody = body.replace(": string | null | undefined", "").replace(": string[]", "");
const expected = { value: "2024-03-12", streamed: ["0:1", "b:1"], kinds: 6 };
const names = "extract, extractStream, isExtractFailure, OUTPUT_KINDS";

beforeAll(() => {
  work = mkdtempSync(join(tmpdir(), "pressextract-pack-"));
  const out = execFileSync("npm", ["pack", "--ignore-scripts", "--json", "--pack-destination", work], { cwd: ROOT, encoding: "utf8" });
  const info = JSON.parse(out)[0] as { filename: string; files: { path: string }[] };
  files = info.files.map((f) => f.path);
  packed = join(work, "package");
  tarball = join(work, info.filename);
  execFileSync("tar", ["-xzf", tarball, "-C", work]);
}, 120_000);

afterAll(() => rmSync(work, { recursive: true, force: true }));

describe("the packed package", () => {
  it("holds the build, the licence, the data attributions and the changelog, and no source maps or tests", () => {
    for (const f of ["package.json", "README.md", "LICENSE", "NOTICE", "CHANGELOG.md", "dist/bundle/index.js", "dist/bundle/schema.js", "dist/bundle/cli.js", "dist/bundle/worker.js", "dist/src/index.js", "dist/src/index.d.ts", "dist/src/lexicon/data/tables.bin", "dist/src/tagger/data/names.model.bin"]) {
      expect(files, f).toContain(f);
    }
    expect(files.filter((f) => f.endsWith(".map"))).toEqual([]);
    // The bundles find the data files and their worker from dist/bundle (scripts/bundle.mjs rewrites the URLs).
    const urls = files.filter((f) => f.startsWith("dist/bundle/")).flatMap((f) =>
      [...readFileSync(join(packed, f), "utf8").matchAll(/new URL\("([^"]+)", import\.meta\.url\)/g)].map((m) => posix.join("dist/bundle", m[1]!)));
    expect(urls.sort()).toEqual(["dist/bundle/worker.js", "dist/src/lexicon/data/tables.bin", "dist/src/tagger/data/names.model.bin"]);
    for (const u of urls) expect(files).toContain(u);
    expect(files.filter((f) => /\.test\.|test-helpers|fixtures\//.test(f))).toEqual([]);
    const notice = readFileSync(join(packed, "NOTICE"), "utf8");
    for (const source of ["GeoNames", "Destatis", "i18n-iso-countries", "gender-detection-from-name", "CC BY 4.0"]) expect(notice).toContain(source);
  });

  it("has a README whose links work on the npm page (absolute or in-page only)", () => {
    const readme = readFileSync(join(packed, "README.md"), "utf8");
    const links = [...readme.matchAll(/\]\(([^)\s]+)\)/g)].map((m) => m[1]!);
    expect(links.filter((l) => !/^(https?:|#)/.test(l))).toEqual([]);
    const anchors = new Set([...readme.matchAll(/^#+ (.+)$/gm)].map((m) => m[1]!.toLowerCase().replace(/[^\p{L}\p{N} -]/gu, "").replace(/ /g, "-")));
    for (const l of links.filter((x) => x.startsWith("#"))) expect(anchors, l).toContain(l.slice(1));
  });

  it("imports only its declared dependencies and Node built-ins", () => {
    const builtins = new Set(builtinModules);
    const bare = new Set<string>();
    const walk = (dir: string) => {
      for (const e of readdirSync(dir, { withFileTypes: true })) {
        const p = join(dir, e.name);
        if (e.isDirectory()) walk(p);
        else if (p.endsWith(".js")) {
          const code = readFileSync(p, "utf8");
          const specifiers = [
            ...code.matchAll(/^\s*(?:import|export)\b[^;"]*?\bfrom\s+"([^"]+)"/gm),
            ...code.matchAll(/^\s*import\s+"([^"]+)"/gm),
            ...code.matchAll(/\bimport\(\s*"([^"]+)"\s*\)/g),
          ];
          for (const m of specifiers) if (!m[1]!.startsWith(".")) bare.add(m[1]!);
        }
      }
    };
    walk(join(packed, "dist"));
    const packages = [...bare].filter((s) => !s.startsWith("node:") && !builtins.has(s)).map((s) => s.startsWith("@") ? s.split("/").slice(0, 2).join("/") : s.split("/")[0]!);
    expect(packages).toEqual(expect.arrayContaining(["chrono-node", "zod", "parse5", "franc-min"]));
    expect(packages.filter((p) => !(p in pkg.dependencies))).toEqual([]);
    expect(pkg.dependencies).not.toHaveProperty("compromise");
  });

  it("works with require() in a CommonJS JavaScript project", () => {
    const dir = consumer("cjs-js", "commonjs", {
      "index.js": `const { ${names} } = require("pressextract");\nconst { PressReleaseSchema } = require("pressextract/schema");\nconst text = require("fs").readFileSync(0, "utf8");\n${jsBody}`,
    });
    expect(JSON.parse(node(dir, "index.js"))).toEqual(expected);
  });

  it("works with import in an ES module JavaScript project", () => {
    const dir = consumer("esm-js", "module", {
      "index.js": `import { ${names} } from "pressextract";\nimport { PressReleaseSchema } from "pressextract/schema";\nimport { readFileSync } from "node:fs";\nconst text = readFileSync(0, "utf8");\n${jsBody}`,
    });
    expect(JSON.parse(node(dir, "index.js"))).toEqual(expected);
  });

  it("type-checks and runs in a CommonJS TypeScript project (module nodenext)", () => {
    const dir = consumer("cjs-ts", "commonjs", {
      "index.ts": `import { ${names}, type PressRelease } from "pressextract";\nimport { PressReleaseSchema } from "pressextract/schema";\nimport { readFileSync } from "node:fs";\nconst text = readFileSync(0, "utf8");\nconst typed: PressRelease[] = extract(text);\nvoid typed;\n${body}`,
    });
    tsc(dir, { module: "nodenext", moduleResolution: "nodenext" });
    expect(readFileSync(join(dir, "index.js"), "utf8")).toContain('require("pressextract")');
    expect(JSON.parse(node(dir, "index.js"))).toEqual(expected);
  });

  it("type-checks and runs in an ES module TypeScript project (module nodenext), and type-checks with bundler resolution", () => {
    const dir = consumer("esm-ts", "module", {
      "index.ts": `import { ${names}, type ExtractStreamOptions } from "pressextract";\nimport { PressReleaseSchema } from "pressextract/schema";\nimport { readFileSync } from "node:fs";\nconst text = readFileSync(0, "utf8");\nconst options: ExtractStreamOptions = { jobs: 1 };\nvoid options;\n${body}`,
    });
    tsc(dir, { module: "nodenext", moduleResolution: "nodenext" });
    expect(JSON.parse(node(dir, "index.js"))).toEqual(expected);
    tsc(dir, { module: "preserve", moduleResolution: "bundler", noEmit: true, skipLibCheck: true });
  });

  it("runs the command from the package, inline and with worker threads", () => {
    const dir = join(work, "cjs-js");
    const bin = join(dir, "node_modules/pressextract", pkg.bin.pressextract);
    const out = node(dir, bin, "extract", "--jobs", "1", "--only", "dates", "-");
    expect(JSON.parse(out).dates[0].value).toBe("2024-03-12");
    writeFileSync(join(dir, "a.txt"), RELEASE);
    writeFileSync(join(dir, "b.txt"), RELEASE);
    const pooled = node(dir, bin, "extract", "--jobs", "2", "--only", "dates", "a.txt", "b.txt").trim().split("\n").map((l) => JSON.parse(l));
    expect(pooled.map((r) => [r.source, r.dates[0].value])).toEqual([["a.txt", "2024-03-12"], ["b.txt", "2024-03-12"]]);
  });
});
