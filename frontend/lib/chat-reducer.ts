/** The chat and artifact state machine: every stream event and user action goes through here. */
import type { RepairRequest } from "@/lib/api/types.gen";
import { fieldsForResult, readFields, suggestTitle, writeFields } from "@/lib/chart-fields";
import type { ParamValues } from "@/lib/sandbox-protocol";
import { type SavedAction, savedReducer } from "@/lib/saved-reducer";
import type { QueryResponse, StreamEvent } from "@/lib/schemas";
import type { Artifact, ChatState, LoadedData, Turn, TurnStatus } from "@/lib/types";

export type ChatAction =
  | { type: "start"; id: string; prompt: string; now: number; repair?: RepairRequest }
  | { type: "retry"; id: string; now: number }
  | { type: "event"; id: string; event: StreamEvent }
  | { type: "end"; id: string; status: "stopped" | "disconnected"; message: string; now: number }
  | { type: "select"; id: string }
  | { type: "set-param"; id: string; name: string; value: ParamValues[string] }
  | { type: "set-params"; id: string; values: ParamValues }
  | { type: "reset-params"; id: string }
  | { type: "data-loaded"; id: string; data: LoadedData }
  | { type: "data-failed"; id: string; source: string; message: string }
  | { type: "query-start"; id: string }
  | { type: "query-success"; id: string; response: QueryResponse; rows: LoadedData }
  | { type: "query-failure"; id: string; message: string; code: string; sql: string }
  | { type: "rendered"; id: string; now: number }
  | { type: "render-error"; id: string; message: string; stack?: string }
  | { type: "new-conversation" }
  | SavedAction;

export const initialChatState: ChatState = {
  conversationId: null,
  turns: [],
  activeTurnId: null,
  isGenerating: false,
  template: null,
};

export const emptyArtifact: Artifact = {
  generatedCode: "",
  codeComplete: false,
  paramSchema: [],
  defaultParams: {},
  currentParams: {},
  sql: null,
  data: null,
  dataUrl: null,
  dataId: null,
  engine: null,
  elapsedMs: null,
  loaded: null,
  dataError: null,
  renderError: null,
};

/** A follow-up starts from the previous turn's artifact (a presentation change has no new query). */
function inherit(previous: Turn | undefined): Artifact {
  if (!previous) return emptyArtifact;
  return { ...previous.artifact, renderError: null, dataError: null };
}

function newTurn(id: string, prompt: string, now: number, previous: Turn | undefined): Turn {
  return {
    id,
    prompt,
    status: "streaming",
    startedAt: now,
    finishedAt: null,
    firstChartAt: null,
    thoughts: [],
    progress: null,
    errors: [],
    clarification: null,
    endMessage: null,
    backendTurnId: null,
    own: { code: false, params: false, data: false, sql: false },
    artifact: inherit(previous),
    query: { status: "idle" },
  };
}

function withGenerating(state: ChatState): ChatState {
  return { ...state, isGenerating: state.turns.some((t) => t.status === "streaming") };
}

function updateTurn(state: ChatState, id: string, update: (turn: Turn) => Turn): ChatState {
  let changed = false;
  const turns = state.turns.map((t) => {
    if (t.id !== id) return t;
    const next = update(t);
    changed ||= next !== t;
    return next;
  });
  return changed ? withGenerating({ ...state, turns }) : state;
}

