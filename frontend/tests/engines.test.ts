import { afterEach, describe, expect, it, vi } from "vitest";
import { loadData } from "@/lib/data-loader";
import { engineOptions, progressView, validEngine } from "@/lib/engines";
import type { DataPayload, EngineInfo } from "@/lib/schemas";

const engines: EngineInfo[] = [
  { name: "duckdb", label: "DuckDB", dialect: "duckdb", tool: "run_sql", tables: ["sales"], status: null },
  {
    name: "duckdb-remote",
    label: "Remote DuckDB",
    dialect: "duckdb",
    tool: "run_sql",
    tables: null,
    status: "down",
  },
  {
    name: "spark",
    label: "Spark",
    dialect: "spark",
    tool: "submit_spark",
    tables: ["flights"],
    status: null,
  },
];

describe("Engine select", () => {
  it("offers Auto first, then only the configured engines under their labels", () => {
    expect(engineOptions(engines)).toEqual([
      { value: "", label: "Auto" },
      { value: "duckdb", label: "DuckDB" },
      { value: "duckdb-remote", label: "Remote DuckDB" },
      { value: "spark", label: "Spark" },
    ]);
    expect(engineOptions([])).toEqual([{ value: "", label: "Auto" }]);
  });

  it("falls back to Auto when the chosen engine is no longer configured", () => {
    expect(validEngine("spark", engines)).toBe("spark");
    expect(validEngine("spark", engines.slice(0, 1))).toBeNull();
    expect(validEngine(null, engines)).toBeNull();
  });
});

describe("progress bar", () => {
  it("shows the engine's stage with tasks done of total", () => {
    const view = progressView({ type: "progress", stage: "stage 2", done: 3, total: 8, message: "Stage 2" });
    expect(view).toEqual({ label: "Stage 2 (3/8)", percent: 38, valueText: "3 of 8" });
  });

  it("does not repeat counts the message already states, and clamps what overshoots", () => {
    const view = progressView({
      type: "progress",
      stage: "s",
      done: 9,
      total: 8,
      message: "Stage 1: 8/8 tasks",
    });
    expect(view).toEqual({ label: "Stage 1: 8/8 tasks", percent: 100, valueText: "8 of 8" });
  });

  it("is indeterminate when the engine gives no counts", () => {
    const view = progressView({
      type: "progress",
      stage: "submitted",
      done: null,
      total: null,
      message: "sent to Spark Connect",
    });
    expect(view).toEqual({ label: "sent to Spark Connect", percent: null, valueText: null });
  });
});

describe("reduced chart data", () => {
  afterEach(() => vi.unstubAllGlobals());

  it("charts the engine's reduced rows and keeps the full result's size and note", async () => {
    const fetched: string[] = [];
    vi.stubGlobal("fetch", async (url: string) => {
      fetched.push(url);
      const body = {
        columns: [
          { name: "day", type: "DATE" },
          { name: "n", type: "BIGINT" },
        ],
        rows: [["2001-01-01", 5]],
        row_count: 1,
        truncated: false,
      };
      return new Response(JSON.stringify(body), {
        status: 200,
        headers: { "content-type": "application/json" },
      });
    });
    const data: DataPayload = {
      type: "data_ready",
      url: "/api/data/full",
      size: "large",
      format: "parquet",
      data_id: "full",
      row_count: 39_952,
      columns: [
        { name: "day", type: "DATE" },
        { name: "n", type: "BIGINT" },
      ],
      engine: "spark",
      truncated: false,
      elapsed_ms: 1,
      reduced: {
        method: "m4",
        from_rows: 39_952,
        rows: 1,
        data_id: "small",
        url: "/api/data/small",
        note: "M4",
      },
    };
    const loaded = await loadData({ apiBase: "http://api" }, data);
    expect(fetched).toEqual(["http://api/api/data/small"]);
    expect(loaded.rows).toEqual([{ day: "2001-01-01", n: 5 }]);
    expect(loaded.rowCount).toBe(39_952);
    expect(loaded.reduction).toBe("M4");
  });
});
