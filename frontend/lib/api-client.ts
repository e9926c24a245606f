/** Thin typed client for the backend: bearer token, error bodies, Zod-validated responses. */
import type { z } from "zod";
import type { ChatRequest } from "@/lib/api/types.gen";
import {
  type AppErrorCode,
  type Catalog,
  catalogSchema,
  type EnginesResponse,
  enginesSchema,
  errorResponseSchema,
  type QueryResponse,
  queryResponseSchema,
} from "@/lib/schemas";

/** What the Next.js server hands the browser at request time (see app/page.tsx). */
export type ClientConfig = {
  /** Base URL of the backend as the browser reaches it (absolute, or a same-origin proxy path). */
  apiBase: string;
};

/** A non-2xx answer, with the backend's stable error code. */
export class ApiError extends Error {
  constructor(
    message: string,
    readonly status: number,
    readonly code: AppErrorCode,
    readonly detail?: unknown,
  ) {
    super(message);
    this.name = "ApiError";
  }
}

/** Absolute URL for a backend path (or a URL the backend returned, which may be relative). */
export function apiUrl(config: ClientConfig, path: string): string {
  if (/^https?:\/\//.test(path)) return path;
  const base = config.apiBase.replace(/\/+$/, "");
  return `${base}${path.startsWith("/") ? "" : "/"}${path}`;
}

async function toApiError(res: Response): Promise<ApiError> {
  let body: unknown = null;
  try {
    body = await res.json();
  } catch {
    // not JSON: fall through to the status text
  }
  const parsed = errorResponseSchema.safeParse(body);
  if (parsed.success) {
    const e = parsed.data.error;
    return new ApiError(e.message, res.status, e.code, e.detail);
  }
  return new ApiError(`${res.status} ${res.statusText || "request failed"}`, res.status, "http_error");
}

/** fetch with the backend's error mapping; network failures become ApiError("network_error"). */
export async function apiFetch(
  config: ClientConfig,
  path: string,
  init: RequestInit = {},
): Promise<Response> {
  let res: Response;
  try {
    res = await fetch(apiUrl(config, path), init);
  } catch (err) {
    if (err instanceof DOMException && err.name === "AbortError") throw err;
    throw new ApiError(`Cannot reach the backend at ${config.apiBase}`, 0, "network_error");
  }
  if (!res.ok) throw await toApiError(res);
  return res;
}

async function json<S extends z.ZodType>(res: Response, schema: S): Promise<z.output<S>> {
  const parsed = schema.safeParse(await res.json());
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    throw new ApiError(
      `Unexpected response: ${issue?.path.join(".") || "body"} ${issue?.message ?? ""}`,
      res.status,
      "bad_response",
    );
  }
  return parsed.data;
}

/** `POST /chat` — the caller reads the event stream from the body. */
export function postChat(config: ClientConfig, body: ChatRequest, signal: AbortSignal): Promise<Response> {
  return apiFetch(config, "/chat", {
    method: "POST",
    headers: { "content-type": "application/json", accept: "text/event-stream" },
    body: JSON.stringify(body),
    signal,
    cache: "no-store",
  });
}

/** `GET /api/catalog`. */
export async function getCatalog(config: ClientConfig, signal?: AbortSignal): Promise<Catalog> {
  return json(await apiFetch(config, "/api/catalog", { signal }), catalogSchema);
}

/** `GET /api/engines` — the engines a question may be sent to. */
export async function getEngines(config: ClientConfig, signal?: AbortSignal): Promise<EnginesResponse> {
  return json(await apiFetch(config, "/api/engines", { signal }), enginesSchema);
}

/** `POST /api/query` — edited SQL, guarded by the backend exactly like the agent's. */
export async function postQuery(
  config: ClientConfig,
  body: { sql: string; engine?: string; limit?: number },
  signal?: AbortSignal,
): Promise<QueryResponse> {
  const res = await apiFetch(config, "/api/query", {
    method: "POST",
    headers: { "content-type": "application/json" },
    body: JSON.stringify(body),
    signal,
  });
  return json(res, queryResponseSchema);
}

/** URL of a stored result in one of the backend's formats. */
export function dataUrlFor(
  config: ClientConfig,
  dataId: string,
  format: "json" | "arrow" | "csv" | "parquet",
): string {
  return apiUrl(config, `/api/data/${encodeURIComponent(dataId)}?format=${format}`);
}
