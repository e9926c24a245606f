"use client";

import { useCallback, useEffect, useMemo, useReducer, useRef, useState } from "react";
import type { RepairRequest } from "@/lib/api/types.gen";
import { ApiError, type ClientConfig, postChat, postQuery } from "@/lib/api-client";
import { activeTurn, chatReducer, initialChatState } from "@/lib/chat-reducer";
import { fromDataResponse, loadArrowResult, loadData } from "@/lib/data-loader";
import { autoRepairTarget, canRepair, repairPrompt, repairRequest } from "@/lib/repair";
import type { ParamValues } from "@/lib/sandbox-protocol";
import type { SavedAction } from "@/lib/saved-reducer";
import { type AppErrorCode, parseStreamEvent, type Stage, type StreamEvent } from "@/lib/schemas";
import { readSse } from "@/lib/sse";

let counter = 0;
function nextId(): string {
  counter += 1;
  return `t${Date.now().toString(36)}${counter}`;
}

function clientError(message: string, code: AppErrorCode, stage: Stage = "client"): StreamEvent {
  return { name: "error", payload: { type: "error", message, stage, code, sql: null, correlation_id: null } };
}

function isAbort(err: unknown): boolean {
  return err instanceof DOMException && err.name === "AbortError";
}

/** The chat session: streams `/chat`, loads results, runs edited SQL, keeps every turn's artifact. */
export function useChat(config: ClientConfig) {
  const [state, dispatch] = useReducer(chatReducer, initialChatState);
  const stateRef = useRef(state);
  stateRef.current = state;
  const controller = useRef<AbortController | null>(null);
  const loading = useRef(new Set<string>());
  // The Engine select's choice (null: Auto, the backend routes); sent with every question.
  const [engine, setEngine] = useState<string | null>(null);
  const engineRef = useRef(engine);
  engineRef.current = engine;

  const stream = useCallback(
    async (id: string, prompt: string, repair?: RepairRequest) => {
      const abort = new AbortController();
      controller.current = abort;
      let complete = false;
      try {
        const { conversationId, template } = stateRef.current;
        // The first question after opening a template continues from it (a new conversation seeded with it).
        const templateId = conversationId ? undefined : template?.id;
        const res = await postChat(
          config,
          {
            message: prompt,
            conversation_id: conversationId ?? undefined,
            template_id: templateId,
            repair,
            engine: engineRef.current ?? undefined,
          },
          abort.signal,
        );
        if (!res.body) throw new ApiError("The backend sent an empty stream", res.status, "empty_stream");
        for await (const message of readSse(res.body)) {
          const parsed = parseStreamEvent(message.event, message.data);
          if (parsed.kind === "event") {
            dispatch({ type: "event", id, event: parsed.event });
            if (parsed.event.name === "done") complete = true;
          } else if (parsed.kind === "invalid") {
            // Extra events and fields are additive; a malformed one is skipped, not fatal.
            console.warn(`Ignored a malformed "${parsed.name}" event: ${parsed.message}`);
          }
        }
        if (!complete) {
          dispatch({
            type: "end",
            id,
            status: "disconnected",
            message: "The stream ended before the answer was complete.",
            now: Date.now(),
          });
        }
      } catch (err) {
        if (isAbort(err)) {
          dispatch({ type: "end", id, status: "stopped", message: "Stopped", now: Date.now() });
        } else if (err instanceof ApiError && err.status > 0) {
          dispatch({ type: "event", id, event: clientError(err.message, err.code, "request") });
          dispatch({ type: "end", id, status: "disconnected", message: err.message, now: Date.now() });
        } else {
          const detail = err instanceof Error ? err.message : String(err);
          dispatch({
            type: "end",
            id,
            status: "disconnected",
            message: `Connection lost (${detail}).`,
            now: Date.now(),
          });
        }
      } finally {
        if (controller.current === abort) controller.current = null;
      }
    },
    [config],
  );

  const send = useCallback(
    (prompt: string) => {
      const text = prompt.trim();
      if (!text || stateRef.current.isGenerating) return;
      const id = nextId();
      dispatch({ type: "start", id, prompt: text, now: Date.now() });
      void stream(id, text);
    },
    [stream],
  );

  const retry = useCallback(
    (id: string) => {
      const turn = stateRef.current.turns.find((t) => t.id === id);
      if (!turn || stateRef.current.isGenerating) return;
      dispatch({ type: "retry", id, now: Date.now() });
      void stream(id, turn.prompt, turn.repair);
    },
    [stream],
  );

  /** Sends `id`'s render error back as a typed repair turn: fixed code for the same data, no new query. */
  const repair = useCallback(
    (id: string) => {
      const s = stateRef.current;
      const turn = s.turns.find((t) => t.id === id);
      if (s.isGenerating || !canRepair(turn, s)) return;
      const body = repairRequest(turn);
      if (!body) return;
      const next = nextId();
      const prompt = repairPrompt(body.message);
      dispatch({ type: "start", id: next, prompt, now: Date.now(), repair: body });
      void stream(next, prompt, body);
    },
    [stream],
  );

  // A chart that fails to render is repaired once without asking; after that, "Fix it" does it.
  const autoRepaired = useRef(new Set<string>());
  useEffect(() => {
    const target = autoRepairTarget(state, activeTurn(state), autoRepaired.current);
    if (!target) return;
    autoRepaired.current.add(target.id);
    repair(target.id);
  }, [state, repair]);

  /** Aborts the fetch; the backend cancels the running query when the client disconnects. */
  const stop = useCallback(() => controller.current?.abort(), []);

  const runQuery = useCallback(
    async (id: string, sql: string, limit?: number) => {
      const turn = stateRef.current.turns.find((t) => t.id === id);
      dispatch({ type: "query-start", id });
      try {
        const res = await postQuery(config, { sql, limit, engine: turn?.artifact.engine ?? undefined });
        const source = `query:${res.data_id}`;
        const rows =
          res.size === "large"
            ? await loadArrowResult(config, {
                source,
                dataId: res.data_id,
                rowCount: res.row_count,
                truncated: res.truncated,
                columns: res.columns,
              })
            : fromDataResponse(source, res);
        dispatch({ type: "query-success", id, response: res, rows });
      } catch (err) {
        const e = err instanceof ApiError ? err : null;
        dispatch({
          type: "query-failure",
          id,
          message: err instanceof Error ? err.message : String(err),
          code: e?.code ?? "query_failed",
          sql,
        });
      }
    },
    [config],
  );

  // Load the rows of every result the turns point at (once per URL).
  useEffect(() => {
    for (const turn of state.turns) {
      const a = turn.artifact;
      if (!a.data || !a.dataUrl || a.dataError || a.loaded?.source === a.dataUrl) continue;
      const key = `${turn.id} ${a.dataUrl}`;
      if (loading.current.has(key)) continue;
      loading.current.add(key);
      const source = a.dataUrl;
      loadData(config, a.data)
        .then((data) => dispatch({ type: "data-loaded", id: turn.id, data }))
        .catch((err: unknown) =>
          dispatch({
            type: "data-failed",
            id: turn.id,
            source,
            message: err instanceof Error ? err.message : String(err),
          }),
        )
        .finally(() => loading.current.delete(key));
    }
  }, [state.turns, config]);

  useEffect(() => () => controller.current?.abort(), []);

  const actions = useMemo(
    () => ({
      send,
      stop,
      retry,
      repair,
      runQuery,
      select: (id: string) => dispatch({ type: "select", id }),
      setParam: (id: string, name: string, value: ParamValues[string]) =>
        dispatch({ type: "set-param", id, name, value }),
      setParams: (id: string, values: ParamValues) => dispatch({ type: "set-params", id, values }),
      resetParams: (id: string) => dispatch({ type: "reset-params", id }),
      rendered: (id: string) => dispatch({ type: "rendered", id, now: Date.now() }),
      renderError: (id: string, message: string, stack?: string) =>
        dispatch({ type: "render-error", id, message, stack }),
      newConversation: () => {
        controller.current?.abort();
        dispatch({ type: "new-conversation" });
      },
      /** Saved work: load a conversation or template, record a save, point a chart at refreshed rows. */
      applySaved: (action: SavedAction) => {
        if (action.type === "load") controller.current?.abort();
        dispatch(action);
      },
    }),
    [send, stop, retry, repair, runQuery],
  );

  return { state, config, engine, setEngine, ...actions };
}

export type ChatApi = ReturnType<typeof useChat>;
