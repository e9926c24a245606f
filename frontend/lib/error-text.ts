/** What happened, in plain words: one title per error, the code and stage only in a Details disclosure. */

export type PlainError = { title: string; hint: string | null; code: string; stage: string | null };

type ErrorLike = { message: string; code: string; stage?: string | null };

function sentence(text: string): string {
  const t = text.trim().replace(/\s+/g, " ");
  return t ? t.charAt(0).toUpperCase() + t.slice(1) : t;
}

/** The error a person reads: "Refused: only read-only queries are allowed", "Timed out after 30 s — …". */
export function describeError(e: ErrorLike): PlainError {
  const base = { code: e.code, stage: e.stage ?? null };
  const message = e.message ?? "";
  switch (e.code) {
    case "sql_rejected": {
      if (/read-only|is not allowed: statements must/i.test(message)) {
        return { ...base, title: "Refused: only read-only queries are allowed", hint: sentence(message) };
      }
      return { ...base, title: `Refused: ${message.replace(/^sql rejected:\s*/i, "")}`, hint: null };
    }
    case "query_timeout": {
      const seconds = /(\d+(?:\.\d+)?)\s*s\b/.exec(message)?.[1];
      const after = seconds ? ` after ${seconds} s` : "";
      return { ...base, title: `Timed out${after} — try a smaller date range`, hint: null };
    }
    case "query_cancelled":
    case "cancelled":
      return { ...base, title: "Stopped", hint: null };
    case "network_error":
      return { ...base, title: "Cannot reach the backend — check that it is running", hint: null };
    case "sql_execution_failed":
      return { ...base, title: `The query failed: ${message}`, hint: null };
    default:
      return { ...base, title: sentence(message) || "Something went wrong", hint: null };
  }
}