function applyEvent(turn: Turn, event: StreamEvent): Turn {
  if (turn.status !== "streaming") return turn;
  const a = turn.artifact;
  switch (event.name) {
    case "thought":
      return { ...turn, thoughts: [...turn.thoughts, event.payload.content] };
    case "sql":
      return {
        ...turn,
        own: { ...turn.own, sql: true },
        artifact: { ...a, sql: event.payload, engine: event.payload.engine },
      };
    case "progress":
      return { ...turn, progress: event.payload };
    case "data": {
      const d = event.payload;
      // A presentation-only follow-up points at the same result: keep the rows already loaded.
      const keep = a.loaded !== null && a.dataUrl === d.url;
      return {
        ...turn,
        progress: null,
        own: { ...turn.own, data: true },
        artifact: {
          ...a,
          data: d,
          dataUrl: d.url,
          dataId: d.data_id,
          engine: d.engine,
          elapsedMs: d.elapsed_ms ?? null,
          loaded: keep ? a.loaded : null,
          dataError: null,
        },
      };
    }
    case "params": {
      const { parameters, schema } = event.payload;
      return {
        ...turn,
        own: { ...turn.own, params: true },
        artifact: { ...a, paramSchema: schema, defaultParams: parameters, currentParams: parameters },
      };
    }
    case "code": {
      // `replace`: the model started the component over after its previous attempt was rejected.
      const base = turn.own.code && !event.payload.replace ? a.generatedCode : "";
      return {
        ...turn,
        own: { ...turn.own, code: true },
        artifact: {
          ...a,
          generatedCode: base + event.payload.content,
          codeComplete: false,
          renderError: null,
        },
      };
    }
    case "error":
      return { ...turn, progress: null, errors: [...turn.errors, event.payload] };
    case "clarification":
      return { ...turn, progress: null, clarification: event.payload };
    case "done": {
      const p = event.payload;
      const codeComplete = turn.own.code ? p.code_complete : a.codeComplete;
      const status: TurnStatus = turn.errors.length > 0 ? "error" : "done";
      return {
        ...turn,
        status,
        progress: null,
        backendTurnId: p.turn_id ?? null,
        artifact: { ...a, codeComplete: codeComplete && a.generatedCode.length > 0 },
      };
    }
  }
}

/**
 * Params that keep the chart consistent with an edited query's result: fields that still fit are kept,
 * others re-chosen from the new columns, and a title the user did not edit follows the fields.
 */
function paramsForResult(
  a: Artifact,
  rows: LoadedData,
): Pick<Artifact, "currentParams" | "defaultParams" | "paramSchema"> {
  const previous = readFields(a.currentParams);
  if (!previous)
    return { currentParams: a.currentParams, defaultParams: a.defaultParams, paramSchema: a.paramSchema };
  const fields = fieldsForResult(previous, rows.columns, rows.rows);
  const title = suggestTitle(fields.y, fields.x, fields.series);
  const edited = a.currentParams.title !== a.defaultParams.title;
  const shown = Math.min(rows.rowCount, 50);
  const items: ParamValues = "max_items" in a.defaultParams ? { max_items: shown } : {};
  const itemsEdited = a.currentParams.max_items !== a.defaultParams.max_items;
  return {
    // The "Max items" control reaches every row of the new result.
    paramSchema: a.paramSchema.map((p) =>
      p.name === "max_items" ? { ...p, max: Math.max(rows.rowCount, 1) } : p,
    ),
    defaultParams: { ...a.defaultParams, ...writeFields(fields), title, ...items },
    currentParams: {
      ...a.currentParams,
      ...writeFields(fields),
      ...(edited ? {} : ({ title } as ParamValues)),
      ...(itemsEdited ? {} : items),
    },
  };
}

