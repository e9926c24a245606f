/** Configuration read by the Next.js server at request time (never inlined at build time). */
import type { ClientConfig } from "@/lib/api-client";

export const DEFAULT_API_URL = "http://127.0.0.1:8000";

/** The backend's base URL as the Next.js server reaches it. */
export function backendUrl(): string {
  return (process.env.VIZ_API_URL || DEFAULT_API_URL).replace(/\/+$/, "");
}

/** The backend's bearer token, if one is configured (it never leaves the server). */
export function backendToken(): string | undefined {
  return process.env.VIZ_API_TOKEN || undefined;
}

/**
 * What the browser gets: the backend URL itself, or — when a token protects the API — the same-origin
 * proxy at /api/backend that adds the bearer on the server, so the secret never reaches the browser.
 */
export function clientConfig(): ClientConfig {
  return { apiBase: backendToken() ? "/api/backend" : backendUrl() };
}
