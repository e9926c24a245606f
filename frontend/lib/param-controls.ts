/** Turns the `params` schema into the list of controls the panel renders. */
import type { ParamValues } from "@/lib/sandbox-protocol";
import type { ParamSpec } from "@/lib/schemas";

export type ControlSpec =
  | { control: "select"; name: string; label: string; options: string[] }
  | { control: "slider"; name: string; label: string; min: number; max: number; step: number }
  | { control: "number"; name: string; label: string; min?: number; max?: number; step?: number }
  | { control: "switch"; name: string; label: string }
  | { control: "text"; name: string; label: string }
  | { control: "color"; name: string; label: string };

/** Display order only; unknown names keep the schema's order after these. */
const PREFERRED_ORDER = [
  "title",
  "chart_type",
  "color_scheme",
  "accent_color",
  "sort",
  "orientation",
  "stacked",
  "show_legend",
  "show_grid",
  "show_labels",
];

/** A slider only when its range is bounded and has a sensible number of stops. */
const MAX_SLIDER_STOPS = 2000;

/** One control for one schema entry. */
export function controlFor(spec: ParamSpec): ControlSpec {
  const { name, label } = spec;
  switch (spec.kind) {
    case "enum":
      return { control: "select", name, label, options: spec.options ?? [] };
    case "boolean":
      return { control: "switch", name, label };
    case "color":
      return { control: "color", name, label };
    case "string":
      return { control: "text", name, label };
    case "number": {
      const min = spec.min ?? undefined;
      const max = spec.max ?? undefined;
      const step = spec.step ?? undefined;
      if (min !== undefined && max !== undefined && max > min) {
        const s = step && step > 0 ? step : (max - min) / 100;
        if ((max - min) / s <= MAX_SLIDER_STOPS) return { control: "slider", name, label, min, max, step: s };
      }
      return { control: "number", name, label, min, max, step };
    }
  }
}

/** Every control, in the panel's order. */
export function buildControls(schema: readonly ParamSpec[]): ControlSpec[] {
  const rank = (name: string) => {
    const i = PREFERRED_ORDER.indexOf(name);
    return i === -1 ? PREFERRED_ORDER.length : i;
  };
  return schema
    .map((spec, index) => ({ spec, index }))
    .sort((a, b) => rank(a.spec.name) - rank(b.spec.name) || a.index - b.index)
    .map(({ spec }) => controlFor(spec));
}

/** Coerces a control's raw value to the schema's type (numbers clamped to the range). */
export function coerceParam(spec: ParamSpec, raw: string | number | boolean): string | number | boolean {
  switch (spec.kind) {
    case "boolean":
      return typeof raw === "boolean" ? raw : raw === "true";
    case "number": {
      const n = typeof raw === "number" ? raw : Number(raw);
      if (!Number.isFinite(n)) return spec.default;
      const lo = spec.min ?? Number.NEGATIVE_INFINITY;
      const hi = spec.max ?? Number.POSITIVE_INFINITY;
      return Math.min(hi, Math.max(lo, n));
    }
    case "enum": {
      const s = String(raw);
      return spec.options?.includes(s) ? s : spec.default;
    }
    default:
      return String(raw);
  }
}

/** Values for every schema entry: the current ones where present, else the defaults. */
export function completeParams(schema: readonly ParamSpec[], values: ParamValues): ParamValues {
  const out: ParamValues = { ...values };
  for (const spec of schema) if (!(spec.name in out)) out[spec.name] = spec.default;
  return out;
}
