// Regenerates lib/api/ (TypeScript types + Zod schemas) from the backend's OpenAPI document.
// The document comes from `python -m scripts.dump_openapi` at the repo root (with the project venv),
// or from the file named by OPENAPI_FILE.
import { execFileSync } from "node:child_process";
import { existsSync, writeFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";

const here = dirname(fileURLToPath(import.meta.url));
const frontend = join(here, "..");
const root = join(frontend, "..");
const input = join(frontend, ".openapi.json");

if (process.env.OPENAPI_FILE) {
  execFileSync("cp", [process.env.OPENAPI_FILE, input]);
} else {
  const python = [join(root, ".venv/bin/python"), "python3"].find((p) => p === "python3" || existsSync(p));
  const out = execFileSync(python, ["-m", "scripts.dump_openapi"], {
    cwd: root,
    encoding: "utf8",
    maxBuffer: 64 * 1024 * 1024,
  });
  writeFileSync(input, out);
}

const { createClient } = await import("@hey-api/openapi-ts");
await createClient({
  input,
  output: { path: join(frontend, "lib/api"), clean: true },
  plugins: ["@hey-api/typescript", { name: "zod", metadata: false }],
  logs: { level: "warn" },
});
