/** Client state shapes shared by the reducer, hooks and components. */

import type { RepairRequest, VizSpec } from "@/lib/api/types.gen";
import type { ParamValues, Row } from "@/lib/sandbox-protocol";
import type {
  ClarificationPayload,
  DataColumn,
  DataPayload,
  ErrorPayload,
  ParamSpec,
  ProgressPayload,
  SqlPayload,
} from "@/lib/schemas";

export type TurnStatus = "streaming" | "done" | "error" | "stopped" | "disconnected";

/** Rows fetched for a result, ready for the chart and the data table. */
export type LoadedData = {
  /** The URL (or query id) these rows came from; the loader refetches when the artifact points elsewhere. */
  source: string;
  columns: DataColumn[];
  rows: Row[];
  rowCount: number;
  truncated: boolean;
  /** Set when the rows were reduced for the chart (large results); says how. */
  reduction: string | null;
};

export type RenderError = { message: string; stack?: string };

/** Everything the preview needs for one turn; follow-ups inherit what they do not replace. */
export type Artifact = {
  generatedCode: string;
  codeComplete: boolean;
  paramSchema: ParamSpec[];
  defaultParams: ParamValues;
  currentParams: ParamValues;
  sql: SqlPayload | null;
  data: DataPayload | null;
  dataUrl: string | null;
  dataId: string | null;
  engine: string | null;
  elapsedMs: number | null;
  loaded: LoadedData | null;
  dataError: string | null;
  renderError: RenderError | null;
};

export type QueryState =
  | { status: "idle" }
  | { status: "running" }
  | { status: "error"; message: string; code: string; sql: string };

export type Turn = {
  id: string;
  prompt: string;
  status: TurnStatus;
  startedAt: number;
  finishedAt: number | null;
  firstChartAt: number | null;
  thoughts: string[];
  progress: ProgressPayload | null;
  errors: ErrorPayload[];
  /** The analyst could not answer as asked: what it understood, what is missing, what to ask. */
  clarification: ClarificationPayload | null;
  /** Why the stream ended early (network drop, stop). */
  endMessage: string | null;
  backendTurnId: string | null;
  /** Which parts this turn produced itself (the rest is inherited from the previous turn). */
  own: { code: boolean; params: boolean; data: boolean; sql: boolean };
  artifact: Artifact;
  query: QueryState;
  /** Loaded from a saved conversation or template, not streamed in this page (it has no timings). */
  saved?: boolean;
  /** Set on a repair turn: the render error it was sent to fix (a retry sends it again). */
  repair?: RepairRequest;
};

/** A template opened in the workspace: saving over it makes a new version; a follow-up continues from it. */
export type OpenTemplate = { id: string; version: number; title: string; spec: VizSpec | null };

export type ChatState = {
  conversationId: string | null;
  turns: Turn[];
  activeTurnId: string | null;
  isGenerating: boolean;
  template?: OpenTemplate | null;
  /** A saved conversation opened at its last page: how many of its turns come before `turns`. */
  earlierTurns?: number;
};
