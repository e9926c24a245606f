import { request, Server } from "node:http";
import type { AddressInfo } from "node:net";
import { afterEach, describe, expect, it } from "vitest";
import { clientAddress, overwriteForwardedFor, trustedHops } from "@/lib/client-address";

describe("clientAddress", () => {
  it("is the socket peer when no proxy of ours is in front, whatever the client claims", () => {
    expect(clientAddress(undefined, "192.0.2.7", 0)).toBe("192.0.2.7");
    expect(clientAddress("203.0.113.9", "192.0.2.7", 0)).toBe("192.0.2.7");
    expect(clientAddress("1.1.1.1, 2.2.2.2", "192.0.2.7", 0)).toBe("192.0.2.7");
  });

  it("behind N trusted proxies, is the address the outermost of them saw", () => {
    // browser → nginx (appends the browser's address) → this server
    expect(clientAddress("198.51.100.4", "127.0.0.1", 1)).toBe("198.51.100.4");
    expect(clientAddress("203.0.113.9, 198.51.100.4", "127.0.0.1", 1)).toBe("198.51.100.4");
    expect(clientAddress(["203.0.113.9", "198.51.100.4, 10.0.0.2"], "127.0.0.1", 2)).toBe("198.51.100.4");
    expect(clientAddress(undefined, "127.0.0.1", 3)).toBe("127.0.0.1"); // fewer hops than trusted
  });

  it("reads VIZ_TRUSTED_PROXY_HOPS, 0 unless a whole number", () => {
    expect(trustedHops({})).toBe(0);
    expect(trustedHops({ VIZ_TRUSTED_PROXY_HOPS: "2" })).toBe(2);
    expect(trustedHops({ VIZ_TRUSTED_PROXY_HOPS: "-1" })).toBe(0);
    expect(trustedHops({ VIZ_TRUSTED_PROXY_HOPS: "x" })).toBe(0);
  });
});

describe("overwriteForwardedFor on a real server", () => {
  let server: Server | undefined;
  afterEach(() => server?.close());

  it("replaces a forged X-Forwarded-For with the socket's address before the app sees it", async () => {
    class AppServer extends Server {}
    overwriteForwardedFor(AppServer, 0);
    overwriteForwardedFor(AppServer, 0); // idempotent: installed once
    server = new AppServer((req, res) => res.end(String(req.headers["x-forwarded-for"])));
    await new Promise<void>((resolve) => server?.listen(0, "127.0.0.1", resolve));
    const { port } = server.address() as AddressInfo;
    const seen = await new Promise<string>((resolve, reject) => {
      const req = request(
        { host: "127.0.0.1", port, path: "/", headers: { "x-forwarded-for": "203.0.113.9, 10.9.9.9" } },
        (res) => {
          let body = "";
          res.on("data", (c: Buffer) => {
            body += c.toString();
          });
          res.on("end", () => resolve(body));
        },
      );
      req.on("error", reject);
      req.end();
    });
    expect(seen).toBe("127.0.0.1");
  });
});
