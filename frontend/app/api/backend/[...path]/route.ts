/**
 * Same-origin proxy to the backend, used when VIZ_API_TOKEN is set: the bearer is added here.
 *
 * It forwards only the allow-listed routes and methods (lib/proxy-rules.ts), only for requests whose
 * `Host` names this app (no DNS rebinding) and whose `Origin`, if any, is this app; bodies stream
 * through with the backend's byte limits instead of being buffered.
 */
import type { NextRequest } from "next/server";
import {
  allowedHosts,
  bodyLimit,
  hostAllowed,
  limitStream,
  matchRoute,
  originAllowed,
  pathRoute,
} from "@/lib/proxy-rules";
import type { AppErrorCode } from "@/lib/schemas";
import { backendToken, backendUrl } from "@/lib/server-config";

export const dynamic = "force-dynamic";

const FORWARD_REQUEST = ["content-type", "accept"];
const FORWARD_RESPONSE = [
  "content-type",
  "content-disposition",
  "cache-control",
  "retry-after",
  "www-authenticate",
];

function refuse(
  status: number,
  code: AppErrorCode,
  message: string,
  headers?: Record<string, string>,
): Response {
  return Response.json({ error: { code, message, detail: null } }, { status, headers });
}

async function proxy(
  request: NextRequest,
  context: { params: Promise<{ path: string[] }> },
): Promise<Response> {
  const host = request.headers.get("host");
  if (!hostAllowed(host, allowedHosts(process.env.VIZ_CORS_ORIGINS))) {
    return refuse(403, "host_not_allowed", "this host is not one the app is served under");
  }
  if (!originAllowed(request.headers.get("origin"), host)) {
    return refuse(403, "host_not_allowed", "cross-site requests are not forwarded");
  }
  const { path } = await context.params;
  const route = matchRoute(request.method, path);
  if (!route) {
    const known = pathRoute(path);
    return known
      ? refuse(405, "route_not_allowed", `${request.method} is not forwarded to this route`, {
          allow: known.methods.join(", "),
        })
      : refuse(404, "route_not_allowed", "this route is not forwarded to the API");
  }
  const url = new URL(`${backendUrl()}/${path.map(encodeURIComponent).join("/")}`);
  url.search = request.nextUrl.search;
  const headers = new Headers();
  for (const h of FORWARD_REQUEST) {
    const v = request.headers.get(h);
    if (v) headers.set(h, v);
  }
  // The browser's address, so the backend's per-client limits count each browser on its own. The
  // server wrote it from the socket over anything the browser sent (instrumentation.ts): one value,
  // set here, never appended to.
  const client = request.headers.get("x-forwarded-for")?.split(",").at(-1)?.trim();
  if (client) headers.set("x-forwarded-for", client);
  const token = backendToken();
  if (token) headers.set("authorization", `Bearer ${token}`);
  // Uploads (multipart, up to VIZ_UPLOAD_MAX_BYTES) keep their declared length: the backend checks it first.
  const length = request.headers.get("content-length");
  if (length && (request.headers.get("content-type") ?? "").startsWith("multipart/form-data")) {
    headers.set("content-length", length);
  }

  const limit = bodyLimit(route.body, request.headers.get("content-type"), process.env);
  const declared = Number(length ?? "0");
  if (declared > limit) {
    return refuse(413, "payload_too_large", `request body exceeds ${limit} bytes`, { connection: "close" });
  }
  let tooLarge = false;
  const hasBody = request.method !== "GET" && request.body !== null;
  let upstream: Response;
  try {
    upstream = await fetch(url, {
      method: request.method,
      headers,
      body: hasBody && request.body ? limitStream(request.body, limit, () => (tooLarge = true)) : undefined,
      // Streams the body as it arrives (Node's fetch needs this for a stream body).
      ...(hasBody ? { duplex: "half" } : {}),
      // Closing the browser's request closes the backend's, which cancels the running query.
      signal: request.signal,
      cache: "no-store",
    } as RequestInit);
  } catch {
    if (tooLarge) {
      return refuse(413, "payload_too_large", `request body exceeds ${limit} bytes`, { connection: "close" });
    }
    return refuse(502, "backend_unreachable", "The backend is not reachable");
  }
  const out = new Headers({ "x-accel-buffering": "no" });
  for (const h of FORWARD_RESPONSE) {
    const v = upstream.headers.get(h);
    if (v) out.set(h, v);
  }
  return new Response(upstream.body, { status: upstream.status, headers: out });
}

export { proxy as DELETE, proxy as GET, proxy as PATCH, proxy as POST, proxy as PUT };
