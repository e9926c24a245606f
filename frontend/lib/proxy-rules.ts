/**
 * What the same-origin proxy (app/api/backend/[...path]) may forward with the server's API token.
 *
 * Only the API's own routes, with the methods the UI uses, reach the backend: a browser request can
 * never ride on the token to another route (dev endpoints, docs, OpenAPI). Extend `PROXY_ROUTES`
 * when the UI starts using a new route; `:param` matches one plain path segment. Every entry must be
 * an operation of the API's OpenAPI document (backend/tests/test_reliability_proxy_routes.py).
 */

export type Method = "GET" | "POST" | "PUT" | "PATCH" | "DELETE";

/** `json`: the API's JSON bodies (bounded like the backend, 1 MiB); `upload`: files (the upload limit). */
export type BodyKind = "json" | "upload";

export type ProxyRoute = { path: string; methods: readonly Method[]; body?: BodyKind };

export const PROXY_ROUTES: readonly ProxyRoute[] = [
  { path: "/health", methods: ["GET"] },
  { path: "/chat", methods: ["POST"] },
  { path: "/query-understanding", methods: ["POST"] },
  { path: "/generate-ui", methods: ["POST"] },
  { path: "/api/catalog", methods: ["GET"] },
  { path: "/api/engines", methods: ["GET"] },
  { path: "/api/query", methods: ["POST"] },
  { path: "/api/data/:id", methods: ["GET"] },
  { path: "/api/conversations", methods: ["GET"] },
  { path: "/api/conversations/:id", methods: ["GET", "PATCH", "DELETE"] },
  { path: "/api/templates", methods: ["GET", "POST"] },
  { path: "/api/templates/import", methods: ["POST"] },
  { path: "/api/templates/:id", methods: ["GET", "PUT", "PATCH", "DELETE"] },
  { path: "/api/templates/:id/versions", methods: ["GET"] },
  { path: "/api/templates/:id/versions/:version/restore", methods: ["POST"] },
  { path: "/api/templates/:id/export", methods: ["GET"] },
  { path: "/api/templates/:id/data", methods: ["GET"] },
  { path: "/api/templates/:id/refresh", methods: ["POST"] },
  { path: "/api/sources", methods: ["GET", "POST"], body: "upload" },
  { path: "/api/sources/test", methods: ["POST"] },
  { path: "/api/sources/:name", methods: ["DELETE"] },
  { path: "/api/sources/:name/refresh", methods: ["POST"] },
];

/** One plain path segment: no empty, `.` or `..` segment, no encoded slash or other escape. */
const SEGMENT = /^[A-Za-z0-9_~.-]{1,200}$/;

/** The route whose path `segments` (already split, as Next.js hands them over) name, whatever the method. */
export function pathRoute(
  segments: readonly string[],
  routes: readonly ProxyRoute[] = PROXY_ROUTES,
): ProxyRoute | undefined {
  if (segments.some((s) => !SEGMENT.test(s) || s === "." || s === "..")) return undefined;
  return routes.find((route) => {
    const parts = route.path.split("/").slice(1);
    return parts.length === segments.length && parts.every((p, i) => p.startsWith(":") || p === segments[i]);
  });
}

/** The route `segments` may reach with `method`, if the allow-list has it. */
export function matchRoute(
  method: string,
  segments: readonly string[],
  routes: readonly ProxyRoute[] = PROXY_ROUTES,
): ProxyRoute | undefined {
  const route = pathRoute(segments, routes);
  return route && (route.methods as readonly string[]).includes(method) ? route : undefined;
}

const LOOPBACK = new Set(["127.0.0.1", "localhost", "[::1]"]);

/**
 * Hosts (`name:port`) the app is served under, from the configured origins (`VIZ_CORS_ORIGINS`,
 * comma-separated, the same list the backend allows). Empty when none is configured.
 */
export function allowedHosts(origins: string | undefined): Set<string> {
  const hosts = new Set<string>();
  for (const origin of (origins ?? "").split(",")) {
    const trimmed = origin.trim();
    if (!trimmed) continue;
    try {
      hosts.add(new URL(trimmed).host.toLowerCase());
    } catch {
      // not a URL: ignored, so a typo cannot open the proxy to every host
    }
  }
  return hosts;
}

/**
 * Whether a request's `Host` header names this app. A DNS-rebinding page reaches the proxy under its
 * own domain name, so any other host is refused. Without configured origins, only loopback names
 * (any port) are accepted: a local install keeps working, a rebinding domain does not.
 */
export function hostAllowed(host: string | null, allowed: Set<string>): boolean {
  if (!host) return false;
  const h = host.trim().toLowerCase();
  if (allowed.size > 0) return allowed.has(h);
  const name = h.startsWith("[") ? h.slice(0, h.indexOf("]") + 1) : (h.split(":")[0] ?? "");
  return LOOPBACK.has(name);
}

/** Whether a browser's `Origin` (sent on cross-site writes) is this app itself; absent is same-origin. */
export function originAllowed(origin: string | null, host: string | null): boolean {
  if (!origin) return true;
  try {
    return new URL(origin).host.toLowerCase() === (host ?? "").trim().toLowerCase();
  } catch {
    return false;
  }
}

/** Byte limit of a request body of this kind (the backend's own limits, configurable the same way). */
export function bodyLimit(
  kind: BodyKind | undefined,
  contentType: string | null,
  env: Record<string, string | undefined>,
): number {
  const json = Number(env.VIZ_MAX_BODY_BYTES) || 1024 * 1024;
  const upload = Number(env.VIZ_UPLOAD_MAX_BYTES) || 200 * 1024 * 1024;
  const multipart = (contentType ?? "").toLowerCase().startsWith("multipart/form-data");
  return kind === "upload" && multipart ? upload : json;
}

/** Counts bytes through the stream and fails it once they exceed `limit` (nothing is buffered). */
export function limitStream(
  body: ReadableStream<Uint8Array>,
  limit: number,
  onTooLarge: () => void,
): ReadableStream<Uint8Array> {
  let seen = 0;
  return body.pipeThrough(
    new TransformStream<Uint8Array, Uint8Array>({
      transform(chunk, controller) {
        seen += chunk.byteLength;
        if (seen > limit) {
          onTooLarge();
          controller.error(new Error(`request body exceeds ${limit} bytes`));
          return;
        }
        controller.enqueue(chunk);
      },
    }),
  );
}
