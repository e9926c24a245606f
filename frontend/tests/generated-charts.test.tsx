// @vitest-environment jsdom

import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { cleanup, render } from "@testing-library/react";
import React, { cloneElement, isValidElement, type ReactNode } from "react";
import * as jsxRuntime from "react/jsx-runtime";
import * as Recharts from "recharts";
import { afterEach, describe, expect, it } from "vitest";
import { compileWith } from "@/sandbox-src/compile";
import * as kit from "@/sandbox-src/ui-kit";

// vitest runs in frontend/ (jsdom gives import.meta.url an http scheme).
const charts = `${join(process.cwd(), "..", "backend", "tests", "golden", "charts")}/`;
const cases = readdirSync(charts)
  .filter((f) => f.endsWith(".tsx"))
  .map((f) => f.replace(/\.tsx$/, ""));

// jsdom cannot measure a container: give the chart the frame's size directly.
function SizedContainer({ children }: { children?: ReactNode }) {
  return isValidElement(children)
    ? cloneElement(children as React.ReactElement<{ width?: number; height?: number }>, {
        width: 800,
        height: 360,
      })
    : null;
}

const modules = {
  react: React,
  "react/jsx-runtime": jsxRuntime,
  recharts: { ...Recharts, ResponsiveContainer: SizedContainer },
  "@viz/ui": kit,
};

type Case = {
  rows: Record<string, unknown>[];
  params: Record<string, unknown>;
  schema: { name: string; options?: string[] }[];
};

/** The markup a component renders (Recharts draws its SVG after mounting, as in the sandbox). */
function draw(
  Viz: (props: { data: unknown[]; params: unknown }) => React.ReactElement,
  data: unknown[],
  params: unknown,
) {
  const { container } = render(<Viz data={data} params={params} />);
  const html = container.innerHTML;
  cleanup();
  return html;
}

afterEach(cleanup);

// jsdom has no ResizeObserver; Recharts observes its wrapper with one.
globalThis.ResizeObserver ??= class {
  observe() {}
  unobserve() {}
  disconnect() {}
};

describe("spec-driven chart components", () => {
  it.each(cases)("%s compiles and draws every chart type its control offers", (name) => {
    const code = readFileSync(`${charts}${name}.tsx`, "utf8");
    const spec = JSON.parse(readFileSync(`${charts}${name}.json`, "utf8")) as Case;
    const Viz = compileWith(code, modules) as (props: {
      data: unknown[];
      params: unknown;
    }) => React.ReactElement;
    const kinds = spec.schema.find((p) => p.name === "chart_type")?.options ?? [];
    expect(kinds.length).toBeGreaterThan(0);
    for (const kind of kinds) {
      const html = draw(Viz, spec.rows, { ...spec.params, chart_type: kind });
      expect(html, kind).toContain(String(spec.params.title));
      if (kind === "table") expect(html).toContain("<table");
      else if (kind === "kpi") expect(html).toMatch(/1,234,567\.891|1234567\.891/);
      else expect(html, kind).toContain("<svg");
    }
    const empty = draw(Viz, [], spec.params);
    expect(empty).toContain("No rows match this question.");
  });

  it("splits a series into one line per value and names them in the legend", () => {
    const code = readFileSync(`${charts}line_series_over_time.tsx`, "utf8");
    const spec = JSON.parse(readFileSync(`${charts}line_series_over_time.json`, "utf8")) as Case;
    const Viz = compileWith(code, modules) as (props: {
      data: unknown[];
      params: unknown;
    }) => React.ReactElement;
    const html = draw(Viz, spec.rows, { ...spec.params, show_legend: true });
    expect(html.match(/recharts-line-curve/g)?.length).toBe(4);
    for (const region of ["Europe", "Asia Pacific", "North America", "Latin America"])
      expect(html).toContain(region);
  });

  it("draws a bubble chart's points with areas from the size field, and plain points without one", () => {
    const radii = (name: string, params: Record<string, unknown> = {}) => {
      const code = readFileSync(`${charts}${name}.tsx`, "utf8");
      const spec = JSON.parse(readFileSync(`${charts}${name}.json`, "utf8")) as Case;
      const Viz = compileWith(code, modules) as (props: {
        data: unknown[];
        params: unknown;
      }) => React.ReactElement;
      const html = draw(Viz, spec.rows, { ...spec.params, ...params });
      const symbols = html.match(/class="recharts-symbols"[^>]*d="M([\d.]+),0A/g) ?? [];
      expect(symbols.length).toBe(spec.rows.length);
      return new Set(symbols.map((d) => d.replace(/.*d="M/, "")));
    };
    expect(radii("bubble_sized_points").size).toBe(5); // five distinct shelf areas
    expect(radii("scatter_of_rows").size).toBe(1);
    expect(radii("bubble_sized_points", { size: "" }).size).toBe(1); // the size field cleared
  });
});
