/** Saved conversations and templates as the client's turns, so the workspace shows them like live answers. */
import { ApiError, type ClientConfig } from "@/lib/api-client";
import { emptyArtifact } from "@/lib/chat-reducer";
import {
  type ConversationPublic,
  getConversation,
  getTemplate,
  type TemplateData,
  type TemplatePublic,
  type TurnPublic,
  templateData,
} from "@/lib/saved-api";
import type { DataColumn, DataPayload, ErrorPayload } from "@/lib/schemas";
import type { Artifact, ChatState, OpenTemplate, Turn } from "@/lib/types";

/**
 * Results above this many rows were stored as Parquet and are read as Arrow (the backend's default
 * `VIZ_JSON_ROW_LIMIT`); smaller ones come as JSON. Only for turns saved before the backend kept each
 * result's format: either format serves any result, so a wrong guess only changes how the rows travel.
 */
export const JSON_ROW_LIMIT = 5000;

type SavedData = {
  url: string;
  dataId: string;
  rowCount: number;
  engine: string;
  truncated: boolean;
  /** As the stream said when the result was made (null on older saved turns). */
  format?: DataPayload["format"] | null;
  columns?: DataColumn[];
};

/** A `data` event for a result that is already stored. */
export function storedData(d: SavedData): DataPayload {
  const format = d.format ?? (d.rowCount > JSON_ROW_LIMIT ? "parquet" : "json");
  return {
    type: "data_ready",
    url: d.url,
    size: format === "parquet" ? "large" : "small",
    format,
    data_id: d.dataId,
    row_count: d.rowCount,
    // Older saved turns have none: the columns then arrive with the rows.
    columns: d.columns ?? [],
    engine: d.engine,
    truncated: d.truncated,
    elapsed_ms: null,
    // A saved turn reloads its full result; the browser thins it for the chart.
    reduced: null,
  };
}

function savedError(message: string): ErrorPayload {
  return { type: "error", message, stage: "agent", code: "agent_failed", sql: null, correlation_id: null };
}

function finishedTurn(id: string, prompt: string, at: number, artifact: Artifact): Turn {
  return {
    id,
    prompt,
    status: "done",
    startedAt: at,
    finishedAt: at,
    firstChartAt: null,
    thoughts: [],
    progress: null,
    errors: [],
    clarification: null,
    endMessage: null,
    backendTurnId: null,
    own: { code: false, params: false, data: false, sql: false },
    artifact,
    query: { status: "idle" },
    saved: true,
  };
}

/** One saved turn; what it did not produce itself (a restyle has no new query) comes from `previous`. */
export function turnFromSaved(saved: TurnPublic, previous: Artifact): Turn {
  const at = Date.parse(saved.created_at);
  // Every saved turn repeats the SQL of the result it charts; a restyle ("make it a line chart") ran no
  // query of its own, and shows none, as when it streamed.
  const own = {
    code: Boolean(saved.code),
    params: (saved.param_schema?.length ?? 0) > 0,
    data: Boolean(saved.data_id && saved.data_url),
    sql: Boolean(saved.sql) && saved.sql !== previous.sql?.query,
  };
  const engine = saved.engine ?? previous.engine ?? "duckdb";
  const artifact: Artifact = { ...previous, renderError: null, dataError: null };
  if (own.sql && saved.sql) artifact.sql = { type: "sql", query: saved.sql, engine, tool: "run_sql" };
  if (own.data && saved.data_id && saved.data_url) {
    const same = previous.dataUrl === saved.data_url;
    artifact.data = storedData({
      url: saved.data_url,
      dataId: saved.data_id,
      rowCount: saved.row_count ?? 0,
      engine,
      truncated: saved.truncated ?? false,
      format: saved.data_format,
      columns: saved.columns,
    });
    artifact.dataUrl = saved.data_url;
    artifact.dataId = saved.data_id;
    artifact.engine = engine;
    artifact.elapsedMs = null;
    artifact.loaded = same ? previous.loaded : null;
  }
  if (own.params) {
    artifact.paramSchema = saved.param_schema ?? [];
    artifact.defaultParams = saved.params ?? {};
    artifact.currentParams = saved.params ?? {};
  }
  if (own.code && saved.code) {
    artifact.generatedCode = saved.code;
    artifact.codeComplete = true;
  }
  const thoughts = [...(saved.thoughts ?? []), ...(saved.note ? [saved.note] : [])];
  return {
    ...finishedTurn(saved.id, saved.prompt, at, artifact),
    status: saved.error ? "error" : "done",
    thoughts,
    errors: saved.error ? [savedError(saved.error)] : [],
    backendTurnId: saved.id,
    own,
  };
}

