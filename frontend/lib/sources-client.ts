/** Client for `/api/sources`: list, connect, test, refresh, remove, and uploads with progress. */
import type { z } from "zod";
import { zSourceList, zSourcePublic, zSourceTestResult } from "@/lib/api/zod.gen";
import { ApiError, apiFetch, apiUrl, type ClientConfig } from "@/lib/api-client";
import { errorResponseSchema } from "@/lib/schemas";

export type Source = z.output<typeof zSourcePublic>;
export type SourceTestResult = z.output<typeof zSourceTestResult>;
export type DatabaseKind = "postgres" | "mysql" | "sqlite";

async function parsed<S extends z.ZodType>(res: Response, schema: S): Promise<z.output<S>> {
  const result = schema.safeParse(await res.json());
  if (!result.success) throw new ApiError("Unexpected response from the backend", res.status, "bad_response");
  return result.data;
}

const JSON_HEADERS = { "content-type": "application/json" };

/** `GET /api/sources`. */
export async function listSources(config: ClientConfig, signal?: AbortSignal): Promise<Source[]> {
  return (await parsed(await apiFetch(config, "/api/sources", { signal }), zSourceList)).sources;
}

/** `POST /api/sources/test`: the tables found, or an ApiError with the driver's words. */
export async function testSource(
  config: ClientConfig,
  kind: DatabaseKind,
  dsn: string,
): Promise<SourceTestResult> {
  const res = await apiFetch(config, "/api/sources/test", {
    method: "POST",
    headers: JSON_HEADERS,
    body: JSON.stringify({ kind, dsn }),
  });
  return parsed(res, zSourceTestResult);
}

/** `POST /api/sources` with `{kind, name, dsn}`. */
export async function connectSource(
  config: ClientConfig,
  body: { kind: DatabaseKind; name: string; dsn: string },
): Promise<Source> {
  const res = await apiFetch(config, "/api/sources", {
    method: "POST",
    headers: JSON_HEADERS,
    body: JSON.stringify(body),
  });
  return parsed(res, zSourcePublic);
}

/** `POST /api/sources/{name}/refresh`. */
export async function refreshSource(config: ClientConfig, name: string): Promise<Source> {
  const res = await apiFetch(config, `/api/sources/${encodeURIComponent(name)}/refresh`, { method: "POST" });
  return parsed(res, zSourcePublic);
}

/** `DELETE /api/sources/{name}`. */
export async function removeSource(config: ClientConfig, name: string): Promise<void> {
  await apiFetch(config, `/api/sources/${encodeURIComponent(name)}`, { method: "DELETE" });
}

/** A source name from a file name, like the backend's: lower case, runs outside [a-z0-9] become `_`. */
export function suggestedName(fileName: string): string {
  const stem = fileName.replace(/\.[^.]+$/, "");
  const name = stem
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, "_")
    .replace(/^_+|_+$/g, "");
  if (!name) return "data";
  return /^[0-9]/.test(name) ? `t_${name}` : name;
}

/**
 * Upload a file as multipart `file` (+ `name`) with XHR, whose upload events give real progress
 * (fetch has none). Resolves with the new source; rejects with an ApiError naming the problem.
 */
export function uploadFile(
  config: ClientConfig,
  file: File,
  onProgress: (fraction: number) => void,
  name?: string,
  signal?: AbortSignal,
): Promise<Source> {
  return new Promise((resolve, reject) => {
    const xhr = new XMLHttpRequest();
    xhr.open("POST", apiUrl(config, "/api/sources"));
    xhr.responseType = "text";
    xhr.upload.onprogress = (event) => {
      if (event.lengthComputable && event.total > 0) onProgress(event.loaded / event.total);
    };
    xhr.onerror = () =>
      reject(new ApiError(`Cannot reach the backend at ${config.apiBase}`, 0, "network_error"));
    xhr.onabort = () => reject(new DOMException("upload cancelled", "AbortError"));
    xhr.onload = () => {
      let body: unknown = null;
      try {
        body = JSON.parse(xhr.responseText);
      } catch {
        // not JSON: the status says what happened
      }
      if (xhr.status >= 200 && xhr.status < 300) {
        const source = zSourcePublic.safeParse(body);
        if (source.success) resolve(source.data);
        else reject(new ApiError("Unexpected response from the backend", xhr.status, "bad_response"));
        return;
      }
      const error = errorResponseSchema.safeParse(body);
      if (error.success) reject(new ApiError(error.data.error.message, xhr.status, error.data.error.code));
      else
        reject(new ApiError(`${xhr.status} ${xhr.statusText || "upload failed"}`, xhr.status, "http_error"));
    };
    signal?.addEventListener("abort", () => xhr.abort());
    const form = new FormData();
    form.append("file", file);
    if (name) form.append("name", name);
    xhr.send(form);
  });
}
