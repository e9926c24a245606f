import { describe, expect, it } from "vitest";
import { activeTurn, chartReady, chatReducer } from "@/lib/chat-reducer";
import type { LoadedData } from "@/lib/types";
import { fixture, goldenTranscript, replay } from "./helpers";

const rows: LoadedData = {
  source: "",
  columns: [
    { name: "region", type: "VARCHAR" },
    { name: "total_amount", type: "DECIMAL(38,2)" },
  ],
  rows: [{ region: "Europe", total_amount: 10 }],
  rowCount: 1,
  truncated: false,
  reduction: null,
};

function firstAnswer() {
  const s = replay(goldenTranscript("chat_sales_by_region.sse"));
  const url = s.turns[0]?.artifact.dataUrl ?? "";
  return chatReducer(s, { type: "data-loaded", id: "t1", data: { ...rows, source: url } });
}

describe("chatReducer", () => {
  it("builds the artifact from the golden stream", () => {
    const s = replay(goldenTranscript("chat_sales_by_region.sse"));
    const t = s.turns[0];
    expect(t?.status).toBe("done");
    expect(s.isGenerating).toBe(false);
    expect(s.conversationId).toBeTruthy();
    expect(t?.thoughts.length).toBeGreaterThan(1);
    expect(t?.artifact.sql?.query).toMatch(/^SELECT/);
    expect(t?.artifact.dataUrl).toMatch(/^\/api\/data\//);
    expect(t?.artifact.generatedCode).toContain("export default function Viz");
    expect(t?.artifact.codeComplete).toBe(true);
    expect(t?.artifact.currentParams.chart_type).toBe("bar");
    expect(t?.artifact.paramSchema.map((p) => p.label)).toContain("Chart type");
    // Code and data: the chart waits for the rows.
    expect(chartReady(t as never)).toBe(false);
    expect(chartReady(firstAnswer().turns[0] as never)).toBe(true);
  });

  it("is generating until done, and isGenerating drives the controls", () => {
    let s = chatReducer(
      { conversationId: null, turns: [], activeTurnId: null, isGenerating: false },
      { type: "start", id: "a", prompt: "q", now: 1 },
    );
    expect(s.isGenerating).toBe(true);
    s = chatReducer(s, {
      type: "event",
      id: "a",
      event: {
        name: "code",
        payload: { type: "code_chunk", language: "tsx", content: "export default ", replace: true },
      },
    });
    expect(s.turns[0]?.artifact.codeComplete).toBe(false);
    s = chatReducer(s, {
      type: "event",
      id: "a",
      event: {
        name: "code",
        payload: { type: "code_chunk", language: "tsx", content: "broken(", replace: false },
      },
    });
    // The model's first attempt was rejected: it starts the component over.
    s = chatReducer(s, {
      type: "event",
      id: "a",
      event: {
        name: "code",
        payload: { type: "code_chunk", language: "tsx", content: "export default ", replace: true },
      },
    });
    expect(s.turns[0]?.artifact.codeComplete).toBe(false);
    s = chatReducer(s, {
      type: "event",
      id: "a",
      event: {
        name: "code",
        payload: { type: "code_chunk", language: "tsx", content: "function Viz() {}", replace: false },
      },
    });
    expect(s.turns[0]?.artifact.generatedCode).toBe("export default function Viz() {}");
    s = chatReducer(s, {
      type: "event",
      id: "a",
      event: {
        name: "done",
        payload: {
          type: "complete",
          code_complete: true,
          data_ready: false,
          conversation_id: "c",
          turn_id: "u",
          elapsed_ms: null,
          tokens_in: null,
          tokens_out: null,
        },
      },
    });
    expect(s.isGenerating).toBe(false);
    expect(s.turns[0]?.artifact.codeComplete).toBe(true);
  });

  it("a presentation-only follow-up keeps the code and the loaded rows and applies the new params", () => {
    const before = firstAnswer();
    const s = replay(goldenTranscript("chat_followup_line.sse"), before, "t2", "make it a line");
    const [first, second] = s.turns;
    expect(second?.status).toBe("done");
    expect(second?.artifact.generatedCode).toBe(first?.artifact.generatedCode);
    expect(second?.artifact.loaded).toBe(first?.artifact.loaded);
    expect(second?.artifact.currentParams.chart_type).toBe("line");
    expect(first?.artifact.currentParams.chart_type).toBe("bar");
    expect(chartReady(second as never)).toBe(true);
    expect(activeTurn(s)?.id).toBe("t2");
    // Going back to the earlier answer shows its own artifact.
    const back = chatReducer(s, { type: "select", id: "t1" });
    expect(activeTurn(back)?.artifact.currentParams.chart_type).toBe("bar");
  });

  it("keeps a SQL error with its SQL and ends in the error state", () => {
    const s = replay(fixture("chat-sql-error.sse"));
    const t = s.turns[0];
    expect(t?.status).toBe("error");
    expect(t?.errors[0]?.stage).toBe("sql_execution");
    expect(t?.errors[0]?.sql).toContain("SUM(amount)");
  });

  it("a dropped stream keeps what arrived and can be retried from the previous artifact", () => {
    const text = goldenTranscript("chat_sales_by_region.sse");
    const partial = text.slice(0, text.indexOf("event: params"));
    let s = replay(partial);
    s = chatReducer(s, {
      type: "end",
      id: "t1",
      status: "disconnected",
      message: "Connection lost.",
      now: 5,
    });
    const t = s.turns[0];
    expect(t?.status).toBe("disconnected");
    expect(t?.artifact.sql).not.toBeNull();
    expect(t?.thoughts.length).toBeGreaterThan(0);
    expect(s.isGenerating).toBe(false);
    expect(chartReady(t as never)).toBe(false);
    s = chatReducer(s, { type: "retry", id: "t1", now: 6 });
    expect(s.turns[0]?.status).toBe("streaming");
    expect(s.turns[0]?.thoughts).toEqual([]);
    expect(s.turns).toHaveLength(1);
  });

  it("ignores events after the turn ended (stopped)", () => {
    let s = chatReducer(
      { conversationId: null, turns: [], activeTurnId: null, isGenerating: false },
      { type: "start", id: "a", prompt: "q", now: 1 },
    );
    s = chatReducer(s, { type: "end", id: "a", status: "stopped", message: "Stopped.", now: 2 });
    const after = chatReducer(s, {
      type: "event",
      id: "a",
      event: { name: "thought", payload: { type: "thinking", content: "late" } },
    });
    expect(after).toBe(s);
    expect(s.turns[0]?.status).toBe("stopped");
  });

  it("params change locally and reset to the defaults", () => {
    let s = firstAnswer();
    s = chatReducer(s, { type: "set-param", id: "t1", name: "title", value: "Mine" });
    s = chatReducer(s, { type: "set-param", id: "t1", name: "chart_type", value: "pie" });
    expect(s.turns[0]?.artifact.currentParams).toMatchObject({ title: "Mine", chart_type: "pie" });
    expect(s.turns[0]?.artifact.defaultParams.chart_type).toBe("bar");
    s = chatReducer(s, { type: "reset-params", id: "t1" });
    expect(s.turns[0]?.artifact.currentParams.chart_type).toBe("bar");
  });

  it("an edited query replaces the rows and the SQL but keeps the component", () => {
    let s = firstAnswer();
    const code = s.turns[0]?.artifact.generatedCode;
    s = chatReducer(s, { type: "query-start", id: "t1" });
    expect(s.turns[0]?.query.status).toBe("running");
    s = chatReducer(s, {
      type: "query-success",
      id: "t1",
      response: {
        columns: rows.columns,
        rows: [["Asia", 3]],
        row_count: 1,
        truncated: false,
        data_id: "new",
        size: "small",
        sql: "SELECT 1",
        engine: "duckdb",
        elapsed_ms: 2,
        url: "/api/data/new",
      },
      rows: { ...rows, source: "query:new", rows: [{ region: "Asia", total_amount: 3 }] },
    });
    const a = s.turns[0]?.artifact;
    expect(a?.dataId).toBe("new");
    expect(a?.data?.row_count).toBe(1);
    expect(a?.sql?.query).toBe("SELECT 1");
    expect(a?.loaded?.rows[0]?.region).toBe("Asia");
    expect(a?.generatedCode).toBe(code);
    expect(s.turns[0]?.query.status).toBe("idle");
  });

  it("records render errors and clears them on the next successful render", () => {
    let s = firstAnswer();
    s = chatReducer(s, { type: "render-error", id: "t1", message: "boom" });
    expect(s.turns[0]?.artifact.renderError?.message).toBe("boom");
    s = chatReducer(s, { type: "rendered", id: "t1", now: 10 });
    expect(s.turns[0]?.artifact.renderError).toBeNull();
    expect(s.turns[0]?.firstChartAt).toBe(10);
  });

  it("shows progress while a job runs and clears it when the data arrives", () => {
    let s = chatReducer(
      { conversationId: null, turns: [], activeTurnId: null, isGenerating: false },
      { type: "start", id: "a", prompt: "q", now: 1 },
    );
    s = chatReducer(s, {
      type: "event",
      id: "a",
      event: {
        name: "progress",
        payload: { type: "progress", stage: "spark", done: 3, total: 8, message: "Stage 1: 3/8 tasks" },
      },
    });
    expect(s.turns[0]?.progress?.done).toBe(3);
    const text = goldenTranscript("chat_sales_by_region.sse");
    const dataLine = text.split("\n").find((l) => l.includes('"data_ready"')) ?? "";
    s = chatReducer(s, {
      type: "event",
      id: "a",
      event: { name: "data", payload: { ...JSON.parse(dataLine.slice(6)), truncated: false, elapsed_ms: 1 } },
    });
    expect(s.turns[0]?.progress).toBeNull();
    expect(s.turns[0]?.artifact.dataId).toBeTruthy();
  });
});
