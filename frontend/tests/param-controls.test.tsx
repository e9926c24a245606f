// @vitest-environment jsdom
import { cleanup, fireEvent, render, screen } from "@testing-library/react";
import { afterEach, describe, expect, it, vi } from "vitest";
import { ParamControls } from "@/components/params/param-controls";
import { buildControls, coerceParam, completeParams, controlFor } from "@/lib/param-controls";
import type { ParamSpec } from "@/lib/schemas";

const spec = (s: Partial<ParamSpec> & Pick<ParamSpec, "name" | "kind" | "label" | "default">): ParamSpec => ({
  options: null,
  min: null,
  max: null,
  step: null,
  ...s,
});

const schema: ParamSpec[] = [
  spec({ name: "height", kind: "number", label: "Height", min: 200, max: 800, step: 20, default: 360 }),
  spec({ name: "limit", kind: "number", label: "Limit", default: 10 }),
  spec({ name: "show_grid", kind: "boolean", label: "Show grid", default: true }),
  spec({
    name: "chart_type",
    kind: "enum",
    label: "Chart type",
    options: ["bar", "line", "pie"],
    default: "bar",
  }),
  spec({ name: "accent_color", kind: "color", label: "Accent color", default: "#2563eb" }),
  spec({ name: "title", kind: "string", label: "Title", default: "Sales" }),
  spec({ name: "new_knob", kind: "string", label: "New knob", default: "x" }),
];

afterEach(cleanup);

// jsdom has no ResizeObserver; Radix's slider measures its thumb with one.
globalThis.ResizeObserver ??= class {
  observe() {}
  unobserve() {}
  disconnect() {}
};

describe("param control generator", () => {
  it("maps each kind to its control", () => {
    expect(buildControls(schema).map((c) => [c.name, c.control])).toEqual([
      ["title", "text"],
      ["chart_type", "select"],
      ["accent_color", "color"],
      ["show_grid", "switch"],
      ["height", "slider"],
      ["limit", "number"],
      ["new_knob", "text"],
    ]);
  });

  it("uses a number input when the range is unbounded or too fine for a slider", () => {
    expect(controlFor(spec({ name: "n", kind: "number", label: "N", min: 0, default: 1 })).control).toBe(
      "number",
    );
    expect(
      controlFor(spec({ name: "n", kind: "number", label: "N", min: 0, max: 1e9, step: 1, default: 1 }))
        .control,
    ).toBe("number");
  });

  it("coerces raw values to the schema's type", () => {
    const h = schema[0] as ParamSpec;
    expect(coerceParam(h, "1000")).toBe(800);
    expect(coerceParam(h, "abc")).toBe(360);
    const ct = schema[3] as ParamSpec;
    expect(coerceParam(ct, "pie")).toBe("pie");
    expect(coerceParam(ct, "radar")).toBe("bar");
    expect(completeParams(schema, { title: "T" })).toMatchObject({
      title: "T",
      height: 360,
      show_grid: true,
    });
  });
});

describe("<ParamControls>", () => {
  it("names every control by its schema label and reports typed changes", () => {
    const onChange = vi.fn();
    render(
      <ParamControls
        schema={schema}
        values={completeParams(schema, {})}
        disabled={false}
        onChange={onChange}
        onReset={() => {}}
      />,
    );
    expect(screen.getByRole("textbox", { name: "Title" })).toHaveProperty("value", "Sales");
    expect(screen.getByRole("combobox", { name: "Chart type" })).toBeTruthy();
    expect(screen.getByRole("switch", { name: "Show grid" })).toBeTruthy();
    expect(screen.getByRole("slider", { name: "Height" })).toBeTruthy();
    expect(screen.getByRole("spinbutton", { name: "Limit" })).toBeTruthy();
    expect(screen.getByLabelText("Accent color")).toBeTruthy();
    fireEvent.change(screen.getByRole("textbox", { name: "Title" }), { target: { value: "Q1" } });
    expect(onChange).toHaveBeenLastCalledWith("title", "Q1");
    fireEvent.click(screen.getByRole("switch", { name: "Show grid" }));
    expect(onChange).toHaveBeenLastCalledWith("show_grid", false);
    fireEvent.change(screen.getByRole("spinbutton", { name: "Limit" }), { target: { value: "25" } });
    expect(onChange).toHaveBeenLastCalledWith("limit", 25);
  });

  it("disables every control while generating", () => {
    render(
      <ParamControls
        schema={schema}
        values={completeParams(schema, {})}
        disabled
        onChange={() => {}}
        onReset={() => {}}
      />,
    );
    for (const name of ["Title", "Chart type", "Show grid", "Limit"]) {
      const el = screen.getByLabelText(name, { selector: "input,button" });
      expect(el.hasAttribute("disabled") || el.getAttribute("data-disabled") !== null).toBe(true);
    }
  });
});