/** Saved turns in order, each inheriting what it did not produce from the one before. */
function savedTurns(saved: TurnPublic[]): Turn[] {
  const turns: Turn[] = [];
  let previous = emptyArtifact;
  for (const s of saved) {
    const turn = turnFromSaved(s, previous);
    turns.push(turn);
    previous = turn.artifact;
  }
  return turns;
}

/** A saved conversation as the session state (the newest turn on screen; earlier pages on demand). */
export function conversationState(conversation: ConversationPublic): ChatState {
  const turns = savedTurns(conversation.turns);
  return {
    conversationId: conversation.id,
    turns,
    activeTurnId: turns.at(-1)?.id ?? null,
    isGenerating: false,
    template: null,
    earlierTurns: conversation.turns_offset ?? 0,
  };
}

/** Turns per page of a saved conversation (the API's default page). */
export const TURNS_PAGE = 50;

/** The page of turns just before turn number `before` (from 0) of a saved conversation. */
export async function loadEarlierTurns(
  config: ClientConfig,
  conversationId: string,
  before: number,
  signal?: AbortSignal,
): Promise<{ turns: Turn[]; offset: number }> {
  const offset = Math.max(0, before - TURNS_PAGE);
  const page = await getConversation(config, conversationId, signal, { offset, limit: before - offset });
  return { turns: savedTurns(page.turns), offset: page.turns_offset ?? offset };
}

/** What the session remembers of an opened template (to save a new version over it, to continue from it). */
export function openTemplate(template: TemplatePublic): OpenTemplate {
  return { id: template.id, version: template.version, title: template.title, spec: template.spec ?? null };
}

/** The artifact a template draws: its code, its saved parameters, its SQL and the rows `data` points at. */
export function templateArtifact(template: TemplatePublic, data: TemplateData | null): Artifact {
  const engine = template.data_source;
  const params = template.parameters ?? {};
  return {
    ...emptyArtifact,
    generatedCode: template.ui_code ?? "",
    codeComplete: Boolean(template.ui_code),
    paramSchema: template.param_schema ?? [],
    defaultParams: params,
    currentParams: params,
    sql: template.generated_sql
      ? { type: "sql", query: template.generated_sql, engine, tool: "template" }
      : null,
    data: data
      ? storedData({
          url: data.data_url,
          dataId: data.data_id,
          rowCount: data.row_count,
          engine,
          truncated: data.truncated,
          format: data.format,
          columns: data.columns,
        })
      : null,
    dataUrl: data?.data_url ?? null,
    dataId: data?.data_id ?? null,
    engine,
  };
}

/** An opened template as a session of one finished turn (a follow-up continues from it). */
export function templateState(template: TemplatePublic, data: TemplateData | null, note?: string): ChatState {
  const at = Date.parse(template.updated_at);
  const id = `template-${template.id}-v${template.version}`;
  const turn = finishedTurn(id, template.prompt || template.title, at, templateArtifact(template, data));
  turn.thoughts = [
    `Opened the template “${template.title}” (version ${template.version}).`,
    ...(data?.note ? [data.note] : []),
    ...(note ? [note] : []),
  ];
  turn.own = {
    code: Boolean(template.ui_code),
    params: (template.param_schema?.length ?? 0) > 0,
    data: data !== null,
    sql: Boolean(template.generated_sql),
  };
  return {
    conversationId: null,
    turns: [turn],
    activeTurnId: id,
    isGenerating: false,
    template: openTemplate(template),
  };
}

/** Only a missing result (no data, no SQL to re-run) is shown as a note; other failures propagate. */
const NO_DATA_CODES = new Set(["no_data", "result_not_found"]);

/** Fetches a template and where its rows are, as a session ready to show. */
export async function loadTemplateState(
  config: ClientConfig,
  templateId: string,
  signal?: AbortSignal,
): Promise<ChatState> {
  const template = await getTemplate(config, templateId, signal);
  if (!template.generated_sql && !template.data_url) return templateState(template, null);
  try {
    return templateState(template, await templateData(config, templateId, signal));
  } catch (err) {
    if (err instanceof ApiError && NO_DATA_CODES.has(err.code)) {
      return templateState(template, null, `Its data could not be loaded: ${err.message}`);
    }
    throw err;
  }
}

/** Fetches a conversation with every turn, as a session ready to show. */
export async function loadConversationState(
  config: ClientConfig,
  conversationId: string,
  signal?: AbortSignal,
): Promise<ChatState> {
  return conversationState(await getConversation(config, conversationId, signal));
}
