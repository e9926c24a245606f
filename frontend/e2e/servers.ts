/** Starts the real backend (built-in model, demo catalog) and the built frontend on free ports. */
import { type ChildProcess, execFileSync, spawn } from "node:child_process";
import { existsSync, mkdtempSync, readdirSync, statSync } from "node:fs";
import { createServer } from "node:net";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";

export const FRONTEND_DIR = fileURLToPath(new URL("..", import.meta.url));
export const REPO_ROOT = join(FRONTEND_DIR, "..");
/** The e2e build has its own output directory, so it never clobbers a running `next dev`. */
const E2E_DIST_DIR = ".next-e2e";

export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const srv = createServer();
    srv.unref();
    srv.on("error", reject);
    srv.listen(0, "127.0.0.1", () => {
      const addr = srv.address();
      srv.close(() => (typeof addr === "object" && addr ? resolve(addr.port) : reject(new Error("no port"))));
    });
  });
}

async function waitFor(url: string, timeoutMs: number, proc: ChildProcess, name: string): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (proc.exitCode !== null) throw new Error(`${name} exited with ${proc.exitCode}`);
    try {
      const res = await fetch(url);
      if (res.ok) return;
    } catch {
      // not up yet
    }
    await new Promise((r) => setTimeout(r, 250));
  }
  throw new Error(`${name} did not answer ${url} within ${timeoutMs} ms`);
}

function start(
  cmd: string,
  args: string[],
  cwd: string,
  env: Record<string, string>,
  name: string,
): ChildProcess {
  const proc = spawn(cmd, args, {
    cwd,
    env: { ...process.env, ...env },
    stdio: ["ignore", "pipe", "pipe"],
    detached: true,
  });
  const log: string[] = [];
  const keep = (b: Buffer) => {
    log.push(b.toString());
    if (log.length > 200) log.shift();
  };
  proc.stdout?.on("data", keep);
  proc.stderr?.on("data", keep);
  proc.on("exit", (code) => {
    if (code && code !== 0 && !stopping.has(proc)) console.error(`[${name}] exited ${code}\n${log.join("")}`);
  });
  return proc;
}

const stopping = new Set<ChildProcess>();

/** Kills a process group we started (by its own pid, never by name). */
export function stop(proc: ChildProcess | undefined): void {
  if (!proc?.pid || proc.exitCode !== null) return;
  stopping.add(proc);
  try {
    process.kill(-proc.pid, "SIGTERM");
  } catch {
    // already gone
  }
}

function newestMtime(dir: string): number {
  let newest = 0;
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    if (entry.name === "node_modules" || entry.name.startsWith(".")) continue;
    const p = join(dir, entry.name);
    newest = Math.max(newest, entry.isDirectory() ? newestMtime(p) : statSync(p).mtimeMs);
  }
  return newest;
}

/** `next build` unless the last build is newer than every source file. */
export function ensureBuild(): void {
  const stamp = join(FRONTEND_DIR, E2E_DIST_DIR, "BUILD_ID");
  const sources = ["app", "components", "hooks", "lib"].map((d) => newestMtime(join(FRONTEND_DIR, d)));
  sources.push(
    statSync(join(FRONTEND_DIR, "next.config.ts")).mtimeMs,
    statSync(join(FRONTEND_DIR, "package-lock.json")).mtimeMs,
  );
  if (existsSync(stamp) && statSync(stamp).mtimeMs > Math.max(...sources)) return;
  execFileSync(join(FRONTEND_DIR, "node_modules/.bin/next"), ["build"], {
    cwd: FRONTEND_DIR,
    stdio: "inherit",
    env: { ...process.env, NEXT_TELEMETRY_DISABLED: "1", NEXT_DIST_DIR: E2E_DIST_DIR },
  });
}

export type Servers = { backendUrl: string; frontendUrl: string; stop(): void };

/**
 * `token`: both run with VIZ_API_TOKEN, so the browser goes through the same-origin proxy.
 * `backendEnv`: extra VIZ_* settings for the backend (a short query timeout, …).
 */
export async function startServers(
  options: { token?: string; backendEnv?: Record<string, string> } = {},
): Promise<Servers> {
  if (!existsSync(join(REPO_ROOT, "data/demo.duckdb"))) {
    execFileSync(join(REPO_ROOT, ".venv/bin/python"), ["-m", "scripts.build_demo_data"], {
      cwd: REPO_ROOT,
      stdio: "inherit",
    });
  }
  ensureBuild();
  const [apiPort, webPort] = [await freePort(), await freePort()];
  const backendUrl = `http://127.0.0.1:${apiPort}`;
  const frontendUrl = `http://127.0.0.1:${webPort}`;
  const scratch = mkdtempSync(join(tmpdir(), "viz-e2e-"));
  const backend = start(
    join(REPO_ROOT, ".venv/bin/uvicorn"),
    ["backend.main:create_app", "--factory", "--host", "127.0.0.1", "--port", String(apiPort)],
    REPO_ROOT,
    {
      VIZ_MODEL: "builtin",
      VIZ_CORS_ORIGINS: frontendUrl,
      VIZ_DATABASE_URL: `sqlite+aiosqlite:///${join(scratch, "app.db")}`,
      VIZ_RESULTS_DIR: join(scratch, "results"),
      VIZ_UPLOADS_DIR: join(scratch, "uploads"),
      ...(options.token ? { VIZ_API_TOKEN: options.token } : {}),
      ...options.backendEnv,
    },
    "backend",
  );
  const frontend = start(
    join(FRONTEND_DIR, "node_modules/.bin/next"),
    ["start", "--hostname", "127.0.0.1", "--port", String(webPort)],
    FRONTEND_DIR,
    {
      VIZ_API_URL: backendUrl,
      NEXT_TELEMETRY_DISABLED: "1",
      PORT: String(webPort),
      NEXT_DIST_DIR: E2E_DIST_DIR,
      VIZ_CORS_ORIGINS: frontendUrl,
      ...(options.token ? { VIZ_API_TOKEN: options.token } : {}),
    },
    "frontend",
  );
  try {
    await Promise.all([
      waitFor(`${backendUrl}/health`, 90_000, backend, "backend"), // /health needs no token
      waitFor(`${frontendUrl}/sandbox/index.html`, 60_000, frontend, "frontend"),
    ]);
  } catch (err) {
    stop(backend);
    stop(frontend);
    throw err;
  }
  return {
    backendUrl,
    frontendUrl,
    stop() {
      stop(frontend);
      stop(backend);
    },
  };
}
