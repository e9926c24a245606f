/** Zod schemas the client validates against: the generated API schemas plus the stream's event map. */
import { z } from "zod";
import type { ErrorCode, Stage } from "@/lib/api/types.gen";
import {
  zCatalog,
  zClarificationEvent,
  zCodeEvent,
  type zDataColumn,
  zDataEvent,
  zDataResponse,
  zDoneEvent,
  zEnginesResponse,
  zErrorBody,
  zErrorCode,
  zErrorEvent,
  zParamsEvent,
  zProgressEvent,
  zQueryResponse,
  zSqlEvent,
  zThoughtEvent,
} from "@/lib/api/zod.gen";

/** SSE event name → payload schema (DESIGN.md "SSE stream of /chat"). */
export const streamEventSchemas = {
  thought: zThoughtEvent,
  sql: zSqlEvent,
  progress: zProgressEvent,
  data: zDataEvent,
  params: zParamsEvent,
  code: zCodeEvent,
  error: zErrorEvent,
  clarification: zClarificationEvent,
  done: zDoneEvent,
} as const;

/** Codes the browser and the Next.js proxy report themselves; they join the backend's closed `ErrorCode`. */
export const clientErrorCodes = [
  "network_error",
  "http_error",
  "bad_response",
  "empty_stream",
  "query_failed",
  "backend_unreachable",
  "route_not_allowed",
  "host_not_allowed",
] as const;
export type ClientErrorCode = (typeof clientErrorCodes)[number];
export type AppErrorCode = ErrorCode | ClientErrorCode;
export type { ErrorCode, Stage };

export type StreamEventName = keyof typeof streamEventSchemas;
type SchemaEvent = {
  [K in StreamEventName]: { name: K; payload: z.output<(typeof streamEventSchemas)[K]> };
}[StreamEventName];
/** An `error` event may also come from the client itself (network, proxy), with one of its own codes. */
export type StreamEvent = Exclude<SchemaEvent, { name: "error" }> | { name: "error"; payload: ErrorPayload };

export type ThoughtPayload = z.output<typeof zThoughtEvent>;
export type SqlPayload = z.output<typeof zSqlEvent>;
export type ProgressPayload = z.output<typeof zProgressEvent>;
export type DataPayload = z.output<typeof zDataEvent>;
export type ParamsPayload = z.output<typeof zParamsEvent>;
export type ParamSpec = ParamsPayload["schema"][number];
export type ErrorPayload = Omit<z.output<typeof zErrorEvent>, "code"> & { code: AppErrorCode };
export type ClarificationPayload = z.output<typeof zClarificationEvent>;
export type DonePayload = z.output<typeof zDoneEvent>;
export type DataColumn = z.output<typeof zDataColumn>;

export const enginesSchema = zEnginesResponse;
export type EnginesResponse = z.output<typeof zEnginesResponse>;
export type EngineInfo = EnginesResponse["engines"][number];

export const catalogSchema = zCatalog;
export type Catalog = z.output<typeof zCatalog>;
/** The error envelope of any non-2xx answer (backend codes, or the proxy's own). */
export const errorResponseSchema = z.object({
  error: zErrorBody.extend({ code: z.union([zErrorCode, z.enum(clientErrorCodes)]) }),
});

/** `GET /api/data/{id}?format=json` (cells are validated when rows become chart records). */
export const dataResponseSchema = zDataResponse;
export type DataResponse = z.output<typeof zDataResponse>;

/** `POST /api/query`: the data JSON plus where it came from. */
export const queryResponseSchema = zQueryResponse;
export type QueryResponse = z.output<typeof zQueryResponse>;

export function isStreamEventName(name: string): name is StreamEventName {
  return Object.hasOwn(streamEventSchemas, name);
}

export type ParsedEvent =
  | { kind: "event"; event: StreamEvent }
  | { kind: "unknown"; name: string }
  | { kind: "invalid"; name: string; message: string };

/** Validates one SSE message; unknown event names are reported, not fatal (extra events are additive). */
export function parseStreamEvent(name: string, data: string): ParsedEvent {
  if (!isStreamEventName(name)) return { kind: "unknown", name };
  let json: unknown;
  try {
    json = JSON.parse(data);
  } catch {
    return { kind: "invalid", name, message: "payload is not JSON" };
  }
  const parsed = streamEventSchemas[name].safeParse(json);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    return {
      kind: "invalid",
      name,
      message: `${issue?.path.join(".") || "payload"}: ${issue?.message ?? "invalid"}`,
    };
  }
  return { kind: "event", event: { name, payload: parsed.data } as StreamEvent };
}
