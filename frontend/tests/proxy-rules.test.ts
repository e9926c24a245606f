import { describe, expect, it } from "vitest";
import {
  allowedHosts,
  bodyLimit,
  hostAllowed,
  limitStream,
  matchRoute,
  originAllowed,
  pathRoute,
} from "@/lib/proxy-rules";

describe("proxy allow-list", () => {
  it("forwards the API's routes with the methods the UI uses", () => {
    expect(matchRoute("POST", ["chat"])?.path).toBe("/chat");
    expect(matchRoute("GET", ["api", "data", "AbC_123-xyz"])?.path).toBe("/api/data/:id");
    expect(matchRoute("POST", ["api", "query"])).toBeDefined();
    expect(matchRoute("PATCH", ["api", "conversations", "c1"])).toBeDefined();
    expect(matchRoute("DELETE", ["api", "templates", "t1"])).toBeDefined();
    expect(matchRoute("POST", ["api", "templates", "t1", "versions", "3", "restore"])).toBeDefined();
    expect(matchRoute("POST", ["api", "sources"])?.body).toBe("upload");
    expect(matchRoute("GET", ["health"])).toBeDefined();
  });

  it("refuses every other route and method, so the token rides nowhere else", () => {
    for (const path of [
      ["docs"],
      ["openapi.json"],
      ["dev", "reset"],
      ["api"],
      ["api", "data"],
      ["api", "data", "x", "extra"],
      ["api", "catalog", ".."],
      ["api", "data", ".."],
      ["api", "data", "."],
      ["api", "data", "a/b"],
      ["api", "data", "%2e%2e"],
      ["api", "data", ""],
    ]) {
      expect(matchRoute("GET", path), path.join("/")).toBeUndefined();
    }
    expect(matchRoute("DELETE", ["api", "query"])).toBeUndefined();
    expect(matchRoute("PUT", ["chat"])).toBeUndefined();
    expect(matchRoute("POST", ["api", "catalog"])).toBeUndefined();
    expect(pathRoute(["api", "catalog"])).toBeDefined(); // known path, wrong method: 405 rather than 404
    expect(pathRoute(["docs"])).toBeUndefined();
  });
});

describe("Host and Origin checks", () => {
  it("accepts only the configured origins' hosts", () => {
    const allowed = allowedHosts("http://127.0.0.1:3000, https://viz.example.com ,not a url");
    expect([...allowed].sort()).toEqual(["127.0.0.1:3000", "viz.example.com"]);
    expect(hostAllowed("viz.example.com", allowed)).toBe(true);
    expect(hostAllowed("VIZ.example.com", allowed)).toBe(true);
    expect(hostAllowed("127.0.0.1:3000", allowed)).toBe(true);
    expect(hostAllowed("127.0.0.1:3001", allowed)).toBe(false);
    expect(hostAllowed("attacker.example:3000", allowed)).toBe(false);
    expect(hostAllowed(null, allowed)).toBe(false);
  });

  it("without configured origins accepts loopback names only (a rebinding domain is refused)", () => {
    const none = allowedHosts(undefined);
    expect(hostAllowed("127.0.0.1:43123", none)).toBe(true);
    expect(hostAllowed("localhost:3000", none)).toBe(true);
    expect(hostAllowed("[::1]:3000", none)).toBe(true);
    expect(hostAllowed("rebind.attacker.example:3000", none)).toBe(false);
    expect(hostAllowed("127.0.0.1.nip.io:3000", none)).toBe(false);
  });

  it("refuses writes sent from another site", () => {
    expect(originAllowed(null, "127.0.0.1:3000")).toBe(true);
    expect(originAllowed("http://127.0.0.1:3000", "127.0.0.1:3000")).toBe(true);
    expect(originAllowed("https://evil.example", "127.0.0.1:3000")).toBe(false);
    expect(originAllowed("null", "127.0.0.1:3000")).toBe(false);
  });
});

describe("body limits", () => {
  it("bounds JSON by the API's limit and only multipart uploads by the upload limit", () => {
    expect(bodyLimit(undefined, "application/json", {})).toBe(1024 * 1024);
    expect(bodyLimit("upload", "application/json", {})).toBe(1024 * 1024);
    expect(bodyLimit("upload", "multipart/form-data; boundary=x", {})).toBe(200 * 1024 * 1024);
    expect(bodyLimit("upload", "multipart/form-data", { VIZ_UPLOAD_MAX_BYTES: "5000" })).toBe(5000);
    expect(bodyLimit(undefined, null, { VIZ_MAX_BODY_BYTES: "2048" })).toBe(2048);
  });

  it("streams a body through and fails it once it passes the limit", async () => {
    const chunks = (sizes: number[]) =>
      new ReadableStream<Uint8Array>({
        start(c) {
          for (const n of sizes) c.enqueue(new Uint8Array(n));
          c.close();
        },
      });
    let over = false;
    const ok = await new Response(limitStream(chunks([400, 600]), 1000, () => (over = true))).arrayBuffer();
    expect(ok.byteLength).toBe(1000);
    expect(over).toBe(false);
    await expect(
      new Response(limitStream(chunks([600, 600]), 1000, () => (over = true))).arrayBuffer(),
    ).rejects.toThrow();
    expect(over).toBe(true);
  });
});
