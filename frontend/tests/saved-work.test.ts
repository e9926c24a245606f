import { describe, expect, it } from "vitest";
import { chartReady, chatReducer, initialChatState } from "@/lib/chat-reducer";
import type { ConversationPublic, TemplateExport, TemplatePublic, TurnPublic } from "@/lib/saved-api";
import { emptyList, listReducer, nextOffset } from "@/lib/saved-list";
import { conversationState, JSON_ROW_LIMIT, storedData, templateState } from "@/lib/saved-turns";
import { canSaveTemplate, templateContent } from "@/lib/template-body";
import { exportFileName, MAX_TEMPLATE_FILE_BYTES, readTemplateFile } from "@/lib/template-file";
import type { ChatState, Turn } from "@/lib/types";
import { goldenTranscript, replay } from "./helpers";

/** What the backend saves for a streamed turn (TurnPublic), read off the live state the stream built. */
function savedFrom(turn: Turn, sqlOfResult: string | null): TurnPublic {
  const a = turn.artifact;
  return {
    id: turn.backendTurnId ?? turn.id,
    prompt: turn.prompt,
    sql: a.sql?.query ?? sqlOfResult,
    engine: a.engine,
    data_id: a.dataId,
    data_url: a.dataUrl,
    row_count: a.data?.row_count ?? null,
    data_format: a.data?.format ?? null,
    columns: a.data?.columns ?? [],
    truncated: a.data?.truncated ?? false,
    code: turn.own.code ? a.generatedCode : null,
    params: a.defaultParams,
    param_schema: turn.own.params ? a.paramSchema : [],
    thoughts: turn.thoughts,
    created_at: "2026-11-30T12:00:00Z",
  };
}

function liveConversation(): ChatState {
  const first = replay(
    goldenTranscript("chat_sales_by_region.sse"),
    initialChatState,
    "a",
    "sales by region",
  );
  return replay(goldenTranscript("chat_followup_line.sse"), first, "b", "make it a line chart");
}

