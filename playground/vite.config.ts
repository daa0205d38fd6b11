/**
 * Vite config of the browser playground. The page imports the library's
 * TypeScript sources directly (../src), so the bundle is the library itself:
 * no server-side extraction, gazetteers bundled as JSON assets.
 *
 *   npm run playground         dev server on http://127.0.0.1:5173
 *   npm run build:playground   static folder playground/dist/
 */
import { fileURLToPath } from "node:url";
import { defaultClientConditions, defineConfig } from "vite";

const playgroundDir = fileURLToPath(new URL(".", import.meta.url));
const repoRoot = fileURLToPath(new URL("..", import.meta.url));

export default defineConfig({
  root: playgroundDir,
  // Relative asset paths: the built folder works from any URL path.
  base: "./",
  // The page fetches nothing at run time; keep Vite from copying a public/ folder.
  publicDir: false,
  server: {
    host: "127.0.0.1",
    port: 5173,
    // The library sources and fixtures/ live outside the playground root.
    fs: { allow: [repoRoot] },
  },
  preview: { host: "127.0.0.1", port: 4173 },
  // The library runs in a module worker (src/worker.ts). Packages with a
  // "worker" export must use it there: their "browser" build may touch
  // `document` (decode-named-character-reference, used by the HTML/Markdown
  // loaders, does). The page itself imports only types from the library.
  worker: { format: "es" },
  resolve: {
    conditions: ["worker", ...defaultClientConditions],
    // The library loads parse5 and franc on first use with Node's synchronous
    // require; a browser has none, so it gets the static imports (as package.json
    // "browser" does for bundles of the published package).
    alias: [{ find: /^(.*\/deps\/optional)\.js$/, replacement: "$1.browser.ts" }],
  },
  build: {
    outDir: "dist",
    emptyOutDir: true,
    target: "es2022",
    // The gazetteers are large on purpose; a single chunk keeps the page one request.
    chunkSizeWarningLimit: 4000,
    // The worker bundle is built inside the HTML transform, so that hook is
    // slow by design; Rolldown's timing report about it is noise.
    rolldownOptions: { checks: { bundlerTimings: false } },
  },
});
