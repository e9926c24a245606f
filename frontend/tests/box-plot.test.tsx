// @vitest-environment jsdom

import { readFileSync } from "node:fs";
import { join } from "node:path";
import { cleanup, render } from "@testing-library/react";
import React, { cloneElement, isValidElement, type ReactNode } from "react";
import * as jsxRuntime from "react/jsx-runtime";
import * as Recharts from "recharts";
import { afterEach, describe, expect, it } from "vitest";
import { writtenAnswer } from "@/lib/written-answer";
import { compileWith } from "@/sandbox-src/compile";
import { boxAt, boxFigures, boxRange, boxSummary, boxValueTitle } from "@/sandbox-src/kit/box-plot";
import { type ChartConfig, chartRows } from "@/sandbox-src/kit/chart-model";
import * as kit from "@/sandbox-src/ui-kit";

const keys = ["min_fare", "q1_fare", "median_fare", "q3_fare", "max_fare"];
const row = {
  route: "North loop",
  min_fare: 2,
  q1_fare: 4,
  median_fare: 5,
  q3_fare: 8,
  max_fare: 12,
  count: 1234,
};

describe("box plot numbers", () => {
  it("reads a row's five numbers and count, and its range for the bar the box is drawn in", () => {
    expect(boxFigures(row, keys)).toEqual({ min: 2, q1: 4, median: 5, q3: 8, max: 12, count: 1234 });
    expect(boxFigures({ ...row, q3_fare: null }, keys)).toBeNull();
    expect(boxRange(keys)(row)).toEqual([2, 12]);
  });

  it("places each number between the maximum at the top and the minimum at the bottom", () => {
    const f = boxFigures(row, keys);
    if (!f) throw new Error("no figures");
    // The bar runs from y = 100 (maximum, 12) to y = 200 (minimum, 2): 10 px per unit.
    expect(boxAt(100, 100, f)).toEqual({ max: 100, q3: 140, median: 170, q1: 180, min: 200 });
    // Every value equal: one flat line in the middle, no division by zero.
    const flat = { min: 3, q1: 3, median: 3, q3: 3, max: 3, count: 1 };
    expect(boxAt(50, 0, flat).median).toBe(50);
  });

  it("says the five numbers in words for screen readers and names the measure on the value axis", () => {
    const f = boxFigures(row, keys);
    if (!f) throw new Error("no figures");
    expect(boxSummary("North loop", f, (v) => `$${v}`)).toBe(
      "North loop: median $5, first quartile $4, third quartile $8, minimum $2, maximum $12; 1,234 values",
    );
    expect(boxValueTitle("Median fare (USD)")).toBe("Fare (USD)");
  });

  it("keeps every group's own box: none is folded into an Other that would add quartiles up", () => {
    const config: ChartConfig = {
      chart: "box",
      x: "route",
      y: keys,
      series: null,
      xKind: "text",
      labels: {},
    };
    const many = Array.from({ length: 60 }, (_, i) => ({ ...row, route: `Route ${i}` }));
    const shaped = chartRows(many, { chart_type: "box" }, config);
    expect(shaped.table).toHaveLength(60);
    expect(shaped.note).toBeNull();
  });
});

function SizedContainer({ children }: { children?: ReactNode }) {
  return isValidElement(children)
    ? cloneElement(children as React.ReactElement<{ width?: number; height?: number }>, {
        width: 800,
        height: 360,
      })
    : null;
}

globalThis.ResizeObserver ??= class {
  observe() {}
  unobserve() {}
  disconnect() {}
};

afterEach(cleanup);

describe("the generated box plot", () => {
  it("draws one box per group, each an image named by its five numbers", () => {
    const charts = join(process.cwd(), "..", "backend", "tests", "golden", "charts");
    const code = readFileSync(join(charts, "box_by_group.tsx"), "utf8");
    const spec = JSON.parse(readFileSync(join(charts, "box_by_group.json"), "utf8")) as {
      rows: Record<string, unknown>[];
      params: Record<string, unknown>;
    };
    const modules = {
      react: React,
      "react/jsx-runtime": jsxRuntime,
      recharts: { ...Recharts, ResponsiveContainer: SizedContainer },
      "@viz/ui": kit,
    };
    const Viz = compileWith(code, modules) as (props: {
      data: unknown[];
      params: unknown;
    }) => React.ReactElement;
    const { container } = render(<Viz data={spec.rows} params={spec.params} />);
    const boxes = [...container.querySelectorAll('[role="img"]')];
    expect(boxes).toHaveLength(spec.rows.length);
    expect(boxes[0]?.getAttribute("aria-label")).toBe(
      "Europe: median $31.5, first quartile $20, third quartile $44, minimum $5, maximum $90; 40 values",
    );
    // A box (first to third quartile), the median across it, and two whiskers with their caps.
    expect(boxes[0]?.querySelectorAll("rect")).toHaveLength(1);
    expect(boxes[0]?.querySelectorAll("line")).toHaveLength(5);
    expect(container.textContent).toContain("Price (USD)");
  });
});

describe("a box plot's written answer", () => {
  it("compares the groups by their medians, not by their minimums", () => {
    const rows = [
      { route: "North", min_fare: 9, q1_fare: 10, median_fare: 11, q3_fare: 12, max_fare: 13 },
      { route: "South", min_fare: 1, q1_fare: 10, median_fare: 20, q3_fare: 30, max_fare: 40 },
    ];
    const kinds = { route: "text", ...Object.fromEntries(keys.map((k) => [k, "numeric"])) } as const;
    const a = writtenAnswer(rows, { x: "route", y: keys, series: null }, kinds, new Set(), "box");
    expect(a?.label).toBe("Median fare — South");
    expect(a?.figure).toBe("20");
  });
});
