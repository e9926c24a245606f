/**
 * The browser's address for the backend's per-client limits, decided from what the browser cannot set.
 *
 * A browser may send its own `X-Forwarded-For`, and Next.js keeps a client's header as it came
 * (it only fills one in when none was sent), so the route handler cannot tell a forged header from
 * the real peer. The address is therefore decided where the socket is still known (the Node server's
 * `request` event, installed by `instrumentation.ts`) and written over whatever the client sent:
 * the peer itself, or — behind `VIZ_TRUSTED_PROXY_HOPS` reverse proxies of the deployment's own —
 * the address the outermost of them saw. Entries further left are the client's own claims: ignored.
 */
import type { IncomingMessage, Server } from "node:http";

/** The client's address from the forwarded chain and the socket peer, trusting `hops` proxies in front. */
export function clientAddress(
  forwardedFor: string | string[] | undefined,
  peer: string | undefined,
  hops: number,
): string {
  const header = Array.isArray(forwardedFor) ? forwardedFor.join(",") : (forwardedFor ?? "");
  const claimed = header
    .split(",")
    .map((s) => s.trim())
    .filter(Boolean);
  const chain = [...claimed, peer ?? "unknown"];
  const trusted = Math.max(0, Math.floor(hops) || 0);
  return chain[Math.max(0, chain.length - 1 - trusted)] ?? "unknown";
}

/** `VIZ_TRUSTED_PROXY_HOPS`: reverse proxies in front of this server that append the peer (default 0). */
export function trustedHops(env: Record<string, string | undefined>): number {
  const hops = Number(env.VIZ_TRUSTED_PROXY_HOPS ?? "0");
  return Number.isInteger(hops) && hops >= 0 ? hops : 0;
}

const INSTALLED = Symbol.for("viz.clientAddress");

/**
 * Make every HTTP server of this process overwrite `X-Forwarded-For` with `clientAddress(...)` before
 * Next.js sees the request (idempotent).
 */
export function overwriteForwardedFor(server: typeof Server, hops: number): void {
  const proto = server.prototype as Server & { [INSTALLED]?: boolean };
  if (proto[INSTALLED]) return;
  proto[INSTALLED] = true;
  const emit = proto.emit as (this: Server, event: string | symbol, ...args: unknown[]) => boolean;
  proto.emit = function (this: Server, event: string | symbol, ...args: unknown[]): boolean {
    if (event === "request") {
      const request = args[0] as IncomingMessage;
      request.headers["x-forwarded-for"] = clientAddress(
        request.headers["x-forwarded-for"],
        request.socket.remoteAddress,
        hops,
      );
    }
    return emit.call(this, event, ...args);
  } as typeof proto.emit;
}
