/** Zod schemas the client validates against: the generated API schemas plus the stream's event map. */
import type { z } from "zod";
import {
  zCatalog,
  zCodeEvent,
  type zDataColumn,
  zDataEvent,
  zDataResponse,
  zDoneEvent,
  zErrorEvent,
  zErrorResponse,
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
  done: zDoneEvent,
} as const;

export type StreamEventName = keyof typeof streamEventSchemas;
export type StreamEvent = {
  [K in StreamEventName]: { name: K; payload: z.output<(typeof streamEventSchemas)[K]> };
}[StreamEventName];

export type ThoughtPayload = z.output<typeof zThoughtEvent>;
export type SqlPayload = z.output<typeof zSqlEvent>;
export type ProgressPayload = z.output<typeof zProgressEvent>;
export type DataPayload = z.output<typeof zDataEvent>;
export type ParamsPayload = z.output<typeof zParamsEvent>;
export type ParamSpec = ParamsPayload["schema"][number];
export type ErrorPayload = z.output<typeof zErrorEvent>;
export type DonePayload = z.output<typeof zDoneEvent>;
export type DataColumn = z.output<typeof zDataColumn>;

export const catalogSchema = zCatalog;
export type Catalog = z.output<typeof zCatalog>;
export const errorResponseSchema = zErrorResponse;

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
