/**
 * Issue 16: with VIZ_API_TOKEN set, the browser talks to the API only through the same-origin proxy,
 * which forwards the allow-listed routes with the token, refuses other routes and foreign hosts, and
 * streams bodies with the backend's limit.
 */
import { request as httpRequest } from "node:http";
import type { Browser } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type Servers, startServers } from "./servers";
import { launch, WorkspacePage } from "./workspace-page";

const TOKEN = "e2e-proxy-token";
let servers: Servers;
let proxy: string;

beforeAll(async () => {
  servers = await startServers({ token: TOKEN });
  proxy = `${servers.frontendUrl}/api/backend`;
});

afterAll(() => servers?.stop());

/** A raw request, so the Host header and a chunked body are exactly what a hostile client sends. */
function raw(
  path: string,
  options: { method?: string; host?: string; chunks?: Buffer[] } = {},
): Promise<{ status: number; body: string }> {
  const url = new URL(`${proxy}${path}`);
  return new Promise((resolve, reject) => {
    const req = httpRequest(
      {
        host: url.hostname,
        port: url.port,
        path: url.pathname + url.search,
        method: options.method ?? "GET",
        headers: { host: options.host ?? url.host, "content-type": "application/json" },
      },
      (res) => {
        let body = "";
        res.on("data", (c: Buffer) => {
          body += c.toString();
        });
        res.on("end", () => resolve({ status: res.statusCode ?? 0, body }));
      },
    );
    req.on("error", reject);
    for (const chunk of options.chunks ?? []) req.write(chunk);
    req.end();
  });
}

describe("the token-carrying proxy", () => {
  it("the backend refuses requests without the token, the proxy adds it", async () => {
    const direct = await fetch(`${servers.backendUrl}/api/catalog`);
    expect(direct.status).toBe(401);
    const viaProxy = await fetch(`${proxy}/api/catalog`);
    expect(viaProxy.status).toBe(200);
    const query = await fetch(`${proxy}/api/query`, {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: JSON.stringify({ sql: "SELECT 41 + 1 AS answer" }),
    });
    expect(query.status).toBe(200);
    expect((await query.json()).rows).toEqual([[42]]);
  });

  it("forwards no route the UI does not use, and no method it does not use", async () => {
    for (const path of ["/docs", "/openapi.json", "/api", "/api/data/x/y", "/api/data/..%2F..%2Fdocs"]) {
      const res = await fetch(`${proxy}${path}`);
      expect(res.status, path).toBe(404);
      expect((await res.json()).error.code).toBe("route_not_allowed");
    }
    const wrongMethod = await fetch(`${proxy}/api/query`, { method: "DELETE" });
    expect(wrongMethod.status).toBe(405);
    expect(wrongMethod.headers.get("allow")).toBe("POST");
    // routes the API does not have are not forwarded either (the allow-list once had two)
    for (const path of ["/api/sources/demo", "/api/conversations/abc/turns"]) {
      const res = await fetch(`${proxy}${path}`);
      expect(res.status, path).toBe(path.endsWith("turns") ? 404 : 405);
    }
  });

  it("refuses a request under a foreign Host (DNS rebinding) and a cross-site write", async () => {
    const rebound = await raw("/api/catalog", { host: "rebind.attacker.example" });
    expect(rebound.status).toBe(403);
    expect(JSON.parse(rebound.body).error.code).toBe("host_not_allowed");
    const crossSite = await fetch(`${proxy}/api/query`, {
      method: "POST",
      headers: { "content-type": "application/json", origin: "https://evil.example" },
      body: JSON.stringify({ sql: "SELECT 1" }),
    });
    expect(crossSite.status).toBe(403);
  });

  it("refuses a chunked JSON body over 1 MiB with 413, without buffering it", async () => {
    const chunk = Buffer.alloc(256 * 1024, 0x20);
    const big = await raw("/api/query", { method: "POST", chunks: [chunk, chunk, chunk, chunk, chunk] });
    expect(big.status).toBe(413);
    expect(JSON.parse(big.body).error.code).toBe("payload_too_large");
  });

  it("a client cannot escape its per-client limit by sending its own X-Forwarded-For", async () => {
    // Runs until stopped: each one holds one of the client's two query slots (VIZ_MAX_QUERIES_PER_CLIENT).
    const slow = "SELECT count(*) AS n FROM flights a CROSS JOIN flights b WHERE a.delay + b.delay = -12345";
    const post = (forwardedFor: string, signal: AbortSignal) =>
      fetch(`${proxy}/api/query`, {
        method: "POST",
        headers: { "content-type": "application/json", "x-forwarded-for": forwardedFor },
        body: JSON.stringify({ sql: slow }),
        signal,
      });
    const holders = [new AbortController(), new AbortController()];
    const held = holders.map((a, i) => post(`203.0.113.${i + 1}`, a.signal).catch(() => undefined));
    try {
      // A third query claiming yet another address is still the same client: 429 once both slots are
      // held (asked again until then; each attempt that got through is stopped by its own abort).
      let status = 0;
      const deadline = Date.now() + 60_000;
      while (status !== 429 && Date.now() < deadline) {
        const attempt = new AbortController();
        const timer = setTimeout(() => attempt.abort(), 3_000);
        status = await post("198.51.100.77", attempt.signal)
          .then((r) => r.status)
          .catch(() => 0);
        clearTimeout(timer);
      }
      expect(status).toBe(429);
    } finally {
      for (const a of holders) a.abort();
      await Promise.all(held);
    }
  });

  it("a question asked in the browser streams its answer through the proxy", async () => {
    let browser: Browser | undefined;
    try {
      browser = await launch();
      const page = await browser.newPage({ viewport: { width: 1440, height: 900 } });
      const ws = new WorkspacePage(page);
      await ws.goto(servers.frontendUrl);
      await ws.ask("total amount by region");
      await ws.marks().first().waitFor({ timeout: 30_000 });
      const api = ws.requests.map((r) => new URL(r.url())).filter((u) => u.pathname.includes("/chat"));
      expect(api.length).toBeGreaterThan(0);
      expect(
        api.every((u) => u.origin === servers.frontendUrl && u.pathname.startsWith("/api/backend/")),
      ).toBe(true);
    } finally {
      await browser?.close();
    }
  });
});