/** The reducer behind `useChat`. */
export function chatReducer(state: ChatState, action: ChatAction): ChatState {
  switch (action.type) {
    case "start": {
      const turn = newTurn(action.id, action.prompt, action.now, state.turns.at(-1));
      if (action.repair) turn.repair = action.repair;
      return withGenerating({ ...state, turns: [...state.turns, turn], activeTurnId: action.id });
    }
    case "retry": {
      const index = state.turns.findIndex((t) => t.id === action.id);
      const old = state.turns[index];
      if (!old) return state;
      const turns = [...state.turns];
      turns[index] = {
        ...newTurn(old.id, old.prompt, action.now, state.turns[index - 1]),
        repair: old.repair,
      };
      return withGenerating({ ...state, turns, activeTurnId: action.id });
    }
    case "event": {
      const next = updateTurn(state, action.id, (t) => applyEvent(t, action.event));
      if (action.event.name === "done" && action.event.payload.conversation_id) {
        return { ...next, conversationId: action.event.payload.conversation_id };
      }
      return next;
    }
    case "end":
      return updateTurn(state, action.id, (t) =>
        t.status === "streaming"
          ? {
              ...t,
              status: action.status,
              endMessage: action.message,
              finishedAt: action.now,
              progress: null,
            }
          : { ...t, finishedAt: t.finishedAt ?? action.now },
      );
    case "select":
      return state.turns.some((t) => t.id === action.id) ? { ...state, activeTurnId: action.id } : state;
    case "set-param":
      return updateTurn(state, action.id, (t) => ({
        ...t,
        artifact: {
          ...t.artifact,
          currentParams: { ...t.artifact.currentParams, [action.name]: action.value },
        },
      }));
    case "set-params":
      return updateTurn(state, action.id, (t) => ({
        ...t,
        artifact: { ...t.artifact, currentParams: { ...t.artifact.currentParams, ...action.values } },
      }));
    case "reset-params":
      return updateTurn(state, action.id, (t) => ({
        ...t,
        artifact: { ...t.artifact, currentParams: { ...t.artifact.defaultParams } },
      }));
    case "data-loaded":
      return updateTurn(state, action.id, (t) => {
        const a = t.artifact;
        if (a.dataUrl !== action.data.source) return t;
        // A saved result's columns arrive with its rows.
        const data =
          a.data && a.data.columns.length === 0 ? { ...a.data, columns: action.data.columns } : a.data;
        return { ...t, artifact: { ...a, data, loaded: action.data, dataError: null } };
      });
    case "data-failed":
      return updateTurn(state, action.id, (t) =>
        t.artifact.dataUrl === action.source
          ? { ...t, artifact: { ...t.artifact, dataError: action.message } }
          : t,
      );
    case "query-start":
      return updateTurn(state, action.id, (t) => ({ ...t, query: { status: "running" } }));
    case "query-success": {
      const r = action.response;
      return updateTurn(state, action.id, (t) => ({
        ...t,
        query: { status: "idle" },
        artifact: {
          ...t.artifact,
          ...paramsForResult(t.artifact, action.rows),
          sql: { type: "sql", query: r.sql, engine: r.engine, tool: "edit" },
          // The summary and downloads follow the edited query's result.
          data: {
            type: "data_ready",
            url: r.url,
            size: r.size,
            format: r.size === "large" ? "parquet" : "json",
            data_id: r.data_id,
            row_count: r.row_count,
            columns: r.columns,
            engine: r.engine,
            truncated: r.truncated,
            elapsed_ms: r.elapsed_ms,
            reduced: null,
          },
          dataUrl: action.rows.source,
          dataId: r.data_id,
          engine: r.engine,
          elapsedMs: r.elapsed_ms ?? null,
          loaded: action.rows,
          dataError: null,
          renderError: null,
        },
      }));
    }
    case "query-failure":
      return updateTurn(state, action.id, (t) => ({
        ...t,
        query: { status: "error", message: action.message, code: action.code, sql: action.sql },
      }));
    case "rendered":
      return updateTurn(state, action.id, (t) =>
        t.firstChartAt !== null && t.artifact.renderError === null
          ? t
          : {
              ...t,
              firstChartAt: t.firstChartAt ?? action.now,
              artifact: { ...t.artifact, renderError: null },
            },
      );
    case "render-error":
      return updateTurn(state, action.id, (t) => ({
        ...t,
        artifact: { ...t.artifact, renderError: { message: action.message, stack: action.stack } },
      }));
    case "new-conversation":
      return initialChatState;
    case "load":
    case "template-saved":
    case "template-data":
    case "earlier":
      return savedReducer(state, action);
  }
}

/** The turn whose artifact is on screen. */
export function activeTurn(state: ChatState): Turn | undefined {
  return state.turns.find((t) => t.id === state.activeTurnId) ?? state.turns.at(-1);
}

/**
 * True when the preview has everything it needs to mount the component. A turn that brought new
 * data but not (yet) its own chart never shows the previous turn's chart over the new rows.
 */
export function chartReady(turn: Turn): boolean {
  const a = turn.artifact;
  if (turn.own.data && !turn.own.params && !turn.own.code && turn.status !== "done") return false;
  // A new query that produced no rows (failed, or still running) has no chart of its own.
  if (turn.own.sql && !turn.own.data) return false;
  return a.codeComplete && a.generatedCode.length > 0 && a.loaded !== null;
}