describe("a saved conversation", () => {
  it("comes back with every turn's prompt, thoughts, SQL, data, code and params as streamed", () => {
    const live = liveConversation();
    const [a, b] = live.turns as [Turn, Turn];
    const conversation: ConversationPublic = {
      id: "conv1",
      title: "sales by region",
      turn_count: 2,
      turns_offset: 0,
      created_at: "2026-11-30T12:00:00Z",
      updated_at: "2026-11-30T12:01:00Z",
      turns: [savedFrom(a, null), savedFrom(b, a.artifact.sql?.query ?? null)],
    };
    const restored = conversationState(conversation);
    expect(restored.conversationId).toBe("conv1");
    expect(restored.activeTurnId).toBe(restored.turns[1]?.id);
    const [ra, rb] = restored.turns as [Turn, Turn];
    for (const [saved, streamed] of [
      [ra, a],
      [rb, b],
    ] as const) {
      expect(saved.prompt).toBe(streamed.prompt);
      expect(saved.thoughts).toEqual(streamed.thoughts);
      expect(saved.artifact.generatedCode).toBe(streamed.artifact.generatedCode);
      expect(saved.artifact.currentParams).toEqual(streamed.artifact.currentParams);
      expect(saved.artifact.paramSchema).toEqual(streamed.artifact.paramSchema);
      expect(saved.artifact.sql?.query).toBe(streamed.artifact.sql?.query);
      expect(saved.artifact.dataUrl).toBe(streamed.artifact.dataUrl);
      // Read back the way it was made (format and columns as streamed), not guessed from the row count.
      expect(saved.artifact.data?.format).toBe(streamed.artifact.data?.format);
      expect(saved.artifact.data?.columns).toEqual(streamed.artifact.data?.columns);
      expect(saved.saved).toBe(true);
    }
    expect(rb.artifact.currentParams.chart_type).toBe("line");
    // The restyle ran no query: its SQL is not shown again under it.
    expect(ra.own.sql).toBe(true);
    expect(rb.own.sql).toBe(false);
  });

  it("draws once its rows arrive, and a follow-up continues the same conversation", () => {
    const restored = conversationState({
      id: "conv2",
      title: "t",
      turn_count: 1,
      turns_offset: 0,
      created_at: "2026-11-30T12:00:00Z",
      updated_at: "2026-11-30T12:00:00Z",
      // Saved before the backend kept each result's format and columns.
      turns: [{ ...savedFrom(liveConversation().turns[0] as Turn, null), data_format: null, columns: [] }],
    });
    const turn = restored.turns[0] as Turn;
    expect(chartReady(turn)).toBe(false);
    const source = turn.artifact.dataUrl ?? "";
    const columns = [
      { name: "region", type: "VARCHAR" },
      { name: "total_amount", type: "DOUBLE" },
    ];
    const loaded = chatReducer(restored, {
      type: "data-loaded",
      id: turn.id,
      data: {
        source,
        columns,
        rows: [{ region: "Europe", total_amount: 1 }],
        rowCount: 1,
        truncated: false,
        reduction: null,
      },
    });
    const ready = loaded.turns[0] as Turn;
    expect(chartReady(ready)).toBe(true);
    // Such a result's columns come with its rows (the summary says "2 columns").
    expect(ready.artifact.data?.columns).toEqual(columns);
    const next = chatReducer(loaded, { type: "start", id: "c", prompt: "only Europe", now: 1 });
    expect(next.conversationId).toBe("conv2");
  });

  it("opens a long conversation at its last page and puts earlier pages before it", () => {
    const live = liveConversation();
    const [a, b] = live.turns as [Turn, Turn];
    const page = (offset: number, turns: TurnPublic[]): ConversationPublic => ({
      id: "long",
      title: "t",
      turn_count: 120,
      turns_offset: offset,
      created_at: "2026-11-30T12:00:00Z",
      updated_at: "2026-11-30T12:00:00Z",
      turns,
    });
    const last = conversationState(page(70, [{ ...savedFrom(b, null), id: "t71" }]));
    expect(last.earlierTurns).toBe(70);
    const earlier = conversationState(page(20, [{ ...savedFrom(a, null), id: "t21" }])).turns;
    const more = chatReducer(last, { type: "earlier", conversationId: "long", turns: earlier, offset: 20 });
    expect(more.turns.map((t) => t.id)).toEqual(["t21", "t71"]);
    expect(more.earlierTurns).toBe(20);
    expect(more.activeTurnId).toBe("t71");
    // A page that arrives after another conversation was opened is dropped.
    const other = { ...last, conversationId: "other" };
    expect(chatReducer(other, { type: "earlier", conversationId: "long", turns: earlier, offset: 20 })).toBe(
      other,
    );
  });

  it("reads a result in the format it was saved with", () => {
    const saved = { url: "/api/data/z", dataId: "z", rowCount: 4, engine: "duckdb", truncated: true };
    const arrow = storedData({ ...saved, format: "parquet", columns: [{ name: "a", type: "INTEGER" }] });
    expect([arrow.size, arrow.format, arrow.truncated]).toEqual(["large", "parquet", true]);
    expect(arrow.columns).toEqual([{ name: "a", type: "INTEGER" }]);
  });

  it("guesses Arrow for a large and JSON for a small result saved without its format", () => {
    const small = storedData({
      url: "/api/data/x",
      dataId: "x",
      rowCount: 4,
      engine: "duckdb",
      truncated: false,
    });
    const large = storedData({
      url: "/api/data/y",
      dataId: "y",
      rowCount: JSON_ROW_LIMIT + 1,
      engine: "duckdb",
      truncated: false,
    });
    expect([small.size, small.format]).toEqual(["small", "json"]);
    expect([large.size, large.format]).toEqual(["large", "parquet"]);
  });
});

const TEMPLATE: TemplatePublic = {
  id: "tpl-1",
  version: 3,
  title: "Monthly sales",
  prompt: "sales by month",
  generated_sql: "SELECT 1",
  ui_code: "export default function Viz() { return null; }",
  parameters: { title: "Monthly sales", chart_type: "line" },
  param_schema: [
    {
      name: "title",
      kind: "string",
      label: "Title",
      default: "Monthly sales",
      min: null,
      max: null,
      step: null,
      options: null,
    },
  ],
  data_source: "duckdb",
  data_url: "/api/data/abcdefghijklmnop",
  conversation_id: null,
  spec: null,
  created_at: "2026-11-30T12:00:00Z",
  updated_at: "2026-11-30T12:00:00Z",
};

