/** Same-origin proxy to the backend, used when VIZ_API_TOKEN is set: the bearer is added here. */
import type { NextRequest } from "next/server";
import { backendToken, backendUrl } from "@/lib/server-config";

export const dynamic = "force-dynamic";

const FORWARD_REQUEST = ["content-type", "accept"];
const FORWARD_RESPONSE = ["content-type", "content-disposition", "cache-control"];

async function proxy(
  request: NextRequest,
  context: { params: Promise<{ path: string[] }> },
): Promise<Response> {
  const { path } = await context.params;
  const url = new URL(`${backendUrl()}/${path.map(encodeURIComponent).join("/")}`);
  url.search = request.nextUrl.search;
  const headers = new Headers();
  for (const h of FORWARD_REQUEST) {
    const v = request.headers.get(h);
    if (v) headers.set(h, v);
  }
  const token = backendToken();
  if (token) headers.set("authorization", `Bearer ${token}`);
  // Uploads (multipart, up to VIZ_UPLOAD_MAX_BYTES) stream through instead of being buffered here.
  const streamed = (request.headers.get("content-type") ?? "").startsWith("multipart/form-data");
  const length = request.headers.get("content-length");
  if (streamed && length) headers.set("content-length", length);
  let upstream: Response;
  try {
    const hasBody = request.method !== "GET" && request.method !== "HEAD";
    upstream = await fetch(url, {
      method: request.method,
      headers,
      body: !hasBody ? undefined : streamed ? request.body : await request.arrayBuffer(),
      ...(streamed ? { duplex: "half" } : {}),
      // Closing the browser's request closes the backend's, which cancels the running query.
      signal: request.signal,
      cache: "no-store",
    });
  } catch {
    const body = {
      error: { code: "backend_unreachable", message: "The backend is not reachable", detail: null },
    };
    return Response.json(body, { status: 502 });
  }
  const out = new Headers({ "x-accel-buffering": "no" });
  for (const h of FORWARD_RESPONSE) {
    const v = upstream.headers.get(h);
    if (v) out.set(h, v);
  }
  return new Response(upstream.body, { status: upstream.status, headers: out });
}

export { proxy as DELETE, proxy as GET, proxy as PATCH, proxy as POST, proxy as PUT };
