// Bundles the chart sandbox (sandbox-src/) into public/sandbox/: an HTML shell and one IIFE script.
import { copyFileSync, mkdirSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { build } from "esbuild";

const frontend = join(dirname(fileURLToPath(import.meta.url)), "..");
const out = join(frontend, "public/sandbox");
mkdirSync(out, { recursive: true });

const started = performance.now();
const result = await build({
  entryPoints: [join(frontend, "sandbox-src/runner.tsx")],
  outfile: join(out, "runner.js"),
  bundle: true,
  format: "iife",
  platform: "browser",
  target: ["es2022"],
  jsx: "automatic",
  minify: true,
  legalComments: "none",
  define: { "process.env.NODE_ENV": '"production"' },
  metafile: true,
  logLevel: "warning",
});
copyFileSync(join(frontend, "sandbox-src/index.html"), join(out, "index.html"));
const bytes = Object.values(result.metafile.outputs).reduce((n, o) => n + o.bytes, 0);
console.log(`sandbox: ${(bytes / 1024).toFixed(0)} KiB in ${(performance.now() - started).toFixed(0)} ms`);