describe("an opened template", () => {
  it("shows its chart with the saved params, and a follow-up continues from it", () => {
    const data = {
      data_url: "/api/data/qrstuvwxyz012345",
      data_id: "qrstuvwxyz012345",
      row_count: 12,
      truncated: false,
      format: "json" as const,
      columns: [{ name: "month", type: "DATE" }],
    };
    const state = templateState(TEMPLATE, { ...data, note: "re-run from the saved SQL" });
    expect(state.template).toMatchObject({ id: "tpl-1", version: 3 });
    const turn = state.turns[0] as Turn;
    expect(turn.artifact.currentParams).toEqual(TEMPLATE.parameters);
    expect(turn.artifact.dataUrl).toBe(data.data_url);
    expect(turn.artifact.data?.columns).toEqual(data.columns);
    expect(turn.thoughts.at(-1)).toBe("re-run from the saved SQL");
    // Saving it again stores what is on screen now (params edited), with its rows.
    const edited = chatReducer(state, { type: "set-param", id: turn.id, name: "chart_type", value: "bar" });
    const shown = edited.turns[0] as Turn;
    expect(canSaveTemplate(shown)).toBe(true);
    const body = templateContent(shown, { title: " Monthly sales ", conversationId: null, spec: null });
    expect(body).toMatchObject({
      title: "Monthly sales",
      generated_sql: "SELECT 1",
      data_url: "/api/data/qrstuvwxyz012345",
      parameters: { title: "Monthly sales", chart_type: "bar" },
    });
  });

  it("cannot be saved while nothing is drawn", () => {
    const state = templateState({ ...TEMPLATE, ui_code: null }, null);
    expect(canSaveTemplate(state.turns[0])).toBe(false);
    expect(canSaveTemplate(undefined)).toBe(false);
  });
});

describe("an imported template file", () => {
  const file: TemplateExport = { ...TEMPLATE, format: "viz-template/1" };
  const read = (value: unknown) => {
    const text = typeof value === "string" ? value : JSON.stringify(value);
    return readTemplateFile(text, new TextEncoder().encode(text).length);
  };

  it("is accepted when it is an exported template", () => {
    const result = read(file);
    expect(result.ok && result.file.title).toBe("Monthly sales");
  });

  it.each([
    ["not JSON", "{oops", /not valid JSON/],
    ["an array", [file], /expected a JSON object/],
    ["missing its title", { ...file, title: undefined }, /title/],
    ["carrying unknown fields", { ...file, onload: "x" }, /unknown field "onload"/],
    ["a wrong format marker", { ...file, format: "other/9" }, /format/],
    ["a data URL elsewhere", { ...file, data_url: "https://evil.example/x" }, /data_url/],
  ])("is refused when %s, saying why", (_what, value, message) => {
    const result = read(value);
    expect(result.ok).toBe(false);
    expect(!result.ok && result.message).toMatch(message);
  });

  it("is refused when larger than the backend accepts, before it is read", () => {
    const result = readTemplateFile("{}", MAX_TEMPLATE_FILE_BYTES + 1);
    expect(!result.ok && result.message).toMatch(/too large \(1\.0 MB\); a template file is at most 1\.0 MB/);
  });

  it("is exported under a readable name", () => {
    expect(exportFileName("Sales by région / 2024", "7454466b-d672")).toBe(
      "sales-by-region-2024-7454466b.json",
    );
  });
});

describe("a saved list", () => {
  type Item = { id: string; title: string };
  const page = (ids: string[], total: number) => ({
    items: ids.map((id) => ({ id, title: id })),
    total,
    offset: 0,
  });

  it("appends pages, ignores stale answers and keeps counts right on rename and delete", () => {
    let s = listReducer<Item>(emptyList<Item>(), { type: "request", seq: 1, query: "", append: false });
    s = listReducer(s, { type: "request", seq: 2, query: "sa", append: false });
    // The answer to the superseded request is dropped.
    s = listReducer(s, { type: "loaded", seq: 1, page: page(["x"], 1) });
    expect(s.items).toEqual([]);
    s = listReducer(s, { type: "loaded", seq: 2, page: page(["a", "b"], 3) });
    expect(nextOffset(s)).toBe(2);
    s = listReducer(s, { type: "request", seq: 3, query: "sa", append: true });
    s = listReducer(s, { type: "loaded", seq: 3, page: page(["b", "c"], 3) });
    expect(s.items.map((i) => i.id)).toEqual(["a", "b", "c"]);
    expect(nextOffset(s)).toBeNull();
    s = listReducer(s, { type: "updated", item: { id: "b", title: "renamed" } });
    expect(s.items.map((i) => i.title)).toEqual(["a", "renamed", "c"]);
    s = listReducer(s, { type: "updated", item: { id: "new", title: "new" }, first: true });
    expect([s.items[0]?.id, s.total]).toEqual(["new", 4]);
    s = listReducer(s, { type: "removed", id: "a" });
    expect([s.items.length, s.total]).toEqual([3, 3]);
    s = listReducer(s, { type: "request", seq: 4, query: "", append: false });
    s = listReducer(s, { type: "failed", seq: 4, message: "offline" });
    expect([s.error, s.pending]).toEqual(["offline", null]);
  });
});
